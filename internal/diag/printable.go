package diag

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Printable returns s with every character that could change how the text
// around it is shown written visibly instead, so that a message quoting a
// site's content stays one honest line wherever it is printed: a terminal,
// a CI log, a JSON reader or a browser tab.
//
// It escapes the control characters (C0, including tab, newline and
// carriage return; DEL; C1, U+0080 to U+009F), the format characters
// (Unicode category Cf: the bidirectional controls such as U+202E and
// U+2066 to U+2069, U+200E and U+200F, U+061C, the zero-width characters,
// the byte order mark, the tag characters), the line and paragraph
// separators U+2028 and U+2029, and each byte that is not valid UTF-8 (a
// lone 0x9b is a terminal's escape sequence too). Tab, newline and carriage
// return become \t, \n and \r; other characters below U+0080 and invalid
// bytes become \xNN; the rest \uNNNN or \UNNNNNNNN, as in Go.
//
// A backslash is left as it is, so Printable changes nothing in its own
// result: text that is already printable is returned unchanged, without
// copying.
func Printable(s string) string {
	i := firstUnprintable(s)
	if i < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 16)
	b.WriteString(s[:i])
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b.WriteString(`\x` + hex2(s[i]))
		case unprintable(r):
			b.WriteString(escapeRune(r))
		default:
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

// firstUnprintable returns the byte offset of the first character of s
// that Printable escapes, or -1 when there is none. Printable ASCII, the
// common case, is checked a byte at a time.
func firstUnprintable(s string) int {
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0x20 && c < 0x7f {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || unprintable(r) {
			return i
		}
		i += size
	}
	return -1
}

// unprintable reports whether Printable escapes the character r.
func unprintable(r rune) bool {
	return r < 0x20 || r >= 0x7f && r <= 0x9f || r == '\u2028' || r == '\u2029' ||
		r > 0x9f && unicode.Is(unicode.Cf, r)
}

// escapeRune writes r the way Go writes it in a quoted string.
func escapeRune(r rune) string {
	switch {
	case r == '\t':
		return `\t`
	case r == '\n':
		return `\n`
	case r == '\r':
		return `\r`
	case r < 0x80:
		return `\x` + hex2(byte(r))
	case r <= 0xffff:
		return `\u` + pad(strconv.FormatInt(int64(r), 16), 4)
	}
	return `\U` + pad(strconv.FormatInt(int64(r), 16), 8)
}

// hex2 writes a byte as two lower-case hexadecimal digits.
func hex2(c byte) string {
	const digits = "0123456789abcdef"
	return string([]byte{digits[c>>4], digits[c&0xf]})
}

// pad puts zeros before s until it is n characters long.
func pad(s string, n int) string {
	return strings.Repeat("0", max(0, n-len(s))) + s
}
