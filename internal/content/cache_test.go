package content

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

func TestCache(t *testing.T) {
	root := t.TempDir()
	path := filepath.Join(root, "content", "conditions", "a.md")
	os.MkdirAll(filepath.Dir(path), 0o755)
	write := func(title string, mod time.Time) {
		if err := os.WriteFile(path, []byte("---\ntitle: "+title+"\nsummary: S\n---\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		os.Chtimes(path, mod, mod)
	}
	title := func(c *Cache) string {
		s, errs := Load(root, Options{Cache: c})
		if len(errs) > 0 || len(s.Conditions) != 1 {
			t.Fatalf("load: %v", errs)
		}
		return s.Conditions[0].Title
	}
	t0 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	c := NewCache()
	write("One", t0)
	if got := title(c); got != "One" {
		t.Fatalf("first load %q", got)
	}
	first, _ := Load(root, Options{Cache: c})
	second, _ := Load(root, Options{Cache: c})
	if first.Conditions[0] != second.Conditions[0] {
		t.Error("an unchanged file must come from the cache")
	}
	write("Two", t0.Add(time.Second))
	if got := title(c); got != "Two" {
		t.Errorf("after an edit: %q, want Two", got)
	}
	write("Six", t0.Add(time.Second)) // same size and time: only Forget tells
	if got := title(c); got != "Two" {
		t.Errorf("without Forget the cached parse is kept, got %q", got)
	}
	c.Forget("conditions/a.md")
	if got := title(c); got != "Six" {
		t.Errorf("after Forget: %q, want Six", got)
	}
	if got := title(nil); got != "Six" {
		t.Errorf("a nil cache must read the file: %q", got)
	}
}
