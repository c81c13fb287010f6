package markdown

import (
	"bufio"
	"bytes"
	"html/template"

	"github.com/yuin/goldmark/ast"
)

// steps returns the inner HTML of each item of the first ordered list in
// doc, in document order, for the numbered steps of a printable sheet. An
// item that is a single paragraph (as in a loose list) loses its <p>.
func (r *Renderer) steps(doc ast.Node, source []byte) []template.HTML {
	list := firstOrderedList(doc)
	if list == nil {
		return nil
	}
	var steps []template.HTML
	for item := list.FirstChild(); item != nil; item = item.NextSibling() {
		steps = append(steps, template.HTML(r.itemHTML(item, source)))
	}
	return steps
}

// firstOrderedList returns the first ordered list in document order, or nil.
func firstOrderedList(doc ast.Node) *ast.List {
	var found *ast.List
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if l, ok := n.(*ast.List); ok && entering && l.IsOrdered() {
			found = l
			return ast.WalkStop, nil
		}
		return ast.WalkContinue, nil
	})
	return found
}

// itemHTML renders the children of one list item, trimmed.
func (r *Renderer) itemHTML(item ast.Node, source []byte) string {
	var buf bytes.Buffer
	w := bufio.NewWriterSize(&buf, 256) // else goldmark makes a 4 KB one per child
	for c := item.FirstChild(); c != nil; c = c.NextSibling() {
		if err := r.md.Renderer().Render(w, source, c); err != nil {
			return ""
		}
	}
	out := bytes.TrimSpace(buf.Bytes())
	if item.ChildCount() == 1 && item.FirstChild().Kind() == ast.KindParagraph {
		out = bytes.TrimSuffix(bytes.TrimPrefix(out, []byte("<p>")), []byte("</p>"))
	}
	return string(bytes.TrimSpace(out))
}

// headingLists fills in the Items of each top-level heading: the items of the
// first list that follows it before the next heading. Headings are matched
// to nodes in document order.
func (r *Renderer) headingLists(doc ast.Node, source []byte, headings []Heading) []Heading {
	i := -1
	for n := doc.FirstChild(); n != nil; n = n.NextSibling() {
		switch n := n.(type) {
		case *ast.Heading:
			i = indexOfHeading(headings, i+1, n)
		case *ast.List:
			if i >= 0 && i < len(headings) && headings[i].Items == nil {
				for item := n.FirstChild(); item != nil; item = item.NextSibling() {
					headings[i].Items = append(headings[i].Items, template.HTML(r.itemHTML(item, source)))
				}
			}
		}
	}
	return headings
}

// indexOfHeading finds the heading with n's id at or after from, or returns
// len(headings) when there is none.
func indexOfHeading(headings []Heading, from int, n *ast.Heading) int {
	id, _ := n.AttributeString("id")
	idBytes, _ := id.([]byte)
	for j := from; j < len(headings); j++ {
		if headings[j].ID == string(idBytes) {
			return j
		}
	}
	return len(headings)
}
