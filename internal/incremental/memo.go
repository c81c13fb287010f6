package incremental

import (
	"html/template"

	"github.com/limber/limber/internal/check"
	"github.com/limber/limber/internal/content"
	"github.com/limber/limber/internal/markdown"
	"github.com/limber/limber/internal/pipeline"
)

// memo is what the session keeps from one run of the pipeline for the
// next run and for its fast paths: the rendered bodies, each page's
// findings, and the link targets and checker they were made with. It
// implements pipeline.Memo.
type memo struct {
	bodies   map[*content.Source]markdown.Output // rendered with the link targets whose fingerprint is linksKey
	linksKey uint64
	links    *pipeline.Links                      // the link targets of the site last rendered to Markdown
	checked  map[*content.Source]pipeline.Checked // each page's findings, by its file
	checker  *check.Checker                       // the rules as the last run judged its site
	day      string                               // the day they judged by
}

// Body returns the body of src rendered with the same link targets.
func (m *memo) Body(src *content.Source, links uint64) (markdown.Output, bool) {
	if links != m.linksKey || m.bodies == nil {
		return markdown.Output{}, false
	}
	out, ok := m.bodies[src]
	return out, ok
}

// Found returns the findings of src's page when its body and the day are
// those they were found with.
func (m *memo) Found(src *content.Source, body template.HTML, day string) ([]check.Finding, bool) {
	old, ok := m.checked[src]
	if !ok || old.Body != body || old.Day != day {
		return nil, false
	}
	return old.Found, true
}

// Keep replaces what was kept by what the last run worked out.
func (m *memo) Keep(k pipeline.Kept) {
	m.bodies, m.linksKey, m.links = k.Bodies, k.LinksKey, k.Links
	m.checked, m.checker, m.day = k.Checked, k.Checker, k.Day
}

// replace keeps a page's new body and findings in place of its old file's.
func (m *memo) replace(old, now *content.Source, out markdown.Output, found pipeline.Checked) {
	delete(m.bodies, old)
	delete(m.checked, old)
	m.bodies[now] = out
	m.checked[now] = found
}
