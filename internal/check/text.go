package check

import (
	"bytes"
	"html"
	"html/template"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/limber/limber/internal/diag"
	"github.com/limber/limber/internal/markdown"
	"github.com/limber/limber/internal/site"
)

// piece is one run of text a patient reads, with where it was written.
type piece struct {
	text   string
	pos    diag.Pos // where the text starts: a front matter field, or a Markdown line
	body   bool     // the text is from the Markdown body, where offsets can be found again
	graded bool     // counts for the reading grade (titles and headings do not)
	bullet bool     // an item of a bulleted (not numbered) list in the body
	what   string   // names the piece in messages about a whole page, like "the summary"
}

// pagePieces returns a page's summary and the text of its body: its
// paragraphs, list items, table cells and headings, with room for more
// pieces to be added.
func pagePieces(p *site.Page, more int) []piece {
	out := make([]piece, 1, 1+len(p.Spans)+more)
	out[0] = piece{text: p.Src.Summary, pos: p.Src.At("summary"), graded: true, what: "the summary"}
	for _, s := range p.Spans {
		switch s.Kind {
		case markdown.SpanParagraph, markdown.SpanItem:
			bullet := s.Kind == markdown.SpanItem && !s.Ordered
			out = append(out, piece{text: s.Text, pos: s.Pos, body: true, graded: true, bullet: bullet, what: "this part"})
		case markdown.SpanHeading:
			out = append(out, piece{text: s.Text, pos: s.Pos, body: true})
		}
	}
	return out
}

// titlePiece returns a page's title, which is read but not graded.
func titlePiece(p *site.Page) piece {
	return piece{text: p.Src.Title, pos: p.Src.At("title")}
}

// routinePieces returns the text a routine adds in its front matter: the
// warm-up and each stretch's notes.
func routinePieces(r *site.Routine) []piece {
	var out []piece
	if r.Warmup != "" {
		out = append(out, piece{text: r.Warmup, pos: r.Src.At("warmup"), graded: true, what: "the warm-up"})
	}
	for _, it := range r.Items {
		if it.Notes != "" {
			out = append(out, piece{text: it.Notes, pos: it.Pos, graded: true, what: "the notes of " + it.Stretch.Title})
		}
	}
	return out
}

// htmlText returns the text of a fragment of limber's own HTML (a step,
// a stop-if point): tags dropped, entities resolved, spaces collapsed.
func htmlText(h template.HTML) string {
	var b strings.Builder
	s := string(h)
	for {
		i := strings.IndexByte(s, '<')
		if i < 0 {
			b.WriteString(s)
			break
		}
		b.WriteString(s[:i])
		j := strings.IndexByte(s[i:], '>')
		if j < 0 {
			break
		}
		b.WriteByte(' ')
		s = s[i+j+1:]
	}
	return strings.Join(strings.Fields(html.UnescapeString(b.String())), " ")
}

// locator finds text again in a page's Markdown body, so that a finding
// about one sentence or word of a paragraph points at its own line.
type locator struct {
	path   string
	body   []byte
	line   int   // the file line on which body starts
	starts []int // offsets at which body lines start; nil until index
}

// newLocator prepares to find text in a page's body; its lines are
// indexed on first use, as most pages need no position but their own.
func newLocator(p *site.Page) *locator {
	return &locator{path: p.Src.Path, body: p.Src.Body, line: p.Src.BodyLine}
}

// index lists where the body's lines start, once.
func (l *locator) index() []int {
	if l.starts == nil {
		l.starts = append(make([]int, 0, 1+bytes.Count(l.body, []byte("\n"))), 0)
		for i, c := range l.body {
			if c == '\n' {
				l.starts = append(l.starts, i+1)
			}
		}
	}
	return l.starts
}

// offset returns the body offset of a position in the body: its column
// counts characters, so the line's text is walked to it.
func (l *locator) offset(pos diag.Pos) int {
	starts := l.index()
	i := pos.Line - l.line
	if i < 0 || i >= len(starts) {
		return 0
	}
	off := starts[i]
	for n := 1; n < pos.Col && off < len(l.body) && l.body[off] != '\n'; n++ {
		_, size := utf8.DecodeRune(l.body[off:])
		off += size
	}
	return off
}

// pos returns the file position of a body offset.
func (l *locator) pos(off int) diag.Pos {
	starts := l.index()
	i := sort.SearchInts(starts, off+1) - 1
	return diag.Pos{Path: l.path, Line: l.line + i, Col: diag.Column(l.body[starts[i]:off])}
}

// find looks for phrase (its first three words, in any case, across line
// breaks; failing that, its first word) in the body between offsets from
// and to, and returns where it starts.
func (l *locator) find(from, to int, phrase string) (int, bool) {
	var first [3]string
	words := firstFields(phrase, first[:0])
	if len(words) == 0 {
		return 0, false
	}
	to = min(to, len(l.body))
	for _, n := range [2]int{len(words), 1} {
		for i := max(0, from); i < to; i++ {
			if matchWords(l.body[i:to], words[:n]) {
				return i, true
			}
		}
	}
	return 0, false
}

// firstFields appends the first cap(words) words of s, as strings.Fields
// splits them, to words.
func firstFields(s string, words []string) []string {
	start := -1
	for i, r := range s {
		switch space := unicode.IsSpace(r); {
		case !space && start < 0:
			start = i
		case space && start >= 0:
			if words = append(words, s[start:i]); len(words) == cap(words) {
				return words
			}
			start = -1
		}
	}
	if start >= 0 {
		words = append(words, s[start:])
	}
	return words
}

// matchWords reports whether b starts with words, separated by white space
// and compared without regard to ASCII case.
func matchWords(b []byte, words []string) bool {
	for k, w := range words {
		if k > 0 {
			n := 0
			for n < len(b) && (b[n] == ' ' || b[n] == '\n' || b[n] == '\t') {
				n++
			}
			if n == 0 {
				return false
			}
			b = b[n:]
		}
		if len(b) < len(w) || !equalFoldASCII(b[:len(w)], w) {
			return false
		}
		b = b[len(w):]
	}
	return true
}

// equalFoldASCII compares b and s, ignoring the case of ASCII letters.
func equalFoldASCII(b []byte, s string) bool {
	for i := range len(s) {
		x, y := b[i], s[i]
		if 'A' <= x && x <= 'Z' {
			x += 'a' - 'A'
		}
		if 'A' <= y && y <= 'Z' {
			y += 'a' - 'A'
		}
		if x != y {
			return false
		}
	}
	return true
}

// cursor walks through one piece of text, finding successive phrases of
// it again in the body, so that two equal words of one paragraph get
// their own positions.
type cursor struct {
	loc      *locator
	p        piece
	from, to int // the part of the body the piece can be in
}

// newCursor starts at the beginning of p.
func (l *locator) newCursor(p piece) *cursor {
	c := &cursor{loc: l, p: p}
	if p.body {
		c.from = l.offset(p.pos)
		c.to = c.from + 4*len(p.text) + 256 // markup, link addresses and line breaks the text left out
	}
	return c
}

// at returns where phrase, the next one looked for, is in the file: its
// own position for body text found again, else the piece's position.
func (c *cursor) at(phrase string) diag.Pos {
	if !c.p.body {
		return c.p.pos
	}
	off, ok := c.loc.find(c.from, c.to, phrase)
	if !ok {
		return c.p.pos
	}
	c.from = off + 1
	return c.loc.pos(off)
}
