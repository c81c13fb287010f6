package site

import (
	"strings"
	"testing"
	"time"

	"github.com/limber/limber/internal/content"
	"github.com/limber/limber/internal/diag"
	"github.com/limber/limber/internal/dosage"
)

func src(section, slug, title string) content.Source {
	return content.Source{
		Path: "content/" + section + "/" + slug + ".md", Rel: section + "/" + slug + ".md",
		Slug: slug, Title: title, Summary: title + " summary",
	}
}

func ref(slug string, line int) content.Ref {
	return content.Ref{Slug: slug, Pos: diag.Pos{Path: "x.md", Line: line, Col: 3}}
}

func stretch(slug, title string, regions []string, contra ...string) *content.Stretch {
	s := &content.Stretch{
		Source: src("stretches", slug, title), Regions: regions,
		Dose: dosage.Dose{Kind: dosage.Static, Hold: 30 * time.Second, Reps: 3, Sets: 1, Sides: dosage.Both},
	}
	for i, c := range contra {
		s.Contraindications = append(s.Contraindications, ref(c, i+1))
	}
	return s
}

func fixture() *content.Site {
	return &content.Site{
		Config: content.Config{Title: "T", BaseURL: "https://example.org/handouts/"},
		Stretches: []*content.Stretch{
			stretch("b-stretch", "Bravo", []string{"hips"}, "osteo"),
			stretch("a-stretch", "alpha", []string{"hips", "lower-back"}),
			stretch("c-stretch", "Charlie", []string{"neck"}),
		},
		Routines: []*content.Routine{{
			Source: src("routines", "r", "Routine"),
			Stretches: []content.RoutineItem{
				{Ref: ref("b-stretch", 5), Dose: dosage.Dose{Hold: 45 * time.Second, Kind: dosage.Dynamic}, Notes: "Go slow."},
				{Ref: ref("a-stretch", 6)},
			},
		}},
		Conditions: []*content.Condition{{Source: src("conditions", "osteo", "Osteoporosis")}},
		Files:      []content.File{{Rel: "stretches/b.svg"}},
	}
}

func TestIndexGraph(t *testing.T) {
	s, errs := Index(fixture(), Options{})
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	if s.Root != "/handouts/" || s.BaseURL != "https://example.org/handouts/" {
		t.Errorf("Root %q BaseURL %q", s.Root, s.BaseURL)
	}
	var titles []string
	for _, st := range s.Stretches {
		titles = append(titles, st.Title)
	}
	if got := strings.Join(titles, ","); got != "alpha,Bravo,Charlie" {
		t.Errorf("stretches in order %s, want alpha,Bravo,Charlie (case-insensitive title order)", got)
	}
	alpha, bravo := s.Stretches[0], s.Stretches[1]
	if alpha.URL != "/handouts/stretches/a-stretch/" || alpha.Out != "stretches/a-stretch/index.html" {
		t.Errorf("alpha URL %q Out %q", alpha.URL, alpha.Out)
	}
	r := s.Routines[0]
	if it := r.Items[0]; it.Stretch != bravo || it.Dosage != "Hold 45 seconds. Repeat 3 times on each side." || it.Notes != "Go slow." {
		t.Errorf("item 1 = %+v: the override must change the hold but never the kind", it)
	}
	if len(r.Conditions) != 1 || r.Conditions[0].Slug != "osteo" {
		t.Errorf("routine conditions = %v, want osteo (from bravo)", r.Conditions)
	}
	osteo := s.Conditions[0]
	if len(osteo.Stretches) != 1 || osteo.Stretches[0] != bravo || len(osteo.Routines) != 1 {
		t.Errorf("condition back-links: stretches %d routines %d", len(osteo.Stretches), len(osteo.Routines))
	}
	if len(bravo.Routines) != 1 || bravo.Routines[0] != r {
		t.Error("bravo must list the routine that uses it")
	}
	if len(alpha.Related) != 1 || alpha.Related[0] != bravo {
		t.Errorf("alpha related = %v, want bravo (shares hips)", alpha.Related)
	}
	if len(s.Stretches[2].Related) != 0 {
		t.Error("charlie shares no region and must have no related stretches")
	}
}

func TestIndexTaxonomies(t *testing.T) {
	s, _ := Index(fixture(), Options{BaseURL: "/"})
	var names []string
	for _, tax := range s.Taxonomies {
		var terms []string
		for _, term := range tax.Terms {
			terms = append(terms, term.Slug+"="+term.Title)
		}
		names = append(names, tax.Name+":"+strings.Join(terms, "|"))
	}
	want := "regions:hips=Hips|lower-back=Lower back|neck=Neck types:static=Static (hold still) positions: equipment:"
	if got := strings.Join(names, " "); got != want {
		t.Errorf("taxonomies\n got %s\nwant %s", got, want)
	}
	if hips := s.Region("hips"); hips == nil || len(hips.Stretches) != 2 || hips.URL != "/regions/hips/" {
		t.Errorf("hips term = %+v", hips)
	}
	var sections []string
	for _, sec := range s.Sections {
		sections = append(sections, sec.Name)
	}
	if got := strings.Join(sections, ","); got != "stretches,routines,conditions" {
		t.Errorf("sections %s: empty sections other than stretches get no page", got)
	}
}

func TestIndexErrors(t *testing.T) {
	cs := fixture()
	cs.Stretches[0].Contraindications = append(cs.Stretches[0].Contraindications, ref("nope", 9))
	cs.Routines[0].Stretches = append(cs.Routines[0].Stretches, content.RoutineItem{Ref: ref("gone", 7)})
	cs.Files = append(cs.Files, content.File{Rel: "stretches/a-stretch/index.html"}, content.File{Rel: "regions"},
		content.File{Rel: "stretches/c-stretch"})
	_, errs := Index(cs, Options{BaseURL: "ftp://x/"})
	errs.Sort()
	want := []string{
		`content/regions: this file has the name of a folder the site needs for /regions/: rename or move it`,
		`content/stretches/a-stretch/index.html: this file would overwrite the page /stretches/a-stretch/: rename or move it`,
		`content/stretches/c-stretch: this file has the name of a folder the site needs for /stretches/c-stretch/: rename or move it`,
		`limber.yaml: base URL: "ftp://x/" is an unsafe URL: only http:// and https:// links are allowed (or write a path like /handouts/)`,
		`x.md:7:3: ref: no stretch "gone" (content/stretches/gone.md does not exist or is a draft)`,
		`x.md:9:3: contraindications: no condition "nope" (content/conditions/nope.md does not exist)`,
	}
	if got := errs.Error(); got != strings.Join(want, "\n") {
		t.Errorf("errors\n%s\nwant\n%s", got, strings.Join(want, "\n"))
	}
}

func TestImageURLsAreEscaped(t *testing.T) {
	cs := fixture()
	cs.Stretches[0].Images = []content.Image{{Src: "stretches/a#1 b.svg", Alt: "x"}}
	s, _ := Index(cs, Options{})
	var got string
	for _, st := range s.Stretches {
		if len(st.Images) > 0 {
			got = st.Images[0].URL
		}
	}
	if got != "/handouts/stretches/a%231%20b.svg" {
		t.Errorf("image URL %q", got)
	}
}

func TestSlugifyHumanize(t *testing.T) {
	slugs := map[string]string{
		"Yoga mat": "yoga-mat", "Child's pose": "childs-pose", "  Foam  roller! ": "foam-roller",
		"Étirement": "étirement", "!!!": "-", "resistance band (light)": "resistance-band-light",
	}
	for in, want := range slugs {
		if got := Slugify(in); got != want {
			t.Errorf("Slugify(%q) = %q, want %q", in, got, want)
		}
	}
	if got := Humanize("lower-back"); got != "Lower back" {
		t.Errorf("Humanize = %q", got)
	}
	if got := PositionLabel("supine"); got != "Lying on your back" {
		t.Errorf("PositionLabel(supine) = %q", got)
	}
}

func TestSheets(t *testing.T) {
	s, _ := Index(fixture(), Options{})
	r := s.Routines[0]
	if r.Sheet == nil || r.LargeSheet == nil || r.Sheet.Other != r.LargeSheet || r.LargeSheet.Other != r.Sheet {
		t.Fatal("a routine needs a regular and a large-print sheet linked to each other")
	}
	if r.Sheet.URL != "/handouts/routines/r/sheet/" || r.LargeSheet.Out != "routines/r/sheet/large/index.html" {
		t.Errorf("sheet URL %q, large Out %q", r.Sheet.URL, r.LargeSheet.Out)
	}
	if got := s.AbsURL(&r.Page); got != "https://example.org/handouts/routines/r/" {
		t.Errorf("AbsURL = %q", got)
	}
	found := 0
	for _, p := range s.Pages {
		if p == &r.Sheet.Page || p == &r.LargeSheet.Page {
			found++
		}
	}
	if found != 2 {
		t.Errorf("both sheets must be in Pages, found %d", found)
	}
	s.Routines[0].Page.URL = "/handouts/routines/étirement/"
	if got := s.AbsURL(&s.Routines[0].Page); got != "https://example.org/handouts/routines/%C3%A9tirement/" {
		t.Errorf("AbsURL of a non-ASCII slug = %q, want it percent-encoded", got)
	}
	s2, _ := Index(fixture(), Options{BaseURL: "/tips/"})
	if got := s2.AbsURL(&s2.Routines[0].Page); got != "" {
		t.Errorf("AbsURL with a path-only base = %q, want empty", got)
	}
}
