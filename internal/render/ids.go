package render

import (
	"maps"
	"regexp"
	"slices"
)

// IDs returns every literal id="..." value written in the template files
// in use (the built-in ones and the site's), sorted and without repeats,
// such as "main" for the skip link's target. Ids built with a template
// action, like id="step-{{.N}}", are left out. The Markdown renderer
// reserves these so that a heading in a page's body never takes one.
func (t *Templates) IDs() []string { return slices.Clone(t.ids) }

// idPattern matches an id attribute with a literal double-quoted value. The
// character before "id" (in any case) must not be part of a longer name
// (data-id, grid).
func idPattern() *regexp.Regexp {
	return regexp.MustCompile(`(?:^|[^\w-])(?i:id)="([^"{]+)"`)
}

// scanIDs lists the literal ids in the text of files, sorted and deduped.
func scanIDs(files map[string]*file) []string {
	re := idPattern()
	var ids []string
	for _, name := range slices.Sorted(maps.Keys(files)) {
		for _, m := range re.FindAllStringSubmatch(files[name].text, -1) {
			ids = append(ids, m[1])
		}
	}
	slices.Sort(ids)
	return slices.Compact(ids)
}
