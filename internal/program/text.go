package program

import "strconv"

// readText unescapes an address's text enc, which starts at character at,
// and checks it as the field name of at most max characters. Only the
// spelling Encode writes is accepted: an escape of a letter, a digit, '-',
// '.' or a space, or one in lower-case hex, is an error.
func readText(name *Problem, enc string, at, max int) (string, error) {
	out := make([]byte, 0, len(enc))
	for i := 0; i < len(enc); i++ {
		c := enc[i]
		switch {
		case literal(c):
			out = append(out, c)
		case c == space:
			out = append(out, ' ')
		case c == escape:
			b, ok := unhex(enc[i+1:])
			if !ok {
				return "", problem("js.addr.hex", name, at+i)
			}
			if literal(b) || b == ' ' {
				return "", problem("js.addr.itself", name, at+i)
			}
			out = append(out, b)
			i += 2
		default:
			return "", problem("js.addr.here", name, strconv.Quote(enc[i:i+1]), at+i)
		}
	}
	s := string(out)
	return s, checkText(name, s, max)
}

// unhex reads a byte written as two upper-case hex digits at the front of
// s.
func unhex(s string) (byte, bool) {
	if len(s) < 2 {
		return 0, false
	}
	hi, ok1 := hexDigit(s[0])
	lo, ok2 := hexDigit(s[1])
	return hi<<4 | lo, ok1 && ok2
}

// hexDigit reads one upper-case hex digit.
func hexDigit(c byte) (byte, bool) {
	switch {
	case '0' <= c && c <= '9':
		return c - '0', true
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}
