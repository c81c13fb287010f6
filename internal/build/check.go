package build

import (
	"context"
	"html/template"
	"slices"
	"time"

	"github.com/limber/limber/internal/check"
	"github.com/limber/limber/internal/content"
	"github.com/limber/limber/internal/diag"
	"github.com/limber/limber/internal/markdown"
	"github.com/limber/limber/internal/parallel"
	"github.com/limber/limber/internal/site"
)

// Check runs every stage up to writing and every rule of limber check,
// and returns what they found, sorted: the build's problems as error
// findings, then the rules' own. Nothing is written.
func Check(opts Options) []check.Finding {
	s := NewSession(opts)
	s.oneOff = true
	ns, errs := s.stages(context.Background())
	s.check(ns)
	all := append(check.FromDiag(errs), s.findings...)
	check.Sort(all)
	return all
}

// check runs limber check's rules on ns and keeps their findings. The
// findings of a page whose file and body are those of the last run, on the
// same day (review ages count days), are reused, except a routine's, which
// show its stretches too. The checker is kept for the quick road.
func (s *Session) check(ns *site.Site) {
	c := s.newChecker(ns)
	var pages []*site.Page
	var early []earlyFound
	for i, p := range ns.Pages {
		if p.Src != nil {
			pages = append(pages, p)
			if s.early != nil {
				early = append(early, s.early[i])
			}
		}
	}
	s.early = nil
	found := make([][]check.Finding, len(pages))
	parallel.For(len(pages), func(i int) {
		p := pages[i]
		if early != nil && early[i].done {
			found[i] = early[i].found
			return
		}
		if old, ok := s.checked[p.Src]; ok && old.body == p.Body && old.day == s.checkerDay && p.Kind != site.KindRoutine {
			found[i] = old.found
			return
		}
		found[i] = c.Page(p)
	})
	s.checked = make(map[*content.Source]checked, len(pages))
	all := c.Config()
	n := len(all)
	for _, f := range found {
		n += len(f)
	}
	all = slices.Grow(all, n-len(all))
	for i, p := range pages {
		s.checked[p.Src] = checked{body: p.Body, day: s.checkerDay, found: found[i]}
		all = append(all, found[i]...)
	}
	check.Sort(all)
	s.findings = all
}

// newChecker returns the checker of ns: the one made for the early checks
// of this build, or a new one.
func (s *Session) newChecker(ns *site.Site) *check.Checker {
	if s.early == nil || s.checker == nil {
		s.checker, s.checkerDay = check.New(ns, check.ConfigFrom(ns.Config.Check), s.now()), s.day()
	}
	return s.checker
}

// checkEarlyFrom makes a one-off build check each page of ns as soon as
// its body is rendered (see checkEarly).
func (s *Session) checkEarlyFrom(ns *site.Site) {
	s.checker = nil
	s.early = make([]earlyFound, len(ns.Pages))
	s.newChecker(ns)
}

// earlyFound is what checkEarly found on one page.
type earlyFound struct {
	done  bool
	found []check.Finding
}

// checkEarly runs the rules on page i as soon as its body is rendered, in a
// one-off build, and then lets go of what only the rules read: the body's
// text spans and its Markdown. Held for every page until all were checked,
// they were about a third of a build's peak memory. A routine waits for
// the check stage, since its sheets show its stretches' steps.
func (s *Session) checkEarly(i int, p *site.Page, out *markdown.Output) {
	if s.early == nil || p.Kind == site.KindRoutine {
		return
	}
	setBody(p, *out)
	s.early[i] = earlyFound{done: true, found: s.checker.Page(p)}
	p.Spans, out.Spans, p.Src.Body = nil, nil, nil
}

// checked is the findings of one page's rules, and the body and the day
// they saw.
type checked struct {
	body  template.HTML
	day   string
	found []check.Finding
}

// day returns the date the rules judge by, as YYYY-MM-DD.
func (s *Session) day() string { return s.now().Format(time.DateOnly) }

// now returns the date the rules judge review ages by.
func (s *Session) now() time.Time {
	if s.opts.Now.IsZero() {
		return time.Now()
	}
	return s.opts.Now
}

// ruleErrors returns the error findings as problems of the build, each
// naming its rule (printed after the message).
func ruleErrors(fs []check.Finding) diag.List {
	var errs diag.List
	for _, f := range fs {
		if f.Severity == check.Error {
			errs = append(errs, &diag.Error{Pos: f.Pos, Msg: f.Msg, Rule: string(f.Rule)})
		}
	}
	return errs
}

// notErrors returns the findings that are not errors.
func notErrors(fs []check.Finding) []check.Finding {
	var out []check.Finding
	for _, f := range fs {
		if f.Severity != check.Error {
			out = append(out, f)
		}
	}
	return out
}

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
	for _, f := range notErrors(fs) {
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
		found := notErrors(s.checked[p.Src].found)
		for _, u := range showURLs(p) {
			out[u] = found
		}
	}
	return out
}

// recheck runs the rules again on pages whose body alone changed, for the
// quick road of limber serve, and returns their findings. It reports false
// when a rule now finds an error (the full road then reports it) or the
// day has changed since the last full check.
func (s *Session) recheck(pages []*site.Page) ([][]check.Finding, bool) {
	if s.checker == nil || s.checkerDay != s.day() {
		return nil, false
	}
	found := make([][]check.Finding, len(pages))
	for i, p := range pages {
		found[i] = s.checker.Page(p)
		if len(ruleErrors(found[i])) > 0 {
			return nil, false
		}
	}
	return found, true
}
