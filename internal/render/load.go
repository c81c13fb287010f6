package render

import (
	"errors"
	"html/template"
	"io/fs"
	"maps"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"

	"github.com/limber/limber/internal/diag"
	"github.com/limber/limber/internal/site"
	"github.com/limber/limber/templates"
)

// Templates is a parsed set of page templates and the static files that go
// with them. It never changes after Load, so pages can be rendered from many
// goroutines at once.
type Templates struct {
	kinds   map[site.Kind]*kindTemplate
	common  *template.Template // base and partials, before any kind file
	builtin map[string]bool    // template file name -> came from limber, not the site
	assets  []Asset
}

// kindTemplate is the template set of one page kind: base, partials and
// the kind's own file.
type kindTemplate struct {
	tmpl  *template.Template
	files map[string]string // template name -> the file that defines it
}

// Asset is a static file to write, such as the stylesheet.
type Asset struct {
	Path string // slash path relative to the output folder: "assets/style.css"
	Data []byte
}

// file is one template file, built in or from the site.
type file struct {
	name    string // "stretch.html"
	text    string
	builtin bool
}

// kinds lists every page kind, each with its template file kind+".html".
func kinds() []site.Kind {
	return []site.Kind{site.KindHome, site.KindStretch, site.KindRoutine, site.KindCondition,
		site.KindArticle, site.KindSection, site.KindTaxonomy, site.KindTerm, site.KindSheet}
}

// Load parses the built-in templates, with any file in siteDir/templates/
// replacing the built-in file of the same name (file by file; extra .html
// files are allowed and shared as partials), and any file under
// siteDir/templates/assets/ replacing or adding a static file. Other files
// in siteDir/templates/ are ignored. siteDir "" loads the built-ins only.
// Every problem is reported, as "templates/stretch.html:12: message".
func Load(siteDir string) (*Templates, diag.List) {
	var errs diag.List
	files, assets := builtins(&errs)
	if siteDir != "" {
		readSite(filepath.Join(siteDir, "templates"), files, assets, &errs)
	}
	t := &Templates{kinds: map[site.Kind]*kindTemplate{}, builtin: map[string]bool{}}
	for name, f := range files {
		t.builtin[name] = f.builtin
	}
	for _, p := range slices.Sorted(maps.Keys(assets)) {
		t.assets = append(t.assets, Asset{Path: p, Data: assets[p]})
	}
	t.parse(files, &errs)
	if len(errs) > 0 {
		errs.Sort()
		return nil, errs
	}
	return t, nil
}

// builtins reads limber's own templates and assets.
func builtins(errs *diag.List) (map[string]*file, map[string][]byte) {
	files, assets := map[string]*file{}, map[string][]byte{}
	err := fs.WalkDir(templates.FS(), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(templates.FS(), p)
		if err != nil {
			return err
		}
		if strings.HasPrefix(p, "assets/") {
			assets[p] = b
		} else if path.Ext(p) == ".html" {
			files[p] = &file{name: p, text: string(b), builtin: true}
		}
		return nil
	})
	if err != nil {
		errs.Add(diag.Pos{Path: "templates"}, "reading the built-in templates: %v (this is a bug in limber)", err)
	}
	return files, assets
}

// readSite reads the site's template overrides from dir into files and assets.
func readSite(dir string, files map[string]*file, assets map[string][]byte, errs *diag.List) {
	entries, err := os.ReadDir(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return
	}
	if err != nil {
		errs.Add(diag.Pos{Path: "templates"}, "cannot read the templates folder: %v", unwrapPath(err))
		return
	}
	for _, e := range entries {
		rel := "templates/" + e.Name()
		switch {
		case e.Name() == "assets" && e.IsDir():
			readAssets(dir, assets, errs)
		case !e.IsDir() && path.Ext(e.Name()) == ".html":
			b, err := os.ReadFile(filepath.Join(dir, e.Name()))
			if err != nil {
				errs.Add(diag.Pos{Path: rel}, "cannot read this template: %v", unwrapPath(err))
				continue
			}
			files[e.Name()] = &file{name: e.Name(), text: string(b)}
		}
	}
}

// readAssets reads every file under dir/assets, keyed by "assets/...".
func readAssets(dir string, assets map[string][]byte, errs *diag.List) {
	err := filepath.WalkDir(filepath.Join(dir, "assets"), func(p string, d fs.DirEntry, err error) error {
		rel, _ := filepath.Rel(dir, p)
		rel = filepath.ToSlash(rel)
		if err != nil {
			errs.Add(diag.Pos{Path: "templates/" + rel}, "cannot read: %v", unwrapPath(err))
			return nil
		}
		if d.IsDir() {
			return nil
		}
		b, err := os.ReadFile(p)
		if err != nil {
			errs.Add(diag.Pos{Path: "templates/" + rel}, "cannot read: %v", unwrapPath(err))
			return nil
		}
		assets[rel] = b
		return nil
	})
	if err != nil {
		errs.Add(diag.Pos{Path: "templates/assets"}, "cannot read: %v", unwrapPath(err))
	}
}

// unwrapPath drops the absolute path from an *fs.PathError; diag gives the place.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
