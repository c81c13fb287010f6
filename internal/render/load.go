package render

import (
	"html/template"
	"io/fs"
	"maps"
	"path"
	"slices"
	"strings"

	"github.com/limber/limber/internal/diag"
	"github.com/limber/limber/internal/lang"
	"github.com/limber/limber/internal/site"
	"github.com/limber/limber/templates"
)

// Templates is a parsed set of page templates and the static files that go
// with them. It never changes after Load (but for the HTML it keeps for the
// template function cached, which is safe for concurrent use), so pages
// can be rendered from many goroutines at once.
type Templates struct {
	kinds     map[site.Kind]*kindTemplate            // the sets of the default language's words
	langKinds map[string]map[site.Kind]*kindTemplate // the sets of every other language of strings, by tag
	strings   *lang.Set                              // the words of every language
	common    *template.Template                     // base and partials, before any kind file
	builtin   map[string]bool                        // template file name -> came from limber, not the site
	assets    []Asset
	ids       []string          // literal id="..." values in the template files, sorted
	ownSheets bool              // the site replaced a file the sheets are laid out with
	memo      *memo             // partials rendered with cached, for the site being rendered
	texts     map[string]string // template file name -> its text, to count an error's column in characters
}

// kindTemplate is the template set of one page kind: base, partials and
// the kind's own file.
type kindTemplate struct {
	tmpl  *template.Template
	files map[string]string // template name -> the file that defines it
	table *lang.Table       // the words the set's T gives
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

// Load parses the built-in templates, with any file in siteDir/templates/
// replacing the built-in file of the same name (file by file; extra .html
// files are allowed and shared as partials), and any file under
// siteDir/templates/assets/ replacing or adding a static file. Other files
// in siteDir/templates/ are ignored, and so are hidden files and editor
// leftovers anywhere under it (see Ignored). Only regular files are read,
// and a symlink is followed only to a file inside the site. siteDir ""
// loads the built-ins only. Every problem is reported, as
// "templates/stretch.html:12: message".
func Load(siteDir string) (*Templates, diag.List) {
	var errs diag.List
	files, assets := builtins(&errs)
	sheets := sheetFiles(assets)
	if siteDir != "" {
		readSite(siteDir, files, assets, &errs)
	}
	strs, serrs := lang.Load(siteDir)
	errs.Append(serrs)
	if strs == nil {
		strs = lang.Builtin()
	}
	t := &Templates{kinds: map[site.Kind]*kindTemplate{}, langKinds: map[string]map[site.Kind]*kindTemplate{},
		builtin: map[string]bool{}, memo: &memo{}, strings: strs}
	t.ownSheets = !files["sheet.html"].builtin || !maps.Equal(sheets, sheetFiles(assets))
	for name, f := range files {
		t.builtin[name] = f.builtin
	}
	for _, p := range slices.Sorted(maps.Keys(assets)) {
		t.assets = append(t.assets, Asset{Path: p, Data: assets[p]})
	}
	t.ids = scanIDs(files, assets)
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
