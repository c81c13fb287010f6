package readability

import (
	"math"
	"strings"
	"testing"
)

func TestAnalyzeCounts(t *testing.T) {
	tests := []struct {
		name                        string
		text                        string
		words, sentences, syllables int
	}{
		{"empty", "", 0, 0, 0},
		{"spaces only", " \n\t\n ", 0, 0, 0},
		{"punctuation only", "... !? -- ;", 0, 0, 0},
		{"one sentence", "Get on your hands and knees.", 6, 1, 6},
		{"no full stop", "Get on your hands and knees", 6, 1, 6},
		{"two sentences", "Breathe out. Round your back up.", 6, 2, 6},
		{"question and exclamation", "Does it hurt? Stop now!", 5, 2, 5},
		{"semicolon and colon end sentences", "Stop at once if: it hurts; you feel dizzy", 9, 3, 10},
		{"closing quote after full stop", `Say "ouch." Then stop.`, 4, 2, 4},
		{"decimal number is one word", "Hold for 2.5 minutes.", 4, 1, 5},
		{"thousands and times", "Walk 1,000 steps at 10:30 daily.", 6, 1, 7},
		{"e.g. does not end a sentence", "Use a strap, e.g. a belt or a towel.", 9, 1, 10},
		{"i.e. before a capital does not end a sentence", "Use the left side, i.e. Side A.", 7, 1, 7},
		{"Dr. does not end a sentence", "Ask Dr. Lee about it.", 5, 1, 6},
		{"initial does not end a sentence", "Ask J. Lee about it.", 5, 1, 6},
		{"min. before a capital ends a sentence", "Hold 2 min. Then rest.", 5, 2, 5},
		{"min. before lower case does not", "Hold 2 min. or so.", 5, 1, 5},
		{"etc. at the end", "Use a towel, belt, etc. Then pull.", 7, 2, 8},
		{"U.S. is one word of one syllable", "It is sold in the U.S. now.", 7, 1, 7},
		{"ellipsis ends a sentence", "Wait... Now breathe.", 3, 2, 3},
		{"list items without full stops", "Lie on your back\nBend your knees\nBreathe", 8, 3, 8},
		{"wrapped paragraph stays whole", "Lie on your back and\nbend your knees.", 8, 1, 8},
		{"blank line ends a sentence", "Lie down\n\nand rest", 4, 2, 4},
		{"numbered list markers are not words", "1. Lie down\n2. Bend your knees\n10) Rest", 6, 3, 6},
		{"bullets are not words", "- Lie down\n* Rest\n• Breathe", 4, 3, 4},
		{"line starting with a digit is a new sentence", "Hold for\n30 seconds", 4, 2, 5},
		{"hyphenated word is one word", "Do the cat-cow stretch.", 4, 1, 5},
		{"contractions", "Don't stop. It'll help; you'll see.", 6, 3, 7},
		{"curly apostrophe", "Don’t bounce.", 2, 1, 2},
		{"CRLF line ends", "Lie down\r\nRest\r\n", 3, 2, 3},
		{"abbreviation in capitals", "Ask your PT about the ACL.", 6, 1, 7},
		{"accented letters", "Rest in a café.", 4, 1, 5},
		{"other scripts count as words", "Стоп. 停止", 2, 2, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := Analyze(tt.text)
			if s.Words != tt.words || s.Sentences != tt.sentences || s.Syllables != tt.syllables {
				t.Errorf("Analyze(%q) = %d words, %d sentences, %d syllables; want %d, %d, %d",
					tt.text, s.Words, s.Sentences, s.Syllables, tt.words, tt.sentences, tt.syllables)
			}
		})
	}
}

func TestAnalyzeLongSentences(t *testing.T) {
	long := "If you have had a hip replacement in the last few months, ask your physical therapist before you do this stretch at home."
	text := "Lie on your back. " + long + "\nBreathe."
	s := Analyze(text)
	if len(s.LongSentences) != 1 {
		t.Fatalf("LongSentences = %v, want one", s.LongSentences)
	}
	got := s.LongSentences[0]
	if got.Text != long || got.Words != 23 || got.Offset != strings.Index(text, "If you") {
		t.Errorf("long sentence = %+v, want %q, 23 words, offset %d", got, long, strings.Index(text, "If you"))
	}
	if text[got.Offset:got.Offset+len(got.Text)] != got.Text {
		t.Errorf("offset %d does not point at the sentence", got.Offset)
	}
	twenty := strings.Repeat("stretch ", 19) + "stretch."
	if s := Analyze(twenty); s.Words != LongSentence || len(s.LongSentences) != 0 {
		t.Errorf("a sentence of exactly %d words is reported long: %+v", LongSentence, s)
	}
}

func TestAnalyzeComplexWords(t *testing.T) {
	tests := []struct {
		text string
		want int
	}{
		{"Do the exercises every day.", 1},           // ex-er-cis-es
		{"It is comfortable.", 1},                    // com-fort-a-ble
		{"Ask about Pilates and Achilles pain.", 0},  // names inside a sentence
		{"Exercises help.", 1},                       // first word of the sentence counts
		{"Keep relaxing. It was repeated.", 0},       // three syllables only through -ing, -ed
		{"Do it step-by-step.", 0},                   // compound of short words
		{"Feel it in the pelvic-abdominal area.", 2}, // ab-dom-i-nal is a part; ar-e-a
		{"Hold 1,000 times, e.g. daily.", 0},         // figures and abbreviations
		{"Your physiotherapist knows.", 1},
	}
	for _, tt := range tests {
		if got := Analyze(tt.text).ComplexWords; got != tt.want {
			t.Errorf("Analyze(%q).ComplexWords = %d, want %d", tt.text, got, tt.want)
		}
	}
}

func TestScores(t *testing.T) {
	// Wikipedia, "Flesch–Kincaid readability tests": one sentence of 13
	// words and 24 syllables has reading ease 37.5 and grade 11.3.
	s := Stats{Words: 13, Sentences: 1, Syllables: 24}
	near(t, "Grade", s.Grade(), 11.3, 0.05)
	near(t, "ReadingEase", s.ReadingEase(), 37.5, 0.05)
	// The extremes given there: one one-syllable word per sentence scores
	// grade -3.40 and reading ease 121.22.
	e := Stats{Words: 6, Sentences: 6, Syllables: 6}
	near(t, "lowest Grade", e.Grade(), -3.40, 0.005)
	near(t, "highest ReadingEase", e.ReadingEase(), 121.22, 0.005)
	near(t, "lowest Grade from text", Analyze("The. Cat. And. The. Dog. Ate.").Grade(), -3.40, 0.005)
	var zero Stats
	if zero.Grade() != 0 || zero.ReadingEase() != 0 || zero.ComplexShare() != 0 || zero.Reliable() {
		t.Errorf("zero Stats: grade %v, ease %v, share %v, reliable %v; want 0, 0, 0, false",
			zero.Grade(), zero.ReadingEase(), zero.ComplexShare(), zero.Reliable())
	}
	noBreak := Stats{Words: 10, Syllables: 10}
	near(t, "Grade with no sentence end", noBreak.Grade(), 0.39*10+11.8-15.59, 1e-9)
	near(t, "ComplexShare", Stats{Words: 40, ComplexWords: 6}.ComplexShare(), 0.15, 1e-9)
}

func TestAddAndReliable(t *testing.T) {
	a := Analyze("Lie on your back. " + strings.Repeat("word ", 25) + "end.")
	b := Analyze("Bend your knees.\nBreathe out.")
	sum := a.Add(b)
	if sum.Words != a.Words+b.Words || sum.Sentences != 4 || sum.Syllables != a.Syllables+b.Syllables {
		t.Errorf("Add = %+v", sum)
	}
	if len(sum.LongSentences) != 1 || sum.LongSentences[0] != a.LongSentences[0] {
		t.Errorf("Add LongSentences = %v, want a's one long sentence", sum.LongSentences)
	}
	if sum.Reliable() {
		t.Errorf("%d words in %d sentences reported reliable", sum.Words, sum.Sentences)
	}
	enough := strings.Repeat("Bend your knees and breathe out slowly now. ", 13) // 104 words, 13 sentences
	if s := Analyze(enough); !s.Reliable() || s.Words != 104 {
		t.Errorf("%d words in %d sentences not reliable", s.Words, s.Sentences)
	}
	few := Analyze(strings.Repeat("word ", 120) + ". Two. Three. Four.") // 123 words, 4 sentences
	if few.Reliable() {
		t.Errorf("%d words in %d sentences reported reliable", few.Words, few.Sentences)
	}
}

func near(t *testing.T, what string, got, want, tol float64) {
	t.Helper()
	if math.Abs(got-want) > tol {
		t.Errorf("%s = %.3f, want %.3f ± %.3f", what, got, want, tol)
	}
}

// TestAnalyzeLabels: a colon after a label of one or two words does not end
// the sentence that goes on after it on the same line; after more words,
// or at the end of a line, it does (Flesch counts colons as sentence ends).
func TestAnalyzeLabels(t *testing.T) {
	tests := []struct {
		name             string
		text             string
		words, sentences int
	}{
		{"one-word label", "Static: move into a stretch and hold still.", 8, 1},
		{"two-word label", "Hold time: 30 seconds.", 4, 1},
		{"label after a sentence", "Lie down. Note: keep your knees bent.", 7, 2},
		{"labels of a list", "- Most adults: hold for 10 to 30 seconds.\n- Older adults: hold longer.", 12, 2},
		{"label and a second sentence", "Static: hold still. This suits most people.", 7, 2},
		{"three words are a clause, not a label", "Keep it simple: hold still.", 5, 2},
		{"label at the end of a line", "Hold time:\n30 seconds", 4, 2},
		{"label at the end of the text", "Hold time:", 2, 1},
		{"colon with no space after it", "Ratio 1:2 or so.", 4, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if s := Analyze(tt.text); s.Words != tt.words || s.Sentences != tt.sentences {
				t.Errorf("Analyze(%q) = %d words, %d sentences; want %d, %d", tt.text, s.Words, s.Sentences, tt.words, tt.sentences)
			}
		})
	}
}

// TestAnalyzeListLeadIn: bulleted items without closing punctuation after
// a line ending in a colon go on that sentence; punctuated items, numbered
// items and items after a blank line are sentences of their own.
func TestAnalyzeListLeadIn(t *testing.T) {
	tests := []struct {
		name             string
		text             string
		words, sentences int
	}{
		{"items go on the lead-in", "Ask first if you have:\n- osteoporosis\n- a herniated disc", 9, 1},
		{"capitalised items too", "Ask first if you have:\n- Osteoporosis\n- A herniated disc", 9, 1},
		{"other bullets", "You need:\n* a mat\n+ a strap\n• a pillow", 8, 1},
		{"spaces after the colon", "You need: \n  - a mat\n  - a strap", 6, 1},
		{"the last item ends it", "You need:\n- a mat\n- a strap.\nThen lie down.", 9, 2},
		{"a paragraph after the list", "You need:\n- a mat\n- a strap\nLie down", 8, 2},
		{"punctuated items are sentences", "Stop if you have:\n- Bleeding.\n- Pain in your belly.", 9, 3},
		{"a punctuated first item decides", "Stop if you have:\n- Bleeding.\n- pain", 6, 3},
		{"numbered steps stay one sentence each", "Do this:\n1. Lie down\n2. Bend your knees", 7, 3},
		{"blank line before the list", "Ask first if you have:\n\n- osteoporosis\n- a herniated disc", 9, 3},
		{"no colon, no lead-in", "Bring these\n- a mat\n- a strap", 6, 3},
		{"items after the sentence ends are their own", "You need:\n- a mat\n- a strap.\n- a pillow\n- a towel", 10, 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if s := Analyze(tt.text); s.Words != tt.words || s.Sentences != tt.sentences {
				t.Errorf("Analyze(%q) = %d words, %d sentences; want %d, %d", tt.text, s.Words, s.Sentences, tt.words, tt.sentences)
			}
		})
	}
}

// TestAnalyzeListLongSentence: a sentence that goes on into a list is long
// only if its lead-in or one of its items has more than LongSentence words.
func TestAnalyzeListLongSentence(t *testing.T) {
	item := "- joints that bend further than most\n"
	short := "Ask your clinician before you start if you have:\n" + strings.Repeat(item, 5)
	if s := Analyze(short); s.Sentences != 1 || s.Words != 39 || len(s.LongSentences) != 0 {
		t.Errorf("short lead-in and items: %d sentences, %d words, long %v; want 1, 39, none", s.Sentences, s.Words, s.LongSentences)
	}
	longItem := "- " + strings.Repeat("stretch ", 21) + "\n"
	s := Analyze("You need:\n- a mat\n" + longItem)
	if len(s.LongSentences) != 1 || s.LongSentences[0].Words != 25 {
		t.Errorf("a long item: long sentences %+v; want one of 25 words", s.LongSentences)
	}
	longLead := strings.Repeat("stretch ", 21) + "with:\n- a mat\n"
	if s := Analyze(longLead); len(s.LongSentences) != 1 || s.LongSentences[0].Words != 24 {
		t.Errorf("a long lead-in: long sentences %+v; want one of 24 words", s.LongSentences)
	}
}

// TestAnalyzeRanges: a range of figures written with a hyphen or an en
// dash is one word, of a syllable for each figure; written with "to", or
// with spaces around the dash, it is more words.
func TestAnalyzeRanges(t *testing.T) {
	tests := []struct {
		text             string
		words, syllables int
	}{
		{"Hold 10-20 seconds.", 3, 5},
		{"Hold 10–20 seconds.", 3, 5},
		{"Hold 10–20.", 2, 3},
		{"Hold 2 to 4 times.", 5, 5},
		{"Hold 10 – 20 seconds.", 4, 5},
		{"Pages 1334–1359, 2011–2012", 3, 6},
		{"Wait–what", 2, 2}, // an en dash between words is not a range
		{"Hold 10–", 2, 2},
	}
	for _, tt := range tests {
		if s := Analyze(tt.text); s.Words != tt.words || s.Syllables != tt.syllables {
			t.Errorf("Analyze(%q) = %d words, %d syllables; want %d, %d", tt.text, s.Words, s.Syllables, tt.words, tt.syllables)
		}
	}
}
