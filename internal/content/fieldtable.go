package content

import (
	"reflect"
	"slices"
)

// Role says what a front matter field does beyond its own page, which
// decides how limber serve keeps the site correct after an edit of it.
type Role int

// The roles of a field. The zero Role is undeclared, which TestFieldRoles
// refuses.
const (
	// Shown is a field that pages only show: no page links to it, lists
	// under it, sorts by it or is made from it. limber serve patches an edit
	// of it into the last site and renders again the pages that show the
	// file (site.PatchStretch, site.PatchRoutine).
	Shown Role = iota + 1
	// Shape is a field the site graph is built on: pages link to it, list
	// under it, sort by it or are made from it. An edit of it makes limber
	// serve index the site again.
	Shape
)

// Field describes one front matter key of a kind of page, as written in
// the kind's field table (stretchFields, routineFields...). The decoder,
// Keys, limber new's scaffold and limber serve's shape checks all read the
// table; docs/content.md is tested against it.
type Field struct {
	Key      string
	Type     string // what to write: "text", "choice", "list of slugs"...
	Default  string // the value when the field is left out, or "" for none
	Doc      string // one sentence on what to write; limber new writes it as the field's comment
	Example  string // the value limber new writes; a leading newline puts it on the lines below the key
	Optional bool   // limber new writes the field commented out, to be filled in when needed
	Role     Role
	// Shared says that a translation takes the field from its original
	// (the field table's shared); OwnIfWritten, that it may write its own
	// instead (a picture's alt text, say).
	Shared, OwnIfWritten bool
}

// field is one row of a kind's field table: the key's description, how to
// decode it into a T, and, for a Shape field, the part of it the graph is
// built on.
type field[T any] struct {
	Field
	decode func(f fields, t *T, p *Page)
	shape  func(t *T) any // nil for a Shown field; for a Shape field, what pages link to, list under or sort by
	// shared returns a pointer to the Go field that a translation shares
	// with its original (nil for a field a translation writes in its own
	// words): a translation that leaves the field out takes the
	// original's, and one that writes it must agree, unless ownIfWritten.
	shared       func(t *T) any
	ownIfWritten bool // a written value is the translation's own (a picture's alt text, say)
}

// keysOf lists the keys of a field table, in its order.
func keysOf[T any](table []field[T]) []string {
	out := make([]string, len(table))
	for i, fd := range table {
		out[i] = fd.Key
	}
	return out
}

// describeFields lists the descriptions of a field table, in its order.
func describeFields[T any](table []field[T]) []Field {
	out := make([]Field, len(table))
	for i, fd := range table {
		out[i] = fd.Field
		out[i].Shared, out[i].OwnIfWritten = fd.shared != nil, fd.ownIfWritten
	}
	return out
}

// decodeAll fills t from front matter fields, one row of the table after
// the other.
func decodeAll[T any](table []field[T], f fields, t *T, p *Page) {
	for _, fd := range table {
		fd.decode(f, t, p)
	}
}

// shapeOf returns the parts of t that the Shape fields of the table say
// the graph is built on, in the table's order.
func shapeOf[T any](table []field[T], t *T) []any {
	var out []any
	for _, fd := range table {
		if fd.shape != nil {
			out = append(out, fd.shape(t))
		}
	}
	return out
}

// sameShape reports whether was and now agree on every Shape field of the
// table. An empty list equals a missing one.
func sameShape[T any](table []field[T], was, now *T) bool {
	a, b := shapeOf(table, was), shapeOf(table, now)
	for i := range a {
		if !equalShape(a[i], b[i]) {
			return false
		}
	}
	return true
}

// equalShape compares two shapes, taking an empty slice for a nil one.
func equalShape(a, b any) bool {
	va, vb := reflect.ValueOf(a), reflect.ValueOf(b)
	if va.Kind() == reflect.Slice && vb.Kind() == reflect.Slice && va.Len() == 0 && vb.Len() == 0 {
		return true
	}
	return reflect.DeepEqual(a, b)
}

// slugsOf returns the slugs of refs, for a Shape field whose positions
// do not matter.
func slugsOf(refs []Ref) []string {
	var out []string
	for _, r := range refs {
		out = append(out, r.Slug)
	}
	return out
}

// Fields describes the front matter fields a page of a section takes
// ("stretches", "routines", "conditions", "articles"), or a routine's
// stretch item takes ("routines.stretches"), in the decoder's order: the
// fields every page shares first. Fields("common") describes just those;
// anything else gives nil.
func Fields(section string) []Field {
	common := describeFields(commonFields())
	switch section {
	case "common":
		return common
	case "stretches":
		return slices.Concat(common, describeFields(stretchFields()))
	case "routines":
		return slices.Concat(common, describeFields(routineFields()))
	case "routines.stretches":
		return describeFields(routineItemFields())
	case "conditions":
		return common
	case "articles":
		return slices.Concat(common, describeFields(articleFields()))
	}
	return nil
}

// Keys lists the keys of Fields(section), in the decoder's order; nil for
// a section that is not one. limber new's scaffold and docs/content.md are
// tested against it.
func Keys(section string) []string {
	var out []string
	for _, f := range Fields(section) {
		out = append(out, f.Key)
	}
	return out
}

// sameFile reports whether two parses are of the same file.
func (s *Source) sameFile(t *Source) bool {
	return s.Slug == t.Slug && s.Rel == t.Rel && s.Path == t.Path
}

// SameShape reports whether now, a new parse of st's file, keeps every
// field the site graph is built on (the Shape fields of the tables), so
// that limber serve can patch the edit into the last site. Positions may
// differ (a longer summary moves the lines below it).
func (st *Stretch) SameShape(now *Stretch) bool {
	return st.sameFile(&now.Source) && sameShape(commonFields(), &st.Source, &now.Source) &&
		sameShape(stretchFields(), st, now)
}

// SameShape reports whether now, a new parse of r's file, keeps every
// field the site graph is built on, as Stretch.SameShape does.
func (r *Routine) SameShape(now *Routine) bool {
	return r.sameFile(&now.Source) && sameShape(commonFields(), &r.Source, &now.Source) &&
		sameShape(routineFields(), r, now)
}

// commonFields is the field table every page starts with, read into its
// Source. limber new writes title and summary first and the others after
// the kind's own fields.
func commonFields() []field[Source] {
	return []field[Source]{
		{Field: Field{Key: "title", Type: "text", Role: Shape, // lists sort by it
			Doc: "the page's heading and its name in every list"},
			decode: func(f fields, s *Source, _ *Page) { s.Title = f.requiredText("title") },
			shape:  func(s *Source) any { return s.Title }},
		{Field: Field{Key: "summary", Type: "text", Role: Shown,
			Doc: "one or two plain sentences, shown under the title and on every card"},
			decode: func(f fields, s *Source, _ *Page) { s.Summary = f.requiredText("summary") }},
		{Field: Field{Key: "draft", Type: "true or false", Default: "false", Example: "true", Role: Shape,
			Doc: "set to false to publish"},
			decode: func(f fields, s *Source, _ *Page) { s.Draft = f.boolean("draft") },
			shape:  func(s *Source) any { return s.Draft }},
		{Field: Field{Key: "check_off", Type: "rule-id: reason lines", Example: "\n  rule-id: why", Optional: true,
			Role: Shown, Doc: "switch a rule of limber check off for this file, with a reason"},
			decode: func(f fields, s *Source, _ *Page) { s.CheckOff = ruleOffs(f.get("check_off")) }},
	}
}
