package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
)

// TestFileNamesCannotForgeOutput checks that content files whose names hold
// a newline, an escape code or a right-to-left override are named visibly
// in limber build's and limber check's output: every line is one of
// limber's own, with no control character, and no line starts a GitHub
// Actions command that limber did not write.
func TestFileNamesCannotForgeOutput(t *testing.T) {
	site := t.TempDir()
	dir := filepath.Join(site, "content", "stretches")
	page := "---\ntitle: N\nsummary: s.\ntype: dynamic\nreps: 10\nregions: [hips]\n---\n[x](gone%0A::error::link.md)\n"
	for _, name := range []string{"bad\n::error::forged.md", "esc\x1b[31m\u202e.md", "cr\r::warning::x.md"} {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), []byte(page), 0o644); err != nil {
			t.Skipf("this file system does not take such names: %v", err)
		}
	}
	runs := [][]string{
		{"build", "--site", site},
		{"check", "--site", site, "--format", "text"},
		{"check", "--site", site, "--format", "json"},
		{"check", "--site", site, "--format", "github"},
	}
	for _, args := range runs {
		var stdout, stderr strings.Builder
		if code := Main(args, &stdout, &stderr); code != exitFailed {
			t.Errorf("limber %s: exit %d, want %d", strings.Join(args, " "), code, exitFailed)
		}
		for _, out := range []string{stdout.String(), stderr.String()} {
			assertOwnLines(t, args, out)
		}
		if !strings.Contains(stdout.String()+stderr.String(), `bad\`) { // bad\n or, in JSON, bad\\n
			t.Errorf("limber %s does not name bad\\n...md visibly:\n%s%s", args[0], stdout.String(), stderr.String())
		}
	}
}

// assertOwnLines checks that out holds no control or format character
// but line ends, and that a line starting "::" is one of limber's GitHub
// commands for a file under content/.
func assertOwnLines(t *testing.T, args []string, out string) {
	t.Helper()
	for _, r := range out {
		if r != '\n' && (unicode.IsControl(r) || unicode.Is(unicode.Cf, r)) {
			t.Fatalf("limber %s printed %U:\n%q", strings.Join(args, " "), r, out)
		}
	}
	for _, l := range strings.Split(out, "\n") {
		if strings.HasPrefix(l, "::") && !strings.Contains(l, " file=content/stretches/") {
			t.Errorf("limber %s printed a line it did not write: %q", strings.Join(args, " "), l)
		}
	}
}
