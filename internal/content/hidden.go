package content

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/limber/limber/internal/diag"
)

// c0Names are the short names of the control characters U+0000 to U+001F,
// in order.
const c0Names = "NUL SOH STX ETX EOT ENQ ACK BEL BS TAB LF VT FF CR SO SI " +
	"DLE DC1 DC2 DC3 DC4 NAK SYN ETB CAN EM SUB ESC FS GS RS US"

// hiddenRune reports whether r is a character that does not show in an
// editor but would reach the page as it is: a C0 control character other
// than tab and line feed, DEL, a C1 control character, or a byte order
// mark (U+FEFF), which belongs only at the very start of a file.
func hiddenRune(r rune) bool {
	switch {
	case r == '\t' || r == '\n':
		return false
	case r < 0x20, r >= 0x7f && r <= 0x9f, r == 0xfeff:
		return true
	}
	return false
}

// hiddenName names a character for which hiddenRune is true, for messages.
func hiddenName(r rune) string {
	switch {
	case r < 0x20:
		return fmt.Sprintf("the control character %s (U+%04X)", strings.Fields(c0Names)[r], r)
	case r == 0x7f:
		return "the control character DEL (U+007F)"
	case r == 0xfeff:
		return "a byte order mark (U+FEFF)"
	}
	return fmt.Sprintf("the control character U+%04X", r)
}

// hiddenError says why text with a hidden character in it is refused, or
// returns "" when it has none.
func hiddenError(s string) string {
	i := strings.IndexFunc(s, hiddenRune)
	if i < 0 {
		return ""
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return fmt.Sprintf("contains %s, which does not show in an editor but would reach the page: delete it", hiddenName(r))
}

// checkHidden reports the first hidden character (see hiddenRune) in a
// Markdown body that starts on file line firstLine, written as it is or as
// an HTML character reference such as &#x1b; (which Markdown turns into the
// character), saying how many more there are, so that none reaches the
// page unseen.
func checkHidden(path string, body []byte, firstLine int, errs *diag.List) {
	if bytes.IndexFunc(body, hiddenRune) < 0 && bytes.IndexByte(body, '&') < 0 {
		return
	}
	offs, first, ref := hiddenIn(body)
	if len(offs) == 0 {
		return
	}
	more := ""
	if len(offs) > 1 {
		more = fmt.Sprintf(" (and %d more in this file)", len(offs)-1)
	}
	what := "the text contains " + hiddenName(first) + " here"
	if ref != "" {
		what = fmt.Sprintf("the character reference %s stands for %s", ref, hiddenName(first))
	}
	errs.Add(diag.Offset(path, body, firstLine, offs[0]),
		"%s%s, which does not show in an editor but would reach the page: delete it", what, more)
}

// hiddenIn returns the offset in body of every hidden character, written
// as it is or as a character reference, the first such character, and the
// reference it was written as, if it was.
func hiddenIn(body []byte) (offs []int, first rune, ref string) {
	for i := 0; i < len(body); {
		r, size := utf8.DecodeRune(body[i:])
		isRef := false
		if r == '&' {
			if c, n := charRef(body[i:]); n > 0 && hiddenRune(c) {
				r, size, isRef = c, n, true
			}
		}
		if hiddenRune(r) {
			if offs == nil {
				first = r
				if isRef {
					ref = string(body[i : i+size])
				}
			}
			offs = append(offs, i)
		}
		i += size
	}
	return offs, first, ref
}

// charRef reads the HTML character reference at the start of b, such as
// &#27; or &#x1B;, as CommonMark does (at most 7 decimal or 6 hex digits;
// &#0; stands for U+FFFD), or &ZeroWidthNoBreakSpace;, the one named
// reference to a hidden character. It returns the character and the
// reference's length, or a length of 0 when b does not start with one.
func charRef(b []byte) (rune, int) {
	const bomName = "&ZeroWidthNoBreakSpace;"
	if bytes.HasPrefix(b, []byte(bomName)) {
		return 0xfeff, len(bomName)
	}
	if len(b) < 4 || b[0] != '&' || b[1] != '#' {
		return 0, 0
	}
	base, most, i := 10, 7, 2
	if b[2] == 'x' || b[2] == 'X' {
		base, most, i = 16, 6, 3
	}
	start, n := i, rune(0)
	for ; i < len(b) && i-start < most; i++ {
		d := digitValue(b[i], base)
		if d < 0 {
			break
		}
		n = n*rune(base) + rune(d)
	}
	if i == start || i >= len(b) || b[i] != ';' {
		return 0, 0
	}
	if n == 0 {
		n = utf8.RuneError
	}
	return n, i + 1
}

// digitValue returns the value of the digit c in base 10 or 16, or -1.
func digitValue(c byte, base int) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case base == 16 && c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case base == 16 && c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}
