package content

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/goccy/go-yaml"
	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/parser"
	"github.com/goccy/go-yaml/token"

	"github.com/limber/limber/internal/diag"
)

// doc is one YAML text being decoded, a front matter or limber.yaml, with
// what is needed to report file positions: goccy counts lines from the start
// of the YAML and columns in characters, and messages want file lines and
// byte columns.
type doc struct {
	path  string   // site-relative path for messages
	line  int      // the file line on which the YAML starts
	lines []string // the YAML's lines
	errs  *diag.List
}

// newDoc prepares to decode src, which starts on file line line.
func newDoc(path string, src []byte, line int, errs *diag.List) *doc {
	return &doc{path: path, line: line, lines: strings.Split(string(src), "\n"), errs: errs}
}

// at returns the file position of a YAML line and character column.
func (d *doc) at(line, col int) diag.Pos {
	if line < 1 {
		return diag.Pos{Path: d.path, Line: d.line, Col: 1}
	}
	col = max(col, 1)
	if line <= len(d.lines) {
		col = byteCol(d.lines[line-1], col)
	}
	return diag.Pos{Path: d.path, Line: d.line + line - 1, Col: col}
}

// tokenPos returns the file position of a goccy token.
func (d *doc) tokenPos(tk *token.Token) diag.Pos {
	if tk == nil || tk.Position == nil {
		return d.at(0, 0)
	}
	return d.at(tk.Position.Line, tk.Position.Column)
}

// byteCol turns a 1-based character column in s into a 1-based byte column.
func byteCol(s string, col int) int {
	off := 0
	for i := 1; i < col && off < len(s); i++ {
		_, size := utf8.DecodeRuneInString(s[off:])
		off += size
	}
	return off + 1 + max(0, col-1-utf8.RuneCountInString(s))
}

// parse parses the YAML text src with goccy into the body node of its one
// document; nil means an empty document. A syntax error, a second
// document or a panic in the parser is reported and gives ok == false.
func (d *doc) parse(src []byte) (body ast.Node, ok bool) {
	defer func() {
		if r := recover(); r != nil {
			d.errs.Add(d.at(1, 1), "could not read this YAML (the YAML parser failed: %v)", r)
			body, ok = nil, false
		}
	}()
	f, err := parser.ParseBytes(src, 0, parser.AllowDuplicateMapKey())
	if err != nil {
		d.syntaxError(err)
		return nil, false
	}
	if len(f.Docs) == 0 {
		return nil, true
	}
	if len(f.Docs) > 1 {
		d.errs.Add(d.tokenPos(f.Docs[1].Start), "only one YAML document is allowed here: remove this --- line")
		return nil, false
	}
	return f.Docs[0].Body, true
}

// syntaxError reports a goccy parse error at its position.
func (d *doc) syntaxError(err error) {
	var ye yaml.Error
	if !errors.As(err, &ye) {
		d.errs.Add(d.at(1, 1), "YAML syntax error: %v", err)
		return
	}
	d.errs.Add(d.tokenPos(ye.GetToken()),
		"YAML syntax error: %s (check the indentation, and put text that contains \": \" or \" #\" in quotes)",
		ye.GetMessage())
}

// describe words what kind of YAML value n is, for "want X, got Y" messages.
func describe(n ast.Node) string {
	switch n := n.(type) {
	case nil, *ast.NullNode:
		return "nothing"
	case *ast.SequenceNode:
		return "a list"
	case *ast.MappingNode, *ast.MappingValueNode:
		return "a group of key: value fields"
	case *ast.LiteralNode:
		return fmt.Sprintf("%q", n.Value.Value)
	default:
		if tk := n.GetToken(); tk != nil {
			return fmt.Sprintf("%q", tk.Value)
		}
		return "an unknown value"
	}
}

// nodePos returns where a YAML value starts: for a block mapping, its first
// key rather than its first colon.
func (d *doc) nodePos(n ast.Node) diag.Pos {
	switch m := n.(type) {
	case nil:
		return d.at(0, 0)
	case *ast.MappingNode:
		if !m.IsFlowStyle && len(m.Values) > 0 {
			return d.nodePos(m.Values[0])
		}
	case *ast.MappingValueNode:
		return d.nodePos(m.Key)
	}
	return d.tokenPos(n.GetToken())
}

// unsupported reports anchors, aliases and tags, which front matter does not
// need and which would make a value mean something other than it reads.
func (d *doc) unsupported(n ast.Node) bool {
	switch n.(type) {
	case *ast.AnchorNode, *ast.AliasNode, *ast.TagNode, *ast.MergeKeyNode:
		d.errs.Add(d.tokenPos(n.GetToken()),
			"YAML anchors, aliases, merge keys and tags (&, *, <<, !) are not supported here: write the value out in full")
		return true
	}
	return false
}
