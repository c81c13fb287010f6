package content

import (
	"github.com/goccy/go-yaml/ast"
)

// routineItem reads one item of a routine: a stretch's slug, or a group of
// fields with ref and the parts of the dose this routine changes.
func routineItem(it value) (RoutineItem, bool) {
	switch it.n.(type) {
	case *ast.MappingNode:
	case *ast.SequenceNode:
		it.errorf("want a stretch's slug or ref: and dose fields, got a list")
		return RoutineItem{}, false
	default:
		if it.absent() && !it.bad {
			it.errorf("empty item: write a stretch's slug, like - cat-cow")
			return RoutineItem{}, false
		}
		s, ok := it.slug()
		return RoutineItem{Ref: Ref{Slug: s, Pos: it.pos()}}, ok
	}
	table := routineItemFields()
	g, _ := it.fields(keysOf(table))
	var item RoutineItem
	decodeAll(table, g, &item, nil)
	return item, item.Ref.Slug != ""
}
