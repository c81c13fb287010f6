package markdown

import (
	"bytes"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// headingTransformer gives every heading an id from the context's IDs,
// renders level-1 headings as level 2 (the page template owns the only
// <h1>) and records the headings in the call's state.
type headingTransformer struct{}

// Transform implements parser.ASTTransformer.
func (headingTransformer) Transform(doc *ast.Document, reader text.Reader, pc parser.Context) {
	st := stateOf(pc)
	source := reader.Source()
	for _, n := range collect(doc, ast.KindHeading) {
		h := n.(*ast.Heading)
		if h.Level == 1 {
			h.Level = 2
		}
		txt := plainText(h, source)
		id := string(pc.IDs().Generate([]byte(txt), ast.KindHeading))
		h.SetAttributeString("id", []byte(id))
		st.headings = append(st.headings, Heading{Level: h.Level, ID: id, Text: txt})
	}
}

// collect returns, in document order, the nodes under root whose kind is
// one of kinds. Collecting first lets callers change the tree safely.
func collect(root ast.Node, kinds ...ast.NodeKind) []ast.Node {
	var found []ast.Node
	_ = ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if entering {
			for _, k := range kinds {
				if n.Kind() == k {
					found = append(found, n)
				}
			}
		}
		return ast.WalkContinue, nil
	})
	return found
}

// plainText returns the text of n's inline children as a reader sees it:
// escapes and entities resolved, typographic quotes applied, raw HTML left
// out and white space collapsed.
func plainText(n ast.Node, source []byte) string {
	var b bytes.Buffer
	writePlain(&b, n, source)
	return string(collapseSpace(nil, b.Bytes()))
}

// collapseSpace appends src to dst with each run of white space made one
// space and none at either end, as strings.Fields and strings.Join do.
func collapseSpace(dst, src []byte) []byte {
	start, space := len(dst), false
	for len(src) > 0 {
		r, size := utf8.DecodeRune(src)
		if size == 1 && r == utf8.RuneError || !unicode.IsSpace(r) {
			if space && len(dst) > start {
				dst = append(dst, ' ')
			}
			dst, space = append(dst, src[:size]...), false
		} else {
			space = true
		}
		src = src[size:]
	}
	return dst
}

// writePlain appends the plain text of n's children to b.
func writePlain(b *bytes.Buffer, n ast.Node, source []byte) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Text:
			v := c.Value(source)
			if !c.IsRaw() {
				v = resolveRefs(v)
			}
			b.Write(v)
			if c.SoftLineBreak() || c.HardLineBreak() {
				b.WriteByte(' ')
			}
		case *ast.String:
			b.Write(resolveRefs(c.Value))
		case *ast.AutoLink:
			b.Write(c.Label(source))
		case *ast.RawHTML:
		default:
			writePlain(b, c, source)
		}
	}
}

// resolveRefs undoes backslash escapes and resolves character references,
// as goldmark's HTML renderer does for text and link destinations.
func resolveRefs(v []byte) []byte {
	v = util.UnescapePunctuations(v)
	v = util.ResolveNumericReferences(v)
	return util.ResolveEntityNames(v)
}
