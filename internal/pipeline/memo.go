package pipeline

import (
	"html/template"

	"github.com/limber/limber/internal/check"
	"github.com/limber/limber/internal/content"
	"github.com/limber/limber/internal/markdown"
	"github.com/limber/limber/internal/site"
)

// Memo lends a run what an earlier run worked out and keeps what this one
// works out, for limber serve's incremental engine. Body and Found are
// called on every CPU at once; they must only read.
type Memo interface {
	// Body returns the body of src as rendered with the link targets
	// whose fingerprint is links, if it was kept.
	Body(src *content.Source, links uint64) (markdown.Output, bool)
	// Found returns the findings of the page (not a routine, whose
	// findings depend on its stretches) made from src, if they were kept
	// for the same rendered body on the same day.
	Found(src *content.Source, body template.HTML, day string) ([]check.Finding, bool)
	// Keep is given what a run worked out once its checks ran, problems
	// or not.
	Keep(Kept)
}

// Kept is what a run hands its Memo.
type Kept struct {
	Links    *Links
	LinksKey uint64                              // the fingerprint of Links
	Bodies   map[*content.Source]markdown.Output // the bodies that rendered without a problem
	Checked  map[*content.Source]Checked         // every page's findings, by its file
	Checker  *check.Checker                      // the rules as they judged this site
	Day      string                              // the day they judged by
}

// Checked is the findings of one page's rules, and the body and the day
// they saw.
type Checked struct {
	Body  template.HTML
	Day   string
	Found []check.Finding
}

// kept gathers what the run worked out for its Memo.
func (b *bodies) kept(ns *site.Site, c *check.Checker, found checked, day string) Kept {
	k := Kept{Links: b.links, LinksKey: b.key, Checker: c, Day: day,
		Bodies:  map[*content.Source]markdown.Output{},
		Checked: make(map[*content.Source]Checked, len(found.pages))}
	for i, p := range ns.Pages {
		if p.Src != nil && len(b.perrs[i]) == 0 {
			k.Bodies[p.Src] = b.outs[i]
		}
	}
	for i, p := range found.pages {
		k.Checked[p.Src] = Checked{Body: p.Body, Day: day, Found: found.found[i]}
	}
	return k
}

// keepPages is the Memo of Prepare: it lends nothing and keeps nothing,
// but being there it keeps every page whole (spans and source included)
// for the caller to look at.
type keepPages struct{}

func (keepPages) Body(*content.Source, uint64) (markdown.Output, bool) {
	return markdown.Output{}, false
}

func (keepPages) Found(*content.Source, template.HTML, string) ([]check.Finding, bool) {
	return nil, false
}

func (keepPages) Keep(Kept) {}
