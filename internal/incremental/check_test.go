package incremental

import (
	"maps"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/limber/limber/internal/check"

	"github.com/limber/limber/internal/pipeline"
)

// day is the date these tests judge review ages by.
func day() time.Time { return time.Date(2026, 11, 24, 0, 0, 0, 0, time.UTC) }

// TestSessionFindingsEqualFullBuild checks that after each edit, quick or
// full, the findings a session hands limber serve equal a fresh build's.
func TestSessionFindingsEqualFullBuild(t *testing.T) {
	dir := copySample(t)
	opts := pipeline.Options{Site: dir, Now: day()}
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
		{"a new title (the pipeline)", func() { edit(t, dir, kc, "title: Knee to chest", "title: Knee hug") }, false, ""},
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
