package readability

import "testing"

// FuzzSpanish checks that Spanish.Analyze and SpanishSyllables never panic,
// that the counts are consistent, and that a long sentence's offset points
// at its text.
func FuzzSpanish(f *testing.F) {
	for _, s := range []string{"", "¿Qué?", "¡Ya!", "p. ej.", "aprox. 10-30 seg.", "«No»", "prohibir", "h", "ahu", "güe",
		"y", "YA", "a\u0301", "x\xffy", "Dra. Pérez", "reúne-ahí"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		s := Spanish.Analyze(text)
		if s.Words < 0 || s.Sentences > s.Words || s.Syllables < s.Words || s.ComplexWords != 0 {
			t.Fatalf("inconsistent counts: %+v", s)
		}
		for _, ls := range s.LongSentences {
			if ls.Offset < 0 || ls.Offset+len(ls.Text) > len(text) || text[ls.Offset:ls.Offset+len(ls.Text)] != ls.Text {
				t.Fatalf("sentence %+v is not at its offset in %q", ls, text)
			}
		}
		if n := SpanishSyllables(text); n < 0 || n > len(text) {
			t.Fatalf("SpanishSyllables(%q) = %d", text, n)
		}
	})
}
