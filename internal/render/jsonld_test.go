package render

import (
	"encoding/json"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/limber/limber/internal/content"
	"github.com/limber/limber/internal/site"
)

// ld is the JSON-LD of a page, decoded loosely so that tests see exactly
// what a search engine sees.
type ld = map[string]any

// ldBlock returns the text of the page's JSON-LD script element, the way an
// HTML parser ends it: at the first "</script" in any case.
func ldBlock(t testing.TB, html string) (string, bool) {
	t.Helper()
	const open = `<script type="application/ld+json">`
	i := strings.Index(html, open)
	if i < 0 {
		return "", false
	}
	rest := html[i+len(open):]
	// Searched without lower-casing rest, which would move the offsets: some
	// letters' lower case is longer in UTF-8 (U+023E is 2 bytes, U+2C66 3).
	end := regexp.MustCompile(`(?i)</script`).FindStringIndex(rest)
	if end == nil {
		t.Fatal("the JSON-LD script element is not closed")
	}
	return rest[:end[0]], true
}

// pageLD renders the page at u and decodes its JSON-LD.
func pageLD(t *testing.T, tm *Templates, s *site.Site, u string) ld {
	t.Helper()
	block, ok := ldBlock(t, render(t, tm, s, pageOf(t, s, u)))
	if !ok {
		t.Fatalf("%s has no JSON-LD", u)
	}
	var v ld
	if err := json.Unmarshal([]byte(block), &v); err != nil {
		t.Fatalf("%s: JSON-LD is not valid JSON: %v\n%s", u, err, block)
	}
	return v
}

// get follows a path of keys and indexes through decoded JSON.
func get(v any, path ...any) any {
	for _, k := range path {
		switch k := k.(type) {
		case string:
			m, _ := v.(ld)
			v = m[k]
		case int:
			l, _ := v.([]any)
			if k >= len(l) {
				return nil
			}
			v = l[k]
		}
	}
	return v
}

func TestJSONLD(t *testing.T) {
	tm, s := mustLoad(t, ""), testSiteAt(t, "https://clinic.example.org/handouts/")
	const abs = "https://clinic.example.org/handouts/"
	tests := []struct {
		url  string
		want map[string]any // a path joined by "." -> value
	}{
		{"/handouts/stretches/knee-to-chest/", map[string]any{
			"@context": "https://schema.org", "@type": "MedicalWebPage", "name": "Knee to chest",
			"url": abs + "stretches/knee-to-chest/", "inLanguage": "en", "medicalAudience.@type": "Patient",
			"isPartOf.url": abs, "publisher.@type": "MedicalOrganization", "publisher.name": "Riverside Physio & Rehab",
			"publisher.logo": abs + "images/logo.svg", "mainEntity.@type": "ExercisePlan",
			"mainEntity.exerciseType": "Static stretching", "mainEntity.activityDuration": "PT30S",
			"mainEntity.repetitions": 3.0, "mainEntity.additionalVariable": "Hold 30 seconds. Repeat 3 times on each side.",
			"mainEntity.image.0": abs + "stretches/knee-to-chest-1.svg",
			"citation.0.@type":   "CreativeWork", "citation.1.name": "Kisner & Colby, Therapeutic Exercise",
			"citation.1.url": nil, "lastReviewed": nil, "mainEntity.restPeriods": nil,
		}},
		{"/handouts/stretches/cat-cow/", map[string]any{
			"mainEntity.exerciseType": "Dynamic stretching", "mainEntity.activityDuration": nil,
			"mainEntity.repetitions": 10.0, "citation": nil,
		}},
		{"/handouts/routines/morning-back/", map[string]any{
			"lastReviewed": "2024-05-01", "reviewedBy.@type": "Person", "reviewedBy.name": "Sam Okafor, PT",
			"mainEntity.@type": "ExercisePlan", "mainEntity.activityFrequency": "Every morning",
			"mainEntity.activityDuration": nil, // "About 10 minutes" is not an exact duration
			"mainEntity.hasPart.1.name":   "Knee to chest", "mainEntity.hasPart.1.repetitions": 2.0,
			"mainEntity.hasPart.1.activityDuration": "PT30S", "mainEntity.hasPart.1.url": abs + "stretches/knee-to-chest/",
			"mainEntity.hasPart.1.additionalVariable": "Hold 30 seconds. Repeat 2 times on each side.",
		}},
		{"/handouts/routines/morning-back/sheet/", map[string]any{
			"url": abs + "routines/morning-back/", "lastReviewed": "2024-05-01", "mainEntity": nil,
		}},
		{"/handouts/conditions/osteoporosis/", map[string]any{
			"mainEntity.@type": "MedicalCondition", "mainEntity.name": "Osteoporosis",
			"mainEntity.description": "Avoid forceful forward bending and twisting.",
			"mainEntity.url":         abs + "conditions/osteoporosis/",
		}},
		{"/handouts/articles/how-to-stretch/", map[string]any{
			"author.@type": "Person", "author.name": "Dr Ana Lima, PT", "reviewedBy.name": "Sam Okafor, PT",
			"dateModified": "2024-05-01", "lastReviewed": nil, "citation.0.@type": "ScholarlyArticle",
			"citation.0.url": "https://doi.org/10.1249/MSS.0b013e318213fefb",
		}},
		{"/handouts/", map[string]any{"@type": "MedicalWebPage", "name": "Riverside Stretching Guides",
			"description": nil, "mainEntity": nil}},
		{"/handouts/regions/hips/", map[string]any{"@type": "MedicalWebPage", "url": abs + "regions/hips/"}},
	}
	for _, tt := range tests {
		v := pageLD(t, tm, s, tt.url)
		for path, want := range tt.want {
			var keys []any
			for _, k := range strings.Split(path, ".") {
				if n, ok := index(k); ok {
					keys = append(keys, n)
				} else {
					keys = append(keys, k)
				}
			}
			if got := get(v, keys...); got != want {
				t.Errorf("%s: %s = %#v, want %#v", tt.url, path, got, want)
			}
		}
	}
}

// index reads a path element that is a list index ("0" to "9").
func index(k string) (int, bool) {
	if len(k) == 1 && k[0] >= '0' && k[0] <= '9' {
		return int(k[0] - '0'), true
	}
	return 0, false
}

func TestJSONLDPathOnlyBase(t *testing.T) {
	tm, s := mustLoad(t, ""), testSite(t)
	v := pageLD(t, tm, s, "/handouts/routines/morning-back/")
	for _, path := range [][]any{{"url"}, {"isPartOf", "url"}, {"publisher", "logo"}, {"mainEntity", "url"},
		{"mainEntity", "hasPart", 0, "url"}} {
		if got := get(v, path...); got != nil {
			t.Errorf("%v = %v: with a path-only base URL there is no absolute URL to give", path, got)
		}
	}
	if _, ok := ldBlock(t, render(t, tm, s, s.NotFound)); ok {
		t.Error("the page for a missing path must have no structured data")
	}
}

// TestJSONLDCannotCloseScript puts text that tries to end the script element
// into every field that reaches the JSON-LD and checks that the block is
// still one valid JSON value that gives the text back unchanged.
func TestJSONLDCannotCloseScript(t *testing.T) {
	evil := "</script><script>alert(1)</script> \"quotes\" 'single' <!-- </SCRIPT > & \u2028\u2029 end"
	cs := testContent()
	cs.Stretches[1].Title, cs.Stretches[1].Summary = evil, evil
	cs.Stretches[1].References = []content.Reference{{Title: evil, URL: "https://example.org/a?b=</script>"}}
	cs.Config.Clinic.Name, cs.Config.Title = evil, evil
	s, errs := site.Index(cs, site.Options{BaseURL: "https://clinic.example.org/handouts/"})
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	tm := mustLoad(t, "")
	html := render(t, tm, s, pageOf(t, s, "/handouts/stretches/knee-to-chest/"))
	search := `<script type="module" src="/handouts/assets/site-search.js" data-live-update></script>`
	if n := strings.Count(strings.ToLower(html), "<script") - strings.Count(html, search); n != 1 {
		t.Fatalf("%d script elements besides the site search's module, want only the JSON-LD one", n)
	}
	block, _ := ldBlock(t, html)
	if strings.ContainsAny(block, "<>") || strings.Contains(block, "\u2028") {
		t.Errorf("the JSON-LD holds < or > or U+2028 unescaped:\n%s", block)
	}
	var v ld
	if err := json.Unmarshal([]byte(block), &v); err != nil {
		t.Fatalf("not valid JSON: %v\n%s", err, block)
	}
	for _, path := range [][]any{{"name"}, {"description"}, {"mainEntity", "name"}, {"publisher", "name"},
		{"isPartOf", "name"}, {"citation", 0, "name"}} {
		if got := get(v, path...); got != evil {
			t.Errorf("%v = %q, want the text unchanged", path, got)
		}
	}
}

// FuzzJSONLD checks that any title and summary give one valid JSON block
// that cannot end the script element early.
func FuzzJSONLD(f *testing.F) {
	f.Add("</script><script>alert(1)</script>", `"quoted" & <b>`)
	f.Add("Cat-cow", "\u2028\x00\xff<!--")
	tm := mustLoad(f, "")
	f.Fuzz(func(t *testing.T, title, summary string) {
		cs := testContent()
		cs.Stretches[0].Title, cs.Stretches[0].Summary = title, summary
		s, errs := site.Index(cs, site.Options{BaseURL: "https://clinic.example.org/handouts/"})
		if len(errs) > 0 {
			return
		}
		html := render(t, tm, s, &s.Stretches[0].Page)
		block, ok := ldBlock(t, html)
		if !ok || strings.ContainsAny(block, "<>") || !json.Valid([]byte(block)) {
			t.Fatalf("bad JSON-LD for title %q, summary %q:\n%s", title, summary, block)
		}
	})
}

func TestISODuration(t *testing.T) {
	tests := map[time.Duration]string{
		30 * time.Second: "PT30S", time.Minute: "PT1M", 90 * time.Second: "PT1M30S",
		time.Hour: "PT1H", time.Hour + 5*time.Second: "PT1H5S", 0: "PT0S", 1500 * time.Millisecond: "PT1S",
	}
	for in, want := range tests {
		if got := isoDuration(in); got != want {
			t.Errorf("isoDuration(%v) = %q, want %q", in, got, want)
		}
	}
}

func TestRoutineDuration(t *testing.T) {
	tm := mustLoad(t, "")
	for _, tt := range []struct{ text, want string }{
		{"10 minutes", "PT10M"}, {"1 min 30 sec", "PT1M30S"}, {"About 10 minutes", ""}, {"10-15 minutes", ""}, {"", ""},
	} {
		cs := testContent()
		cs.Routines[0].Duration = tt.text
		s, _ := site.Index(cs, site.Options{})
		got, _ := get(pageLD(t, tm, s, "/handouts/routines/morning-back/"), "mainEntity", "activityDuration").(string)
		if got != tt.want {
			t.Errorf("duration %q: activityDuration %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestCitationType(t *testing.T) {
	tests := map[string]string{
		"https://doi.org/10.1249/MSS.0b013e318213fefb": "ScholarlyArticle",
		"https://dx.doi.org/10.1/x":                    "ScholarlyArticle",
		"https://pubmed.ncbi.nlm.nih.gov/21694556/":    "ScholarlyArticle",
		"https://orthoinfo.aaos.org/en/recovery/":      "CreativeWork",
		"https://example.org/doi.org/":                 "CreativeWork",
		"":                                             "CreativeWork",
		"http://[::1":                                  "CreativeWork",
	}
	for in, want := range tests {
		if got := citationType(in); got != want {
			t.Errorf("citationType(%q) = %q, want %q", in, got, want)
		}
	}
}
