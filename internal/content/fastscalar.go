package content

import (
	"strings"

	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/token"
)

// inline reads the value that starts at byte v of line li and runs to the
// end of the line or to a comment.
func (r *fastReader) inline(li, v int) ast.Node {
	l := r.lines[li]
	var n ast.Node
	var end int
	switch l[v] {
	case '[':
		n, end = r.flowSeq(li, v)
	case '{':
		n, end = r.flowMap(li, v)
	case '"', '\'':
		n, end = r.quoted(li, v)
	default:
		return r.plain(li, v)
	}
	if r.ok && !restIsComment(l[end:]) {
		r.decline()
	}
	return n
}

// restIsComment reports whether s, the rest of a line after a value, is
// spaces, maybe followed by a comment after at least one of them.
func restIsComment(s string) bool {
	t := strings.TrimLeft(s, " ")
	return t == "" || t[0] == '#' && len(t) < len(s)
}

// skipSpaces returns the offset of the first byte of l from i on that is
// not a space.
func skipSpaces(l string, i int) int {
	for i < len(l) && l[i] == ' ' {
		i++
	}
	return i
}

// plain reads a plain scalar in block context at byte v of line li, up to
// the end of the line or a " #" comment.
func (r *fastReader) plain(li, v int) ast.Node {
	s := r.lines[li][v:]
	i := strings.Index(s, " #")
	if i >= 0 {
		s = s[:i]
	}
	t := strings.TrimRight(s, " ")
	// goccy's column for a plain scalar with spaces after it at the end of
	// a line is off by the number of those spaces.
	if i < 0 && len(t) < len(s) || !plainOK(t, "[]{}#\\") {
		r.decline()
		return nil
	}
	return r.scalar(li, v, t)
}

// plainOK reports whether s is a plain scalar of the subset: not empty, not
// starting with an indicator, without ": " or a final colon, and without
// any of the bytes in bad.
func plainOK(s, bad string) bool {
	if s == "" || strings.HasSuffix(s, ":") || strings.Contains(s, ": ") || strings.ContainsAny(s, bad) {
		return false
	}
	switch s[0] {
	case '-':
		return len(s) > 1 && '0' <= s[1] && s[1] <= '9'
	case '?', ':', ',', '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', '\'', '"', '%', '@', '`', '<':
		return false
	}
	return true
}

// scalar returns the node goccy makes of the plain scalar s at byte off of
// line li, typed by goccy's token.New when it may be anything but a string.
func (r *fastReader) scalar(li, off int, s string) ast.Node {
	if maybeTyped(s) {
		return r.typed(token.New(s, s, r.pos(li, off)))
	}
	return r.str(&r.plainTk, li, off, s, s)
}

// str returns a string node for a token like the template tk at byte off
// of line li, as ast.String makes it.
func (r *fastReader) str(tk *token.Token, li, off int, value, org string) *ast.StringNode {
	n := r.strs.new()
	n.BaseNode, n.Token, n.Value = r.bases.new(), r.token(tk, li, off), value
	n.Token.Value, n.Token.Origin = value, org
	return n
}

// maybeTyped reports whether token.New might type the plain scalar s as
// something else than a string. goccy's null and bool words (null, Null,
// NULL, ~, true, ..., FALSE) have at most 5 bytes and start with one of
// nNtTfF~; its infinity and NaN words (.inf, -.inf, .nan, ...) and its
// numbers start with a digit or a dot after any signs and underscores.
func maybeTyped(s string) bool {
	if len(s) <= 5 && strings.IndexByte("nNtTfF~", s[0]) >= 0 {
		return true
	}
	t := strings.TrimLeft(s, "+-_")
	return t != "" && ('0' <= t[0] && t[0] <= '9' || t[0] == '.')
}

// typed returns the node goccy's parser makes of a scalar token, declining
// the types the subset leaves to goccy.
func (r *fastReader) typed(tk *token.Token) ast.Node {
	switch tk.Type {
	case token.NullType:
		return ast.Null(tk)
	case token.BoolType:
		return ast.Bool(tk)
	case token.IntegerType, token.BinaryIntegerType, token.OctetIntegerType, token.HexIntegerType:
		return ast.Integer(tk)
	case token.FloatType:
		return ast.Float(tk)
	case token.InfinityType:
		return ast.Infinity(tk)
	case token.NanType:
		return ast.Nan(tk)
	case token.StringType, token.SingleQuoteType, token.DoubleQuoteType:
		return ast.String(tk)
	}
	r.decline()
	return nil
}

// quoted reads the quoted scalar at byte v of line li, returning it and the
// offset after its closing quote.
func (r *fastReader) quoted(li, v int) (ast.Node, int) {
	l := r.lines[li]
	val, end, ok := unquote(l, v)
	if !ok {
		r.decline()
		return nil, v
	}
	if l[v] == '\'' {
		return r.str(&r.sq, li, v, val, l[v:end]), end
	}
	return r.str(&r.dq, li, v, val, l[v:end]), end
}

// unquote returns the value of the quoted scalar at byte v of l and the
// offset after it. ok is false for a scalar that is not closed on this
// line, or a double-quoted one with a backslash.
func unquote(l string, v int) (val string, end int, ok bool) {
	if l[v] == '"' {
		i := strings.IndexByte(l[v+1:], '"')
		if i < 0 || strings.IndexByte(l[v+1:v+1+i], '\\') >= 0 {
			return "", 0, false
		}
		return l[v+1 : v+1+i], v + i + 2, true
	}
	i := v + 1
	for {
		j := strings.IndexByte(l[i:], '\'')
		if j < 0 {
			return "", 0, false
		}
		i += j
		if i+1 < len(l) && l[i+1] == '\'' {
			i += 2
			continue
		}
		return strings.ReplaceAll(l[v+1:i], "''", "'"), i + 1, true
	}
}

// flowSeq reads the one-line flow list at byte v of line li, returning it
// and the offset after its ].
func (r *fastReader) flowSeq(li, v int) (ast.Node, int) {
	seq := ast.Sequence(token.SequenceStart("[", r.pos(li, v)), true)
	end, ok := r.flowEntries(li, v, ']', func(i int) int {
		n, i := r.flowItem(li, i, true)
		seq.Values = append(seq.Values, n)
		return i
	})
	if !ok {
		return nil, v
	}
	return seq, end
}

// flowEntries reads the comma-separated entries of the one-line flow
// collection that opens at byte v of line li, each with entry (which takes
// the offset of the entry and returns the offset after it, declining if it
// must), and returns the offset after the closing byte. ok is false when
// the reader declined.
func (r *fastReader) flowEntries(li, v int, closing byte, entry func(i int) int) (end int, ok bool) {
	l := r.lines[li]
	i := skipSpaces(l, v+1)
	if i < len(l) && l[i] == closing {
		return i + 1, true
	}
	for r.ok {
		if i = entry(i); !r.ok {
			break
		}
		i = skipSpaces(l, i)
		switch {
		case i < len(l) && l[i] == closing:
			return i + 1, true
		case i < len(l) && l[i] == ',':
			i = skipSpaces(l, i+1)
		default:
			r.decline()
		}
	}
	return 0, false
}

// flowItem reads a scalar, or a flow mapping if maps is true, at byte i of
// line li inside a flow collection, returning it and the offset after it.
func (r *fastReader) flowItem(li, i int, maps bool) (ast.Node, int) {
	l := r.lines[li]
	switch {
	case i >= len(l) || l[i] == '[' || l[i] == '{' && !maps:
		r.decline()
		return nil, i
	case l[i] == '{':
		return r.flowMap(li, i)
	case l[i] == '"' || l[i] == '\'':
		return r.quoted(li, i)
	}
	j := i
	for j < len(l) && l[j] != ',' && l[j] != ']' && l[j] != '}' {
		j++
	}
	s := strings.TrimRight(l[i:j], " ")
	if !plainOK(s, "[]{}#\\:") {
		r.decline()
		return nil, i
	}
	return r.scalar(li, i, s), i + len(s)
}

// flowMap reads the one-line flow mapping of scalars at byte v of line li,
// returning it and the offset after its }.
func (r *fastReader) flowMap(li, v int) (ast.Node, int) {
	m := ast.Mapping(token.MappingStart("{", r.pos(li, v)), true)
	end, ok := r.flowEntries(li, v, '}', func(i int) int {
		mv, i := r.flowPair(li, i)
		if r.ok && hasKey(m, mv) {
			r.decline()
		}
		m.Values = append(m.Values, mv)
		return i
	})
	if !ok {
		r.decline()
		return nil, v
	}
	return m, end
}

// flowPair reads `key: scalar` at byte i of line li inside a flow mapping,
// returning it and the offset after it.
func (r *fastReader) flowPair(li, i int) (*ast.MappingValueNode, int) {
	l := r.lines[li]
	k := keyLen(l[i:])
	if k == 0 || i+k+1 >= len(l) || l[i+k] != ':' || l[i+k+1] != ' ' {
		r.decline()
		return nil, i
	}
	key := r.keyNode(li, i, k)
	if key == nil {
		return nil, i
	}
	value, end := r.flowItem(li, skipSpaces(l, i+k+1), false)
	if !r.ok {
		return nil, i
	}
	return r.pair(li, i+k, key, value), end
}
