package catalogue

import (
	"bytes"
	"encoding/json"
	"html/template"
	"slices"
	"testing"
	"time"

	"github.com/limber/limber/internal/content"
	"github.com/limber/limber/internal/dosage"
	"github.com/limber/limber/internal/site"
)

// sameFiles fails unless got and want are the same files with the same
// bytes.
func sameFiles(t *testing.T, got, want []File) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("%d files, want %d", len(got), len(want))
	}
	for i := range got {
		if got[i].Path != want[i].Path || !bytes.Equal(got[i].Data, want[i].Data) {
			t.Errorf("%s differs from a fresh catalogue's %s:\n got %s\nwant %s", got[i].Path, want[i].Path, got[i].Data, want[i].Data)
		}
	}
}

// TestPatchEqualsMake edits a stretch's shown fields and steps, and a
// routine's overrides, in the site graph, as limber serve's fast path
// does, and holds the patched catalogue to a fresh one.
func TestPatchEqualsMake(t *testing.T) {
	s := fixture(t)
	c := Make(s)
	before := c.Files()
	calf := s.Stretches[0]
	edited := *calf.Stretch
	edited.Summary, edited.Muscles = "Now longer.", []string{"soleus"}
	edited.Dose.Hold, edited.Dose.Sides = 45*time.Second, dosage.Left
	undo, ok := s.PatchStretch(calf, &edited)
	if !ok {
		t.Fatal("PatchStretch refused a shown-only edit")
	}
	calf.Steps = append(slices.Clone(calf.Steps), template.HTML("Breathe <b>out</b>."))
	patched := c.Patch(calf)
	sameFiles(t, patched.Files(), Make(s).Files())
	sameFiles(t, c.Files(), before) // c itself is unchanged

	legs := s.Routines[0]
	r := *legs.Routine
	r.Stretches = slices.Clone(r.Stretches)
	r.Stretches[0].Dose.Reps, r.Stretches[0].Notes = 5, "Hold on to a chair."
	if _, ok := s.PatchRoutine(legs, &r); !ok {
		t.Fatal("PatchRoutine refused a shown-only edit")
	}
	sameFiles(t, patched.PatchRoutines(s).Files(), Make(s).Files())
	undo()
}

// TestIndexIsCanonicalJSON checks that the index, written by column,
// is what encoding/json writes for the Index it decodes to.
func TestIndexIsCanonicalJSON(t *testing.T) {
	for _, s := range []*site.Site{fixture(t), emptySite(t)} {
		data := Files(s)[0].Data
		var ix Index
		if err := json.Unmarshal(data, &ix); err != nil {
			t.Fatal(err)
		}
		if again := encode(ix); !bytes.Equal(again, data) {
			t.Errorf("index\n got %s\nwant %s", data, again)
		}
	}
}

// emptySite is a site with no stretch at all: the catalogue has no shard.
func emptySite(t *testing.T) *site.Site {
	s, errs := site.Index(&content.Site{Config: content.Config{Title: "T", BaseURL: "/"}}, site.Options{})
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	return s
}
