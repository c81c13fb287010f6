package check_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/limber/limber/internal/check"
	"github.com/limber/limber/internal/diag"
)

var update = flag.Bool("update", false, "rewrite testdata/format.golden.* from the current output")

// someFindings are findings with the characters each format must escape.
func someFindings() []check.Finding {
	return []check.Finding{
		{Pos: diag.Pos{Path: "content/stretches/a,b:c.md", Line: 3, Col: 7}, Severity: check.Error, Rule: "hold-time",
			Msg: "hold: 3 minutes is over 2 minutes: 100% a typo", Why: check.Why("hold-time")},
		{Pos: diag.Pos{Path: "content/stretches/a.md", Line: 12}, Severity: check.Warning, Rule: "plain-language",
			Msg: "\"supine\" is a clinical word\r\nsecond line", Why: check.Why("plain-language")},
		{Pos: diag.Pos{Path: "content/stretches/a.md"}, Severity: check.Note, Rule: "total-time",
			Msg: "far from 1 minute", Why: check.Why("total-time")},
	}
}

func TestFormatsGolden(t *testing.T) {
	for _, format := range check.Formats() {
		t.Run(format, func(t *testing.T) {
			var b bytes.Buffer
			if err := check.Write(&b, format, someFindings()); err != nil {
				t.Fatal(err)
			}
			golden := filepath.Join("testdata", "format.golden."+format)
			if *update {
				os.MkdirAll("testdata", 0o755)
				os.WriteFile(golden, b.Bytes(), 0o644)
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(b.Bytes(), want) {
				t.Errorf("got\n%s\nwant\n%s", b.Bytes(), want)
			}
		})
	}
	if err := check.Write(new(bytes.Buffer), "xml", nil); err == nil {
		t.Error("an unknown format is accepted")
	}
}

func TestJSONShape(t *testing.T) {
	var b bytes.Buffer
	check.WriteJSON(&b, nil)
	if b.String() != "[]\n" {
		t.Errorf("no findings: %q", b.String())
	}
	b.Reset()
	check.WriteJSON(&b, someFindings())
	var got []map[string]any
	if err := json.Unmarshal(b.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	want := map[string]any{"path": "content/stretches/a.md", "line": 0.0, "col": 0.0, "severity": "note",
		"rule": "total-time", "message": "far from 1 minute", "why": check.Why("total-time")}
	if len(got) != 3 || len(got[2]) != len(want) {
		t.Fatalf("got %v", got)
	}
	for k, v := range want {
		if got[2][k] != v {
			t.Errorf("%s = %v, want %v", k, got[2][k], v)
		}
	}
}

func TestSummary(t *testing.T) {
	for _, tt := range []struct {
		fs   []check.Finding
		want string
	}{
		{nil, "no errors, no warnings, no notes"},
		{someFindings(), "1 error, 1 warning, 1 note"},
		{append(someFindings(), someFindings()...), "2 errors, 2 warnings, 2 notes"},
	} {
		if got := check.Summary(tt.fs); got != tt.want {
			t.Errorf("got %q, want %q", got, tt.want)
		}
	}
}

func TestSortAndDedupe(t *testing.T) {
	fs := append(someFindings(), someFindings()...)
	check.Sort(fs)
	if fs[0].Pos.Path != "content/stretches/a,b:c.md" || fs[2].Severity != check.Note || fs[4].Pos.Line != 12 {
		t.Errorf("order: %v", fs)
	}
}
