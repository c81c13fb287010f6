package catalogue

import (
	"github.com/limber/limber/internal/inline"

	"bytes"
	"encoding/json"
	"flag"
	"html/template"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/limber/limber/internal/content"
	"github.com/limber/limber/internal/dosage"
	"github.com/limber/limber/internal/site"
)

var update = flag.Bool("update", false, "rewrite testdata/sample.golden.json from the current output")

func TestShardOfIsStable(t *testing.T) {
	// A stretch's shard depends on its slug and the count of shards alone.
	for _, n := range []int{1, 2, 7, 157} {
		a, b := shardOf("cat-cow", n), shardOf("cat-cow", n)
		if a != b || a < 0 || a >= n {
			t.Errorf("shardOf(cat-cow, %d) = %d, %d", n, a, b)
		}
	}
	if got := shardCount(0); got != 0 {
		t.Errorf("shardCount(0) = %d", got)
	}
	if got := shardCount(perShard + 1); got != 2 {
		t.Errorf("shardCount(%d) = %d, want 2", perShard+1, got)
	}
}

// fixture is a small site under a base path: a published stretch with a
// unicode fraction and a slash in its title, a draft it links to as
// easier, a routine naming both with overrides, and a draft routine.
func fixture(t *testing.T) *site.Site {
	t.Helper()
	dose := dosage.Dose{Kind: dosage.Static, Hold: 90 * time.Second, Reps: 2, Sets: 1, Sides: dosage.Both}
	src := func(sec, slug, title string, draft bool) content.Source {
		return content.Source{Path: "content/" + sec + "/" + slug + ".md", Rel: sec + "/" + slug + ".md",
			Slug: slug, Title: title, Summary: title + ".", Draft: draft}
	}
	cs := &content.Site{
		Config: content.Config{Title: "T", BaseURL: "/handouts/"},
		Stretches: []*content.Stretch{
			{Source: src("stretches", "calf", "Calf / heel ½ stretch", false), Dose: dose, Regions: []string{"calves"},
				Position: "standing", Equipment: []string{"Yoga mat"}, Difficulty: "easy",
				Contraindications: []content.Ref{{Slug: "gout"}}, Easier: []content.Ref{{Slug: "wip"}},
				Images: []content.Image{{Src: "stretches/calf.svg", Alt: "A calf"}}},
			{Source: src("stretches", "wip", "Work in progress", true), Dose: dose, Regions: []string{"neck"}},
		},
		Conditions: []*content.Condition{{Source: src("conditions", "gout", "Gout", false)}},
		Routines: []*content.Routine{
			{Source: src("routines", "legs", "Legs", false), Frequency: "daily", Stretches: []content.RoutineItem{
				{Ref: content.Ref{Slug: "calf"}, Dose: dosage.Dose{Hold: 20 * time.Second, Sides: dosage.Left}, Notes: "Slowly"},
				{Ref: content.Ref{Slug: "wip"}}}},
			{Source: src("routines", "later", "Later", true), Stretches: []content.RoutineItem{{Ref: content.Ref{Slug: "calf"}}}},
		},
	}
	s, errs := site.Index(cs, site.Options{})
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	s.Stretches[0].Steps = []template.HTML{"Stand <strong>tall</strong>."}
	s.Stretches[0].StopIf = []template.HTML{"It hurts."}
	return s
}

func TestMakeLeavesDraftsOut(t *testing.T) {
	c := Make(fixture(t))
	if len(c.Stretches) != 1 {
		t.Fatalf("stretches = %+v, want calf alone", c.Stretches)
	}
	st := c.Stretches[0]
	want := Stretch{Slug: "calf", Title: "Calf / heel ½ stretch", Summary: "Calf / heel ½ stretch.",
		URL: "/handouts/stretches/calf/", Type: "static", Hold: 90, Reps: 2, Sets: 1, Sides: "both",
		Regions: []string{"calves"}, Position: "standing", Equipment: []string{"yoga-mat"}, Difficulty: "easy",
		Muscles: []string{}, Contraindications: []string{"gout"}, Easier: []string{}, Harder: []string{}}
	if got, _ := json.Marshal(st); !bytes.Equal(got, mustJSON(t, want)) {
		t.Errorf("calf\n got %s\nwant %s", got, mustJSON(t, want))
	}
	if len(c.Routines) != 1 || len(c.Routines[0].Items) != 1 {
		t.Fatalf("routines = %+v, want legs with calf alone", c.Routines)
	}
	if it := c.Routines[0].Items[0]; it != (Item{Slug: "calf", Hold: 20, Sides: "left", Notes: "Slowly"}) {
		t.Errorf("legs' item = %+v", it)
	}
	if got := c.Conditions; len(got) != 1 || got[0] != (Condition{Slug: "gout", Title: "Gout", URL: "/handouts/conditions/gout/"}) {
		t.Errorf("conditions = %+v", got)
	}
	for _, r := range c.Vocab.Regions {
		if r.Slug == "neck" {
			t.Errorf("regions offer neck, named only by a draft")
		}
	}
}

func TestShardsHoldDetails(t *testing.T) {
	c := Make(fixture(t))
	if len(c.Shards) != 1 || len(c.Shards[0].Stretches) != 1 {
		t.Fatalf("shards = %+v", c.Shards)
	}
	d := c.Shards[0].Stretches[0]
	if d.Picture == nil || *d.Picture != (Picture{URL: "/handouts/stretches/calf.svg", Alt: "A calf"}) {
		t.Errorf("picture = %+v", d.Picture)
	}
	if want := [][]inline.Run{{{Text: "Stand "}, {Text: "tall", Bold: true}, {Text: "."}}}; len(d.Steps) != 1 || !slices.Equal(d.Steps[0], want[0]) {
		t.Errorf("steps = %+v", d.Steps)
	}
	files := Files(fixture(t))
	var ix Index
	if err := json.Unmarshal(files[0].Data, &ix); err != nil {
		t.Fatal(err)
	}
	if ix.Shards[0] != "/handouts/catalogue/0.json" || files[2].Path != "catalogue/0.json" || ix.Routines != "/handouts/catalogue/routines.json" {
		t.Errorf("shard URLs %v, routines %q, paths %s", ix.Shards, ix.Routines, files[2].Path)
	}
}

func TestColumnsRoundTrip(t *testing.T) {
	c := Make(fixture(t))
	var ix Index
	if err := json.Unmarshal(Files(fixture(t))[0].Data, &ix); err != nil {
		t.Fatal(err)
	}
	got := rows(ix.Stretches)
	if ix.Count != 1 || !bytes.Equal(mustJSON(t, got), mustJSON(t, c.Stretches)) {
		t.Errorf("rows of the index\n got %s\nwant %s", mustJSON(t, got), mustJSON(t, c.Stretches))
	}
	if bytes.Contains(Files(fixture(t))[0].Data, []byte("null")) {
		t.Errorf("the index holds null: %s", Files(fixture(t))[0].Data)
	}
}

func mustJSON(t *testing.T, v any) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// goldenDir is where the sample site's catalogue is kept.
var goldenDir = filepath.Join("testdata", "sample")

// checkGolden compares files with those in goldenDir, or writes them
// there with -update.
func checkGolden(t *testing.T, files []File) {
	t.Helper()
	if *update {
		os.RemoveAll(goldenDir)
	}
	for _, f := range files {
		path := filepath.Join(goldenDir, filepath.FromSlash(f.Path))
		if *update {
			if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, f.Data, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v (run go test ./internal/catalogue -update)", err)
		}
		if !bytes.Equal(f.Data, want) {
			t.Errorf("%s differs from %s (run go test ./internal/catalogue -update and review the diff)", f.Path, path)
		}
	}
}
