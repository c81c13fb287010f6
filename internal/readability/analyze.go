package readability

import (
	"unicode"
	"unicode/utf8"
)

// Analyze counts the words, sentences, syllables and complex words of a
// plain text (Markdown already turned into text, without markup) and
// collects its long sentences.
//
// A word is a run of letters and digits; inner apostrophes, hyphens and full
// stops join it ("don't", "cat-cow", "e.g", "2.5"), and so do commas,
// colons and en dashes between digits ("1,000", "10:30", "10–20"): a range
// of figures is one word, as "10-20" is. A number followed by "." or ")" at
// the start of a line is a list number, not a word.
//
// A sentence ends:
//   - at ".", "!", "?", "…", ";" or ":" followed by a space or the end of the
//     text, after any closing quotes and brackets (Flesch counts semicolons
//     and colons as sentence ends too; dashes are not, as "-" also joins
//     ranges and asides); but not after a common abbreviation ("e.g.",
//     "Dr.", "vs.") or an initial ("J."), nor after "etc.", "min." or
//     "sec." unless the next word starts with a capital;
//   - but not at a colon after a label of one or two words that the
//     sentence goes on from on the same line ("Static: hold still." and
//     "Hold time: 30 seconds." are one sentence each), nor at a colon that
//     ends a line leading into a bulleted list ("-", "*", "+" or "•") whose
//     first item has no closing punctuation: then the items go on the
//     sentence ("Ask first if you have:", "- osteoporosis", "- a herniated
//     disc" is one sentence) until one of them ends it or a line that is
//     not a bulleted item follows. Numbered items are sentences of their
//     own. Such a sentence is long only if its lead-in or one of its items
//     is: a list is already the way to break up a long sentence;
//   - at a blank line;
//   - at a line break, unless the next line starts with a lower-case
//     letter. So list items and headings given one per line are sentences
//     of their own, full stop or not, while a paragraph wrapped over several
//     lines stays whole. Join texts with "\n".
func Analyze(text string) Stats { return English.Analyze(text) }

// analyzer holds the state of one Analyze call.
type analyzer struct {
	text      string
	stats     Stats
	start     int    // offset of the current sentence; -1 before its first word
	last      int    // end of the current sentence's last non-space character
	words     int    // words in the current sentence
	lineStart bool   // nothing but spaces and bullets since the line began
	prevWord  string // the last word seen
	prevEnd   int    // the offset just after prevWord
	list      bool   // the current sentence goes on into bulleted list items
	part      int    // words since the current sentence's last list item began
	longest   int    // the most words in one finished part (lead-in or item)
	lang      Language
}

// step reads the token at i and returns the offset after it.
func (a *analyzer) step(i int) int {
	if c := a.text[i]; c < utf8.RuneSelf {
		return a.stepASCII(i, c)
	}
	r, size := utf8.DecodeRuneInString(a.text[i:])
	switch {
	case isWordStart(r):
		return a.word(i)
	case r == '\n':
		a.lineBreak(i)
	case isTerminator(r):
		return a.terminator(i)
	case !unicode.IsSpace(r):
		a.touch(i + size)
	}
	return i + size
}

// stepASCII is step for an ASCII character c at i, without decoding it.
func (a *analyzer) stepASCII(i int, c byte) int {
	switch {
	case isAlnum(c):
		return a.word(i)
	case c == '\n':
		a.lineBreak(i)
	case c == '.' || c == '!' || c == '?' || c == ';' || c == ':':
		return a.terminator(i)
	case c != ' ' && c != '\t' && c != '\v' && c != '\f' && c != '\r':
		a.touch(i + 1)
	}
	return i + 1
}

// word reads the word at i.
func (a *analyzer) word(i int) int {
	j := wordEnd(a.text, i)
	w := a.text[i:j]
	if a.lineStart && isListNumber(a.text, w, j) {
		a.endSentence()
		return j + 1
	}
	a.lineStart = false
	if a.start < 0 {
		a.start = i
	}
	syl := a.lang.Syllables(w)
	a.stats.Words++
	a.stats.Syllables += syl
	if !a.lang.spanish && isComplex(w, syl, a.words == 0) {
		a.stats.ComplexWords++
	}
	a.words++
	a.part++
	a.last, a.prevWord, a.prevEnd = j, w, j
	return j
}

// lineBreak ends the sentence at a blank line, or at a line break followed
// by anything but a lower-case letter.
func (a *analyzer) lineBreak(i int) {
	a.lineStart = true
	k := i + 1
	for k < len(a.text) && (a.text[k] == ' ' || a.text[k] == '\t' || a.text[k] == '\r') {
		k++
	}
	if k == len(a.text) {
		return
	}
	if a.list && a.words > 0 && isBulletLine(a.text, k) {
		a.longest, a.part = max(a.longest, a.part), 0
		return
	}
	r, _ := utf8.DecodeRuneInString(a.text[k:])
	if !unicode.IsLower(r) {
		a.endSentence()
	}
}

// terminator reads a run of sentence-ending punctuation and closing quotes
// or brackets at i and ends the sentence there if it is a sentence end.
func (a *analyzer) terminator(i int) int {
	j := i
	for j < len(a.text) {
		r, size := utf8.DecodeRuneInString(a.text[j:])
		if !isTerminator(r) && !isCloser(r) {
			break
		}
		j += size
	}
	a.touch(j)
	next, _ := utf8.DecodeRuneInString(a.text[j:])
	if j < len(a.text) && !unicode.IsSpace(next) {
		return j
	}
	if a.text[i] == ':' && j == i+1 && a.prevEnd == i && a.colonContinues(j) {
		return j
	}
	single := a.text[i] == '.' && (j == i+1 || a.text[i+1] != '.')
	if single && a.prevEnd == i && !a.lang.abbreviationEnds(a.prevWord, a.nextUpper(j)) {
		return j
	}
	a.endSentence()
	return j
}

// nextUpper reports whether the next word after offset j starts with an
// upper-case letter.
func (a *analyzer) nextUpper(j int) bool {
	for _, r := range a.text[j:] {
		if isWordStart(r) {
			return unicode.IsUpper(r)
		}
	}
	return false
}

// touch extends the current sentence, if one has begun, to end.
func (a *analyzer) touch(end int) {
	if a.start >= 0 {
		a.last = end
	}
}

// endSentence counts the current sentence, if it has words.
func (a *analyzer) endSentence() {
	if a.words > 0 {
		a.stats.Sentences++
		if max(a.longest, a.part) > LongSentence {
			a.stats.LongSentences = append(a.stats.LongSentences, Sentence{
				Text: a.text[a.start:a.last], Words: a.words, Offset: a.start,
			})
		}
	}
	a.start, a.words = -1, 0
	a.list, a.part, a.longest = false, 0, 0
}
