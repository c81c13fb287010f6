package readability

import (
	"math"
	"testing"
)

// TestSpanishFormulas checks the formulas on counts worked by hand.
func TestSpanishFormulas(t *testing.T) {
	tests := []struct {
		name           string
		st             Stats
		perspicuity    float64
		fernandezHuera float64
	}{
		// 100 words of 2 syllables in 10 sentences: 206.835 - 124.6 - 10
		// and 206.84 - 120 - 10.2.
		{"two syllables, ten words", Stats{Words: 100, Sentences: 10, Syllables: 200}, 72.235, 76.64},
		// Flesch's and Law's sanity check: shorter sentences read easier.
		{"two syllables, five words", Stats{Words: 100, Sentences: 20, Syllables: 200}, 77.235, 81.74},
		// 150 syllables per 100 words, 20 words a sentence.
		{"long sentences", Stats{Words: 200, Sentences: 10, Syllables: 300}, 93.385, 96.44},
		{"nothing", Stats{}, 0, 0},
		{"no sentence end", Stats{Words: 4, Syllables: 8}, 206.835 - 124.6 - 4, 206.84 - 120 - 4.08},
	}
	for _, tt := range tests {
		if got := tt.st.Perspicuity(); math.Abs(got-tt.perspicuity) > 1e-9 {
			t.Errorf("%s: Perspicuity = %v, want %v", tt.name, got, tt.perspicuity)
		}
		if got := tt.st.FernandezHuerta(); math.Abs(got-tt.fernandezHuera) > 1e-9 {
			t.Errorf("%s: FernandezHuerta = %v, want %v", tt.name, got, tt.fernandezHuera)
		}
	}
}

// TestInflesz checks the bands of Barrio-Cantalejo et al. (2008) at their
// boundaries.
func TestInflesz(t *testing.T) {
	tests := []struct {
		score float64
		want  string
	}{
		{100, "very easy"}, {80, "very easy"}, {79.9, "fairly easy"}, {65, "fairly easy"},
		{64.9, "normal"}, {55, "normal"}, {54.9, "somewhat difficult"}, {40, "somewhat difficult"},
		{39.9, "very difficult"}, {-50, "very difficult"}, {math.NaN(), "very difficult"},
	}
	for _, tt := range tests {
		if got := Inflesz(tt.score).Name; got != tt.want {
			t.Errorf("Inflesz(%v) = %q, want %q", tt.score, got, tt.want)
		}
	}
}
