package plain

import (
	"strings"
	"testing"
)

// FuzzFindSpanish checks that the Spanish Finder never panics and returns
// matches in order, not overlapping and inside the text.
func FuzzFindSpanish(f *testing.F) {
	for _, s := range []string{"", "decúbito supino", "DECUBITO SUPINO", "decúbito", "flexiones bilaterales", "x\xffprono", "Realice", "cóccix"} {
		f.Add(s)
	}
	finder, err := NewFinderIn(BuiltinSpanish(), "es")
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		end := 0
		for _, m := range finder.Find(text) {
			if m.Offset < end || m.Len <= 0 || m.Offset+m.Len > len(text) || strings.TrimSpace(m.Suggestion()) == "" {
				t.Fatalf("match %+v out of order, outside %q or without a suggestion", m, text)
			}
			end = m.Offset + m.Len
		}
	})
}
