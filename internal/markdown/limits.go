package markdown

import (
	"bytes"

	"github.com/limber/limber/internal/diag"
)

// MaxBodyBytes is the largest Markdown body limber renders: 256 KiB. A real
// handout's body is a few KiB (the longest page of the sample site is under
// 4 KiB), so the limit leaves a margin of about sixty times, while keeping
// goldmark's time and memory on one page small: with the other limits,
// every shape of body under it renders in well under a second
// (BenchmarkPathological), where a 50 MiB body took 36 s and 1.6 GiB.
const MaxBodyBytes = 256 << 10

// MaxNesting is the most lists and block quotes one line may open inside
// one another, such as "> - 1. text", which opens three. Real handouts nest
// three or four deep; goldmark's time grows with the square of this depth
// (a line of 100,000 "- " took 26 s), and it has no option to limit it.
// Lists nested by indenting each line further are not counted: the size of
// the body bounds their depth, and what they cost (BenchmarkPathological).
const MaxNesting = 16

// MaxBlockLines is the most lines a body may have without a blank line
// between them. A paragraph, a table or a list item's text is one such run,
// and goldmark looks up a piece of a run's text by walking its lines, so a
// run of many lines full of link brackets takes time that grows with the
// square of its length. Real paragraphs and tables have tens of lines.
const MaxBlockLines = 1000

// MaxWordChars is the most characters a body may have in a row with no
// space, tab or line break. goldmark reads a link's address up to the next
// space, so a long run of "[a](" is read again for every bracket, in time
// that grows with the square of the run. The longest web addresses in use
// are well under this.
const MaxWordChars = 2048

// checkLimits reports where in.Body goes past limber's limits: its size
// alone when it is too large, otherwise the first place past each of the
// other limits. It reads the body once, so that a body goldmark would take
// minutes over is turned down at once.
func checkLimits(in Input) diag.List {
	var errs diag.List
	body := in.Body
	if len(body) > MaxBodyBytes {
		errs.Add(diag.Pos{Path: in.Path, Line: in.BodyLine, Col: 1},
			"the Markdown text is %d KiB, more than limber's limit of %d KiB for one page: split it into several pages",
			(len(body)+1023)>>10, MaxBodyBytes>>10)
		return errs
	}
	deep, block, word := scanLimits(body)
	at := func(off int) diag.Pos { return diag.Offset(in.Path, body, in.BodyLine, off) }
	if deep >= 0 {
		errs.Add(at(deep), "more than %d lists and block quotes nested on one line (limber's limit): nest them less deeply", MaxNesting)
	}
	if block >= 0 {
		errs.Add(at(block), "more than %d lines without a blank line, from here (limber's limit): put blank lines between paragraphs, or split the table or list", MaxBlockLines)
	}
	if word >= 0 {
		errs.Add(at(word), "more than %d characters without a space or line break, from here (limber's limit): add spaces, or shorten the link", MaxWordChars)
	}
	return errs
}

// scanLimits returns the offsets in body of the first list or quote marker
// past MaxNesting, the start of the first run of lines longer than
// MaxBlockLines, and the start of the first word longer than MaxWordChars;
// -1 for each that is not there.
func scanLimits(body []byte) (deep, block, word int) {
	deep, block, word = -1, -1, -1
	lines, start := 0, 0 // lines in the current run without a blank line, and where it starts
	for off := 0; off < len(body); {
		end := len(body)
		if nl := bytes.IndexByte(body[off:], '\n'); nl >= 0 {
			end = off + nl
		}
		line := body[off:end]
		switch {
		case len(bytes.TrimLeft(line, " \t\r\v\f")) == 0:
			lines = 0
		case lines == 0:
			lines, start = 1, off
		default:
			lines++
		}
		if block < 0 && lines > MaxBlockLines {
			block = start
		}
		deep = firstAt(deep, off, line, tooDeep)
		word = firstAt(word, off, line, longWord)
		off = end + 1
	}
	return deep, block, word
}

// firstAt returns found when it is already set, and otherwise the offset
// in the body of what find finds in line (at offset off), or -1.
func firstAt(found, off int, line []byte, find func([]byte) int) int {
	if found >= 0 {
		return found
	}
	if at := find(line); at >= 0 {
		return off + at
	}
	return -1
}

// tooDeep returns the offset in line of the list or quote marker that
// opens more than MaxNesting containers at its start, or -1. It looks at
// no more than MaxNesting+1 markers, so a line of thousands costs no more
// than a short one.
func tooDeep(line []byte) int {
	i := 0
	for depth := 0; ; depth++ {
		i = skipBlank(line, i)
		n := marker(line, i)
		if n == 0 {
			return -1
		}
		if depth == MaxNesting {
			return i
		}
		i += n
	}
}

// marker returns the length of the block quote marker (">") or list item
// marker ("-", "+", "*", or up to nine digits and "." or ")", followed by
// a space, a tab or the end of the line) at line[i:], or 0 if there is
// none. A thematic break such as "- - -" is not a list.
func marker(line []byte, i int) int {
	if i >= len(line) {
		return 0
	}
	n := 0
	switch c := line[i]; {
	case c == '>':
		return 1
	case c == '-' || c == '+' || c == '*':
		if thematicBreak(line[i:]) {
			return 0
		}
		n = 1
	default:
		for n < 9 && i+n < len(line) && line[i+n] >= '0' && line[i+n] <= '9' {
			n++
		}
		if n == 0 || i+n >= len(line) || (line[i+n] != '.' && line[i+n] != ')') {
			return 0
		}
		n++
	}
	if i+n < len(line) && line[i+n] != ' ' && line[i+n] != '\t' {
		return 0
	}
	return n
}

// thematicBreak reports whether s is a thematic break: three or more of
// one of "-", "*" or "_", with nothing but spaces and tabs between them.
func thematicBreak(s []byte) bool {
	c, n := s[0], 0
	if c != '-' && c != '*' && c != '_' {
		return false
	}
	for _, b := range s {
		switch b {
		case c:
			n++
		case ' ', '\t', '\r':
		default:
			return false
		}
	}
	return n >= 3
}

// skipBlank returns the offset of the first byte at or after i in line
// that is not a space or a tab.
func skipBlank(line []byte, i int) int {
	for i < len(line) && (line[i] == ' ' || line[i] == '\t') {
		i++
	}
	return i
}

// longWord returns the offset in line of the first run of more than
// MaxWordChars characters (UTF-8 sequences) with no white space, or -1.
func longWord(line []byte) int {
	start, n := 0, 0
	for i, c := range line {
		switch {
		case c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f':
			n = 0
		case c&0xC0 == 0x80: // a UTF-8 continuation byte: part of the character before
		case n == 0:
			start, n = i, 1
		default:
			n++
		}
		if n > MaxWordChars {
			return start
		}
	}
	return -1
}
