package incremental

import (
	"github.com/limber/limber/internal/check"
	"github.com/limber/limber/internal/pipeline"
	"github.com/limber/limber/internal/site"
)

// byURL files the warnings and notes under the URL path of each page that
// shows the file they are in.
func byURL(ns *site.Site, fs []check.Finding) map[string][]check.Finding {
	urls := map[string][]string{}
	for _, p := range ns.Pages {
		if p.Src != nil && p.Kind != site.KindSheet {
			urls[p.Src.Path] = showURLs(p)
		}
	}
	out := map[string][]check.Finding{}
	for _, f := range pipeline.NotErrors(fs) {
		for _, u := range urls[f.Pos.Path] {
			out[u] = append(out[u], f)
		}
	}
	return out
}

// showURLs returns the URL paths of the pages that show the findings of
// p's file: its own, and a routine's sheets.
func showURLs(p *site.Page) []string {
	if r, ok := p.Data.(*site.Routine); ok {
		return []string{p.URL, r.Sheet.URL, r.LargeSheet.URL}
	}
	return []string{p.URL}
}

// findingsOf returns the warnings and notes of pages by the URL paths that
// show them, with an empty entry for a page that has none, so that limber
// serve can update those pages alone.
func (s *Session) findingsOf(pages []*site.Page) map[string][]check.Finding {
	out := map[string][]check.Finding{}
	for _, p := range pages {
		found := pipeline.NotErrors(s.memo.checked[p.Src].Found)
		for _, u := range showURLs(p) {
			out[u] = found
		}
	}
	return out
}

// recheck runs the rules again on pages whose body alone changed, for the
// fast paths, and returns their findings. It reports false when a rule now
// finds an error (the pipeline then reports it) or the day has changed
// since the pipeline last ran the rules.
func (s *Session) recheck(pages []*site.Page) ([][]check.Finding, bool) {
	if s.memo.checker == nil || s.memo.day != s.opts.Day() {
		return nil, false
	}
	found := make([][]check.Finding, len(pages))
	for i, p := range pages {
		found[i] = s.memo.checker.Page(p)
		if len(pipeline.RuleErrors(found[i])) > 0 {
			return nil, false
		}
	}
	return found, true
}
