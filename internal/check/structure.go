package check

import (
	"fmt"
	"path"
	"strings"
	"unicode/utf8"

	"github.com/limber/limber/internal/diag"
	"github.com/limber/limber/internal/markdown"
	"github.com/limber/limber/internal/site"
)

// Summary limits: what a card and a search result show.
const (
	MaxSummaryChars     = 160 // search results show about this many characters of a description
	MaxSummarySentences = 2   // docs/content.md: "one or two plain sentences"
)

// steps reports a stretch whose body has no numbered list of steps.
func (c *checker) steps(s *site.Stretch) {
	if len(s.Steps) == 0 {
		c.add(at(s.Src.Path), Warning, RuleSteps, "this stretch has no numbered steps: "+
			"write them as a numbered list (1. 2. 3.) under \"## How to do it\"")
	}
}

// summaryLength reports a summary that is too long for a card.
func (c *checker) summaryLength(p *site.Page) {
	s := p.Src.Summary
	n := utf8.RuneCountInString(s)
	sentences := countSentences(s)
	switch {
	case n > MaxSummaryChars:
		c.add(p.Src.At("summary"), Warning, RuleSummaryLength, fmt.Sprintf(
			"the summary has %d characters (over %d): keep it to one or two short sentences", n, MaxSummaryChars))
	case sentences > MaxSummarySentences:
		c.add(p.Src.At("summary"), Warning, RuleSummaryLength, fmt.Sprintf(
			"the summary has %d sentences (over %d): keep it to one or two short sentences", sentences, MaxSummarySentences))
	}
}

// countSentences counts the sentence ends (. ! ?) followed by a space or
// the end of the text.
func countSentences(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if (s[i] == '.' || s[i] == '!' || s[i] == '?') && (i+1 == len(s) || s[i+1] == ' ') {
			n++
		}
	}
	return max(n, 1)
}

// images checks the alt text of a stretch's pictures.
func (c *checker) images(s *site.Stretch) {
	for _, img := range s.Images {
		c.altText(img.Pos, img.Alt, img.URL)
	}
}

// bodyLinks checks the links and images of a page's body: empty links,
// alt text, and the site names of web addresses.
func (c *checker) bodyLinks(p *site.Page) {
	for _, sp := range p.Spans {
		switch sp.Kind {
		case markdown.SpanLink:
			if strings.TrimSpace(sp.Text) == "" {
				c.add(sp.Pos, Warning, RuleEmptyLink, fmt.Sprintf("this link to %q has no text: write what it leads to "+
					"between the [ ]", sp.URL))
			}
			c.urlHost(sp.Pos, sp.URL)
		case markdown.SpanImage:
			c.altText(sp.Pos, sp.Text, sp.URL)
			c.urlHost(sp.Pos, sp.URL)
			c.outsideImage(sp.Pos, sp.URL)
		}
	}
}

// altText reports alt text that names the file or says "image of"
// instead of describing the picture. Empty alt text is a build error.
func (c *checker) altText(pos diag.Pos, alt, src string) {
	a := strings.ToLower(strings.TrimSpace(alt))
	if a == "" {
		return
	}
	file := strings.ToLower(path.Base(src))
	for _, lead := range []string{"image of", "picture of", "photo of", "a picture of", "an image of", "a photo of", "graphic of", "drawing of", "a drawing of"} {
		if strings.HasPrefix(a, lead+" ") {
			c.add(pos, Warning, RuleAltText, message("alt text starts with ", alt[:len(lead)], ": screen readers already say it is a picture; "+
				"describe what it shows"))
			return
		}
	}
	if a == file || a == strings.TrimSuffix(file, path.Ext(file)) || isImageName(a) {
		c.add(pos, Warning, RuleAltText, message("alt text ", alt, " is a file name: describe what the picture shows"))
	}
}

// isImageName reports whether s looks like a picture's file name.
func isImageName(s string) bool {
	switch path.Ext(s) {
	case ".svg", ".png", ".jpg", ".jpeg", ".gif", ".webp", ".avif":
		return !strings.Contains(s, " ")
	}
	return false
}
