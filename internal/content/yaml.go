package content

import (
	"errors"
	"fmt"
	"strings"

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
	fast  bool // try fastParse before goccy's parser
	// optional lists top-level keys that may be left out although their
	// field is required: a translation's shared fields.
	optional []string
}

// newDoc prepares to decode src, which starts on file line line.
func newDoc(path string, src []byte, line int, errs *diag.List) *doc {
	return &doc{path: path, line: line, lines: strings.Split(string(src), "\n"), errs: errs}
}

// at returns the file position of a YAML line and character column
// (goccy's parser and fastParse count columns in characters, as diag.Pos
// does).
func (d *doc) at(line, col int) diag.Pos {
	if line < 1 {
		return diag.Pos{Path: d.path, Line: d.line, Col: 1}
	}
	return diag.Pos{Path: d.path, Line: d.line + line - 1, Col: max(col, 1)}
}

// tokenPos returns the file position of a goccy token.
func (d *doc) tokenPos(tk *token.Token) diag.Pos {
	if tk == nil || tk.Position == nil {
		return d.at(0, 0)
	}
	return d.at(tk.Position.Line, tk.Position.Column)
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
	if !d.checkLimits(src) {
		return nil, false
	}
	if d.fast {
		if body, ok := fastParse(d.lines); ok {
			return body, true
		}
	}
	f, err := parser.ParseBytes(src, 0, parser.AllowDuplicateMapKey())
	if err != nil {
		d.syntaxError(err)
		return nil, false
	}
	if len(f.Docs) == 0 {
		return nil, true
	}
	if len(f.Docs) > 1 {
		d.secondDocument(f.Docs)
		return nil, false
	}
	return f.Docs[0].Body, true
}

// secondDocument reports the --- or ... line that starts a second document.
func (d *doc) secondDocument(docs []*ast.DocumentNode) {
	at := docs[1].Start
	if docs[0].End != nil {
		at = docs[0].End
	}
	line := "---"
	if at != nil {
		line = at.Value
	}
	d.errs.Add(d.tokenPos(at), "only one YAML document is allowed here: remove this %s line", line)
}

// syntaxError reports a goccy parse error at its position.
func (d *doc) syntaxError(err error) {
	var ye yaml.Error
	if !errors.As(err, &ye) {
		d.errs.Add(d.at(1, 1), "YAML syntax error: %v", err)
		return
	}
	pos := d.tokenPos(ye.GetToken())
	if d.tabIndented(ye.GetToken()) || strings.Contains(ye.GetMessage(), "tab character") {
		d.errs.Add(pos, "YAML syntax error: a tab is used to indent this line: indent with spaces instead")
		return
	}
	msg := strings.ReplaceAll(ye.GetMessage(), "\t", `\t`)
	d.errs.Add(pos, "YAML syntax error: %s (check the indentation, and put text that contains \": \" or \" #\" in quotes)", msg)
}

// tabIndented reports whether the line of tk is indented with a tab.
func (d *doc) tabIndented(tk *token.Token) bool {
	if tk == nil || tk.Position == nil || tk.Position.Line < 1 || tk.Position.Line > len(d.lines) {
		return false
	}
	return strings.HasPrefix(strings.TrimLeft(d.lines[tk.Position.Line-1], " "), "\t")
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

// Limits that keep a hostile or broken YAML text from making the parser
// slow: its cost grows faster than the text when values nest deeply.
const (
	maxYAMLBytes = 16 << 10
	maxNesting   = 32
)

// checkLimits reports a YAML text that is too long or nests too deeply.
func (d *doc) checkLimits(src []byte) bool {
	if len(src) > maxYAMLBytes {
		d.errs.Add(d.at(1, 1), "too long: keep front matter and limber.yaml under %d KiB, and put long text in the page body",
			maxYAMLBytes>>10)
		return false
	}
	if line, col, deep := tooDeep(src); deep {
		d.errs.Add(diag.Pos{Path: d.path, Line: d.line + line - 1, Col: col},
			"values are nested more than %d levels deep here", maxNesting)
		return false
	}
	return true
}

// tooDeep roughly measures nesting: open [ and { brackets outside quotes
// and comments, plus the "- " items that start a line. It returns the
// 1-based line and character column where the limit is passed.
func tooDeep(src []byte) (line, col int, deep bool) {
	flow, quote := 0, byte(0)
	for i, l := range strings.Split(string(src), "\n") {
		dashes, lead := 0, true
		for j := 0; j < len(l); j++ {
			c := l[j]
			switch {
			case quote != 0:
				if c == quote {
					quote = 0
				}
				continue
			case c == '"' || c == '\'':
				quote = c
			case c == '#' && (j == 0 || l[j-1] == ' ' || l[j-1] == '\t'):
				j = len(l)
				continue
			case c == '[' || c == '{':
				flow++
			case c == ']' || c == '}':
				flow = max(0, flow-1)
			case lead && c == '-' && (j+1 == len(l) || l[j+1] == ' '):
				dashes++
			}
			lead = lead && (c == ' ' || c == '-' || c == '\t')
			if flow+dashes > maxNesting {
				return i + 1, diag.Column([]byte(l[:j])), true
			}
		}
	}
	return 0, 0, false
}
