package render

import (
	"html/template"
	"testing"
	"time"

	"github.com/limber/limber/internal/content"
	"github.com/limber/limber/internal/dosage"
	"github.com/limber/limber/internal/site"
)

// src makes the common part of a content file.
func src(section, slug, title, summary string) content.Source {
	return content.Source{
		Path: "content/" + section + "/" + slug + ".md", Rel: section + "/" + slug + ".md",
		Slug: slug, Title: title, Summary: summary,
	}
}

func ref(slug string) content.Ref { return content.Ref{Slug: slug} }

// testContent is a small site with every kind of page, some HTML-special
// characters in titles and summaries, and a base path of /handouts/.
func testContent() *content.Site {
	return &content.Site{
		Root: "/tmp/site",
		Config: content.Config{
			Title: "Riverside Stretching Guides", BaseURL: "/handouts/", Language: "en",
			Clinic: content.Clinic{Name: "Riverside Physio & Rehab", Phone: "+1 (555) 010-0100",
				Address: "12 Mill Road, Riverside", Logo: "images/logo.svg"},
			Disclaimer: "This information is general guidance and does not replace advice from your own clinician. Stop if you feel sharp pain.",
		},
		Stretches:  testStretches(),
		Routines:   testRoutines(),
		Conditions: testConditions(),
		Articles:   testArticles(),
	}
}

func testStretches() []*content.Stretch {
	return []*content.Stretch{
		{
			Source:   src("stretches", "cat-cow", "Cat-cow", "Gently round and arch your back on hands and knees."),
			Dose:     dosage.Dose{Kind: dosage.Dynamic, Reps: 10, Sets: 1, Sides: dosage.None},
			Position: "quadruped", Difficulty: "easy", Regions: []string{"lower-back", "upper-back"},
			Muscles: []string{"erector spinae", "abdominals"}, Equipment: []string{"yoga mat"},
			Contraindications: []content.Ref{ref("osteoporosis")},
			Images:            []content.Image{{Src: "stretches/cat-cow-1.svg", Alt: "A person on hands and knees with a rounded back"}},
			Video:             "https://video.example.org/cat-cow",
		},
		{
			Source:   src("stretches", "knee-to-chest", "Knee to chest", "Lying on your back, hug one knee in."),
			Dose:     dosage.Dose{Kind: dosage.Static, Hold: 30 * time.Second, Reps: 3, Sets: 1, Sides: dosage.Both},
			Position: "supine", Difficulty: "easy", Regions: []string{"lower-back", "hips"},
			Muscles: []string{"gluteus maximus"}, Equipment: []string{"yoga mat"},
			Contraindications: []content.Ref{ref("hip-replacement"), ref("osteoporosis")},
			Images:            []content.Image{{Src: "stretches/knee-to-chest-1.svg", Alt: "Lying on the back, one knee held to the chest"}},
			References: []content.Reference{
				{Title: "ACSM's Guidelines for Exercise Testing and Prescription", URL: "https://www.acsm.org/education-resources/books/guidelines-exercise-testing-prescription"},
				{Title: "Kisner & Colby, Therapeutic Exercise"},
			},
		},
		{
			Source:   src("stretches", "hamstring", `Seated "hamstring" <stretch> & more`, `Sit tall & reach for your toes <gently>.`),
			Dose:     dosage.Dose{Kind: dosage.Static, Hold: 45 * time.Second, Reps: 2, Sets: 1, Sides: dosage.Both},
			Position: "seated", Difficulty: "moderate", Regions: []string{"hips", "legs"},
			Equipment: []string{"chair"},
		},
	}
}

func testRoutines() []*content.Routine {
	return []*content.Routine{{
		Source:    src("routines", "morning-back", "Morning back routine", "Three gentle stretches to ease a stiff back."),
		Frequency: "Every morning", Duration: "About 10 minutes", Updated: "2024-05-01", ReviewedBy: "Sam Okafor, PT",
		Warmup: "Walk around your home for 5 minutes first.",
		Stretches: []content.RoutineItem{
			{Ref: ref("cat-cow")},
			{Ref: ref("knee-to-chest"), Dose: dosage.Dose{Reps: 2}, Notes: "Keep your head on the floor."},
			{Ref: ref("hamstring")},
		},
	}}
}

func testConditions() []*content.Condition {
	return []*content.Condition{
		{Source: src("conditions", "osteoporosis", "Osteoporosis", "Avoid forceful forward bending and twisting.")},
		{Source: src("conditions", "hip-replacement", "Hip replacement", "Do not bend your hip past 90 degrees for the first weeks.")},
	}
}

func testArticles() []*content.Article {
	return []*content.Article{{
		Source: src("articles", "how-to-stretch", "How to stretch safely", "What a good stretch feels like, and when to stop."),
		Author: "Dr Ana Lima, PT", ReviewedBy: "Sam Okafor, PT", Updated: "2024-05-01",
		References: []content.Reference{{Title: "Garber et al., MSSE 2011", URL: "https://doi.org/10.1249/MSS.0b013e318213fefb"}},
	}}
}

// testSite indexes testContent and gives each content page a Markdown body,
// its steps and its "Stop if" points.
func testSite(t testing.TB) *site.Site {
	t.Helper()
	return testSiteAt(t, "")
}

// testSiteAt is testSite with the base URL set to baseURL ("" keeps the
// config's path-only /handouts/).
func testSiteAt(t testing.TB, baseURL string) *site.Site {
	t.Helper()
	s, errs := site.Index(testContent(), site.Options{BaseURL: baseURL})
	if len(errs) > 0 {
		t.Fatalf("index: %v", errs)
	}
	for _, p := range s.Pages {
		if p.Src != nil {
			p.Body = template.HTML("<h2 id=\"steps\">Steps</h2>\n<ol>\n<li>Start slowly.</li>\n<li>Breathe out as you move.</li>\n</ol>\n<p>Stop if it hurts &amp; rest.</p>")
			p.Steps = []template.HTML{"Start slowly.", "Breathe out as you move."}
			p.StopIf = []template.HTML{"It hurts &amp; you feel sharp pain.", "You feel dizzy."}
		}
	}
	return s
}

// pageOf returns the page of s with URL u.
func pageOf(t testing.TB, s *site.Site, u string) *site.Page {
	t.Helper()
	for _, p := range s.Pages {
		if p.URL == u {
			return p
		}
	}
	t.Fatalf("no page %s", u)
	return nil
}
