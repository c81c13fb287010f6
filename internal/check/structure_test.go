package check_test

import (
	"github.com/limber/limber/internal/check"
	"strings"
	"testing"
)

func TestSteps(t *testing.T) {
	runCases(t, []check.RuleID{"steps"}, []ruleCase{
		{"numbered", stretchAt(goodStretch()), nil},
		{"bullets", stretchAt(strings.Replace(goodStretch(), "1. Sit tall.\n2. Turn", "- Sit tall.\n- Turn", 1)), []string{
			a + `: warning: this stretch has no numbered steps: write them as a numbered list (1. 2. 3.) under "## How to do it" [steps]`}},
	})
}

func TestSummaryLength(t *testing.T) {
	long := "summary: " + strings.TrimSpace(strings.Repeat("Turn your head. ", 11))
	runCases(t, []check.RuleID{"summary-length"}, []ruleCase{
		{"short", stretchAt(goodStretch()), nil},
		{"two sentences", stretchAt(with(goodStretch(), "summary", "summary: Turn your head. Go slowly.")), nil},
		{"three sentences", stretchAt(with(goodStretch(), "summary", "summary: Turn. Go slowly. Breathe.")), []string{
			a + ":3:10: warning: the summary has 3 sentences (over 2): keep it to one or two short sentences [summary-length]"}},
		{"long", stretchAt(with(goodStretch(), "summary", long)), []string{
			a + ":3:10: warning: the summary has 175 characters (over 160): keep it to one or two short sentences [summary-length]"}},
		{"condition too", map[string]string{"content/conditions/c.md": page([]string{"title: C", "summary: A. B. C."}, "Text.\n")}, []string{
			"content/conditions/c.md:3:10: warning: the summary has 3 sentences (over 2): keep it to one or two short sentences [summary-length]"}},
	})
}

func TestAltTextAndEmptyLinks(t *testing.T) {
	img := func(alt string) string {
		return goodStretch("images:", "  - src: a.svg", "    alt: "+alt)
	}
	files := func(src string) map[string]string {
		m := stretchAt(src)
		m["content/stretches/a.svg"] = "<svg xmlns='http://www.w3.org/2000/svg'/>"
		return m
	}
	runCases(t, []check.RuleID{"alt-text", "empty-link"}, []ruleCase{
		{"described", files(img("A person sitting tall in a chair.")), nil},
		{"image of", files(img("Image of a person in a chair.")), []string{
			a + `:9:10: warning: alt text starts with "Image of": screen readers already say it is a picture; describe what it shows [alt-text]`}},
		{"file name", files(img("a.svg")), []string{
			a + `:9:10: warning: alt text "a.svg" is a file name: describe what the picture shows [alt-text]`}},
		{"file name without extension", files(img("a")), []string{
			a + `:9:10: warning: alt text "a" is a file name: describe what the picture shows [alt-text]`}},
		{"body image", files(goodStretch() + "\n![Picture of a chair](a.svg)\n"), []string{
			a + `:21:1: warning: alt text starts with "Picture of": screen readers already say it is a picture; describe what it shows [alt-text]`}},
		{"empty link", files(goodStretch() + "\nSee [](https://example.org/) and [](a.svg).\n"), []string{
			a + `:21:5: warning: this link to "https://example.org/" has no text: write what it leads to between the [ ] [empty-link]`,
			a + `:21:34: warning: this link to "/stretches/a.svg" has no text: write what it leads to between the [ ] [empty-link]`}},
		{"image link has text", files(goodStretch() + "\n[![A chair](a.svg)](https://example.org/)\n"), nil},
	})
}
