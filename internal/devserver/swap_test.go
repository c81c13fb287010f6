package devserver

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestServeSwappedPicture swaps a copied picture for a symlink to a file
// outside the site while limber serve runs: the rebuild fails, the last
// good site stays served, and the picture is not found rather than the
// outside file served through the link.
func TestServeSwappedPicture(t *testing.T) {
	site := copySample(t)
	secret := filepath.Join(t.TempDir(), "passwd")
	if err := os.WriteFile(secret, []byte("TOP-SECRET-BYTES"), 0o644); err != nil {
		t.Fatal(err)
	}
	s := start(t, site)
	waitMatch(t, "the first build", s.out, `limber: built \d+ pages in \d+ms\n`)
	pic := s.base + "stretches/cat-cow.svg"
	if code, body := get(t, pic); code != 200 || !strings.Contains(body, "<svg") {
		t.Fatalf("GET %s = %d before the swap, want the picture", pic, code)
	}
	name := filepath.Join(site, "content/stretches/cat-cow.svg")
	if err := os.Remove(name); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(secret, name); err != nil {
		t.Skip("symlinks not supported:", err)
	}
	waitMatch(t, "the failed rebuild", s.err, `content/stretches/cat-cow\.svg: symlink points outside[^\n]*\n`)
	if code, body := get(t, pic); code != 404 || strings.Contains(body, "TOP-SECRET") {
		t.Errorf("GET %s = %d %.80q after the swap, want the not-found page", pic, code, body)
	}
	if code, _ := get(t, s.base+"stretches/lunge.svg"); code != 200 {
		t.Errorf("the other pictures must still serve, got %d", code)
	}
}
