// Package markdown turns the Markdown body of a content file into safe HTML.
//
// It is the only package that imports goldmark. A Renderer enables the GitHub
// extensions (tables, strikethrough, linkify, task lists), footnotes and the
// typographer, drops all raw HTML, gives every heading an id, and checks and
// rewrites every link and image: links to other pages and files under
// content/ become site URLs, and any link that is broken, points outside
// content/ or uses an unsafe scheme (javascript: and the like) is reported as
// a positioned diag error.
package markdown

import (
	"bytes"
	"html/template"
	"sort"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"

	"github.com/limber/limber/internal/diag"
)

// Links tells the renderer which pages and files exist and where they are
// published.
type Links interface {
	// Resolve returns the URL of the page or copied file at path, a clean
	// slash path relative to content/ (e.g. "stretches/cat-cow.md" ->
	// "/stretches/cat-cow/", "stretches/cat-cow-1.svg" ->
	// "/stretches/cat-cow-1.svg", with the site's base path in front). ok is
	// false when no such page or file exists.
	Resolve(path string) (url string, ok bool)
	// Root returns the site's base path, "/" or e.g. "/handouts/"; links
	// written as "/x/y" become Root()+"x/y".
	Root() string
}

// Input is one Markdown body to render.
type Input struct {
	Path     string // site-relative path for errors, e.g. "content/stretches/cat-cow.md"
	Rel      string // path relative to content/, e.g. "stretches/cat-cow.md"; relative links resolve from its folder
	Body     []byte // the Markdown
	BodyLine int    // the file line on which Body starts, so that errors report file lines
}

// Output is the rendered body and what templates need to know about it.
type Output struct {
	HTML     template.HTML   // the whole body
	Steps    []template.HTML // inner HTML of each item of the first ordered list in the body, for printable sheets
	Headings []Heading       // every heading, in order
	Spans    []Span          // the text, links and images, in order, with their positions
}

// Heading is one heading of the body. Level is the level as rendered: a
// level-1 heading in the Markdown is rendered, and listed, as level 2,
// because the page template owns the only <h1>. Text is plain text, not HTML.
type Heading struct {
	Level int
	ID    string
	Text  string
	// Items holds the inner HTML of each item of the first list between
	// this heading and the next one, such as the points under "Stop if".
	Items []template.HTML
}

// Renderer converts Markdown to HTML. It is built once and is safe for
// concurrent use by many goroutines: all per-call state lives in the
// parser.Context of one call.
type Renderer struct {
	md       goldmark.Markdown
	reserved []string // ids the page templates use, never given to a heading
}

// New returns a Renderer with limber's extensions and safety rules.
// reserved lists ids that the page around the body already uses (such as
// "main"); a heading whose text would give one of them gets "-1" added.
func New(reserved ...string) *Renderer {
	md := goldmark.New(
		goldmark.WithExtensions(
			extension.GFM,
			extension.Footnote,
			extension.Typographer,
		),
		goldmark.WithParserOptions(
			parser.WithASTTransformers(
				util.Prioritized(headingTransformer{}, 100),
				util.Prioritized(linkTransformer{}, 200),
			),
		),
		goldmark.WithRendererOptions(
			renderer.WithNodeRenderers(util.Prioritized(newSafeRenderer(), 100)),
		),
	)
	return &Renderer{md: md, reserved: reserved}
}

// Render converts in.Body to HTML, resolving links through links. It
// returns every problem found, each at its file line and column. A body
// past one of limber's limits (see MaxBodyBytes) is not rendered: it gives
// no output and the problems that say which limit.
func (r *Renderer) Render(in Input, links Links) (Output, diag.List) {
	if errs := checkLimits(in); len(errs) > 0 {
		return Output{}, errs
	}
	st := &state{in: in, links: links}
	ids := newHeadingIDs()
	for _, id := range r.reserved {
		ids.Put([]byte(id))
	}
	pc := parser.NewContext(parser.WithIDs(ids))
	pc.Set(stateKey, st)
	doc := r.md.Parser().Parse(text.NewReader(in.Body), parser.WithContext(pc))
	var buf bytes.Buffer
	if err := r.md.Renderer().Render(&buf, in.Body, doc); err != nil {
		st.errorAt(doc, "could not render the Markdown: %v", err)
	}
	out := Output{
		HTML:     template.HTML(buf.String()),
		Steps:    r.steps(doc, in.Body),
		Headings: r.headingLists(doc, in.Body, st.headings),
		Spans:    st.spans(doc, in.Body),
	}
	return out, st.errs
}

// stateKey is the parser.Context key under which one Render call keeps its
// state. goldmark hands out keys from a global counter, so the key is made
// once, when the package is initialised, like goldmark's own extensions do.
var stateKey = parser.NewContextKey()

// state is what one Render call collects while the AST transformers run.
type state struct {
	in       Input
	links    Links
	errs     diag.List
	headings []Heading
	lines    []int // offsets at which the lines of the body start; made on the first error

	buf       bytes.Buffer // plain text of a span being made
	collapsed []byte       // the same with white space collapsed
}

// stateOf returns the state of the Render call that owns pc.
func stateOf(pc parser.Context) *state {
	st, _ := pc.Get(stateKey).(*state)
	if st == nil { // parsed outside Render, as in goldmark's own tools
		st = &state{}
		pc.Set(stateKey, st)
	}
	return st
}

// errorAt records a problem at the position of node n.
func (st *state) errorAt(n ast.Node, format string, args ...any) {
	st.codeErrorAt(n, diag.Content, format, args...)
}

// codeErrorAt records a problem of the kind c at the position of node n.
func (st *state) codeErrorAt(n ast.Node, c diag.Code, format string, args ...any) {
	st.errs.AddCode(st.pos(nudge(st.in.Body, nodeOffset(n))), c, format, args...)
}

// pos converts a byte offset in the body into a file position (its column
// in characters), as diag.Offset does, but through an index of line starts, so that a body
// with thousands of broken links is not scanned from the top for each one.
func (st *state) pos(off int) diag.Pos {
	body := st.in.Body
	off = max(0, min(off, len(body)))
	if st.lines == nil {
		st.lines = append(st.lines, 0)
		for i, c := range body {
			if c == '\n' {
				st.lines = append(st.lines, i+1)
			}
		}
	}
	line := sort.SearchInts(st.lines, off+1) - 1 // the last line starting at or before off
	return diag.Pos{Path: st.in.Path, Line: st.in.BodyLine + line, Col: diag.Column(body[st.lines[line]:off])}
}

// nudge moves off past spaces and tabs to the node's first character:
// goldmark places a bare www.example.com link on the space before it, and
// its offsets can be early after a tab in a block quote (goldmark issue 604).
func nudge(src []byte, off int) int {
	off = max(0, min(off, len(src)))
	for off < len(src) && (src[off] == ' ' || src[off] == '\t') {
		off++
	}
	return off
}

// nodeOffset returns the byte offset of n in the source. When n has no
// position, the nearest ancestor that has one is used, and 0 if none has.
func nodeOffset(n ast.Node) int {
	for ; n != nil; n = n.Parent() {
		if off := n.Pos(); off >= 0 {
			return off
		}
	}
	return 0
}
