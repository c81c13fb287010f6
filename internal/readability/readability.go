// Package readability scores how easy English text is to read, for
// patient-facing text such as a stretch's summary, steps and notes.
//
// Analyze counts the words, sentences and syllables of a plain text and
// notes its long sentences; Stats.Add sums the counts of several texts so a
// page or a printed sheet can be scored as a whole; Grade and ReadingEase
// turn the counts into the Flesch-Kincaid grade level and the Flesch reading
// ease. The counting follows Flesch's own rules (How to Write Plain English,
// 1979, chapter 2) where they can be followed by a program: contractions,
// hyphenated words, ranges ("10-20", "10–20"), abbreviations and figures are
// one word each, figures and abbreviations are one syllable, and a word with
// two accepted pronunciations has the shorter one ("every" is two
// syllables). Colons end sentences as Flesch has it, except after a label
// ("Static: hold still.") and before a bulleted list that carries the
// sentence on (see Analyze), where ending it would make the text look
// easier than it reads.
//
// The formulas are rough on short texts: score a whole page or sheet, check
// Reliable before acting on a grade, and pair the grade with word-level
// checks such as long sentences and the share of complex words.
package readability

// Thresholds for patient-facing text.
const (
	// WarnGrade is the Flesch-Kincaid grade above which patient text should
	// be simplified. The AMA and the US Department of Health and Human
	// Services recommend grade 4 to 6 for patient materials, and the AAFP
	// grade 5 to 6 for printed information.
	WarnGrade = 6

	// ErrorGrade is the Flesch-Kincaid grade above which patient text is too
	// hard. The NIH asks for health materials below grade 8, and the CDC
	// (Simply Put, 2009) for never above grade 7 to 8.
	ErrorGrade = 8

	// LongSentence is the number of words above which a sentence is long.
	// Plain-language guidance for patient materials asks for sentences under
	// 20 words, and so does limber's writing guide (docs/content.md).
	LongSentence = 20

	// WarnComplexShare is the share of complex words (see Stats) above which
	// the words alone make a text hard, however short its sentences. It comes
	// from Gunning's fog index (The Technique of Clear Writing, 1952): 0.4
	// times the sum of the average sentence length and the percentage of
	// complex words. With the ten-word sentences of plain patient text, 10%
	// complex words give a fog index of 8, the ErrorGrade. For scale:
	// limber's sample stretches have 1-2%, the Gettysburg Address 6%, a
	// physical therapy letter rewritten to grade 3 has 7% and the grade 10
	// original 21% (see passages_test.go).
	WarnComplexShare = 0.10

	// MinWords and MinSentences are the least text whose grade Reliable
	// trusts. Flesch built and applied his formula on samples of 100 words
	// (Flesch, "A new readability yardstick", J Appl Psychol 1948; Fry's
	// graph, J Reading 1968, also takes 100-word passages). The grade's
	// sentence term is an average: in 100 words, one sentence boundary more
	// or less moves the grade by 0.39 × 100/(n(n−1)), which is 2 grades for 5
	// sentences and grows fast below that (6.5 for 3).
	MinWords     = 100
	MinSentences = 5
)

// Stats are the counts and scores of one text, or of several texts added
// together.
//
// ComplexWords counts the words of three or more syllables, following
// Gunning's rules for "hard words": not counting capitalised words other than
// a sentence's first (names such as "Pilates" or "Achilles"), hyphenated
// words none of whose parts has three syllables ("step-by-step"), figures and
// abbreviations, and words that reach three syllables only through an -ed,
// -es or -ing ending ("relaxing", "repeated").
type Stats struct {
	Words, Sentences, Syllables, ComplexWords int

	// LongSentences are the sentences of more than LongSentence words, in
	// the order they appear. After Add they come from several texts: each
	// Offset is then in the text that sentence came from.
	LongSentences []Sentence
}

// Sentence is one sentence of a text.
type Sentence struct {
	// Text is the sentence as written, without surrounding spaces.
	Text string
	// Words is the number of words in the sentence.
	Words int
	// Offset is the byte offset of Text in the text given to Analyze.
	Offset int
}

// Add returns the sum of s and o, for scoring several texts (a page's
// summary, steps and notes) as one.
func (s Stats) Add(o Stats) Stats {
	sum := Stats{
		Words:        s.Words + o.Words,
		Sentences:    s.Sentences + o.Sentences,
		Syllables:    s.Syllables + o.Syllables,
		ComplexWords: s.ComplexWords + o.ComplexWords,
	}
	if n := len(s.LongSentences) + len(o.LongSentences); n > 0 {
		sum.LongSentences = make([]Sentence, 0, n)
		sum.LongSentences = append(sum.LongSentences, s.LongSentences...)
		sum.LongSentences = append(sum.LongSentences, o.LongSentences...)
	}
	return sum
}

// Grade returns the Flesch-Kincaid grade level (Kincaid, Fishburne, Rogers
// and Chissom, Research Branch Report 8-75, US Navy, 1975):
//
//	0.39 × words/sentences + 11.8 × syllables/words − 15.59
//
// A text with no words has grade 0. The lowest possible grade is −3.40 (one
// one-syllable word per sentence); there is no upper bound.
func (s Stats) Grade() float64 {
	if s.Words == 0 {
		return 0
	}
	return 0.39*s.wordsPerSentence() + 11.8*s.syllablesPerWord() - 15.59
}

// ReadingEase returns the Flesch reading ease (Flesch 1948, as restated by
// Kincaid et al. 1975):
//
//	206.835 − 1.015 × words/sentences − 84.6 × syllables/words
//
// Higher is easier: 90-100 is very easy, 60-70 plain English, below 30 very
// hard. A text with no words scores 0.
func (s Stats) ReadingEase() float64 {
	if s.Words == 0 {
		return 0
	}
	return 206.835 - 1.015*s.wordsPerSentence() - 84.6*s.syllablesPerWord()
}

// ComplexShare returns the share of complex words, ComplexWords/Words, from 0
// to 1; 0 for a text with no words.
func (s Stats) ComplexShare() float64 {
	if s.Words == 0 {
		return 0
	}
	return float64(s.ComplexWords) / float64(s.Words)
}

// Reliable reports whether the text is long enough for its grade to mean
// something: at least MinWords words and MinSentences sentences. Score
// shorter texts together with others (Add), or rely on the word-level checks.
func (s Stats) Reliable() bool {
	return s.Words >= MinWords && s.Sentences >= MinSentences
}

func (s Stats) wordsPerSentence() float64 {
	n := s.Sentences
	if n < 1 {
		n = 1 // words with no sentence break are one sentence
	}
	return float64(s.Words) / float64(n)
}

func (s Stats) syllablesPerWord() float64 {
	return float64(s.Syllables) / float64(s.Words)
}
