package build

import (
	"context"
	"maps"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/limber/limber/internal/check"
)

// day is the date these tests judge review ages by.
func day() time.Time { return time.Date(2026, 11, 24, 0, 0, 0, 0, time.UTC) }

// TestSessionFindingsEqualFullBuild checks that after each edit, quick or
// full, the findings a session hands limber serve equal a fresh build's.
func TestSessionFindingsEqualFullBuild(t *testing.T) {
	dir := copySample(t)
	opts := Options{Site: dir, Now: day()}
	s := NewSession(opts)
	first, err := s.Rebuild(nil, true)
	if err != nil {
		t.Fatal(err)
	}
	served := first.Findings // what limber serve holds, updated as it does
	const kc = "content/stretches/knee-to-chest.md"
	steps := []struct {
		name   string
		change func()
		quick  bool
		want   string // a finding expected on the stretch's page, or ""
	}{
		{"an empty link in the body", func() {
			edit(t, dir, kc, "This stretch eases", "See [](https://example.org/). This stretch eases")
		}, true, "[empty-link]"},
		{"fix it", func() { edit(t, dir, kc, "See [](https://example.org/). ", "") }, true, ""},
		{"a short hold", func() { edit(t, dir, kc, "hold: 30s", "hold: 5s") }, true, "[hold-time]"},
		{"switched off in the file", func() {
			edit(t, dir, kc, "hold: 5s", "hold: 5s\ncheck_off:\n  hold-time: a test\n  total-time: a test")
		}, true, ""},
		{"a new title (the full road)", func() { edit(t, dir, kc, "title: Knee to chest", "title: Knee hug") }, false, ""},
	}
	for _, st := range steps {
		st.change()
		got, err := s.Rebuild([]string{kc}, false)
		if err != nil {
			t.Fatalf("%s: %v", st.name, err)
		}
		want, err := NewSession(opts).Rebuild(nil, true)
		if err != nil {
			t.Fatal(err)
		}
		if st.quick != got.Quick || st.quick != got.SomeFindings {
			t.Errorf("%s: rendered %d pages, some findings %v; quick %v", st.name, got.Rendered, got.SomeFindings, st.quick)
		}
		served = merge(served, got)
		if !reflect.DeepEqual(served, want.Findings) {
			t.Errorf("%s: findings\n%v\nwant\n%v", st.name, served, want.Findings)
		}
		page := served["/stretches/knee-to-chest/"]
		if (st.want == "") != (len(page) == 0) || len(page) > 0 && !strings.Contains(page[0].String(), st.want) {
			// The sample site passes limber check --strict: a finding on the page is the edit's.
			t.Errorf("%s: the page's findings are %v, want %q", st.name, page, st.want)
		}
	}
}

// merge applies a rebuild's findings to those held before, as limber serve
// does: all of them, or with SomeFindings, the pages named (an empty entry
// clears a page).
func merge(held map[string][]check.Finding, r Rebuilt) map[string][]check.Finding {
	if !r.SomeFindings {
		return r.Findings
	}
	out := maps.Clone(held)
	for u, fs := range r.Findings {
		if len(fs) == 0 {
			delete(out, u)
		} else {
			out[u] = fs
		}
	}
	return out
}

// TestRunFindings checks that a build hands back its warnings, and that a
// rule's error fails it with nothing written.
func TestRunFindings(t *testing.T) {
	dir := copySample(t)
	edit(t, dir, "content/stretches/knee-to-chest.md", "hold: 30s", "hold: 5s")
	out := filepath.Join(t.TempDir(), "out")
	res, err := Run(context.Background(), Options{Site: dir, Out: out, Now: day()})
	if err != nil {
		t.Fatal(err)
	}
	if f := find(res.Findings, "hold-time"); f == nil || f.Severity != check.Warning || f.Pos.String() != "content/stretches/knee-to-chest.md:5:7" {
		t.Errorf("findings: %v", res.Findings)
	}
	edit(t, dir, "content/stretches/knee-to-chest.md", "hold: 5s", "hold: 3m")
	os.RemoveAll(out)
	_, err = Run(context.Background(), Options{Site: dir, Out: out, Now: day()})
	if err == nil || !strings.Contains(err.Error(), "content/stretches/knee-to-chest.md:5:7: hold: 3 minutes is over 2 minutes") ||
		!strings.HasSuffix(err.Error(), "[hold-time]") {
		t.Errorf("want the rule's error, got %v", err)
	}
	if _, serr := os.Stat(out); !os.IsNotExist(serr) {
		t.Errorf("a failed build wrote %s", out)
	}
}

// TestCheckFindsBuildProblems checks that Check lists the build's problems
// with the rules' findings.
func TestCheckFindsBuildProblems(t *testing.T) {
	dir := copySample(t)
	edit(t, dir, "content/stretches/knee-to-chest.md", "reps: 3", "reps: lots")
	got := Check(Options{Site: dir, Now: day()})
	if f := find(got, "content"); f == nil || f.Severity != check.Error || !strings.Contains(f.Msg, "reps") {
		t.Errorf("got %v", got)
	}
}

// find returns the first finding of rule, or nil.
func find(fs []check.Finding, rule check.RuleID) *check.Finding {
	for i := range fs {
		if fs[i].Rule == rule {
			return &fs[i]
		}
	}
	return nil
}

// TestEarlyChecksFindTheSame checks that a one-off build, which checks each
// page as soon as its body is rendered and lets go of its text, finds what
// limber serve's session finds with every body kept, on a site with
// findings on every kind of page; and that limber build, which streams its
// pages, hands back the same warnings as limber check.
func TestEarlyChecksFindTheSame(t *testing.T) {
	dir := copySample(t)
	edit(t, dir, "content/stretches/knee-to-chest.md", "hold: 30s", "hold: 5s")
	edit(t, dir, "content/stretches/cat-cow.md", "\n## ", "\nThe musculoskeletal apparatus benefits from this. Do it [here](https://example.org/x.png).\n\n## ")
	edit(t, dir, "content/conditions/osteoporosis.md", "\n---\n", "\n---\n\nUtilize caution. See [](https://example.org/).\n")
	edit(t, dir, "content/articles/stretching-basics.md", "\n---\n", "\n---\n\nSubsequently, utilize a strap.\n")
	edit(t, dir, "content/routines/morning-back.md", "\n---\n", "\n---\n\nUtilize a mat. Terminate if it hurts.\n")
	opts := Options{Site: dir, Now: day()}
	early := Check(opts)
	s := NewSession(opts)
	ns, errs := s.stages(context.Background())
	s.check(ns)
	late := append(check.FromDiag(errs), s.findings...)
	check.Sort(late)
	if len(early) < 5 {
		t.Fatalf("want findings on every kind of page, got %v", early)
	}
	if !reflect.DeepEqual(early, late) {
		t.Errorf("checked early:\n%v\nchecked at the end:\n%v", early, late)
	}
	res, err := Run(context.Background(), Options{Site: dir, Out: filepath.Join(t.TempDir(), "public"), Now: day()})
	if err != nil {
		t.Fatal(err)
	}
	if want := notErrors(early); !reflect.DeepEqual(res.Findings, want) {
		t.Errorf("limber build's findings:\n%v\nlimber check's:\n%v", res.Findings, want)
	}
	kinds := map[string]bool{}
	for _, f := range early {
		kinds[strings.Split(f.Pos.Path, "/")[1]] = true
	}
	if len(kinds) != 4 {
		t.Errorf("findings in %v, want stretches, conditions, articles and routines", kinds)
	}
}
