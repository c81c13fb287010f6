package cli

import (
	"fmt"
	"strings"
	"testing"

	"github.com/limber/limber/internal/check"
	"github.com/limber/limber/internal/diag"
)

// TestBuildShowsSomeFindings checks that limber build prints at most
// buildShown warnings and notes, warnings first, then how many more there
// are, a tally of all of them by rule and the count of all.
func TestBuildShowsSomeFindings(t *testing.T) {
	var found []check.Finding
	for i := range 30 {
		sev := check.Warning
		if i%2 == 0 {
			sev = check.Note
		}
		found = append(found, check.Finding{Pos: diag.Pos{Path: "content/stretches/a.md", Line: i + 1, Col: 1},
			Severity: sev, Rule: "r", Msg: fmt.Sprintf("m%d", i), Why: "w"})
	}
	var out strings.Builder
	printFindings(&env{stderr: &out}, "build", found)
	got := out.String()
	if n := strings.Count(got, ": warning: "); n != 15 {
		t.Errorf("%d warnings printed, want all 15 before any note", n)
	}
	if n := strings.Count(got, ": note: "); n != buildShown-15 {
		t.Errorf("%d notes printed, want %d", n, buildShown-15)
	}
	if !strings.Contains(got, "\n... and 10 more. All 30 by rule, the most first:\n    r: 30 in 1 file\n") || !strings.HasSuffix(got, "limber build: no errors, 15 warnings, 15 notes (limber check --site DIR lists them all)\n") {
		t.Errorf("the tail of the output is wrong:\n%s", got)
	}
}
