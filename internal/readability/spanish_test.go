package readability

import (
	"bufio"
	"os"
	"strings"
	"testing"
)

// TestSpanishSyllablesHardCases pins the rules of SpanishSyllables.
func TestSpanishSyllablesHardCases(t *testing.T) {
	tests := []struct {
		word string
		want int
	}{
		{"casa", 2}, {"estiramiento", 5}, {"rodilla", 3}, {"espalda", 3},
		{"cielo", 2}, {"cuidado", 3}, {"pierna", 2}, {"hueso", 2}, // diphthongs
		{"buey", 1}, {"averiguáis", 4}, {"Uruguay", 3}, // triphthongs, y at the end
		{"leer", 2}, {"realizar", 4}, {"poeta", 3}, {"zoología", 5}, // hiatus of strong vowels
		{"chiita", 3}, {"duunviro", 4}, {"friísimo", 4}, {"antiinflamatorio", 7}, // the same weak vowel twice
		{"nihilismo", 4}, {"antihistérica", 6}, {"nihílico", 4}, // ... also over an h
		{"paranoia", 4}, {"meiosis", 3}, {"hawaiano", 4}, {"coihaiquino", 4}, {"fideuá", 3}, // two strong vowels in a run
		{"río", 2}, {"baúl", 2}, {"reúne", 3}, {"día", 2}, {"país", 2}, // accented weak vowel
		{"construí", 2}, {"huí", 1}, {"cuidó", 2},
		{"queso", 2}, {"guitarra", 3}, {"pingüino", 3}, {"agüero", 3}, {"guante", 2}, // qu, gu, gü
		{"prohibir", 2}, {"rehusar", 2}, {"rehuir", 2}, {"marihuana", 4}, {"búho", 2}, {"alcohol", 3}, // h between vowels
		{"hoy", 1}, {"muy", 1}, {"y", 1}, {"mayo", 2}, {"reyes", 2}, {"yo", 1}, // y
		{"Rodilla", 3}, {"ESPALDA", 3}, {"¿Cómo", 2},
		{"10", 1}, {"10-30", 2}, {"2,5", 1}, {"IMC", 1}, {"p", 1}, {"ej", 1}, // figures, abbreviations
		{"boca-arriba", 5}, {"", 0}, {"-", 0},
	}
	for _, tt := range tests {
		if got := SpanishSyllables(tt.word); got != tt.want {
			t.Errorf("SpanishSyllables(%q) = %d, want %d", tt.word, got, tt.want)
		}
	}
}

// minSpanishAgreement is the least share of the words of
// testdata/freedict-es.txt whose syllables SpanishSyllables must count as the
// dictionary's transcription has them.
const minSpanishAgreement = 0.98

// TestSpanishSyllablesFreeDict checks SpanishSyllables against the
// transcriptions of FreeDict's Spanish-German dictionary (see
// testdata/README.md): a word has as many syllables as its transcription has
// vowels, the glides j, w, ɪ and ʊ of a diphthong being no vowels.
func TestSpanishSyllablesFreeDict(t *testing.T) {
	f, err := os.Open("testdata/freedict-es.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	total, right := 0, 0
	var wrong []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if strings.HasPrefix(sc.Text(), "#") {
			continue
		}
		word, ipa, ok := strings.Cut(sc.Text(), " ")
		if !ok {
			t.Fatalf("bad line %q", sc.Text())
		}
		total++
		want := strings.Count(strings.Map(ipaVowel, ipa), "V")
		if got := SpanishSyllables(word); got == want {
			right++
		} else {
			wrong = append(wrong, word+" "+ipa)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	share := float64(right) / float64(total)
	t.Logf("SpanishSyllables agrees with FreeDict on %d of %d words (%.2f%%)", right, total, 100*share)
	if total < 12000 || share < minSpanishAgreement {
		t.Errorf("agreement %.2f%% of %d words, want at least %.0f%% of 12000; differ: %s",
			100*share, total, 100*minSpanishAgreement, strings.Join(wrong, ", "))
	}
}

// ipaVowel maps a vowel of a Spanish transcription to V and drops the rest.
func ipaVowel(r rune) rune {
	if strings.ContainsRune("aeiouɛɔ", r) {
		return 'V'
	}
	return -1
}
