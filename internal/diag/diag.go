// Package diag holds positioned problems found in a site: a source position,
// a message, and a list that collects every problem of a run so that they can
// be reported together, sorted, in the form "path:line:col: message".
//
// It is modelled on go/scanner's ErrorList.
package diag

import (
	"bytes"
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"
)

// Pos is a place in a site file. Path is slash-separated and relative to the
// site root. Line and Col are 1-based; zero means unknown. Col counts
// characters (Unicode code points, a tab as one), not bytes, as an editor
// does: an em dash or a CJK character earlier on the line is one column.
type Pos struct {
	Path string
	Line int
	Col  int
}

// String formats the position as "path:line:col", leaving out the parts that
// are unknown. The path is made Printable: a file name may hold a newline or
// an escape character.
func (p Pos) String() string {
	path := Printable(p.Path)
	switch {
	case p.Line > 0 && p.Col > 0:
		return fmt.Sprintf("%s:%d:%d", path, p.Line, p.Col)
	case p.Line > 0:
		return fmt.Sprintf("%s:%d", path, p.Line)
	default:
		return path
	}
}

// Error is one problem at one position.
type Error struct {
	Pos  Pos
	Msg  string
	Code Code   // what kind of problem of the build it is, which limber check files under one of its rules
	Rule string // the id of the limber check rule that found it, or "" for a problem the build's stages found
}

// Error returns "path:line:col: message", on one line; a problem that a
// limber check rule found reads as limber check prints it,
// "path:line:col: error: message [rule]". The message and the path are
// made Printable, since they may quote a site's content.
func (e *Error) Error() string {
	s := Printable(e.text())
	if e.Rule != "" {
		s = "error: " + s
	}
	if e.Pos.Path == "" {
		return s
	}
	return e.Pos.String() + ": " + s
}

// text returns the message, followed by " [rule]" when a limber check
// rule found the problem.
func (e *Error) text() string {
	if e.Rule == "" {
		return e.Msg
	}
	return e.Msg + " [" + e.Rule + "]"
}

// List collects problems. The zero value is an empty list ready to use.
type List []*Error

// Add appends a problem at pos, formatting the message like fmt.Sprintf.
// Its Code is Content.
func (l *List) Add(pos Pos, format string, args ...any) {
	*l = append(*l, &Error{Pos: pos, Msg: fmt.Sprintf(format, args...)})
}

// AddCode appends a problem of the kind c at pos, formatting the message
// like fmt.Sprintf.
func (l *List) AddCode(pos Pos, c Code, format string, args ...any) {
	*l = append(*l, &Error{Pos: pos, Msg: fmt.Sprintf(format, args...), Code: c})
}

// Append adds the problems of other lists to l.
func (l *List) Append(others ...List) {
	for _, o := range others {
		*l = append(*l, o...)
	}
}

// Len, Swap and Less make List sortable by path, line, column and the
// text printed after them (the message and its rule).
func (l List) Len() int      { return len(l) }
func (l List) Swap(i, j int) { l[i], l[j] = l[j], l[i] }
func (l List) Less(i, j int) bool {
	a, b := l[i].Pos, l[j].Pos
	if a.Path != b.Path {
		return a.Path < b.Path
	}
	if a.Line != b.Line {
		return a.Line < b.Line
	}
	if a.Col != b.Col {
		return a.Col < b.Col
	}
	return l[i].text() < l[j].text()
}

// Sort sorts the list in place and removes exact duplicates: problems
// printed the same, at the same position.
func (l *List) Sort() {
	sort.Stable(*l)
	out := (*l)[:0]
	for _, e := range *l {
		if len(out) > 0 && e.same(out[len(out)-1]) {
			continue
		}
		out = append(out, e)
	}
	*l = out
}

// same reports whether e and o are at the same position and print the
// same text.
func (e *Error) same(o *Error) bool {
	return e.Pos == o.Pos && e.text() == o.text()
}

// Error returns every problem, one per line.
func (l List) Error() string {
	var b strings.Builder
	for i, e := range l {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(e.Error())
	}
	return b.String()
}

// Err returns nil for an empty list and the sorted list otherwise.
func (l List) Err() error {
	if len(l) == 0 {
		return nil
	}
	l.Sort()
	return l
}

// Offset converts a byte offset in src into a position. firstLine is the file
// line on which src begins, so that a slice of a file (such as a Markdown body
// after its front matter) reports file lines. Offsets out of range are clamped.
func Offset(path string, src []byte, firstLine, off int) Pos {
	off = max(0, min(off, len(src)))
	start := bytes.LastIndexByte(src[:off], '\n') + 1
	line := firstLine + bytes.Count(src[:start], []byte{'\n'})
	return Pos{Path: path, Line: line, Col: Column(src[start:off])}
}

// Column returns the 1-based column of the character that follows
// before, the text of its line up to it: one more than the characters
// before counts (each byte that is not UTF-8 counts as one).
func Column(before []byte) int { return utf8.RuneCount(before) + 1 }
