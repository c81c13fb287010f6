package browsertest

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// searchWord is a word search.mjs types into the search box, with the
// stretch page that must be among its results.
type searchWord struct {
	Typed string `json:"typed"`
	Want  string `json:"want"`
}

// searchResults is what search.mjs read from the box after a word.
type searchResults struct {
	Typed  string `json:"typed"`
	Shown  bool   `json:"shown"`
	Status string `json:"status"`
	Links  []struct {
		Name string `json:"name"`
		Href string `json:"href"`
	} `json:"links"`
}

// searchScreen is search.mjs's report of the keyboard walk on one screen.
type searchScreen struct {
	Viewport             int             `json:"viewport"`
	CatalogueBeforeFocus int             `json:"catalogueBeforeFocus"`
	CatalogueRequests    int             `json:"catalogueRequests"`
	Tabs                 int             `json:"tabs"`
	Words                []searchResults `json:"words"`
	AfterDown            string          `json:"afterDown"`
	AfterDownDown        string          `json:"afterDownDown"`
	AfterEscape          struct {
		Focus string `json:"focus"`
		searchResults
	} `json:"afterEscape"`
	AfterUp          string        `json:"afterUp"`
	AfterFieldEscape searchResults `json:"afterFieldEscape"`
	None             searchResults `json:"none"`
	Layout           struct {
		ScrollWidth float64 `json:"scrollWidth"`
		Field       struct {
			Left, Right, Height float64
		} `json:"field"`
		Button struct {
			Left, Right, Height float64
		} `json:"button"`
	} `json:"layout"`
	Axe       []string `json:"axe"`
	EnterWent string   `json:"enterWent"`
	Errors    []string `json:"errors"`
}

// searchReport is search.mjs's output for a "box" job.
type searchReport struct {
	Screens  []searchScreen `json:"screens"`
	NoScript struct {
		HasBox            int      `json:"hasBox"`
		BoxVisible        bool     `json:"boxVisible"`
		Searchboxes       int      `json:"searchboxes"`
		NavWent           string   `json:"navWent"`
		Heading           string   `json:"heading"`
		CatalogueRequests int      `json:"catalogueRequests"`
		Errors            []string `json:"errors"`
	} `json:"noScript"`
	Errors []string `json:"errors"`
}

// searchBox is the empty element the site header must have for
// site-search.js, and the files that go with it.
const (
	searchBox    = `<div id="site-search" class="site-search" data-root="{{.Site.Root}}" hidden></div>`
	searchAssets = `<link rel="stylesheet" href="{{.Asset "site-search.css"}}">` + "\n" +
		`<script type="module" src="{{.Asset "site-search.js"}}"></script>`
)

// TestSiteSearch builds the sample site under /handouts/ and drives its
// home page in Chromium, at 1280 and 375 pixels: Tab reaches "Search this
// site"; the catalogue is fetched on focus, not before; a word and the
// same word with a typo list the right stretch page first, with a count
// in the status line, and axe-core finds nothing with the results open;
// Down arrow moves into the results, Up back, Escape
// closes them; a word nothing matches says so; Enter goes to the first
// result. With JavaScript off the box is not shown and the main
// navigation still works.
func TestSiteSearch(t *testing.T) {
	require(t, missingBrowser("playwright-core", "axe-core"))
	out := buildSearchSite(t)
	origin := serve(t, out, "/handouts/")
	hamstring := "/handouts/stretches/supine-hamstring/"
	job := map[string]any{
		"kind": "box", "url": origin + "/handouts/", "none": "zzqqx", "nav": "Stretches",
		"words": []searchWord{{"hamstring", hamstring}, {"hamstirng", hamstring}, {"cat cow", "/handouts/stretches/cat-cow/"}, {"knee", "/handouts/stretches/knee-to-chest/"}},
	}
	var rep searchReport
	runJSON(t, "search.mjs", job, &rep)
	if len(rep.Errors) > 0 {
		t.Fatalf("search.mjs: %q", rep.Errors)
	}
	if len(rep.Screens) != 2 {
		t.Fatalf("search.mjs reported %d screens, want 2", len(rep.Screens))
	}
	for _, s := range rep.Screens {
		t.Logf("%dpx: %d tabs to the field; %q lists %d, %q lists %d", s.Viewport, s.Tabs,
			s.Words[0].Typed, len(s.Words[0].Links), s.Words[3].Typed, len(s.Words[3].Links))
		checkSearchScreen(t, s, job["words"].([]searchWord))
	}
	ns := rep.NoScript
	if ns.HasBox == 1 && (ns.BoxVisible || ns.Searchboxes > 0) {
		t.Errorf("with JavaScript off the search box must stay hidden: %+v", ns)
	}
	if ns.NavWent != "/handouts/stretches/" || !strings.Contains(strings.ToLower(ns.Heading), "stretches") || len(ns.Errors) > 0 || ns.CatalogueRequests > 0 {
		t.Errorf("with JavaScript off the main navigation must lead to the stretches, without errors or catalogue requests: %+v", ns)
	}
}

// checkSearchScreen checks the keyboard walk on one screen size.
func checkSearchScreen(t *testing.T, s searchScreen, words []searchWord) {
	t.Helper()
	at := func(format string, args ...any) { t.Errorf("%dpx: "+format, append([]any{s.Viewport}, args...)...) }
	if len(s.Errors) > 0 {
		at("errors in the page: %q", s.Errors)
	}
	if s.CatalogueBeforeFocus != 0 || s.CatalogueRequests == 0 {
		at("the catalogue must be fetched on first focus, not on page load: %d requests before focus, %d after",
			s.CatalogueBeforeFocus, s.CatalogueRequests)
	}
	for _, v := range s.Axe {
		at("axe-core, with the results open: %s", v)
	}
	if s.Tabs < 1 {
		at("Tab never reached the field labelled %q", "Search this site")
	}
	for i, w := range s.Words {
		var hrefs []string
		for _, l := range w.Links {
			hrefs = append(hrefs, l.Href)
		}
		if len(hrefs) == 0 || hrefs[0] != words[i].Want || len(hrefs) > 8 || !w.Shown ||
			!strings.Contains(w.Status, "match") {
			at("%q: want %s first of at most 8 shown results and a count, got %q, status %q, shown %v",
				w.Typed, words[i].Want, hrefs, w.Status, w.Shown)
		}
	}
	last := s.Words[len(s.Words)-1]
	if len(last.Links) > 0 && s.AfterDown != "link:"+last.Links[0].Href {
		at("Down arrow in the field must move to the first result, focus is on %q", s.AfterDown)
	}
	if len(last.Links) > 1 && s.AfterDownDown != "link:"+last.Links[1].Href {
		at("Down arrow on a result must move to the next, focus is on %q", s.AfterDownDown)
	}
	if e := s.AfterEscape; e.Shown || e.Focus != "field" {
		at("Escape on a result must close the results and return to the field: %+v", e)
	}
	if s.AfterUp != "field" {
		at("Up arrow on the first result must return to the field, focus is on %q", s.AfterUp)
	}
	if e := s.AfterFieldEscape; e.Shown {
		at("Escape in the field must close the results: %+v", e)
	}
	if n := s.None; len(n.Links) != 0 || n.Shown || n.Status != "No stretch matches \u201czzqqx\u201d." {
		at("a word nothing matches must say so: %+v", n)
	}
	if l := s.Layout; l.ScrollWidth > float64(s.Viewport) || l.Button.Right > float64(s.Viewport) || l.Field.Height < 24 || l.Button.Height < 24 {
		at("the box must fit the screen with targets of 24 px or more: %+v", l)
	}
	if s.EnterWent != words[0].Want {
		at("Enter must go to the first result %s, went to %s", words[0].Want, s.EnterWent)
	}
}

// buildSearchSite builds the sample site under baseURL and returns the
// output folder. When the built-in base.html does not yet have the search
// box, the site gets a copy of it that has, so the test checks
// site-search.js either way.
func buildSearchSite(t *testing.T) string {
	t.Helper()
	_, out := buildSite(t, baseURL)
	home, err := os.ReadFile(filepath.Join(out, "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(home), `id="site-search"`) {
		return out
	}
	t.Log("the built-in base.html has no #site-search yet: the test adds it with a site template")
	base, err := os.ReadFile(filepath.Join("..", "..", "templates", "base.html"))
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Replace(string(base), `{{cached "nav" .Nav}}`, `{{cached "nav" .Nav}}`+"\n"+searchBox, 1)
	text = strings.Replace(text, "</head>", searchAssets+"\n</head>", 1)
	_, out = buildWith(t, func(dir string) {
		if err := os.MkdirAll(filepath.Join(dir, "templates"), 0o755); err != nil {
			t.Fatal(err)
		}
		writeFile(t, filepath.Join(dir, "templates", "base.html"), text)
	})
	return out
}

// runJSON runs a script of this folder on job (as JOB.json) and decodes
// its JSON output into report.
func runJSON(t testing.TB, script string, job any, report any) {
	t.Helper()
	b, err := json.Marshal(job)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "job.json")
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	out := run(t, 10*time.Minute, "node", script, path)
	if err := json.Unmarshal(out, report); err != nil {
		t.Fatalf("%s: %v\n%s", script, err, out)
	}
}
