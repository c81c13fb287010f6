package content

import (
	"fmt"
	"slices"

	"github.com/goccy/go-yaml/ast"

	"github.com/limber/limber/internal/diag"
)

// value is one YAML value with the name it is reported under, such as
// "images[0].src". n is nil when the key is absent.
type value struct {
	d    *doc
	name string
	key  ast.Node // the key's node; nil for list items and absent keys
	n    ast.Node
	bad  bool // already reported as unusable (an alias, say): skip quietly
}

// fields are the key: value pairs of one YAML mapping, checked against the
// keys allowed there.
type fields struct {
	d      *doc
	prefix string   // "" at the top, else the mapping's name, like "images[0]"
	at     diag.Pos // where a missing field is reported
	vals   map[string]value
}

// newValue wraps n, reporting it at once if it is an anchor, alias or tag.
func newValue(d *doc, name string, key, n ast.Node) value {
	v := value{d: d, name: name, key: key, n: n}
	if n != nil && d.unsupported(n) {
		v.bad = true
	}
	return v
}

// absent reports whether the value was not written, or written empty.
func (v value) absent() bool {
	_, null := v.n.(*ast.NullNode)
	return v.n == nil || null
}

// pos returns where to report a problem with the value: the value itself,
// or its key when the value is empty.
func (v value) pos() diag.Pos {
	if v.absent() && v.key != nil {
		return v.d.nodePos(v.key)
	}
	return v.d.nodePos(v.n)
}

// errorf reports a problem with the value, prefixed with its name.
func (v value) errorf(format string, args ...any) {
	v.d.errs.Add(v.pos(), "%s: %s", v.name, fmt.Sprintf(format, args...))
}

// topFields reads the top mapping of a YAML text (nil for an empty one),
// reporting unknown and duplicate keys. Missing fields are reported at the
// file's first line. ok is false if the YAML is not a mapping at all.
func topFields(d *doc, body ast.Node, known []string) (fields, bool) {
	f := fields{d: d, at: diag.Pos{Path: d.path, Line: 1, Col: 1}, vals: map[string]value{}}
	if body == nil {
		return f, true
	}
	if d.unsupported(body) {
		return f, false
	}
	m, ok := body.(*ast.MappingNode)
	if !ok {
		d.errs.Add(d.nodePos(body), "want lines of key: value fields here, got %s", describe(body))
		return f, false
	}
	f.read(m, known)
	return f, true
}

// fields reads the value as a mapping with the given keys.
func (v value) fields(known []string) (fields, bool) {
	f := fields{d: v.d, prefix: v.name, at: v.pos(), vals: map[string]value{}}
	if v.bad {
		return f, false
	}
	m, ok := v.n.(*ast.MappingNode)
	if !ok {
		v.errorf("want a group of key: value fields, got %s", describe(v.n))
		return f, false
	}
	f.read(m, known)
	return f, true
}

// read collects the pairs of m, reporting odd keys, unknown keys (with a
// suggestion) and duplicates (naming the line of the first).
func (f *fields) read(m *ast.MappingNode, known []string) {
	first := map[string]diag.Pos{}
	for _, mv := range m.Values {
		if mv == nil || mv.Key == nil {
			continue
		}
		key, ok := f.keyText(mv.Key)
		if !ok {
			continue
		}
		kpos := f.d.nodePos(mv.Key)
		if !slices.Contains(known, key) {
			f.unknown(kpos, key, known)
			continue
		}
		if p, dup := first[key]; dup {
			f.errorf(kpos, "duplicate key %q (first on line %d)", key, p.Line)
			continue
		}
		first[key] = kpos
		f.vals[key] = newValue(f.d, f.name(key), mv.Key, mv.Value)
	}
}

// keyText returns a key's text, reporting keys that are not plain scalars.
func (f *fields) keyText(k ast.Node) (string, bool) {
	if f.d.unsupported(k) {
		return "", false
	}
	switch k.(type) {
	case *ast.MappingKeyNode, *ast.MappingNode, *ast.SequenceNode, *ast.LiteralNode, *ast.NullNode:
		f.errorf(f.d.nodePos(k), "keys must be plain words like title, got %s", describe(k))
		return "", false
	}
	tk := k.GetToken()
	if tk == nil {
		return "", false
	}
	return tk.Value, true
}

// unknown reports a key that is not allowed, suggesting a near one.
func (f *fields) unknown(pos diag.Pos, key string, known []string) {
	if near := closest(key, known); near != "" {
		f.errorf(pos, "unknown key %q (did you mean %q?)", key, near)
		return
	}
	f.errorf(pos, "unknown key %q (allowed here: %s)", key, quoteList(known))
}

// errorf reports a problem in the mapping, prefixed with its name if nested.
func (f *fields) errorf(pos diag.Pos, format string, args ...any) {
	msg := fmt.Sprintf(format, args...)
	if f.prefix != "" {
		msg = f.prefix + ": " + msg
	}
	f.d.errs.Add(pos, "%s", msg)
}

// name returns the reported name of the key.
func (f fields) name(key string) string {
	if f.prefix == "" {
		return key
	}
	return f.prefix + "." + key
}

// get returns the value of key; absent() is true if it was not written.
func (f fields) get(key string) value {
	if v, ok := f.vals[key]; ok {
		return v
	}
	return value{d: f.d, name: f.name(key)}
}

// required returns the value of key, reporting it if it is missing. ok is
// false when the value is missing, empty or already reported.
func (f fields) required(key string) (value, bool) {
	v, written := f.vals[key]
	if !written && f.prefix == "" && slices.Contains(f.d.optional, key) {
		return f.get(key), false
	}
	if !written {
		f.errorf(f.at, "missing required field %q", key)
		return f.get(key), false
	}
	if v.bad {
		return v, false
	}
	if v.absent() {
		v.errorf("must not be empty")
		return v, false
	}
	return v, true
}
