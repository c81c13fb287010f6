package render

import (
	"errors"
	"fmt"
	"html/template"
	"io"
	"maps"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/limber/limber/internal/diag"
	"github.com/limber/limber/internal/lang"
	"github.com/limber/limber/internal/site"
)

// parse parses the shared files into t.common, then each kind file into its
// own clone, and checks every kind for escaping problems.
func (t *Templates) parse(files map[string]*file, errs *diag.List) {
	isKind := map[string]bool{}
	for _, k := range site.Kinds() {
		isKind[k.Template()] = true
	}
	t.common = template.New("limber").Funcs(Funcs()).Option("missingkey=error")
	t.texts = make(map[string]string, len(files))
	for name, f := range files {
		t.texts[name] = f.text
	}
	names := slices.Sorted(maps.Keys(files))
	for _, name := range names {
		if !isKind[name] {
			t.parseInto(t.common, files[name], errs)
		}
	}
	if files["base.html"] == nil {
		errs.Add(diag.Pos{Path: "templates/base.html"}, "the layout template is missing")
	}
	for _, k := range site.Kinds() {
		t.parseKind(k, files, errs)
	}
	if len(*errs) == 0 {
		for _, k := range site.Kinds() {
			t.checkEscaping(t.kinds[k], errs)
		}
	}
}

// parseInto parses f into the set of tmpl, reporting a syntax error.
func (t *Templates) parseInto(tmpl *template.Template, f *file, errs *diag.List) bool {
	if _, err := tmpl.New(f.name).Parse(f.text); err != nil {
		errs.Append(diag.List{t.errorAt(nil, err)})
		return false
	}
	return true
}

// parseKind clones the shared templates and adds the file of kind k.
func (t *Templates) parseKind(k site.Kind, files map[string]*file, errs *diag.List) {
	name := k.Template()
	f := files[name]
	if f == nil {
		errs.Add(diag.Pos{Path: "templates/" + name}, "the template of %s pages is missing", k)
		return
	}
	tmpl, err := t.common.Clone()
	if err != nil {
		errs.Add(diag.Pos{Path: "templates/" + name}, "%v", err)
		return
	}
	if !t.parseInto(tmpl, f, errs) {
		return
	}
	if tmpl.Lookup("main") == nil {
		errs.Add(diag.Pos{Path: "templates/" + name},
			`does not define "main": put the page inside {{define "main"}} ... {{end}}`)
		return
	}
	for _, code := range t.strings.Codes() {
		if code == lang.Default {
			continue
		}
		clone, err := tmpl.Clone()
		if err != nil {
			errs.Add(diag.Pos{Path: "templates/" + name}, "%v", err)
			return
		}
		if t.langKinds[code] == nil {
			t.langKinds[code] = map[site.Kind]*kindTemplate{}
		}
		t.langKinds[code][k] = t.bind(clone, t.strings.Table(code))
	}
	t.kinds[k] = t.bind(tmpl, t.strings.Table(lang.Default))
}

// bind gives the template set tmpl its own cached functions and the words
// of table, and returns it as a kind's templates.
func (t *Templates) bind(tmpl *template.Template, table *lang.Table) *kindTemplate {
	tmpl.Funcs(template.FuncMap{"cached": t.memo.cachedIn(tmpl), "cachedEach": t.memo.cachedEachIn(tmpl), "qr": t.memo.qr})
	tmpl.Funcs(stringFuncs(table))
	return &kindTemplate{tmpl: tmpl, files: defineFiles(tmpl), table: table}
}

// defineFiles maps the name of every template in the set of tmpl to the
// file it was written in, so that errors naming a {{define}} can be placed.
func defineFiles(tmpl *template.Template) map[string]string {
	files := map[string]string{}
	for _, d := range tmpl.Templates() {
		if d.Tree != nil {
			files[d.Name()] = d.Tree.ParseName
		}
	}
	return files
}

// checkEscaping makes html/template escape the page now, so that escaping
// problems are reported at load time, not halfway through a build. "main"
// is checked on its own first, so that a problem in it, such as an
// unclosed quote, is reported in its file rather than in base.html.
func (t *Templates) checkEscaping(k *kindTemplate, errs *diag.List) {
	for _, name := range []string{"main", "base.html"} {
		err := k.tmpl.ExecuteTemplate(io.Discard, name, &Data{})
		var te *template.Error
		if !errors.As(err, &te) {
			continue
		}
		e := t.errorAt(k.files, err)
		if te.ErrorCode == template.ErrEndContext {
			e.Msg = fmt.Sprintf("the template %q ends inside an HTML tag, attribute or comment: "+
				"look for a missing closing quote or \">\"", te.Name)
			t.markBuiltin(e)
		}
		errs.Append(diag.List{e})
		return
	}
}

// errorPattern matches the position at the start of a template error:
// "template: stretch.html:12: ...", "html/template:main:12:5: ..." or
// "html/template:main: ...".
func errorPattern() *regexp.Regexp {
	return regexp.MustCompile(`(?s)^(?:html/)?template: ?([^:\s]+)(?::(\d+))?(?::(\d+))?: (.*)$`)
}

// errorAt turns a template error into a positioned problem in a template
// file. files maps {{define}} names to their files; it may be nil.
func (t *Templates) errorAt(files map[string]string, err error) *diag.Error {
	m := errorPattern().FindStringSubmatch(err.Error())
	if m == nil {
		return &diag.Error{Pos: diag.Pos{Path: "templates"}, Msg: strings.TrimPrefix(err.Error(), "template: ")}
	}
	name := m[1]
	if f, ok := files[name]; ok {
		name = f
	}
	line, _ := strconv.Atoi(m[2])
	col, _ := strconv.Atoi(m[3])
	e := &diag.Error{Pos: diag.Pos{Path: "templates/" + name, Line: line, Col: t.column(name, line, col)}, Msg: m[4]}
	t.markBuiltin(e)
	return e
}

// column turns the column of a template error, which Go's template
// package gives as the bytes before the spot on its line, into the 1-based
// column in characters that diag.Pos holds. It is 0, unknown, when the
// error gave none.
func (t *Templates) column(name string, line, bytesBefore int) int {
	text, ok := t.texts[name]
	if !ok || line < 1 || bytesBefore < 1 {
		return bytesBefore
	}
	lines := strings.SplitN(text, "\n", line+1)
	if line > len(lines) {
		return bytesBefore
	}
	l := lines[line-1]
	return diag.Column([]byte(l[:min(bytesBefore, len(l))]))
}

// markBuiltin says so when a problem is in one of limber's own templates,
// which the site author cannot fix.
func (t *Templates) markBuiltin(e *diag.Error) {
	if name := strings.TrimPrefix(e.Pos.Path, "templates/"); t.builtin[name] {
		e.Msg += " (in limber's built-in " + name + "; this is a bug in limber)"
	}
}
