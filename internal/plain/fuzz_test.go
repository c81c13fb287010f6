package plain

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzFind checks that Find never panics and returns matches in order, not
// overlapping, inside the text, each starting and ending on a letter.
func FuzzFind(f *testing.F) {
	files, _ := filepath.Glob("../../content/*/*.md")
	for _, path := range files {
		if b, err := os.ReadFile(path); err == nil && len(b) < 8000 {
			f.Add(string(b))
		}
	}
	for _, s := range []string{"", "supine", "range of motion", "range of", "prone to", "PRONE", "side-lying", "x\xffsupine", "İsupine"} {
		f.Add(s)
	}
	finder, err := NewFinder(Builtin())
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		end := 0
		for _, m := range finder.Find(text) {
			if m.Offset < end || m.Len <= 0 || m.Offset+m.Len > len(text) {
				t.Fatalf("match %+v out of order or outside %q", m, text)
			}
			got := strings.ToLower(text[m.Offset : m.Offset+m.Len])
			if first := splitWords(m.Term.Jargon)[0]; !strings.HasPrefix(got, first[:min(2, len(first))]) {
				t.Fatalf("match %q for %q", got, m.Term.Jargon)
			}
			end = m.Offset + m.Len
		}
	})
}

func BenchmarkFind(b *testing.B) {
	src, err := os.ReadFile("../../content/stretches/supine-hamstring.md")
	if err != nil {
		b.Fatal(err)
	}
	text := strings.Repeat(string(src)+" Lie supine; keep the range of motion small. ", 3)[:3072]
	finder, err := NewFinder(Builtin())
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		finder.Find(text)
	}
}
