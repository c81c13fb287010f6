package site

import (
	"reflect"
	"testing"
	"time"

	"github.com/limber/limber/internal/content"
)

// TestPatchStretch patches a stretch's dose and summary into a graph and
// compares the result with indexing the edited content afresh; then undoes it.
func TestPatchStretch(t *testing.T) {
	cs := fixture()
	s, _ := Index(cs, Options{})
	b := s.Stretches[1] // Bravo: the routine overrides its hold
	before := *b
	itemsBefore := []Item{*s.Routines[0].Items[0], *s.Routines[0].Items[1]}
	edited := *cs.Stretches[0]
	edited.Summary, edited.Dose.Reps, edited.Dose.Hold = "New words.", 5, 20*time.Second
	edited.Muscles = []string{"gluteus medius"}
	undo, ok := s.PatchStretch(b, &edited)
	if !ok {
		t.Fatal("a summary and dose edit was refused")
	}
	cs.Stretches[0] = &edited
	want, _ := Index(cs, Options{})
	wb := want.Stretches[1]
	if b.Summary != wb.Summary || b.Dosage != wb.Dosage || !reflect.DeepEqual(b.Muscles, wb.Muscles) || b.Src != wb.Src {
		t.Errorf("patched stretch %+v, indexed afresh %+v", b, wb)
	}
	for i, it := range s.Routines[0].Items {
		if w := want.Routines[0].Items[i]; it.Dosage != w.Dosage || it.Dose != w.Dose {
			t.Errorf("item %d: patched %q, indexed afresh %q", i, it.Dosage, w.Dosage)
		}
	}
	undo()
	if !reflect.DeepEqual(*b, before) || *s.Routines[0].Items[0] != itemsBefore[0] || *s.Routines[0].Items[1] != itemsBefore[1] {
		t.Error("undo did not put the stretch and its routine's items back")
	}
}

// TestPatchStretchRefusesShape checks that every edit that changes what the
// graph is built on is refused and changes nothing.
func TestPatchStretchRefusesShape(t *testing.T) {
	edits := map[string]func(c *content.Stretch){
		"title":             func(c *content.Stretch) { c.Title = "Zulu" },
		"draft":             func(c *content.Stretch) { c.Draft = true },
		"kind":              func(c *content.Stretch) { c.Dose.Kind = "dynamic" },
		"position":          func(c *content.Stretch) { c.Position = "supine" },
		"regions":           func(c *content.Stretch) { c.Regions = []string{"neck"} },
		"equipment":         func(c *content.Stretch) { c.Equipment = []string{"strap"} },
		"contraindications": func(c *content.Stretch) { c.Contraindications = nil },
		"picture file":      func(c *content.Stretch) { c.Images = []content.Image{{Src: "stretches/b.svg"}} },
	}
	for name, change := range edits {
		cs := fixture()
		s, _ := Index(cs, Options{})
		b := s.Stretches[1]
		before := *b
		edited := *cs.Stretches[0]
		change(&edited)
		if _, ok := s.PatchStretch(b, &edited); ok || !reflect.DeepEqual(*b, before) {
			t.Errorf("%s: patched (%v), or the stretch changed", name, ok)
		}
	}
}

// TestPatchKnowsEveryField fails when content.Stretch gains a field that
// PatchStretch has not been taught: it must either be compared by
// sameShape or set by setShown.
func TestPatchKnowsEveryField(t *testing.T) {
	known := map[string]string{
		"Slug": "shape", "Rel": "shape", "Path": "shape", "Title": "shape", "Draft": "shape",
		"Position": "shape", "Regions": "shape", "Equipment": "shape", "Contraindications": "shape",
		"Dose": "shape (kind) and shown", "Images": "shape (files) and shown",
		"Summary": "shown", "Difficulty": "shown", "Muscles": "shown", "Video": "shown", "References": "shown",
		"Body": "the Markdown stage", "BodyLine": "the Markdown stage",
		"CheckOff": "limber check, run again", "keys": "limber check, run again",
	}
	for _, typ := range []reflect.Type{reflect.TypeFor[content.Stretch](), reflect.TypeFor[content.Source]()} {
		for f := range typ.Fields() {
			if _, ok := known[f.Name]; !ok && !f.Anonymous {
				t.Errorf("content.%s.%s: teach PatchStretch whether it shapes the graph or is only shown", typ.Name(), f.Name)
			}
		}
	}
}

// TestPatchRoutineKnowsEveryField does the same for content.Routine and
// its items.
func TestPatchRoutineKnowsEveryField(t *testing.T) {
	known := map[string]string{
		"Slug": "shape", "Rel": "shape", "Path": "shape", "Title": "shape", "Draft": "shape", "Updated": "shape (sitemap)",
		"Stretches": "shape (refs) and shown", "Ref": "shape (slug) and shown (position)",
		"Summary": "shown", "Frequency": "shown", "Duration": "shown", "Warmup": "shown", "ReviewedBy": "shown",
		"Dose": "shown", "Notes": "shown",
		"Body": "the Markdown stage", "BodyLine": "the Markdown stage",
		"CheckOff": "limber check, run again", "keys": "limber check, run again",
	}
	for _, typ := range []reflect.Type{reflect.TypeFor[content.Routine](), reflect.TypeFor[content.RoutineItem](), reflect.TypeFor[content.Source]()} {
		for f := range typ.Fields() {
			if _, ok := known[f.Name]; !ok && !f.Anonymous {
				t.Errorf("content.%s.%s: teach PatchRoutine whether it shapes the graph or is only shown", typ.Name(), f.Name)
			}
		}
	}
}
