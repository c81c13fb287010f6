package devserver

import (
	"encoding/json"
	"errors"
	"reflect"
	"slices"
	"testing"

	"github.com/limber/limber/internal/check"
	"github.com/limber/limber/internal/diag"
)

// findingsOf returns the lines of the findings events in evs.
func findingsOf(t *testing.T, evs []event) [][]string {
	t.Helper()
	var out [][]string
	for _, ev := range evs {
		if ev.name != "findings" {
			continue
		}
		b, _ := json.Marshal(ev.data)
		var d findingsData
		if err := json.Unmarshal(b, &d); err != nil || d.Findings == nil {
			t.Fatalf("findings event data %s", b)
		}
		out = append(out, d.Findings)
	}
	return out
}

// TestStateFindings walks a tab through the findings of its page: sent on
// connecting, not again while unchanged, and an empty list once fixed.
func TestStateFindings(t *testing.T) {
	st := testState(t)
	page := st.subscribe("")
	st.watch(page, "/handouts/stretches/%C3%A9/index.html")
	other := st.subscribe("")
	st.watch(other, "/handouts/")
	unknown := st.subscribe("")
	line := "content/stretches/é.md:5:7: warning: hold: 5 seconds is short [hold-time]"
	st.setFindings(map[string][]string{"/handouts/stretches/é/": {line}}, false)
	if got := findingsOf(t, st.pending(page)); !reflect.DeepEqual(got, [][]string{{line}}) {
		t.Errorf("the page's tab gets %v", got)
	}
	if got := findingsOf(t, st.pending(other)); !reflect.DeepEqual(got, [][]string{{}}) {
		t.Errorf("another page's tab gets %v, want one empty list", got)
	}
	if got := names(st.pending(unknown)); slices.Contains(got, "findings") {
		t.Errorf("a tab that names no page gets %v", got)
	}
	st.setFindings(map[string][]string{"/handouts/stretches/é/": {line}}, false)
	if got := findingsOf(t, st.pending(page)); len(got) != 0 {
		t.Errorf("unchanged findings are sent again: %v", got)
	}
	st.setFindings(map[string][]string{}, false)
	if got := findingsOf(t, st.pending(page)); !reflect.DeepEqual(got, [][]string{{}}) {
		t.Errorf("after the fix the tab gets %v, want one empty list", got)
	}
}

// TestStateSomeFindings checks a quick rebuild's findings, which name only
// the pages checked again: those change, the others keep theirs.
func TestStateSomeFindings(t *testing.T) {
	st := testState(t)
	a, b := st.subscribe(""), st.subscribe("")
	st.watch(a, "/handouts/stretches/a/")
	st.watch(b, "/handouts/stretches/b/")
	la, lb := "content/stretches/a.md:1:1: warning: a [r]", "content/stretches/b.md:1:1: warning: b [r]"
	st.setFindings(map[string][]string{"/handouts/stretches/a/": {la}, "/handouts/stretches/b/": {lb}}, false)
	st.pending(a)
	st.pending(b)
	st.setFindings(map[string][]string{"/handouts/stretches/a/": {}}, true)
	if got := findingsOf(t, st.pending(a)); !reflect.DeepEqual(got, [][]string{{}}) {
		t.Errorf("the rechecked page's tab gets %v, want one empty list", got)
	}
	if got := findingsOf(t, st.pending(b)); len(got) != 0 {
		t.Errorf("a page not rechecked must keep its findings untold again, got %v", got)
	}
	if got := st.findings["/handouts/stretches/b/"]; !reflect.DeepEqual(got, []string{lb}) {
		t.Errorf("b's findings are %v, want kept", got)
	}
}

func TestFindingLines(t *testing.T) {
	f := check.Finding{Pos: diag.Pos{Path: "content/routines/r.md", Line: 4, Col: 12}, Severity: check.Warning,
		Rule: "routine-length", Msg: "too long", Why: "why"}
	got := findingLines(map[string][]check.Finding{"/handouts/routines/r/sheet/": {f}, "/handouts/stretches/%C3%A9/": nil})
	want := map[string][]string{
		"/handouts/routines/r/sheet/": {"content/routines/r.md:4:12: warning: too long [routine-length]"},
		"/handouts/stretches/é/":      {},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

// TestTerminalLinesArePrintable checks that a rebuild's terminal lines name
// a changed file, and quote a problem that is not a list, visibly: a file
// name may hold a newline or an escape code.
func TestTerminalLinesArePrintable(t *testing.T) {
	if got := describe([]string{"content/a\n\x1b[2J.md"}, false); got != `content/a\n\x1b[2J.md` {
		t.Errorf("describe = %q", got)
	}
	if got := describe([]string{"a\r.md", "b.md"}, false); got != `a\r.md and 1 more` {
		t.Errorf("describe = %q", got)
	}
	if got := problemLines(errors.New("open a\n::error::b.md: no such file")); len(got) != 1 || got[0] != `open a\n::error::b.md: no such file` {
		t.Errorf("problemLines = %q", got)
	}
}
