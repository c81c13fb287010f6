package readability

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// isWordRune reports whether r can be part of a word.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return isAlnum(byte(r))
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// isWordStart reports whether a word can start with r: a letter or digit.
func isWordStart(r rune) bool {
	if r < utf8.RuneSelf {
		return isWordRune(r)
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// isTerminator reports whether r can end a sentence.
func isTerminator(r rune) bool {
	switch r {
	case '.', '!', '?', ';', ':', '…':
		return true
	}
	return false
}

// isCloser reports whether r closes a quotation or a bracket.
func isCloser(r rune) bool {
	switch r {
	case '"', '\'', ')', ']', '}', '’', '”', '»':
		return true
	}
	return false
}

// isAlnum reports whether the ASCII character c is a letter or digit.
func isAlnum(c byte) bool {
	return 'a' <= c|0x20 && c|0x20 <= 'z' || '0' <= c && c <= '9'
}

// wordEnd returns the end of the word that starts at i. ASCII letters and
// digits are read without decoding them.
func wordEnd(s string, i int) int {
	j := i
	for j < len(s) {
		if isAlnum(s[j]) {
			j++
			continue
		}
		r, size := rune(s[j]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[j:])
		}
		if isWordRune(r) || joins(s, j, r, size) {
			j += size
			continue
		}
		break
	}
	return j
}

// joins reports whether the punctuation r at s[j:j+size] joins the word
// before it to what follows: an apostrophe, hyphen or full stop before a
// letter or digit, or a comma, colon or en dash between digits.
func joins(s string, j int, r rune, size int) bool {
	switch {
	case r == '.' || isApostrophe(r) || isHyphen(r):
	case r == ',' || r == ':' || r == enDash:
		if j == 0 || !isDigit(s[j-1]) || j+size >= len(s) || !isDigit(s[j+size]) {
			return false
		}
	default:
		return false
	}
	if j+size >= len(s) {
		return false
	}
	next, _ := utf8.DecodeRuneInString(s[j+size:])
	return isWordRune(next)
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// isListNumber reports whether the word w, ending at j at the start of a
// line, is a list number such as "1." or "2)".
func isListNumber(s, w string, j int) bool {
	if len(w) > 3 || j >= len(s) || (s[j] != '.' && s[j] != ')') {
		return false
	}
	for i := 0; i < len(w); i++ {
		if !isDigit(w[i]) {
			return false
		}
	}
	return j+1 == len(s) || s[j+1] == ' ' || s[j+1] == '\t' || s[j+1] == '\n'
}

// abbreviationEnds reports whether a full stop after the word w ends the
// sentence; nextUpper tells whether the next word starts with a capital.
func abbreviationEnds(w string, nextUpper bool) bool {
	if len(w) == 1 && unicode.IsUpper(rune(w[0])) {
		return false // an initial: J. Smith
	}
	if strings.ContainsRune(w, '.') {
		return nextUpper && !isLatinAbbreviation(w) // U.S. Then; e.g. Pilates
	}
	switch strings.ToLower(w) {
	case "dr", "mr", "mrs", "ms", "prof", "st", "vs", "cf", "approx", "fig", "al", "ca":
		return false
	case "etc", "min", "mins", "sec", "secs", "hr", "hrs", "wk", "wks":
		return nextUpper
	}
	return true
}

// isLatinAbbreviation reports e.g. and i.e., which introduce examples.
func isLatinAbbreviation(w string) bool {
	return strings.EqualFold(w, "e.g") || strings.EqualFold(w, "i.e")
}

// isComplex reports whether a word of syl syllables is a complex word (see
// Stats); first tells whether it starts its sentence.
func isComplex(w string, syl int, first bool) bool {
	if syl < 3 {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(w); !first && unicode.IsUpper(r) {
		return false // a name
	}
	if strings.IndexFunc(w, isHyphen) >= 0 {
		for w != "" {
			part, rest := cutHyphen(w)
			if Syllables(part) >= 3 {
				return true
			}
			w = rest
		}
		return false
	}
	for _, suffix := range [...]string{"ing", "ed", "es"} {
		if len(w) > len(suffix)+2 && strings.EqualFold(w[len(w)-len(suffix):], suffix) {
			return Syllables(w[:len(w)-len(suffix)]) >= 3
		}
	}
	return true
}
