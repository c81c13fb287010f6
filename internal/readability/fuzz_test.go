package readability

import (
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"
)

// FuzzAnalyze checks that Analyze never panics, that its counts are
// consistent, and that every long sentence's offset points at its text.
func FuzzAnalyze(f *testing.F) {
	seeds, _ := filepath.Glob("testdata/*.txt")
	stretches, _ := filepath.Glob("../../content/stretches/*.md")
	for _, path := range append(seeds, stretches...) {
		if b, err := os.ReadFile(path); err == nil && len(b) < 8000 {
			f.Add(string(b))
		}
	}
	for _, s := range []string{"", "1.", "e.g.", "Dr.", "a-", "-a", "'", "don't'", "2.5.", "…", "\n\n1) x", "x\xffy", "a\u0301"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		s := Analyze(text)
		if s.Words < 0 || s.Sentences < 0 || s.Syllables < 0 || s.ComplexWords < 0 {
			t.Fatalf("negative counts: %+v", s)
		}
		if s.Sentences > s.Words || s.ComplexWords > s.Words || s.Syllables < s.Words {
			t.Fatalf("inconsistent counts: %+v", s)
		}
		for _, ls := range s.LongSentences {
			if ls.Offset < 0 || ls.Offset+len(ls.Text) > len(text) || text[ls.Offset:ls.Offset+len(ls.Text)] != ls.Text {
				t.Fatalf("sentence %+v is not at its offset in %q", ls, text)
			}
			if ls.Words <= LongSentence || ls.Words > s.Words {
				t.Fatalf("long sentence of %d words", ls.Words)
			}
		}
		if utf8.ValidString(text) && s.Grade() != s.Grade() {
			t.Fatalf("grade is NaN")
		}
	})
}

// FuzzSyllables checks that Syllables never panics and counts at least one
// syllable for any word with a letter or digit.
func FuzzSyllables(f *testing.F) {
	for _, s := range []string{"stretched", "don't", "cat-cow", "naïve", "2.5", "ACL", "''", "-", "queueing"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, word string) {
		n := Syllables(word)
		if n < 0 || n > len(word) {
			t.Fatalf("Syllables(%q) = %d", word, n)
		}
	})
}

// FuzzASCIIPaths checks that the byte-at-a-time readers of ASCII words
// count exactly as the rune readers they stand in for.
func FuzzASCIIPaths(f *testing.F) {
	for _, s := range []string{"stretched", "don't", "ACL", "e.g", "2.5", "it'll", "O'Brien", "rock'n'roll", "a@[`{", "x'", "'s"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, word string) {
		if !isASCII(word) {
			return
		}
		// partSyllables counts a part between hyphens (Syllables cuts them;
		// FuzzSyllablesASCII covers whole words).
		if part, _ := cutHyphen(word); part != word {
			return
		}
		if a, b := partSyllables(word), partSyllablesRunes(word); a != b {
			t.Fatalf("partSyllables(%q) = %d, partSyllablesRunes = %d", word, a, b)
		}
		var ba, bb [maxLetters]byte
		a, okA := fold(word, &ba)
		b, okB := foldRunes(word, &bb)
		if okA != okB || string(a) != string(b) {
			t.Fatalf("fold(%q) = %q %v, foldRunes = %q %v", word, a, okA, b, okB)
		}
	})
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// FuzzSyllablesASCII checks that the one-pass count of an ASCII word adds
// up its parts between hyphens as the rune readers count them.
func FuzzSyllablesASCII(f *testing.F) {
	for _, s := range []string{"cat-cow", "step-by-step", "-a", "a-", "--", "don't-stop", "U.S.-made", "x-2", "well-being's"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, word string) {
		got, ok := asciiSyllables(word)
		if ok != isASCII(word) {
			t.Fatalf("asciiSyllables(%q) reports %v", word, ok)
		}
		want := 0
		for w := word; w != ""; {
			part, rest := cutHyphen(w)
			want += partSyllablesRunes(part)
			w = rest
		}
		if ok && got != want {
			t.Fatalf("asciiSyllables(%q) = %d, the rune readers count %d", word, got, want)
		}
	})
}
