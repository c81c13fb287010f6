// Fast front matter reading.
//
// fastParse reads the small part of YAML that front matter uses in practice
// straight into goccy/go-yaml's AST nodes, so that the decoders (fields.go,
// values.go, ...) run unchanged, and the result is the node tree goccy's
// parser would build: the same node types, token values and line:column
// positions (columns in characters). Scalars are typed by goccy's own
// token.New, as its scanner does.
//
// The accepted subset, line by line (blank lines and # comment lines may come
// anywhere; indentation is spaces only):
//
//   - a block mapping at the left edge: `key: value` lines, where a key is
//     ASCII letters, digits, _ and - (not first), typed as a string by goccy,
//     and written once per mapping;
//   - a value on the key's line: a plain scalar (one line, no ": ", no " #"
//     except a trailing comment, no [ ] { } # \ and not starting with an
//     indicator such as - ? : & * ! | > ' " % @ ` <, except -digit), a
//     single-quoted scalar ('' for a quote) or a double-quoted one without
//     backslashes, closed on the same line, or a one-line flow list
//     [a, "b", {k: v}] whose flow mappings hold plain or quoted scalars
//     (without : # [ ] { } in plain ones);
//   - nothing after `key:`, followed by a more indented block list or block
//     mapping, or by nothing (an empty value);
//   - block lists `- item` indented more than their key, whose items are
//     values as above, empty, or block mappings starting on the dash line
//     (`- src: x` with the next keys under src).
//
// Anything else makes fastParse decline, and goccy reads the text as before:
// anchors, aliases, tags, block scalars (| >), multi-line scalars, document
// markers, directives, tabs and control characters, escapes, quoted keys,
// trailing commas, odd indentation, duplicate keys, anything goccy might
// reject.

package content

import (
	"strings"
	"unicode/utf8"

	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/token"
)

// fastReader is the state of one fastParse run. It hands out the small
// values of the tree from slabs, a few allocations for the whole tree.
type fastReader struct {
	lines []string
	next  int  // the first line not yet read
	ok    bool // false once the text is found outside the subset

	// goccy's plain, single- and double-quoted string and colon tokens, as
	// templates
	plainTk, sq, dq, colon token.Token

	poss  slab[token.Position]
	toks  slab[token.Token]
	bases slab[ast.BaseNode]
	strs  slab[ast.StringNode]
	pairs slab[ast.MappingValueNode]
}

// slab hands out pointers to the elements of chunks of T, allocated n at a
// time.
type slab[T any] struct {
	free []T
	n    int
}

// new returns a pointer to a zero T.
func (s *slab[T]) new() *T {
	if len(s.free) == 0 {
		s.free = make([]T, s.n)
	}
	p := &s.free[0]
	s.free = s.free[1:]
	return p
}

// newFastReader prepares to read lines, sizing the slabs for them.
func newFastReader(lines []string) *fastReader {
	n := len(lines) + 8
	return &fastReader{
		lines: lines, ok: true,
		plainTk: *token.String("", "", nil), colon: *token.MappingValue(nil),
		sq: *token.SingleQuote("", "", nil), dq: *token.DoubleQuote("", "", nil),
		poss: slab[token.Position]{n: 2 * n}, toks: slab[token.Token]{n: 2 * n},
		bases: slab[ast.BaseNode]{n: 2 * n}, strs: slab[ast.StringNode]{n: n}, pairs: slab[ast.MappingValueNode]{n: n},
	}
}

// fastParse reads the YAML text split into lines, returning the body node
// goccy would return, or ok == false when the text is outside the subset.
func fastParse(lines []string) (body ast.Node, ok bool) {
	if !fastChars(lines) {
		return nil, false
	}
	r := newFastReader(lines)
	li, ind, more := r.peek()
	if !more || ind != 0 {
		return nil, false
	}
	m := r.blockMap(li, 0)
	if _, _, more := r.peek(); more || !r.ok || m == nil {
		return nil, false
	}
	return m, true
}

// fastChars reports whether the text is free of the characters and lines
// the subset leaves to goccy: tabs, control characters, odd line breaks and
// byte order marks, and document markers.
func fastChars(lines []string) bool {
	for _, l := range lines {
		if strings.HasPrefix(l, "---") || strings.HasPrefix(l, "...") {
			return false
		}
		for _, c := range l {
			if c < ' ' || c == 0x7f || c == 0x85 || c == 0x2028 || c == 0x2029 || c == 0xfeff || c == utf8.RuneError {
				return false
			}
		}
	}
	return true
}

// peek skips blank and comment lines and returns the next line's index and
// indentation; more is false at the end of the text.
func (r *fastReader) peek() (li, ind int, more bool) {
	for ; r.next < len(r.lines); r.next++ {
		l := r.lines[r.next]
		ind = indentOf(l)
		if ind < len(l) && l[ind] != '#' {
			return r.next, ind, true
		}
	}
	return len(r.lines), 0, false
}

// indentOf counts the spaces that start l.
func indentOf(l string) int {
	n := 0
	for n < len(l) && l[n] == ' ' {
		n++
	}
	return n
}

// decline marks the text as outside the subset.
func (r *fastReader) decline() { r.ok = false }

// pos returns goccy's position of byte off of line li.
func (r *fastReader) pos(li, off int) *token.Position {
	p := r.poss.new()
	p.Line, p.Column = li+1, utf8.RuneCountInString(r.lines[li][:off])+1
	return p
}

// token returns a copy of the template tk at byte off of line li.
func (r *fastReader) token(tk *token.Token, li, off int) *token.Token {
	t := r.toks.new()
	*t = *tk
	t.Position = r.pos(li, off)
	return t
}

// pair returns the node of key: value, whose colon is at byte off of line
// li, as ast.MappingValue makes it.
func (r *fastReader) pair(li, off int, key ast.MapKeyNode, value ast.Node) *ast.MappingValueNode {
	mv := r.pairs.new()
	mv.BaseNode, mv.Start, mv.Key, mv.Value = r.bases.new(), r.token(&r.colon, li, off), key, value
	return mv
}

// blockMap reads a block mapping whose first key is at byte off of line li
// and whose other keys are the following lines indented by off.
func (r *fastReader) blockMap(li, off int) *ast.MappingNode {
	var m *ast.MappingNode
	for r.ok {
		mv := r.keyValue(li, off)
		if !r.ok {
			return nil
		}
		if m == nil {
			m = ast.Mapping(mv.Start, false, mv)
		} else if hasKey(m, mv) {
			r.decline()
		} else {
			m.Values = append(m.Values, mv)
		}
		nl, ind, more := r.peek()
		if !more || ind < off {
			break
		}
		if ind > off {
			r.decline()
		}
		li = nl
	}
	return m
}

// hasKey reports whether m already has the key of mv.
func hasKey(m *ast.MappingNode, mv *ast.MappingValueNode) bool {
	k := mv.Key.GetToken().Value
	for _, v := range m.Values {
		if v.Key.GetToken().Value == k {
			return true
		}
	}
	return false
}

// keyLen returns the length of the simple key that starts s, or 0.
func keyLen(s string) int {
	n := 0
	for n < len(s) && (isKeyByte(s[n]) && (n > 0 || s[n] != '-')) {
		n++
	}
	return n
}

// isKeyByte reports whether c may be part of a simple key.
func isKeyByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_' || c == '-'
}

// isKeyLine reports whether s starts with a block mapping key and its colon.
func isKeyLine(s string) bool {
	k := keyLen(s)
	return k > 0 && k < len(s) && s[k] == ':' && (k+1 == len(s) || s[k+1] == ' ')
}

// keyNode returns the node of the key at byte off of line li, of length k,
// or nil when goccy would not type it as a string.
func (r *fastReader) keyNode(li, off, k int) ast.MapKeyNode {
	s := r.lines[li][off : off+k]
	if n, ok := r.scalar(li, off, s).(*ast.StringNode); ok {
		return n
	}
	r.decline()
	return nil
}

// keyValue reads the `key: value` at byte off of line li, with a value that
// may continue on the following lines.
func (r *fastReader) keyValue(li, off int) *ast.MappingValueNode {
	l := r.lines[li]
	if !isKeyLine(l[off:]) {
		r.decline()
		return nil
	}
	k := keyLen(l[off:])
	key := r.keyNode(li, off, k)
	if key == nil {
		return nil
	}
	colon := off + k
	r.next = li + 1
	var value ast.Node
	if v := off + k + 1 + indentOf(l[off+k+1:]); v < len(l) && l[v] != '#' {
		value = r.inline(li, v)
	} else {
		value = r.afterColon(li, colon, off)
	}
	if !r.ok {
		return nil
	}
	return r.pair(li, colon, key, value)
}

// afterColon reads the value of a key with nothing after its colon (at
// byte colon of line li, in a mapping indented by ind): a more indented
// list or mapping, or else an empty value.
func (r *fastReader) afterColon(li, colon, ind int) ast.Node {
	nl, nind, more := r.peek()
	switch {
	case !more:
		return r.null(li, colon, 2)
	case nind > ind && isDash(r.lines[nl][nind:]):
		return r.blockSeq(nl, nind)
	case nind > ind:
		return r.blockMap(nl, nind)
	case nind == ind && isDash(r.lines[nl][nind:]):
		r.decline()
		return nil
	}
	return r.null(li, colon, 1)
}

// null returns goccy's implicit null after the token at byte off of line
// li, skip characters to its right.
func (r *fastReader) null(li, off, skip int) ast.Node {
	p := r.pos(li, off)
	p.Column += skip
	tk := token.New("null", " null", p)
	tk.Type = token.ImplicitNullType
	return ast.Null(tk)
}

// isDash reports whether s starts with a block list's "- " or is "-".
func isDash(s string) bool {
	return s == "-" || strings.HasPrefix(s, "- ")
}

// blockSeq reads a block list whose first dash is at byte ind of line li.
func (r *fastReader) blockSeq(li, ind int) *ast.SequenceNode {
	var seq *ast.SequenceNode
	for r.ok {
		if seq == nil {
			seq = ast.Sequence(token.SequenceEntry("-", r.pos(li, ind)), false)
		}
		seq.Values = append(seq.Values, r.item(li, ind))
		nl, nind, more := r.peek()
		if !more || nind < ind {
			break
		}
		if nind > ind || !isDash(r.lines[nl][nind:]) {
			r.decline()
		}
		li = nl
	}
	return seq
}

// item reads the list item whose dash is at byte ind of line li.
func (r *fastReader) item(li, ind int) ast.Node {
	l := r.lines[li]
	v := ind + 1 + indentOf(l[ind+1:])
	r.next = li + 1
	switch {
	case v < len(l) && l[v] != '#' && isKeyLine(l[v:]):
		return r.blockMap(li, v)
	case v < len(l) && l[v] != '#':
		return r.inline(li, v)
	}
	nl, nind, more := r.peek()
	switch {
	case !more:
		return r.null(li, ind, 2)
	case nind > ind || nind == ind && !isDash(r.lines[nl][nind:]):
		r.decline()
		return nil
	}
	return r.null(li, ind, 1)
}
