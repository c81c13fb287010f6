package pipeline

import (
	"context"
	"strings"

	"github.com/limber/limber/internal/catalogue"
	"github.com/limber/limber/internal/content"
	"github.com/limber/limber/internal/parallel"
	"github.com/limber/limber/internal/site"
)

// Output is one file of a built site held in memory: the bytes of a page or
// asset, or the path on disk of a copied file with the file itself, which
// limber serve opens beneath content/ when asked for it (content.File.OpenNow).
type Output struct {
	Data []byte
	Src  string
	File content.File
}

// Snapshot is a whole built site, by output path ("stretches/x/index.html").
type Snapshot struct {
	Root  string
	Files map[string]Output
}

// SnapshotSink is the sink of limber serve: it renders the site into a new
// Snapshot in memory, on Close, once every stage found the site good.
type SnapshotSink struct {
	// Base is the last snapshot: when Pick picks only some pages, the
	// others are taken from it.
	Base *Snapshot
	// Pick returns the pages to render: the pages whose output may have
	// changed since Base. Nil means every page.
	Pick func(s *site.Site) []*site.Page

	Snapshot  *Snapshot            // the snapshot made by Close
	Made      []string             // the output paths Close made (generated files and pages) or removed
	Catalogue *catalogue.Catalogue // the catalogue of stretches Close made, for limber serve's fast paths
	Rendered  int                  // the pages whose templates ran
	Full      bool                 // every page was rendered
}

// Open does nothing: the snapshot is made on Close.
func (k *SnapshotSink) Open(context.Context, *site.Site, *Theme) error { return nil }

// Page does nothing: limber serve renders only the pages that changed,
// once the whole site is known to be good.
func (k *SnapshotSink) Page(int, *site.Page) {}

// Drop does nothing: nothing is published before Close.
func (k *SnapshotSink) Drop() {}

// Close renders the picked pages into a copy of Base. A template that
// fails on a page is reported at the template's line. When ctx is done it
// renders no more pages and returns ctx.Err().
func (k *SnapshotSink) Close(ctx context.Context, s *site.Site, theme *Theme) error {
	pages := s.Pages
	if k.Pick != nil {
		pages = k.Pick(s)
	}
	full := len(pages) == len(s.Pages)
	snap, made := k.files(s, theme, full)
	html, err := renderPages(ctx, s, theme, pages)
	if err != nil {
		return err
	}
	for i, p := range pages {
		snap.Files[p.Out] = Output{Data: html[i]}
		made = append(made, p.Out)
	}
	k.Snapshot, k.Made, k.Rendered, k.Full = snap, made, len(pages), full
	return nil
}

// files returns a new snapshot holding every file but the pages (Base's
// pages too, unless full), and the paths of the generated files.
func (k *SnapshotSink) files(s *site.Site, theme *Theme, full bool) (*Snapshot, []string) {
	snap := &Snapshot{Root: s.Root, Files: map[string]Output{}}
	var made, catalogued []string
	if !full && k.Base != nil {
		for path, o := range k.Base.Files {
			switch {
			case o.Src != "": // copied files are listed afresh below
			case isCatalogue(s, path):
				catalogued = append(catalogued, path) // made afresh below: it may have fewer shards now
			default:
				snap.Files[path] = o
			}
		}
	}
	k.Catalogue = catalogue.Make(s)
	for _, a := range generated(s, theme.Templates, k.Catalogue) {
		snap.Files[a.Path] = Output{Data: a.Data}
		made = append(made, a.Path)
	}
	for _, path := range catalogued {
		if _, ok := snap.Files[path]; !ok {
			made = append(made, path) // gone
		}
	}
	for _, f := range s.Files {
		snap.Files[f.Rel] = Output{Src: f.Abs, File: f}
	}
	return snap, made
}

// renderPages renders pages on every CPU, stopping when ctx is done.
func renderPages(ctx context.Context, s *site.Site, theme *Theme, pages []*site.Page) ([][]byte, error) {
	html := make([][]byte, len(pages))
	errs := make([]error, len(pages))
	parallel.For(len(pages), func(i int) {
		if errs[i] = ctx.Err(); errs[i] == nil {
			html[i], errs[i] = theme.Templates.Page(s, pages[i])
		}
	})
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return html, firstError(errs)
}

// isCatalogue reports whether path is a file of the catalogue of one of the
// site's languages, which Close makes afresh.
func isCatalogue(s *site.Site, path string) bool {
	for _, l := range s.Languages() {
		if strings.HasPrefix(path, strings.TrimPrefix(l.Root, l.BasePath())+catalogue.Dir) {
			return true
		}
	}
	return false
}
