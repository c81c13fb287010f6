package check_test

import (
	"strings"
	"testing"

	"github.com/limber/limber/internal/check"
	"github.com/limber/limber/internal/diag"
)

// TestTally counts findings by rule, the most first and then by id, in how
// many files, and the words plain-language found most often (the most
// first, then in alphabetical order, at most five).
func TestTally(t *testing.T) {
	var fs []check.Finding
	add := func(path string, rule check.RuleID, word string) {
		fs = append(fs, check.Finding{Pos: diag.Pos{Path: path, Line: 1}, Severity: check.Warning, Rule: rule, Word: word})
	}
	for _, w := range []string{"supine", "lumbar", "supine", "prone", "flexion", "bilateral", "supine", "lumbar", "abdomen"} {
		add("a.md", check.RulePlainLanguage, w)
	}
	add("b.md", check.RulePlainLanguage, "prone")
	add("b.md", check.RuleStopIf, "")
	add("a.md", check.RuleHoldTime, "")
	add("b.md", check.RuleHoldTime, "")
	add("\x1b.md", check.RuleAltText, "")
	add("c.md", check.RuleAltText, "")
	var b strings.Builder
	if err := check.WriteTally(&b, fs); err != nil {
		t.Fatal(err)
	}
	want := `    plain-language: 10 in 2 files; most often "supine" (3), "lumbar" (2), "prone" (2), "abdomen" (1), "bilateral" (1)
    alt-text: 2 in 2 files
    hold-time: 2 in 2 files
    stop-if: 1 in 1 file
`
	if b.String() != want {
		t.Errorf("WriteTally =\n%s\nwant\n%s", b.String(), want)
	}
	if got := check.Tally(nil); len(got) != 0 {
		t.Errorf("Tally(nil) = %v, want none", got)
	}
}
