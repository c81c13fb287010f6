package readability

// english counts the syllables of a word written in lower-case ASCII letters
// (upper-case vowels mark a diaeresis). It may change w.
func english(w []byte) int {
	if len(w) == 0 {
		return 0
	}
	if n, ok := exception(w); ok {
		return n
	}
	markSilentE(w)
	n, prev := 0, false // prev: w[i-1] is sounded as a vowel
	for i := range w {
		v := vowelAt(w, i)
		if v && (!prev || splits(w, i)) {
			n++
		}
		prev = v
	}
	n += ending(w)
	return max(n, 1)
}

// isVowelLetter reports whether c is a, e, i, o or u (or a diaeresis vowel,
// in upper case), with one bit test.
func isVowelLetter(c byte) bool {
	const vowels = 1<<('a'-'a') | 1<<('e'-'a') | 1<<('i'-'a') | 1<<('o'-'a') | 1<<('u'-'a')
	l := c | 0x20
	return 'a' <= l && l <= 'z' && vowels>>(l-'a')&1 == 1
}

// isConsonant reports whether c is a letter other than a vowel or y.
func isConsonant(c byte) bool {
	return c >= 'a' && c <= 'z' && !isVowelLetter(c) && c != 'y'
}

// vowelAt reports whether w[i] is sounded as a vowel: u after q is not
// ("quick"), y at the start of a word is not ("yes"), nor y between vowels
// ("player", "beyond").
func vowelAt(w []byte, i int) bool {
	switch c := w[i]; c {
	default:
		return isVowelLetter(c) // a, e, i, o and the diaeresis vowels
	case 'u':
		return i == 0 || w[i-1] != 'q'
	case 'y':
		if i == 0 {
			return false
		}
		if isVowelLetter(w[i-1]) {
			return i+1 == len(w) || !isVowelLetter(w[i+1])
		}
		return true
	}
}

// hasSuffix reports whether w ends with s.
func hasSuffix(w []byte, s string) bool {
	return len(w) >= len(s) && string(w[len(w)-len(s):]) == s
}

// hasPrefix reports whether w starts with s.
func hasPrefix(w []byte, s string) bool {
	return len(w) >= len(s) && string(w[:len(s)]) == s
}

// vowelBefore reports whether w[:i] has a vowel.
func vowelBefore(w []byte, i int) bool {
	for j := 0; j < i && j < len(w); j++ {
		if vowelAt(w, j) {
			return true
		}
	}
	return false
}

// at returns w[i], or 0 outside w.
func at(w []byte, i int) byte {
	if i < 0 || i >= len(w) {
		return 0
	}
	return w[i]
}

// in reports whether c is one of the bytes of set.
func in(c byte, set string) bool {
	for i := 0; i < len(set); i++ {
		if set[i] == c {
			return true
		}
	}
	return false
}

// sibilantStem reports whether a stem sounds an s, z, sh, ch or j before
// -es: box-es, stretch-es, plac-es, chang-es.
func sibilantStem(w []byte) bool {
	switch n := len(w); {
	case n == 0:
		return false
	case in(w[n-1], "sxzcg"):
		return true
	case w[n-1] == 'h':
		return in(at(w, n-2), "cs")
	}
	return false
}

// endsSibilant reports whether a word ends in an s, z, sh or ch sound, after
// which -es and 's are a syllable of their own.
func endsSibilant(w []byte) bool {
	switch n := len(w); {
	case n == 0:
		return false
	case in(w[n-1], "sxz"):
		return true
	case w[n-1] == 'h':
		return in(at(w, n-2), "cs")
	case w[n-1] == 'e':
		return in(at(w, n-2), "cgsz")
	}
	return false
}
