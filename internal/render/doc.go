// Package render turns the indexed site into HTML pages with html/template.
//
// It is the template stage of the pipeline (load, index, render Markdown,
// check, render templates, write). Load parses limber's built-in templates
// (package templates) once, with any file in the site's templates/ folder
// replacing the built-in file of the same name. Page then renders one page;
// it is safe to call from many goroutines at once.
//
// # How the templates fit together
//
// base.html is the layout of every page. Each kind of page has one file:
// home.html, stretch.html, routine.html, condition.html, article.html,
// section.html, taxonomy.html, term.html, sheet.html and notfound.html (the
// page for a missing path, 404.html). A kind file defines the
// template "main", which base.html places inside <main>, and may define
// "head" to add to <head>. Every other .html file (such as _partials.html)
// is shared by all pages and holds {{define}}d partials. When two shared
// files define the same name, the file whose name sorts last wins.
//
// Unknown fields and map keys are errors (missingkey=error), and every
// template is checked for escaping problems when it is loaded.
//
// # The data a template receives
//
// "." is a *Data: Site and Page are always set; exactly one of Stretch,
// Routine, Condition, Article, Section, Taxonomy, Term or Sheet is set,
// matching Page.Kind (none on the home page and 404.html). Data has methods
// for URLs that honour the site's base path: {{.URL "stretches/"}},
// {{.Asset "style.css"}}; and for what search engines and link previews
// read: .Canonical, .Share and .JSONLD. See Data and Funcs for the full list.
package render
