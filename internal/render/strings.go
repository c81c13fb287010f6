package render

import (
	"fmt"
	"html/template"

	"github.com/limber/limber/internal/lang"
)

// stringFuncs returns the template functions that give a page its words in
// one language: T, the string of a key of table (see lang.Table.T), and
// longDate, a date in the table's long format.
//
//	T "nav.home"                "Home"
//	T "count.stretches" 3       "3 stretches"
//	T "term.all" .Title         "See all: Body regions"
//	longDate "2024-05-01"       "1 May 2024" (unchanged if not a date)
//
// A string of a table is HTML, like the template text it replaces (a
// site's table is as trusted as its templates); the arguments put into it
// are escaped.
func stringFuncs(table *lang.Table) template.FuncMap {
	return template.FuncMap{
		"T":        func(key string, args ...any) (template.HTML, error) { return translate(table, key, args) },
		"longDate": table.DateText,
	}
}

// translate looks key up in table with args escaped for HTML.
func translate(table *lang.Table, key string, args []any) (template.HTML, error) {
	safe := make([]any, len(args))
	for i, a := range args {
		switch v := a.(type) {
		case int, int64:
			safe[i] = v
		case template.HTML:
			safe[i] = string(v)
		default:
			safe[i] = template.HTMLEscapeString(fmt.Sprint(v))
		}
	}
	s, err := table.T(key, safe...)
	return template.HTML(s), err
}

// T returns the string of key in the page's language, as the template
// function T does: {{.T "nav.home"}}.
func (d *Data) T(key string, args ...any) (template.HTML, error) {
	return translate(d.table(), key, args)
}

// table returns the strings of the page's language.
func (d *Data) table() *lang.Table {
	if d.strings != nil {
		return d.strings
	}
	return lang.Builtin().Table(lang.Default)
}
