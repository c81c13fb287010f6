package render

import (
	"bytes"
	"fmt"
	"slices"

	"github.com/limber/limber/internal/lang"
	"github.com/limber/limber/internal/site"
)

// Page renders page p of site s with the template of its kind. An error in
// a template is returned as a *diag.Error at its template file and line.
func (t *Templates) Page(s *site.Site, p *site.Page) ([]byte, error) {
	t.memo.use(s)
	d, err := newData(s, p)
	if err != nil {
		return nil, err
	}
	k := t.kindFor(p.Kind, t.strings.Table(d.Lang()).Code())
	if k == nil {
		return nil, fmt.Errorf("page %s: no template for pages of kind %q", p.URL, p.Kind)
	}
	d.memo, d.strings = t.memo, k.table
	var buf bytes.Buffer
	if err := k.tmpl.ExecuteTemplate(&buf, "base.html", d); err != nil {
		e := t.errorAt(k.files, err)
		e.Msg = "rendering " + p.URL + ": " + e.Msg
		return nil, e
	}
	return buf.Bytes(), nil
}

// Strings returns the words of pages in every language: limber's tables
// with the site's own (templates/lang/) laid over them.
func (t *Templates) Strings() *lang.Set { return t.strings }

// kindFor returns the templates of kind k in the language code.
func (t *Templates) kindFor(k site.Kind, code string) *kindTemplate {
	if set := t.langKinds[code]; set != nil {
		return set[k]
	}
	return t.kinds[k]
}

// Own reports whether the site has HTML templates of its own: a file in
// its templates/ folder that is not limber's built-in file of that name,
// unchanged. Such templates may show any data on any page.
func (t *Templates) Own() bool {
	for _, builtin := range t.builtin {
		if !builtin {
			return true
		}
	}
	return false
}

// Forget drops the partials made with cached for any of args (pointers
// into the site being rendered, such as a *site.Stretch and its
// *site.Page), after limber serve changed them in place.
func (t *Templates) Forget(args ...any) { t.memo.forget(args...) }

// Assets returns the static files to write next to the pages, sorted by
// path: the built-in ones, replaced or added to by the site's
// templates/assets/ folder. The caller must not change the bytes.
func (t *Templates) Assets() []Asset { return slices.Clone(t.assets) }

// OwnSheets reports whether the site lays its printed sheets out with
// files of its own: a sheet.html, sheet.css or paper-*.css that is not
// limber's, unchanged. limber's estimate of a sheet's pages (package
// sheetfit) is a model of limber's own files, and holds only for them.
func (t *Templates) OwnSheets() bool { return t.ownSheets }

// sheetFiles returns the static files the sheets are laid out with.
func sheetFiles(assets map[string][]byte) map[string]string {
	m := map[string]string{}
	for _, name := range []string{"assets/sheet.css", "assets/paper-letter.css", "assets/paper-a4.css"} {
		m[name] = string(assets[name])
	}
	return m
}
