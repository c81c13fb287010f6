package lang

import (
	"errors"
	"fmt"

	"github.com/goccy/go-yaml"
	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/parser"
	"github.com/goccy/go-yaml/token"

	"github.com/limber/limber/internal/diag"
)

// entry is one string of a table file and where its key is.
type entry struct {
	key string
	msg Message
	pos diag.Pos
}

// parseTable reads a table file: one key per line, "nav.home: Home", or a
// key with plural forms, a group of "one:" and "other:". Every problem is
// added to errs at its line and column; parseTable never panics.
func parseTable(path string, src []byte, errs *diag.List) (out []entry) {
	defer func() {
		if r := recover(); r != nil {
			errs.Add(diag.Pos{Path: path, Line: 1, Col: 1}, "could not read this YAML (the YAML parser failed: %v)", r)
			out = nil
		}
	}()
	f, err := parser.ParseBytes(src, 0)
	if err != nil {
		var ye yaml.Error
		if errors.As(err, &ye) {
			errs.Add(posOf(path, ye.GetToken()), "YAML syntax error: %s", ye.GetMessage())
		} else {
			errs.Add(diag.Pos{Path: path, Line: 1, Col: 1}, "YAML syntax error: %v", err)
		}
		return nil
	}
	if len(f.Docs) != 1 || f.Docs[0].Body == nil {
		return nil
	}
	m, ok := f.Docs[0].Body.(*ast.MappingNode)
	if !ok {
		if mv, ok := f.Docs[0].Body.(*ast.MappingValueNode); ok {
			m = &ast.MappingNode{Values: []*ast.MappingValueNode{mv}}
		} else {
			errs.Add(posOf(path, f.Docs[0].Body.GetToken()), "want lines of key: text, like nav.home: Home")
			return nil
		}
	}
	for _, v := range m.Values {
		if e, ok := parseEntry(path, v, errs); ok {
			out = append(out, e)
		}
	}
	return out
}

// parseEntry reads one key and its text or plural forms.
func parseEntry(path string, v *ast.MappingValueNode, errs *diag.List) (entry, bool) {
	e := entry{pos: posOf(path, v.Key.GetToken())}
	key := v.Key.GetToken().Value
	if s, ok := text(v.Value); ok {
		e.msg = Message{Other: s}
		return withKey(e, key), true
	}
	forms, ok := v.Value.(*ast.MappingNode)
	if !ok {
		errs.Add(posOf(path, v.Value.GetToken()), "%s: want a text, or one: and other: forms", key)
		return e, false
	}
	for _, f := range forms.Values {
		s, ok := text(f.Value)
		switch name := f.Key.GetToken().Value; {
		case !ok:
			errs.Add(posOf(path, f.Value.GetToken()), "%s.%s: want a text", key, name)
		case name == "one":
			e.msg.One = s
		case name == "other":
			e.msg.Other = s
		default:
			errs.Add(posOf(path, f.Key.GetToken()), "%s: %q is not a plural form: write one: and other:", key, name)
		}
	}
	if e.msg.One == "" || e.msg.Other == "" {
		errs.Add(e.pos, "%s: a string with plural forms needs both one: and other:", key)
		return e, false
	}
	return withKey(e, key), true
}

// withKey returns e named key.
func withKey(e entry, key string) entry {
	e.key = key
	return e
}

// text returns the string of a scalar node.
func text(n ast.Node) (string, bool) {
	switch s := n.(type) {
	case *ast.StringNode:
		return s.Value, true
	case *ast.LiteralNode:
		return s.Value.Value, true
	case *ast.IntegerNode, *ast.FloatNode, *ast.BoolNode:
		return fmt.Sprint(n.GetToken().Value), true
	}
	return "", false
}

// posOf returns where tk is in the file at path.
func posOf(path string, tk *token.Token) diag.Pos {
	if tk == nil || tk.Position == nil {
		return diag.Pos{Path: path, Line: 1, Col: 1}
	}
	return diag.Pos{Path: path, Line: tk.Position.Line, Col: tk.Position.Column}
}
