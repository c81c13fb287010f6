// Package pipeline runs limber's stages from a site folder to its pages,
// written once for limber build, limber check and limber serve: load and
// index the site (with its templates), render each body's Markdown,
// estimate how each printed sheet fits on paper, run limber check's rules,
// and render the pages into a Sink. Problems of every
// stage are collected and reported together; a sink is closed (its pages
// published) only when no stage found a problem.
//
// What differs between runs is the values passed in, never a mode: the
// Sink (the output folder, which streams each page as soon as its body is
// rendered and checked; the in-memory Snapshot that limber serve serves;
// or Discard), and the Memo through which limber serve's incremental
// engine lends what it kept from the last run and keeps what this one
// worked out. A run with no Memo keeps nothing: each page lets go of what
// only the checks read as soon as it is checked.
package pipeline

import (
	"context"
	"time"

	"github.com/limber/limber/internal/check"
	"github.com/limber/limber/internal/content"
	"github.com/limber/limber/internal/diag"
	"github.com/limber/limber/internal/site"
)

// Options says what to build and where.
type Options struct {
	Site    string // the site folder
	Out     string // the output folder; "" means Site/public
	BaseURL string // overrides limber.yaml's base_url when not empty
	Drafts  bool   // include pages marked draft
	Force   bool   // take over a non-empty output folder limber did not create
	// Now is the date limber check's rules judge review ages by; the zero
	// time means the time of the build.
	Now time.Time
}

// Input is everything one run of the pipeline is given.
type Input struct {
	Options
	Sink  Sink           // where the pages go
	Cache *content.Cache // files unchanged since the cache's last load are not read again; may be nil
	Theme *Theme         // the templates to use; nil loads them from the site
	Memo  Memo           // what may be reused and is kept for next time; nil for none
}

// Result is what a run worked out, whether or not it found problems.
type Result struct {
	Site *site.Site
	// Theme is the templates and Markdown renderer the run used, or nil
	// when the templates have problems.
	Theme *Theme
	// Problems are the stages' problems (the rules' errors are among
	// Findings, not here), sorted.
	Problems diag.List
	// Findings are every finding of limber check's rules, sorted.
	Findings []check.Finding
}

// Run runs every stage on the site in in.Options and closes in.Sink when
// none found a problem. The error is ctx.Err() when ctx was done, the
// problems and the rules' errors as a diag.List, or the sink's error. The
// Markdown stage checks ctx between pages; a stopped run keeps nothing.
func Run(ctx context.Context, in Input) (Result, error) {
	ns, theme, problems := loadSite(in)
	sink, opened := openSink(ctx, in.Sink, ns, theme, problems)
	defer sink.Drop()
	now := in.now()
	day := now.Format(time.DateOnly)
	c := check.New(ns, check.ConfigFrom(ns.Config.Check), now)
	bodies := renderBodies(ctx, ns, theme, c, in, sink, day)
	if err := ctx.Err(); err != nil {
		return Result{}, err
	}
	problems.Append(bodies.problems)
	problems.Sort()
	fitSheets(ns, theme)
	found := checkPages(ns, c, bodies.found)
	if in.Memo != nil {
		in.Memo.Keep(bodies.kept(ns, c, found, day))
	} else {
		letGo(ns)
	}
	res := Result{Site: ns, Theme: theme, Problems: problems, Findings: found.all}
	if err := res.Err(); err != nil {
		return res, err
	}
	if opened != nil {
		return res, opened
	}
	return res, sink.Close(ctx, ns, theme)
}

// Err returns the problems and the rules' errors, sorted, as a diag.List,
// or nil when there are none.
func (r Result) Err() error {
	errs := append(diag.List(nil), r.Problems...)
	errs.Append(RuleErrors(r.Findings))
	errs.Sort()
	return errs.Err()
}

// now returns the date the rules judge review ages by.
func (o Options) now() time.Time {
	if o.Now.IsZero() {
		return time.Now()
	}
	return o.Now
}

// Day returns the date the rules judge by, as YYYY-MM-DD.
func (o Options) Day() string { return o.now().Format(time.DateOnly) }

// letGo drops the text spans of the pages' bodies, which only the checks
// read, so that the memory can serve the rendering.
func letGo(ns *site.Site) {
	for _, p := range ns.Pages {
		p.Spans = nil
	}
}
