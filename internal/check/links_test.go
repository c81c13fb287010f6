package check_test

import (
	"testing"

	"github.com/limber/limber/internal/check"
	"github.com/limber/limber/internal/diag"
)

func TestURLHost(t *testing.T) {
	body := func(link string) map[string]string {
		return stretchAt(goodStretch() + "\nSee [this page](" + link + ").\n")
	}
	w := func(msg string) []string {
		return []string{a + ":21:5: warning: the web address " + msg + " [url-host]"}
	}
	runCases(t, []check.RuleID{"url-host"}, []ruleCase{
		{"good", body("https://www.example.org/a?b=c"), nil},
		{"ip", body("http://192.0.2.1/x"), nil},
		{"idn", body("https://bücher.example/"), nil},
		{"trailing dot", body("https://example.org./"), nil},
		{"site page and mail", body("mailto:a@example"), nil},
		{"no dot", body("https://example/x"), w(`"https://example/x" has the site name "example", with no dot: write the full name, like www.example.org`)},
		{"double dot", body("https://example..org/"), w(`"https://example..org/" has the site name "example..org", with an empty part between dots`)},
		{"underscore", body("https://my_site.org/"), w(`"https://my_site.org/" has the site name "my_site.org", which has '_' in it (only letters, digits, hyphens and dots)`)},
		{"hyphen", body("https://-a.org/"), w(`"https://-a.org/" has the site name "-a.org", whose part "-a" starts or ends with a hyphen`)},
		{"numeric tld", body("https://example.123/"), w(`"https://example.123/" has the site name "example.123", whose last part "123", all digits, is not a top-level domain`)},
		{"punycode tld", body("https://example.xn--p1ai/"), nil},
		{"bad port", body("https://example.org:x/"), w(`"https://example.org:x/" cannot be read: check it letter by letter`)},
		{"reference", stretchAt(goodStretch("references:", "  - title: A", "    url: https://pubmed/1")), []string{
			a + `:10:10: warning: the web address "https://pubmed/1" has the site name "pubmed", with no dot: write the full name, like www.example.org [url-host]`}},
		{"video", stretchAt(goodStretch("video: https://youtube/x")), []string{
			a + `:8:8: warning: the web address "https://youtube/x" has the site name "youtube", with no dot: write the full name, like www.example.org [url-host]`}},
	})
}

func TestOutsideImage(t *testing.T) {
	body := func(src string) map[string]string {
		return stretchAt(goodStretch() + "\n![A knee bent on a mat](" + src + ")\n")
	}
	w := func(src string) []string {
		return []string{a + `:21:1: warning: the picture "` + src + `" comes from another site: copy it into content/ ` +
			`(next to this file) and write its file name instead [outside-image]`}
	}
	runCases(t, []check.RuleID{"outside-image"}, []ruleCase{
		{"a file of the site", body("a.svg"), nil},
		{"https", body("https://example.org/knee.png"), w("https://example.org/knee.png")},
		{"http, upper case", body("HTTP://example.org/knee.png"), w("HTTP://example.org/knee.png")},
		{"no scheme (read as https)", body("//example.org/knee.png"), w("https://example.org/knee.png")},
	})
}

func TestBuildProblems(t *testing.T) {
	files := map[string]string{
		"content/stretches/a.md": goodStretch() + "\nSee [b](b.md).\n",
		"content/routines/r.md":  page([]string{"title: R", "summary: S.", "stretches: [nope]"}, "Text.\n"),
		"content/stretches/c.md": with(goodStretch(), "reps", "reps: many"),
	}
	same(t, lines(run(t, files), "broken-link", "unknown-ref", "content"), []string{
		`content/routines/r.md:4:13: error: ref: no stretch "nope" (content/stretches/nope.md does not exist or is a draft) [unknown-ref]`,
		a + `:21:5: error: broken link: "b.md" (content/stretches/b.md does not exist) [broken-link]`,
		`content/stretches/c.md:6:7: error: reps: want a whole number, got "many" [content]`,
	})
	got := check.FromDiag(diag.List{{Pos: diag.Pos{Path: "x.md"}, Msg: `contraindications: no condition "y" (...)`, Code: diag.UnknownRef}})
	if len(got) != 1 || got[0].Rule != "unknown-ref" || got[0].Severity != check.Error || got[0].Why == "" {
		t.Errorf("FromDiag: %+v", got)
	}
}

// TestBuildProblemRules checks the rule each build stage gives the
// problems it reports: Markdown's links and pictures that lead nowhere or
// outside content/ are broken-link, and its unsafe or empty addresses and
// missing alt text content; the index's unknown conditions are
// unknown-ref.
func TestBuildProblemRules(t *testing.T) {
	body := "See [up](../../x.md), [js](javascript:alert(1)) and [none]().\n\n" +
		"![a knee](knee.png) ![up](../../k.png) ![bad](data:x) ![](a.svg)\n\n" + goodBody
	files := stretchAt(page([]string{"title: Neck turn", "summary: Turn your head.", "type: static", "hold: 30s",
		"reps: 2", "regions: [neck]", "contraindications: [nope]"}, body))
	same(t, lines(run(t, files), "broken-link", "unknown-ref", "content"), []string{
		a + `:8:21: error: contraindications: no condition "nope" (content/conditions/nope.md does not exist) [unknown-ref]`,
		a + `:11:5: error: link "../../x.md" points outside content/ [broken-link]`,
		a + `:11:23: error: unsafe link URL "javascript:alert(1)" (only http, https, mailto and tel links are allowed) [content]`,
		a + `:11:53: error: link has no address: write a page such as "cat-cow.md" or a web address between the ( ) [content]`,
		a + `:13:1: error: broken image: "knee.png" (content/stretches/knee.png does not exist) [broken-link]`,
		a + `:13:21: error: image "../../k.png" points outside content/ [broken-link]`,
		a + `:13:40: error: unsafe image URL "data:x" (only http and https images, or files in content/, are allowed) [content]`,
		a + `:13:55: error: broken image: "a.svg" (content/stretches/a.svg does not exist) [broken-link]`,
		a + `:13:55: error: image "a.svg" has no alt text [content]`,
	})
}
