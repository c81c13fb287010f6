package pipeline

import (
	"context"
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

// TestRunFindings checks that a build hands back its warnings, and that a
// rule's error fails it with nothing written.
func TestRunFindings(t *testing.T) {
	dir := copySample(t)
	edit(t, dir, "content/stretches/knee-to-chest.md", "hold: 30s", "hold: 5s")
	out := filepath.Join(t.TempDir(), "out")
	res, err := Build(context.Background(), Options{Site: dir, Out: out, Now: day()})
	if err != nil {
		t.Fatal(err)
	}
	if f := find(res.Findings, "hold-time"); f == nil || f.Severity != check.Warning || f.Pos.String() != "content/stretches/knee-to-chest.md:5:7" {
		t.Errorf("findings: %v", res.Findings)
	}
	edit(t, dir, "content/stretches/knee-to-chest.md", "hold: 5s", "hold: 3m")
	os.RemoveAll(out)
	_, err = Build(context.Background(), Options{Site: dir, Out: out, Now: day()})
	if err == nil || !strings.Contains(err.Error(), "content/stretches/knee-to-chest.md:5:7: error: hold: 3 minutes is over 2 minutes") ||
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

// TestEarlyChecksFindTheSame checks that a run with no Memo, which checks
// each page as soon as its body is rendered and lets go of its text, finds
// what the rules find on the whole site with every body kept, on a site
// with findings on every kind of page; and that limber build, which streams
// its pages, hands back the same warnings as limber check.
func TestEarlyChecksFindTheSame(t *testing.T) {
	dir := copySample(t)
	edit(t, dir, "content/stretches/knee-to-chest.md", "hold: 30s", "hold: 5s")
	edit(t, dir, "content/stretches/cat-cow.md", "\n## ", "\nThe musculoskeletal apparatus benefits from this. Do it [here](https://example.org/x.png).\n\n## ")
	edit(t, dir, "content/conditions/osteoporosis.md", "\n---\n", "\n---\n\nUtilize caution. See [](https://example.org/).\n")
	edit(t, dir, "content/articles/stretching-basics.md", "\n---\n", "\n---\n\nSubsequently, utilize a strap.\n")
	edit(t, dir, "content/routines/morning-back.md", "\n---\n", "\n---\n\nUtilize a mat. Terminate if it hurts.\n")
	opts := Options{Site: dir, Now: day()}
	early := Check(opts)
	kept, _ := Run(context.Background(), Input{Options: opts, Sink: Discard{}, Memo: keepPages{}})
	late := append(check.FromDiag(kept.Problems), check.Run(kept.Site, check.ConfigFrom(kept.Site.Config.Check), day())...)
	check.Sort(late)
	if len(early) < 5 {
		t.Fatalf("want findings on every kind of page, got %v", early)
	}
	if !reflect.DeepEqual(early, late) {
		t.Errorf("checked early:\n%v\nchecked at the end:\n%v", early, late)
	}
	res, err := Build(context.Background(), Options{Site: dir, Out: filepath.Join(t.TempDir(), "public"), Now: day()})
	if err != nil {
		t.Fatal(err)
	}
	if want := NotErrors(early); !reflect.DeepEqual(res.Findings, want) {
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
