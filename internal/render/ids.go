package render

import (
	"maps"
	"regexp"
	"slices"
	"strings"
)

// IDs returns every literal id="..." value written in the template files
// in use (the built-in ones and the site's), sorted and without repeats,
// such as "main" for the skip link's target, and every id the scripts
// among the assets give the elements they make (such as the site search's
// "site-search-input"). Ids built with a template action, like
// id="step-{{.N}}", are left out. The Markdown renderer reserves these so
// that a heading in a page's body never takes one.
func (t *Templates) IDs() []string { return slices.Clone(t.ids) }

// idPattern matches an id attribute with a literal double-quoted value. The
// character before "id" (in any case) must not be part of a longer name
// (data-id, grid).
func idPattern() *regexp.Regexp {
	return regexp.MustCompile(`(?:^|[^\w-])(?i:id)="([^"{]+)"`)
}

// scriptIDPattern matches an id a browser module gives an element it
// makes, written as a literal: `id: "x"` in the properties it assigns,
// `.id = "x"` or `setAttribute("id", "x")`. Its first group is the
// name before .id, its second the id.
func scriptIDPattern() *regexp.Regexp {
	return regexp.MustCompile(`(?:\bid:\s*|(\w*)\.id\s*=\s*|setAttribute\(\s*"id",\s*)"([^"\s]+)"`)
}

// scanIDs lists the literal ids in the text of files and in the scripts
// among assets (files ending in .js), sorted and deduped.
func scanIDs(files map[string]*file, assets map[string][]byte) []string {
	var ids []string
	re := idPattern()
	for _, name := range slices.Sorted(maps.Keys(files)) {
		for _, m := range re.FindAllStringSubmatch(files[name].text, -1) {
			ids = append(ids, m[1])
		}
	}
	re = scriptIDPattern()
	for _, name := range slices.Sorted(maps.Keys(assets)) {
		if !strings.HasSuffix(name, ".js") {
			continue
		}
		for _, m := range re.FindAllSubmatch(assets[name], -1) {
			if string(m[1]) != "dataset" { // el.dataset.id is a data-id attribute
				ids = append(ids, string(m[2]))
			}
		}
	}
	slices.Sort(ids)
	return slices.Compact(ids)
}
