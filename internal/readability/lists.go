package readability

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// enDash joins the figures of a range ("10–20"), as a hyphen does.
const enDash = '\u2013'

// colonContinues reports whether the colon that ends just before j, right
// after a word, leaves the sentence open (see Analyze): after a label of
// one or two words, with more of the sentence on the same line; or at the
// end of a line followed by a bulleted item without closing punctuation,
// when the sentence goes on into the list.
func (a *analyzer) colonContinues(j int) bool {
	k := skipBlanks(a.text, j)
	if k < len(a.text) && a.text[k] != '\n' {
		return a.words <= 2
	}
	if k < len(a.text) && isBulletLine(a.text, k+1) && !closed(bulletItem(a.text, k+1)) {
		a.list = true
		return true
	}
	return false
}

// skipBlanks returns the offset of the first character at or after i that
// is not a space, tab or carriage return.
func skipBlanks(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r') {
		i++
	}
	return i
}

// isBulletLine reports whether the line that starts at i (after any
// spaces) is an item of a bulleted list: a bullet, then a space.
func isBulletLine(s string, i int) bool {
	i = skipBlanks(s, i)
	r, size := utf8.DecodeRuneInString(s[i:])
	if r != '-' && r != '*' && r != '+' && r != '•' {
		return false
	}
	return i+size < len(s) && (s[i+size] == ' ' || s[i+size] == '\t')
}

// bulletItem returns the text of the bulleted line that starts at i, up to
// the end of the line.
func bulletItem(s string, i int) string {
	line := s[i:]
	if n := strings.IndexByte(line, '\n'); n >= 0 {
		line = line[:n]
	}
	return line
}

// closed reports whether a line ends with punctuation that ends a
// sentence, before any closing quotes and brackets.
func closed(line string) bool {
	line = strings.TrimRightFunc(line, func(r rune) bool { return unicode.IsSpace(r) || isCloser(r) })
	r, _ := utf8.DecodeLastRuneInString(line)
	return isTerminator(r)
}
