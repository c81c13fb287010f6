package check_test

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/limber/limber/internal/check"
	"github.com/limber/limber/internal/pipeline"
)

// now is the date every test judges review ages by.
func now() time.Time { return time.Date(2026, 11, 24, 12, 0, 0, 0, time.UTC) }

// page writes a Markdown file: front matter lines, then the body.
func page(front []string, body string) string {
	return "---\n" + strings.Join(front, "\n") + "\n---\n\n" + body
}

// goodStretch is a stretch that every rule passes, with extra front
// matter lines added (a later key of the same name is a duplicate, so
// tests replace lines with with()).
func goodStretch(extra ...string) string {
	return page(append([]string{
		"title: Neck turn",
		"summary: Turn your head slowly to ease a stiff neck.",
		"type: static",
		"hold: 30s",
		"reps: 2",
		"regions: [neck]",
	}, extra...), goodBody)
}

// goodBody is a stretch body with steps and a stop-if list.
const goodBody = "Sit tall in a chair.\n\n## How to do it\n\n1. Sit tall.\n2. Turn your head to look over one shoulder.\n\n## Stop if\n\n- It hurts.\n"

// with returns src with the front matter line starting key: replaced by
// line, or without it when line is "".
func with(src, key, line string) string {
	lines := strings.Split(src, "\n")
	for i, l := range lines {
		if strings.HasPrefix(l, key+":") {
			if line == "" {
				return strings.Join(slices.Delete(lines, i, i+1), "\n")
			}
			lines[i] = line
			return strings.Join(lines, "\n")
		}
	}
	panic("no key " + key)
}

// run writes a site (paths relative to the site folder: "limber.yaml",
// "content/stretches/a.md") and returns every finding of limber check,
// drafts included.
func run(t *testing.T, files map[string]string) []check.Finding {
	t.Helper()
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "content"), 0o755)
	for name, src := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return pipeline.Check(pipeline.Options{Site: dir, Now: now()})
}

// lines returns the findings of the given rules as their String, or of
// every rule when none is given.
func lines(fs []check.Finding, rules ...check.RuleID) []string {
	out := []string{}
	for _, f := range fs {
		if len(rules) == 0 || slices.Contains(rules, f.Rule) {
			out = append(out, f.String())
		}
	}
	return out
}

// same fails the test when got and want differ.
func same(t *testing.T, got, want []string) {
	t.Helper()
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(want, "\n  "))
	}
}

// ruleCase is one table test of a rule: a site and the findings of the
// rule on it (none for a passing example).
type ruleCase struct {
	name  string
	files map[string]string
	want  []string
}

// runCases runs table tests of some rules.
func runCases(t *testing.T, rules []check.RuleID, cases []ruleCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if tc.want == nil {
				tc.want = []string{}
			}
			same(t, lines(run(t, tc.files), rules...), tc.want)
		})
	}
}

// stretchAt is a site of one stretch, content/stretches/a.md.
func stretchAt(src string) map[string]string {
	return map[string]string{"content/stretches/a.md": src}
}

const a = "content/stretches/a.md"
