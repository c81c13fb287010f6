// Package plain finds clinical jargon in patient-facing text and names the
// everyday words to use instead ("supine": "lying on your back").
//
// Builtin is limber's own list. A Finder is built once from a list of terms
// (the built-in one, extended or trimmed by the site) and then searches any
// number of texts: whole words and phrases only, in any letter case, and in
// the simple English forms of each word (flexion, flexions; ambulate,
// ambulates, ambulated, ambulating; bilateral, bilaterally).
package plain

import (
	"cmp"
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Term is a piece of jargon and the plain words for it.
type Term struct {
	// Jargon is a word or phrase, such as "supine" or "range of motion".
	// Letter case does not matter, and hyphens count as spaces
	// ("side-lying" also finds "side lying").
	Jargon string
	// Plain is what to write instead, such as "lying on your back".
	Plain string
}

// Match is one use of a term in a text.
type Match struct {
	Term Term
	// Offset and Len are the byte offset and length of the matched words
	// in the text given to Find.
	Offset, Len int
	// Form is the form the text gives the term's word: its plural or
	// -s form, -ed, -ing or -ly form, or Base as listed. Suggestion
	// gives the plain words that form too.
	Form Form
}

// Finder finds the terms of one list in texts. It is safe for concurrent
// use.
type Finder struct {
	spanish bool // the terms are Spanish: spanishInflections makes their forms
	terms   []entry
	forms   map[string][]slot // every accepted form of every word of a term
	// firsts and lasts are a quick filter for forms: bit b&63 of
	// firsts[n] is set when some form of n bytes starts with byte b, and
	// of lasts[n] when one ends with b. Forms of maxKey bytes or more are
	// not filtered.
	firsts, lasts [maxKey]uint64
}

// maxKey is the length from which lookup no longer filters a word.
const maxKey = 64

// entry is a term split into its words.
type entry struct {
	term     Term
	words    int
	everyday string // the next word that marks an everyday sense: "prone to"
}

// slot says that a word form can be word pos of term.
type slot struct {
	term, pos int
	form      Form // Base when the form is the word as listed, not an inflection
}

// NewFinder returns a Finder for terms. It reports every term whose jargon
// has no letters and every jargon listed twice (ignoring letter case, extra
// spaces and hyphens), together.
func NewFinder(terms []Term) (*Finder, error) { return NewFinderIn(terms, "en") }

// NewFinderIn is NewFinder for terms in a language: "es" (or "es-MX" and
// the like) finds Spanish words in their Spanish forms (see
// spanishInflections), any other tag English words in English forms.
func NewFinderIn(terms []Term, lang string) (*Finder, error) {
	f := &Finder{terms: make([]entry, 0, len(terms)), forms: map[string][]slot{}, spanish: isSpanish(lang)}
	seen := map[string]int{}
	var errs []error
	for i, t := range terms {
		words := splitWords(t.Jargon)
		key := Key(t.Jargon)
		switch first, dup := seen[key]; {
		case len(words) == 0:
			errs = append(errs, fmt.Errorf("term %d: the jargon %q has no words; give a word or phrase", i+1, t.Jargon))
			continue
		case dup:
			errs = append(errs, fmt.Errorf("term %d: %q is already listed as term %d; list each word once", i+1, t.Jargon, first))
			continue
		}
		seen[key] = i + 1
		f.add(t, words)
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return f, nil
}

// add indexes the forms of every word of a term.
func (f *Finder) add(t Term, words []string) {
	idx := len(f.terms)
	f.terms = append(f.terms, entry{term: t, words: len(words), everyday: everydayFollower(strings.Join(words, " "))})
	for pos, w := range words {
		for k, form := range f.inflections(w) {
			f.forms[form] = append(f.forms[form], slot{term: idx, pos: pos, form: f.form(k)})
			if n := len(form); n < maxKey {
				f.firsts[n] |= 1 << (form[0] & 63)
				f.lasts[n] |= 1 << (form[n-1] & 63)
			}
		}
	}
}

// inflections returns the forms of a word of a term, the word as listed
// first.
func (f *Finder) inflections(w string) []string {
	if f.spanish {
		return spanishInflections(w)
	}
	return inflections(w)
}

// form returns the Form of the k-th of a word's inflections.
func (f *Finder) form(k int) Form {
	if f.spanish && k > 0 {
		return Variant
	}
	return Form(k)
}

// isSpanish reports whether a BCP 47 tag is Spanish: "es", "es-MX".
func isSpanish(tag string) bool {
	primary, _, _ := strings.Cut(strings.ToLower(tag), "-")
	return primary == "es"
}

// everydayFollower returns the word after which a jargon word has its
// everyday sense, so is not jargon: "prone to falls" means likely to fall,
// not lying face down.
func everydayFollower(jargon string) string {
	if jargon == "prone" {
		return "to"
	}
	return ""
}

// Key returns what tells two terms apart: their words, in lower case,
// whatever the spaces, hyphens and other marks between them. Two terms
// with the same key are the same term.
func Key(jargon string) string { return strings.Join(splitWords(jargon), " ") }

// splitWords returns the lower-case words of a jargon phrase, split at
// anything that is not a letter.
func splitWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) })
}

// Find returns the uses of the Finder's terms in text, in order and not
// overlapping. Where terms overlap, the one with the most words wins
// ("internal rotation" over "rotation"), then the one whose listed form is
// used, then the one listed first. A word is not found where it has an
// everyday sense that limber knows: "prone" before "to" ("prone to falls").
func (f *Finder) Find(text string) []Match {
	var out []Match
	for i := 0; i < len(text); {
		start, end := nextWord(text, i)
		if start < 0 {
			break
		}
		if m, ok := f.matchAt(text, start, end); ok {
			out = append(out, m)
			i = m.Offset + m.Len
			continue
		}
		i = end
	}
	return out
}

// matchAt returns the best term that starts with the word text[start:end].
func (f *Finder) matchAt(text string, start, end int) (Match, bool) {
	best, bestEnd, bestExact, bestForm := -1, 0, false, Base
	for _, s := range f.lookup(text[start:end]) {
		e := f.terms[s.term]
		if s.pos != 0 || (best >= 0 && e.words < f.terms[best].words) {
			continue
		}
		last, form, ok := f.phraseEnd(text, end, s.term, e.words)
		if !ok || e.everyday != "" && followedBy(text, last, e.everyday) {
			continue
		}
		exact := s.form == Base
		better := best < 0 || e.words > f.terms[best].words || exact && !bestExact ||
			exact == bestExact && s.term < best
		if better {
			best, bestEnd, bestExact, bestForm = s.term, last, exact, cmp.Or(s.form, form)
		}
	}
	if best < 0 {
		return Match{}, false
	}
	return Match{Term: f.terms[best].term, Offset: start, Len: bestEnd - start, Form: bestForm}, true
}

// phraseEnd checks that words 1 to n-1 of term follow offset end, separated
// by spaces and hyphens only, and returns the end of the last one and the
// form of the first of them that is inflected (Base if none is).
func (f *Finder) phraseEnd(text string, end, term, n int) (int, Form, bool) {
	form := Base
	for pos := 1; pos < n; pos++ {
		start, next := nextWord(text, end)
		if start < 0 || strings.TrimFunc(text[end:start], isGap) != "" {
			return 0, Base, false
		}
		k, ok := slotForm(f.lookup(text[start:next]), term, pos)
		if !ok {
			return 0, Base, false
		}
		form = cmp.Or(form, k)
		end = next
	}
	return end, form, true
}

// followedBy reports whether the next word after offset i is word.
func followedBy(text string, i int, word string) bool {
	start, end := nextWord(text, i)
	return start >= 0 && strings.EqualFold(text[start:end], word)
}

// slotForm returns the form in which a word is word pos of term, if it is.
func slotForm(slots []slot, term, pos int) (Form, bool) {
	for _, s := range slots {
		if s.term == term && s.pos == pos {
			return s.form, true
		}
	}
	return Base, false
}

func isGap(r rune) bool { return unicode.IsSpace(r) || r == '-' || r == '\u2010' || r == '\u2011' }

// nextWord returns the bounds of the first run of letters at or after i, or
// -1, -1.
func nextWord(text string, i int) (start, end int) {
	start = skipLetters(text, i, false)
	if start >= len(text) {
		return -1, -1
	}
	return start, skipLetters(text, start, true)
}

// skipLetters returns the offset of the first rune at or after i that is
// a letter (letter false) or is not one (letter true), or len(text). ASCII
// is read a byte at a time.
func skipLetters(text string, i int, letter bool) int {
	for i < len(text) {
		if c := text[i]; c < utf8.RuneSelf {
			if ('a' <= c|0x20 && c|0x20 <= 'z') != letter {
				return i
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if unicode.IsLetter(r) != letter {
			return i
		}
		i += size
	}
	return i
}

// lookup returns the slots of a word of the text, in any letter case,
// without allocating for words of up to 64 bytes. An ASCII word is
// lower-cased a byte at a time, and most words that are no form are told
// apart by their length, first and last byte without a map look-up.
func (f *Finder) lookup(w string) []slot {
	var buf [maxKey]byte
	if len(w) >= len(buf) {
		return f.lookupRunes(w)
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return f.lookupRunes(w)
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return f.filtered(buf[:len(w)])
}

// filtered returns the slots of a lower-case word, looking in the map only
// when the filter lets the word through.
func (f *Finder) filtered(k []byte) []slot {
	if n := len(k); n == 0 || n < maxKey && (f.firsts[n]>>(k[0]&63)&1 == 0 || f.lasts[n]>>(k[n-1]&63)&1 == 0) {
		return nil
	}
	return f.forms[string(k)]
}

// lookupRunes is lookup for a word with bytes outside ASCII.
func (f *Finder) lookupRunes(w string) []slot {
	var buf [maxKey]byte
	n := 0
	for _, r := range w {
		r = unicode.ToLower(r)
		if n+utf8.RuneLen(r) > len(buf) {
			return f.forms[strings.ToLower(w)]
		}
		n += utf8.EncodeRune(buf[n:], r)
	}
	return f.filtered(buf[:n])
}
