package markdown

import (
	"github.com/yuin/goldmark/ast"
	extast "github.com/yuin/goldmark/extension/ast"

	"github.com/limber/limber/internal/diag"
)

// SpanKind says what a Span is.
type SpanKind uint8

// The kinds of span.
const (
	SpanParagraph SpanKind = iota // a paragraph, or a table cell
	SpanHeading                   // a heading
	SpanItem                      // the text of a list item
	SpanLink                      // a link: Text is its label
	SpanImage                     // an image: Text is its alt text
)

// Span is a piece of a body as a reader meets it, with where it starts in
// the file, for limber check: the plain text of a paragraph, heading, list
// item or table cell, or a link or image with its text and URL. Code is not
// prose and has no span.
type Span struct {
	Kind    SpanKind
	Text    string // plain text, as for Heading.Text
	URL     string // links and images: the URL the page uses (web addresses as written)
	Ordered bool   // items: the item is in a numbered list
	Pos     diag.Pos
}

// spans lists the spans of doc in document order.
func (st *state) spans(doc ast.Node, source []byte) []Span {
	var out []Span
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.FencedCodeBlock, *ast.CodeBlock, *ast.HTMLBlock:
			return ast.WalkSkipChildren, nil
		case *ast.Link:
			out = append(out, Span{Kind: SpanLink, Text: st.text(n, source), URL: string(n.Destination), Pos: st.spanPos(n)})
		case *ast.Image:
			out = append(out, Span{Kind: SpanImage, Text: st.text(n, source), URL: string(n.Destination), Pos: st.spanPos(n)})
		case *ast.Heading, *ast.Paragraph, *ast.TextBlock, *extast.TableCell:
			out = append(out, st.textSpan(n, source))
		}
		return ast.WalkContinue, nil
	})
	return out
}

// textSpan is the span of a block of text: a heading, a paragraph, a list
// item's text or a table cell.
func (st *state) textSpan(n ast.Node, source []byte) Span {
	s := Span{Kind: SpanParagraph, Text: st.text(n, source), Pos: st.spanPos(n)}
	if n.Kind() == ast.KindHeading {
		s.Kind = SpanHeading
	} else if item, ok := n.Parent().(*ast.ListItem); ok {
		s.Kind = SpanItem
		list, _ := item.Parent().(*ast.List)
		s.Ordered = list != nil && list.IsOrdered()
	}
	return s
}

// text is plainText made in the call's own buffers, so that a span's text
// costs one allocation.
func (st *state) text(n ast.Node, source []byte) string {
	st.buf.Reset()
	writePlain(&st.buf, n, source)
	st.collapsed = collapseSpace(st.collapsed[:0], st.buf.Bytes())
	return string(st.collapsed)
}

// spanPos returns where n starts: its first line for a block, its own
// offset (or its nearest ancestor's) for an inline.
func (st *state) spanPos(n ast.Node) diag.Pos {
	if n.Type() == ast.TypeBlock && n.Lines().Len() > 0 {
		return st.pos(nudge(st.in.Body, n.Lines().At(0).Start))
	}
	if n.Type() == ast.TypeBlock {
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			if t, ok := c.(*ast.Text); ok {
				return st.pos(nudge(st.in.Body, t.Segment.Start))
			}
		}
	}
	return st.pos(nudge(st.in.Body, nodeOffset(n)))
}
