package markdown

import (
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

// linkTransformer checks every link, image and autolink of a document and
// rewrites its destination to the URL the page must use. After it has run,
// every *ast.Link and *ast.Image holds a final, resolved Destination, which
// safeRenderer writes without resolving escapes a second time; autolinks
// have been replaced by plain links.
type linkTransformer struct{}

// Transform implements parser.ASTTransformer.
func (linkTransformer) Transform(doc *ast.Document, reader text.Reader, pc parser.Context) {
	st := stateOf(pc)
	source := reader.Source()
	for _, n := range collect(doc, ast.KindLink, ast.KindImage, ast.KindAutoLink) {
		switch n := n.(type) {
		case *ast.Link:
			st.fixLink(n)
		case *ast.Image:
			st.fixImage(n, source)
		case *ast.AutoLink:
			st.fixAutoLink(n, source)
		}
	}
}

// fixLink checks a link and sets its final destination.
func (st *state) fixLink(n *ast.Link) {
	d := check(string(n.Destination), kindLink, st.in.Rel, st.links)
	if d.msg != "" {
		st.codeErrorAt(n, d.code, "%s", d.msg)
	}
	n.Destination = []byte(d.url)
}

// fixImage checks an image and its alt text, and sets its final source or
// removes it when its URL is unsafe.
func (st *state) fixImage(n *ast.Image, source []byte) {
	raw := string(n.Destination)
	d := check(raw, kindImage, st.in.Rel, st.links)
	if d.msg != "" {
		st.codeErrorAt(n, d.code, "%s", d.msg)
	}
	if d.drop {
		n.Parent().RemoveChild(n.Parent(), n)
		return
	}
	n.Destination = []byte(d.url)
	if plainText(n, source) == "" {
		st.errorAt(n, "image %q has no alt text", raw)
	}
}

// fixAutoLink checks an autolink (<https://...> or a bare www.example.com)
// and replaces it by a plain link with the same position and label.
func (st *state) fixAutoLink(n *ast.AutoLink, source []byte) {
	u := n.URL(source)
	if n.AutoLinkType == ast.AutoLinkEmail {
		if s, ok := urlScheme(string(u)); !ok || s != "mailto" {
			u = append([]byte("mailto:"), u...)
		}
	}
	link := ast.NewLink()
	link.Destination = u
	link.SetPos(nodeOffset(n))
	label := ast.NewString(n.Label(source))
	label.SetRaw(true)
	link.AppendChild(link, label)
	n.Parent().ReplaceChild(n.Parent(), n, link)
	st.fixLink(link)
}
