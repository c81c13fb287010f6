package readability

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"testing"
)

// TestSyllablesHardCases pins the cases the spelling rules exist for.
func TestSyllablesHardCases(t *testing.T) {
	tests := []struct {
		word string
		want int
	}{
		{"stretched", 1}, {"hamstring", 2}, {"create", 2}, {"area", 3},
		{"every", 2},                                                            // ev-ry: Flesch takes the shorter of two pronunciations
		{"make", 1}, {"gentle", 2}, {"ankle", 2}, {"muscles", 2}, {"centre", 2}, // silent e, -le, -re
		{"wanted", 2}, {"rounded", 2}, {"locked", 1}, {"tackled", 2}, // -ed
		{"stretches", 2}, {"places", 2}, {"makes", 1}, {"changes", 2}, // -es
		{"body", 2}, {"yes", 1}, {"player", 2}, {"lying", 2}, {"dye", 1}, // y
		{"something", 2}, {"movement", 2}, {"lately", 2}, {"safety", 2}, // compounds
		{"being", 2}, {"idea", 3}, {"actual", 3}, {"diet", 2}, {"video", 3}, // vowel pairs
		{"million", 2}, {"union", 2}, {"patient", 2}, {"question", 2},
		{"league", 1}, {"technique", 2}, {"spasm", 2}, {"rhythm", 2},
		{"don't", 1}, {"couldn't", 2}, {"haven't", 2}, {"it's", 1}, {"it'll", 2}, // contractions
		{"don’t", 1}, {"horse's", 2},
		{"cat-cow", 2}, {"step-by-step", 3}, {"well-being", 3}, // hyphenated
		{"17", 1}, {"2.5", 1}, {"1,000", 1}, {"3rd", 1}, {"10:30", 1}, // figures: one syllable
		{"TV", 1}, {"ACL", 1}, {"e.g", 1}, // abbreviations: one syllable
		{"Stretch", 1}, {"STRETCHING", 2}, {"naïve", 2}, {"café", 2}, // case and accents
		{"contraindicated", 6}, {"physiotherapist", 6}, {"dorsiflexion", 4},
		{"", 0}, {"-", 0}, {"'", 0}, {"...", 0}, {"—", 0},
	}
	for _, tt := range tests {
		if got := Syllables(tt.word); got != tt.want {
			t.Errorf("Syllables(%q) = %d, want %d", tt.word, got, tt.want)
		}
	}
}

// TestSyllablesTable checks the hand-picked list in testdata/syllables.txt,
// whose header says where each count comes from.
func TestSyllablesTable(t *testing.T) {
	words := readCounts(t, "testdata/syllables.txt")
	if len(words) < 300 {
		t.Fatalf("testdata/syllables.txt has %d words, want at least 300", len(words))
	}
	for _, wc := range words {
		if got := Syllables(wc.word); got != wc.count {
			t.Errorf("Syllables(%q) = %d, want %d", wc.word, got, wc.count)
		}
	}
}

// TestSyllablesAccuracy checks the estimate against the dictionary on every
// word of limber's sample site and docs.
func TestSyllablesAccuracy(t *testing.T) {
	words := readCounts(t, "testdata/vocabulary.txt")
	right := 0
	for _, wc := range words {
		if Syllables(wc.word) == wc.count {
			right++
		}
	}
	if share := float64(right) / float64(len(words)); share < 0.97 || len(words) < 1000 {
		t.Errorf("Syllables agrees with the dictionary on %d of %d words (%.1f%%), want at least 97%%",
			right, len(words), 100*share)
	}
}

type wordCount struct {
	word  string
	count int
}

// readCounts reads "word count [source]" lines, skipping # comments.
func readCounts(t *testing.T, path string) []wordCount {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []wordCount
	sc := bufio.NewScanner(f)
	for line := 1; sc.Scan(); line++ {
		fields := strings.Fields(sc.Text())
		if len(fields) == 0 || strings.HasPrefix(fields[0], "#") {
			continue
		}
		if len(fields) < 2 {
			t.Fatalf("%s:%d: want \"word count\", got %q", path, line, sc.Text())
		}
		n, err := strconv.Atoi(fields[1])
		if err != nil {
			t.Fatalf("%s:%d: want \"word count\", got %q", path, line, sc.Text())
		}
		out = append(out, wordCount{fields[0], n})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}
