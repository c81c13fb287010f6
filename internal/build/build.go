// Package build runs limber's pipeline from a site folder to its output:
// load, index, render Markdown, check, render templates, write. Problems of
// every stage before writing are collected and reported together; the
// output is replaced only when the whole site is good, in a single swap of
// a new folder for the old one. A one-off build streams: once the site is
// loaded and indexed, each page is rendered, checked and written into the
// new folder in one go, so that no page's HTML waits for the others; the
// folder is dropped if any problem turns up. limber serve's Session keeps
// every stage's results in memory instead, to rebuild only what changed.
package build

import (
	"context"
	"html/template"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/limber/limber/internal/check"
	"github.com/limber/limber/internal/content"
	"github.com/limber/limber/internal/diag"
	"github.com/limber/limber/internal/markdown"
	"github.com/limber/limber/internal/output"
	"github.com/limber/limber/internal/parallel"
	"github.com/limber/limber/internal/render"
	"github.com/limber/limber/internal/site"
	"github.com/limber/limber/internal/sitemap"
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

// Result tells what a successful build wrote.
type Result struct {
	Out      string          // the output folder
	Pages    int             // HTML pages written
	Files    int             // other files written or copied
	Backup   string          // where a foreign output folder was moved, with Force
	Duration time.Duration   // wall time of the whole build
	Findings []check.Finding // warnings and notes of limber check's rules, sorted (errors fail the build)
}

// Run builds the site. A content problem comes back as a diag.List holding
// every problem found; other failures (such as a disk error) as plain errors.
// On any error the output folder is left exactly as it was. Before anything
// else, it checks the output folder's place and recovers it from an earlier
// build that was stopped while swapping it (output.Recover), so that even a
// build that fails on its content puts the output back.
func Run(ctx context.Context, opts Options) (Result, error) {
	start := time.Now()
	if opts.Out == "" {
		opts.Out = filepath.Join(opts.Site, "public")
	}
	if err := output.Recover(opts.Site, opts.Out); err != nil {
		return Result{}, err
	}
	sess := NewSession(opts)
	sess.oneOff = true
	res, err := sess.run(ctx)
	res.Duration = time.Since(start)
	return res, err
}

// release drops what a one-off build no longer needs once the checks have
// run (the text spans of the routines' bodies, the others' being gone
// already, the session's caches and its checker), so that the memory can
// serve the rendering. limber serve keeps them for its next rebuild.
func (s *Session) release(ns *site.Site) {
	for _, p := range ns.Pages {
		p.Spans = nil
	}
	s.checked, s.mdCache, s.checker = nil, nil, nil
}

// Prepare runs every stage up to writing: it loads, indexes and renders the
// Markdown of the site, runs limber check's rules (their errors are in the
// list) and parses its templates. The site is usable only when the
// returned list is empty.
func Prepare(opts Options) (*site.Site, *render.Templates, diag.List) {
	s := NewSession(opts)
	ns, errs := s.prepare(context.Background())
	return ns, s.tpl, errs
}

// checkAssets reports a content file that would overwrite one of the
// templates' static files, such as content/assets/style.css.
func checkAssets(s *site.Site, tpl *render.Templates) diag.List {
	assets := map[string]bool{}
	for _, a := range tpl.Assets() {
		assets[a.Path] = true
	}
	var errs diag.List
	for _, f := range s.Files {
		if assets[f.Rel] {
			errs.Add(diag.Pos{Path: "content/" + f.Rel}, "this file would overwrite the template file templates/%s: to replace it, put it in templates/%s instead", f.Rel, f.Rel)
		}
	}
	return errs
}

// generated returns the files made besides the pages, sorted by path: the
// templates' static files, and sitemap.xml and robots.txt unless the site
// has its own (package sitemap leaves those out).
func generated(s *site.Site, tpl *render.Templates) []render.Asset {
	files := tpl.Assets()
	for _, f := range sitemap.Files(s) {
		files = append(files, render.Asset{Path: f.Path, Data: f.Data})
	}
	slices.SortFunc(files, func(a, b render.Asset) int { return strings.Compare(a.Path, b.Path) })
	return files
}

// stopIf returns the points listed under the body's "Stop if" heading (or
// one that starts "When to stop"), which sheets print in a box.
func stopIf(headings []markdown.Heading) []template.HTML {
	for _, h := range headings {
		t := strings.ToLower(strings.TrimSpace(h.Text))
		if strings.HasPrefix(t, "stop if") || strings.HasPrefix(t, "when to stop") {
			return h.Items
		}
	}
	return nil
}

// writeFiles writes the templates' static files, sitemap.xml and robots.txt,
// and copies the site's own files, on every CPU.
func writeFiles(ctx context.Context, tx *output.Tx, s *site.Site, tpl *render.Templates, res *Result) error {
	for _, a := range generated(s, tpl) {
		if err := tx.WriteFile(a.Path, a.Data); err != nil {
			return err
		}
		res.Files++
	}
	errs := make([]error, len(s.Files))
	parallel.For(len(s.Files), func(i int) {
		if errs[i] = ctx.Err(); errs[i] == nil {
			errs[i] = copyFile(tx, s.Files[i])
		}
	})
	if err := firstError(errs); err != nil {
		return err
	}
	res.Files += len(s.Files)
	return nil
}

// copyFile copies one of the site's own files, opened as content.Load
// checked it (beneath content/, through no symlink, the very file it
// saw), so that a file swapped for a symlink meanwhile is never published.
func copyFile(tx *output.Tx, f content.File) error {
	in, err := f.Open()
	if err != nil {
		return err
	}
	defer in.Close()
	return tx.CopyFile(f.Rel, in)
}
