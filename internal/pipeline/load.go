package pipeline

import (
	"fmt"

	"github.com/limber/limber/internal/content"
	"github.com/limber/limber/internal/diag"
	"github.com/limber/limber/internal/markdown"
	"github.com/limber/limber/internal/render"
	"github.com/limber/limber/internal/sheetfit"
	"github.com/limber/limber/internal/site"
)

// Theme is a site's parsed templates and the Markdown renderer made for
// them (it knows the ids the templates give their own elements), and the
// fonts the sheets are measured with.
type Theme struct {
	Templates *render.Templates
	Markdown  *markdown.Renderer
	// Fonts are the faces limber's sheets are set in, with which the
	// fit stage estimates each sheet's pages; nil when the site lays its
	// sheets out with files of its own, which the estimate does not model.
	Fonts *sheetfit.Faces
}

// LoadTheme parses the site's templates, or the bundled ones, and the
// fonts of the sheets.
func LoadTheme(siteDir string) (*Theme, diag.List) {
	tpl, errs := render.Load(siteDir)
	if len(errs) > 0 {
		return nil, errs
	}
	th := &Theme{Templates: tpl, Markdown: markdown.New(tpl.IDs()...)}
	if !tpl.OwnSheets() {
		fonts, err := sheetfit.LoadFaces()
		if err != nil { // the fonts are built in: this is limber's bug, not the site's
			return nil, diag.List{{Pos: diag.Pos{Path: "templates"}, Msg: fmt.Sprintf("cannot read the fonts limber measures sheets with: %v", err)}}
		}
		th.Fonts = fonts
	}
	return th, nil
}

// loadSite is the first stage: it loads and indexes the site, and loads
// its templates unless in.Theme holds them. The theme is nil when the
// templates have problems.
func loadSite(in Input) (*site.Site, *Theme, diag.List) {
	var errs diag.List
	cs, loadErrs := content.Load(in.Site, content.Options{Drafts: in.Drafts, Cache: in.Cache})
	errs.Append(loadErrs)
	theme := in.Theme
	if theme == nil {
		var tplErrs diag.List
		theme, tplErrs = LoadTheme(in.Site)
		errs.Append(tplErrs)
	}
	opts := site.Options{BaseURL: in.BaseURL}
	if theme != nil {
		opts.Strings = theme.Templates.Strings()
	}
	ns, indexErrs := site.Index(cs, opts)
	errs.Append(indexErrs)
	if theme != nil {
		errs.Append(checkAssets(ns, theme.Templates))
	}
	return ns, theme, errs
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
