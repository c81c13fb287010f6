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
