package markdown

import (
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/util"
)

// safeRenderer replaces goldmark's HTML renderer for the node kinds that
// could carry markup or a URL: raw HTML renders as nothing at all (not even
// goldmark's "raw HTML omitted" comment), and links and images write the
// destination that linkTransformer already checked and resolved.
type safeRenderer struct {
	html.Config
}

// newSafeRenderer returns a safeRenderer with goldmark's default settings.
func newSafeRenderer() renderer.NodeRenderer {
	return &safeRenderer{Config: html.NewConfig()}
}

// RegisterFuncs implements renderer.NodeRenderer.
func (r *safeRenderer) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(ast.KindRawHTML, renderNothing)
	reg.Register(ast.KindHTMLBlock, renderNothing)
	reg.Register(ast.KindLink, r.renderLink)
	reg.Register(ast.KindImage, r.renderImage)
}

// renderNothing writes nothing and skips the node's children.
func renderNothing(util.BufWriter, []byte, ast.Node, bool) (ast.WalkStatus, error) {
	return ast.WalkSkipChildren, nil
}

// renderLink writes <a href="..." title="...">, then the children, then </a>.
func (r *safeRenderer) renderLink(w util.BufWriter, _ []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	n := node.(*ast.Link)
	if !entering {
		_, _ = w.WriteString("</a>")
		return ast.WalkContinue, nil
	}
	_, _ = w.WriteString(`<a href="`)
	writeURL(w, n.Destination)
	_ = w.WriteByte('"')
	r.writeTitle(w, n.Title)
	_ = w.WriteByte('>')
	return ast.WalkContinue, nil
}

// renderImage writes <img src="..." alt="..." title="...">.
func (r *safeRenderer) renderImage(w util.BufWriter, source []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkContinue, nil
	}
	n := node.(*ast.Image)
	_, _ = w.WriteString(`<img src="`)
	writeURL(w, n.Destination)
	_, _ = w.WriteString(`" alt="`)
	_, _ = w.Write(util.EscapeHTML([]byte(plainText(n, source))))
	_ = w.WriteByte('"')
	r.writeTitle(w, n.Title)
	_ = w.WriteByte('>')
	return ast.WalkSkipChildren, nil
}

// writeURL percent-encodes what a URL may not hold (spaces, quotes,
// non-ASCII) and escapes it for an attribute, without resolving escapes or
// character references again.
func writeURL(w util.BufWriter, u []byte) {
	_, _ = w.Write(util.EscapeHTML(util.URLEscape(u, false)))
}

// writeTitle writes ` title="..."` when the Markdown gave a title.
func (r *safeRenderer) writeTitle(w util.BufWriter, title []byte) {
	if title == nil {
		return
	}
	_, _ = w.WriteString(` title="`)
	r.Writer.Write(w, title)
	_ = w.WriteByte('"')
}
