package readability

import (
	"math"
	"os"
	"strings"
	"testing"
)

// publishedScore is a Spanish readability score that someone else published
// for a named text, with the counts it came from.
type publishedScore struct {
	name   string // the text's name in testdata/es-published.txt
	source string

	// The published counts and scores; a score of NaN was not published.
	words, syllables, sentences  int
	perspicuity, fernandezHuerta float64
	// tolerance is how far the formula on the published counts may be from
	// the published scores: their rounding.
	tolerance float64

	// ourSentences is what Spanish.Analyze counts, when it differs from the
	// published count, and why.
	ourSentences int
	why          string
}

// publishedScores are the published examples that TestSpanishPublishedScores
// checks (see testdata/README.md).
var publishedScores = []publishedScore{
	{
		name:   "lorca",
		source: "Lorca.js README, section Readability (dmarman/lorca, npm lorca-nlp)",
		words:  8, syllables: 16, sentences: 2,
		perspicuity: 78, fernandezHuerta: math.NaN(), tolerance: 0.5, // printed as a whole number
	},
	{
		name:   "ests",
		source: "esTS documentation, Readability metrics (SergeyShk/esTS), counts checked by hand there",
		words:  10, syllables: 23, sentences: 1,
		perspicuity: 53.545, fernandezHuerta: 58.64, tolerance: 1e-9,
		ourSentences: 2,
		why:          "limber ends a sentence at a colon, as Flesch counted sentences; esTS does not",
	},
}

// TestSpanishPublishedScores holds the formulas to scores published by
// others: (a) the formulas on the published counts give the published
// scores, and (b) Spanish.Analyze on the same text finds the same words and
// syllables, and the same sentences unless the table says why not, so that
// with the published sentence count our score is the published one.
func TestSpanishPublishedScores(t *testing.T) {
	texts := publishedTexts(t)
	for _, p := range publishedScores {
		published := Stats{Words: p.words, Syllables: p.syllables, Sentences: p.sentences}
		checkScores(t, p.name+" (published counts)", published, p)

		text, ok := texts[p.name]
		if !ok {
			t.Fatalf("%s: no text in testdata/es-published.txt", p.name)
		}
		ours := Spanish.Analyze(text)
		wantSentences := p.sentences
		if p.ourSentences != 0 {
			wantSentences = p.ourSentences
		}
		if ours.Words != p.words || ours.Syllables != p.syllables || ours.Sentences != wantSentences {
			t.Errorf("%s: we count %d words, %d syllables, %d sentences; want %d, %d, %d (%s)",
				p.name, ours.Words, ours.Syllables, ours.Sentences, p.words, p.syllables, wantSentences, p.source)
		}
		t.Logf("%s: published perspicuity %v, ours %.3f; Fernández Huerta %v, ours %.3f %s",
			p.name, p.perspicuity, ours.Perspicuity(), p.fernandezHuerta, ours.FernandezHuerta(), p.why)
		ours.Sentences = p.sentences
		checkScores(t, p.name+" (our counts)", ours, p)
	}
}

// checkScores compares the scores of st with the published ones of p.
func checkScores(t *testing.T, what string, st Stats, p publishedScore) {
	t.Helper()
	if got := st.Perspicuity(); math.Abs(got-p.perspicuity) > p.tolerance {
		t.Errorf("%s: perspicuity %.3f, published %v (%s)", what, got, p.perspicuity, p.source)
	}
	if got := st.FernandezHuerta(); !math.IsNaN(p.fernandezHuerta) && math.Abs(got-p.fernandezHuerta) > p.tolerance {
		t.Errorf("%s: Fernández Huerta %.3f, published %v (%s)", what, got, p.fernandezHuerta, p.source)
	}
}

// publishedTexts reads testdata/es-published.txt into texts by name.
func publishedTexts(t *testing.T) map[string]string {
	t.Helper()
	data, err := os.ReadFile("testdata/es-published.txt")
	if err != nil {
		t.Fatal(err)
	}
	texts := map[string]string{}
	name := ""
	for _, line := range strings.Split(string(data), "\n") {
		switch {
		case strings.HasPrefix(line, "#"):
		case strings.HasPrefix(line, "== "):
			name = strings.TrimPrefix(line, "== ")
		case name != "":
			texts[name] = strings.TrimSpace(texts[name] + "\n" + line)
		}
	}
	return texts
}
