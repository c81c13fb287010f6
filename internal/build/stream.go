package build

import (
	"context"
	"errors"
	"fmt"

	"github.com/limber/limber/internal/markdown"
	"github.com/limber/limber/internal/output"
	"github.com/limber/limber/internal/parallel"
	"github.com/limber/limber/internal/render"
	"github.com/limber/limber/internal/site"
)

// streamer writes a one-off build's pages as soon as their bodies are
// rendered and checked, into the new output folder, so that no page's HTML
// waits in memory for all the others: at 10,000 stretches that was 28 MB
// of bodies held through the check stage and the templates. Routines wait:
// they and their sheets show their stretches' steps, and their rules see
// those too. Pages made from no file (lists, browse pages, the home page)
// hold no body and are written after, with the routines. The folder only
// replaces the output if the whole site is good.
type streamer struct {
	ctx  context.Context
	tx   *output.Tx
	tpl  *render.Templates
	site *site.Site
	done []bool  // page i was rendered (and written, unless errs[i])
	errs []error // page i's template or write error
}

// newStreamer prepares to write the pages of s into tx.
func newStreamer(ctx context.Context, tx *output.Tx, tpl *render.Templates, s *site.Site) *streamer {
	return &streamer{ctx: ctx, tx: tx, tpl: tpl, site: s, done: make([]bool, len(s.Pages)), errs: make([]error, len(s.Pages))}
}

// page renders and writes page i, whose body out has just been rendered
// and checked, unless it is a routine; then it lets go of the body's HTML.
// The steps and stop-if points stay: routines and sheets show them. A nil
// streamer does nothing.
func (w *streamer) page(i int, p *site.Page, out *markdown.Output) {
	if w == nil || p.Kind == site.KindRoutine {
		return
	}
	setBody(p, *out)
	w.write(i)
	p.Body, out.HTML = "", ""
}

// write renders and writes page i, keeping its error.
func (w *streamer) write(i int) {
	w.done[i] = true
	if w.errs[i] = w.ctx.Err(); w.errs[i] != nil {
		return
	}
	p := w.site.Pages[i]
	html, err := w.tpl.Page(w.site, p)
	if err != nil {
		w.errs[i] = fmt.Errorf("rendering %s: %w", p.URL, err)
		return
	}
	w.errs[i] = w.tx.WriteFile(p.Out, html)
}

// rest renders and writes the pages not written yet, on every CPU, and
// returns the error of the first failing page in page order.
func (w *streamer) rest() error {
	var todo []int
	for i, done := range w.done {
		if !done {
			todo = append(todo, i)
		}
	}
	parallel.For(len(todo), func(k int) { w.write(todo[k]) })
	return firstError(w.errs)
}

// run is a one-off build. When the site loads and indexes cleanly, it
// begins the new output folder at once and streams the pages into it (see
// streamer); when the folder cannot be begun, it still renders and checks
// everything, so that the site's own problems are reported first. On any
// problem the new folder is dropped and the output left as it was.
func (s *Session) run(ctx context.Context) (Result, error) {
	ns, md, errs := s.indexed()
	var begin error
	if len(errs) == 0 && s.tpl != nil {
		tx, err := output.Begin(output.Options{Site: s.opts.Site, Out: s.opts.Out, Force: s.opts.Force})
		if begin = err; err == nil {
			defer tx.Abort()
			s.stream = newStreamer(ctx, tx, s.tpl, ns)
		}
	}
	errs.Append(s.renderMarkdown(ctx, ns, md))
	if err := ctx.Err(); err != nil {
		return Result{}, err
	}
	s.check(ns)
	errs.Append(ruleErrors(s.findings))
	errs.Sort()
	if err := errs.Err(); err != nil {
		return Result{}, err
	}
	if s.stream == nil { // with no problem, the folder was begun or failed to be
		if begin == nil {
			begin = errors.New("the output folder was not prepared (a bug in limber)")
		}
		return Result{}, begin
	}
	s.release(ns)
	res, err := s.stream.finish(s.opts.Out)
	res.Findings = notErrors(s.findings)
	return res, err
}

// finish writes the pages not written yet and the other files, and swaps
// the new output in at out.
func (w *streamer) finish(out string) (Result, error) {
	res := Result{Out: out, Pages: len(w.site.Pages)}
	if err := w.rest(); err != nil {
		return Result{}, err
	}
	if err := writeFiles(w.ctx, w.tx, w.site, w.tpl, &res); err != nil {
		return Result{}, err
	}
	done, err := w.tx.Commit()
	if err != nil {
		return Result{}, err
	}
	res.Backup = done.Backup
	return res, nil
}
