package pipeline

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/limber/limber/internal/catalogue"
	"github.com/limber/limber/internal/content"
	"github.com/limber/limber/internal/lang"
	"github.com/limber/limber/internal/output"
	"github.com/limber/limber/internal/parallel"
	"github.com/limber/limber/internal/render"
	"github.com/limber/limber/internal/site"
	"github.com/limber/limber/internal/sitemap"
)

// OutputFolder is the sink of limber build: a new output folder (an
// output.Tx) that replaces the old one in a single swap when the whole
// site is good, and is dropped otherwise. Pages are written as soon as
// they are handed over, so that no page's HTML waits in memory for the
// others; routines, and pages made from no file (lists, browse pages, the
// home page), are written on Close.
type OutputFolder struct {
	opts    output.Options
	tx      *output.Tx
	site    *site.Site
	tpl     *render.Templates
	ctx     context.Context
	done    []bool  // page i was rendered (and written, unless errs[i])
	errs    []error // page i's template or write error
	Written Written // what Close wrote
}

// NewOutputFolder returns the sink that writes the site into opts.Out.
func NewOutputFolder(opts output.Options) *OutputFolder {
	return &OutputFolder{opts: opts}
}

// Open begins the new output folder.
func (w *OutputFolder) Open(ctx context.Context, s *site.Site, theme *Theme) error {
	tx, err := output.Begin(w.opts)
	if err != nil {
		return err
	}
	w.tx, w.site, w.tpl, w.ctx = tx, s, theme.Templates, ctx
	w.done, w.errs = make([]bool, len(s.Pages)), make([]error, len(s.Pages))
	return nil
}

// Page renders and writes page i, then lets go of its body's HTML. The
// steps and stop-if points stay: routines and sheets show them.
func (w *OutputFolder) Page(i int, p *site.Page) {
	w.write(i)
	p.Body = ""
}

// write renders and writes page i, keeping its error.
func (w *OutputFolder) write(i int) {
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

// Close writes the pages not written yet and the other files, and swaps
// the new folder in.
func (w *OutputFolder) Close(ctx context.Context, s *site.Site, theme *Theme) error {
	res := Written{Out: w.opts.Out, Pages: len(s.Pages)}
	if err := w.writeUnwritten(); err != nil {
		return err
	}
	if err := writeFiles(ctx, w.tx, s, theme.Templates, &res); err != nil {
		return err
	}
	done, err := w.tx.Commit()
	if err != nil {
		return err
	}
	res.Backup = done.Backup
	w.Written = res
	return nil
}

// Drop drops the new folder unless it was swapped in.
func (w *OutputFolder) Drop() {
	if w.tx != nil {
		w.tx.Abort()
	}
}

// writeUnwritten renders and writes the pages not written yet, on every
// CPU, and returns the error of the first failing page in page order.
func (w *OutputFolder) writeUnwritten() error {
	var todo []int
	for i, done := range w.done {
		if !done {
			todo = append(todo, i)
		}
	}
	parallel.For(len(todo), func(k int) { w.write(todo[k]) })
	return firstError(w.errs)
}

// writeFiles writes the templates' static files, sitemap.xml and robots.txt,
// and copies the site's own files, on every CPU.
func writeFiles(ctx context.Context, tx *output.Tx, s *site.Site, tpl *render.Templates, res *Written) error {
	for _, a := range generated(s, tpl, catalogue.Make(s)) {
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

// generated returns the files made besides the pages, sorted by path: the
// templates' static files, sitemap.xml and robots.txt, and the catalogue
// of stretches (one per language, a translation's under its folder), each unless the site has its own (packages sitemap and
// catalogue leave those out).
func generated(s *site.Site, tpl *render.Templates, cat *catalogue.Catalogue) []render.Asset {
	files := tpl.Assets()
	for _, f := range sitemap.Files(s) {
		files = append(files, render.Asset{Path: f.Path, Data: f.Data})
	}
	files = append(files, CatalogueFiles(cat)...)
	files = append(files, wordFiles(s)...)
	for _, t := range s.Translations { // each language's catalogue, under its folder
		for _, a := range CatalogueFiles(catalogue.Make(t)) {
			files = append(files, render.Asset{Path: t.Lang + "/" + a.Path, Data: a.Data})
		}
	}
	slices.SortFunc(files, func(a, b render.Asset) int { return strings.Compare(a.Path, b.Path) })
	return files
}

// wordFiles returns the words of the browser's scripts in each of the
// site's languages, assets/words-<code>.js (package lang's Script), which
// words.js loads for the language of the page.
func wordFiles(s *site.Site) []render.Asset {
	var files []render.Asset
	for _, l := range s.Languages() {
		code := cmp.Or(l.Lang, l.Config.Language, lang.Default)
		files = append(files, render.Asset{Path: lang.ScriptName(code), Data: l.Words().Script()})
	}
	return files
}

// CatalogueFiles returns the catalogue's files (package catalogue) as
// assets: limber serve's fast paths make them again after an edit that
// pages show.
func CatalogueFiles(cat *catalogue.Catalogue) []render.Asset {
	var files []render.Asset
	for _, f := range cat.Files() {
		files = append(files, render.Asset{Path: f.Path, Data: f.Data})
	}
	return files
}
