package check_test

import (
	"context"
	"html"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/limber/limber/internal/check"
	"github.com/limber/limber/internal/pipeline"
	"github.com/limber/limber/internal/sample"
)

func TestStopIf(t *testing.T) {
	noStop := page([]string{"title: Neck turn", "summary: Turn your head.", "type: static", "hold: 30s", "reps: 2", "regions: [neck]"},
		"1. Sit tall.\n2. Turn your head.\n")
	cond := map[string]string{"content/conditions/c.md": page([]string{"title: C", "summary: S."}, "Text.\n")}
	withCond := func(src string) map[string]string {
		m := stretchAt(src)
		for k, v := range cond {
			m[k] = v
		}
		return m
	}
	runCases(t, []check.RuleID{"stop-if"}, []ruleCase{
		{"stop-if list", stretchAt(goodStretch()), nil},
		{"neither", stretchAt(noStop), []string{
			a + `: warning: this stretch names no conditions that need care (contraindications) and has no "## Stop if" list: add the conditions, or a list of when to stop, or both [stop-if]`}},
		{"contraindications only", withCond(strings.Replace(noStop, "regions: [neck]", "regions: [neck]\ncontraindications: [c]", 1)), nil},
		{"when to stop heading", stretchAt(noStop + "\n## When to stop\n\n- Pain.\n"), nil},
	})
}

func TestRoutineLength(t *testing.T) {
	const r = "content/routines/r.md"
	site := func(n int, yaml string) map[string]string {
		m := map[string]string{"content/stretches/a.md": goodStretch()}
		items := strings.TrimSuffix(strings.Repeat("a, ", n), ", ")
		m[r] = page([]string{"title: R", "summary: S.", "stretches: [" + items + "]"}, "Do them.\n")
		if yaml != "" {
			m["limber.yaml"] = yaml
		}
		return m
	}
	runCases(t, []check.RuleID{"routine-length"}, []ruleCase{
		{"five", site(5, ""), nil},
		{"six", site(6, ""), []string{
			r + ":4:12: warning: this routine has 6 stretches (more than 5): patients do fewer exercises better; split it into two routines [routine-length]"}},
		{"six allowed", site(6, "check:\n  max_routine_stretches: 6\n"), nil},
		{"three of two", site(3, "check: {max_routine_stretches: 2}\n"), []string{
			r + ":4:12: warning: this routine has 3 stretches (more than 2): patients do fewer exercises better; split it into two routines [routine-length]"}},
	})
}

// TestRoutinesShowContraindications builds the sample site and checks
// that every routine's page and both its printed sheets name each
// condition that any of its stretches lists as a contraindication.
func TestRoutinesShowContraindications(t *testing.T) {
	dir := t.TempDir()
	if err := sample.CopyTo(dir); err != nil {
		t.Fatal(err)
	}
	opts := pipeline.Options{Site: dir, Out: filepath.Join(dir, "public"), Now: now()}
	if _, err := pipeline.Build(context.Background(), opts); err != nil {
		t.Fatal(err)
	}
	s, _, errs := pipeline.Prepare(opts)
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	checked := 0
	for _, r := range s.Routines {
		for _, out := range []string{r.Out, r.Sheet.Out, r.LargeSheet.Out} {
			page, err := os.ReadFile(filepath.Join(opts.Out, filepath.FromSlash(out)))
			if err != nil {
				t.Fatal(err)
			}
			for _, it := range r.Items {
				for _, c := range it.Stretch.Contraindications {
					if !strings.Contains(string(page), html.EscapeString(c.Title)) {
						t.Errorf("%s does not name %q, a contraindication of %s", out, c.Title, it.Stretch.Title)
					}
					checked++
				}
			}
		}
	}
	if checked == 0 {
		t.Error("the sample site's routines have no contraindications to check")
	}
}
