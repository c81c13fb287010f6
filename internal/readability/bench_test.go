package readability

import (
	"os"
	"strings"
	"testing"
)

// benchText returns about 3 KB of patient text: a sample stretch page.
func benchText(b *testing.B) string {
	src, err := os.ReadFile("../../content/stretches/cat-cow.md")
	if err != nil {
		b.Fatal(err)
	}
	text := strings.Repeat(string(src), 3)
	return text[:3072]
}

func BenchmarkAnalyze(b *testing.B) {
	text := benchText(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Analyze(text)
	}
}

func BenchmarkSyllables(b *testing.B) {
	words := strings.Fields("Stretched hamstring every create area comfortable don't cat-cow physiotherapist 2.5")
	b.ReportAllocs()
	for b.Loop() {
		for _, w := range words {
			Syllables(w)
		}
	}
}
