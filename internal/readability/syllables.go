package readability

import (
	"unicode"
	"unicode/utf8"
)

// maxLetters is the longest word Syllables applies its spelling rules to;
// longer words (URLs, chemical names) get a plain vowel-group count.
const maxLetters = 48

// Syllables estimates the number of syllables of one English word as it is
// usually pronounced, taking the shorter of two accepted pronunciations
// ("every" is ev-ry, 2), as Flesch's rules ask.
//
// It counts the groups of vowels in the word's spelling and corrects the
// count with English spelling rules: a silent final e ("stretche" in
// "stretched", "make"), -ed and -es that add no syllable ("stretched",
// "makes", but "wanted", "stretches"), syllabic -le and -re ("ankle",
// "centre"), y as a vowel ("body", "lying") or a consonant ("yes", "player"),
// vowel pairs that are two syllables ("area", "idea", "actual", "being"),
// silent e inside common compounds ("something", "movement"), and a short list
// of words whose spelling misleads (see exception).
//
// Following Flesch (1979), a word containing a digit ("17", "2.5", "3rd") is
// one syllable, and so is an abbreviation: a word with an inner full stop
// ("e.g") or written in two to four capitals ("TV", "ACL"). The parts of a
// hyphenated word, or of a range of figures, are counted separately and
// added ("cat-cow" is 2, and so are "10-20" and "10–20"). A
// contraction counts as pronounced ("don't" 1, "couldn't" 2, "it'll" 2).
// Letters outside English are folded to their base letter ("café" is 2); a
// word without letters or digits has no syllables.
func Syllables(word string) int {
	if n, ok := asciiSyllables(word); ok {
		return n
	}
	total := 0
	for word != "" {
		part, rest := cutHyphen(word)
		total += partSyllables(part)
		word = rest
	}
	return total
}

// asciiSyllables is Syllables for an ASCII word, which it reads once, a
// byte at a time, counting each part between hyphens as partSyllables
// does. It reports false for any other word.
func asciiSyllables(word string) (int, bool) {
	total, start := 0, 0
	letters, upper, digits, dots, apos := 0, 0, 0, 0, -1
	for i := 0; i <= len(word); i++ {
		if i == len(word) || word[i] == '-' {
			total += countPart(word[start:i], letters, upper, digits, dots, apos)
			start, letters, upper, digits, dots, apos = i+1, 0, 0, 0, 0, -1
			continue
		}
		switch c := word[i]; {
		case c >= utf8.RuneSelf:
			return 0, false
		case '0' <= c && c <= '9':
			digits++
		case 'a' <= c && c <= 'z':
			letters++
		case 'A' <= c && c <= 'Z':
			letters++
			upper++
		case c == '.':
			dots++
		case c == '\'':
			apos = i - start
		}
	}
	return total, true
}

// cutHyphen splits s at its first hyphen, or en dash (which is inside a
// word only in a range of figures, "10–20"). It reads bytes: a hyphen is
// "-" or a rune whose UTF-8 form starts with 0xE2, and neither byte is ever
// inside another rune.
func cutHyphen(s string) (before, after string) {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '-':
			return s[:i], s[i+1:]
		case 0xE2:
			if r, size := utf8.DecodeRuneInString(s[i:]); isHyphen(r) || r == enDash {
				return s[:i], s[i+size:]
			}
		}
	}
	return s, ""
}

// partSyllables counts a word without hyphens: an ASCII word as
// asciiSyllables does (it has one part), any other with
// partSyllablesRunes.
func partSyllables(p string) int {
	if n, ok := asciiSyllables(p); ok {
		return n
	}
	return partSyllablesRunes(p)
}

// partSyllablesRunes is partSyllables for a word with letters outside
// ASCII (or bytes that are not UTF-8).
func partSyllablesRunes(p string) int {
	letters, upper, digits, dots, apos := 0, 0, 0, 0, -1
	for i, r := range p {
		switch {
		case r >= '0' && r <= '9' || unicode.IsDigit(r):
			digits++
		case unicode.IsLetter(r):
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		case r == '.':
			dots++
		case isApostrophe(r):
			apos = i
		}
	}
	return countPart(p, letters, upper, digits, dots, apos)
}

// countPart counts the syllables of a word without hyphens from what it
// has: its letters (upper of them capitals), digits and full stops, and the
// offset of its last apostrophe (-1 for none).
func countPart(p string, letters, upper, digits, dots, apos int) int {
	switch {
	case digits > 0:
		return 1
	case letters == 0:
		return 0
	case dots > 0, letters >= 2 && letters <= 4 && upper == letters:
		return 1
	case apos > 0:
		_, size := utf8.DecodeRuneInString(p[apos:])
		return contraction(p[:apos], p[apos+size:])
	}
	return foldedSyllables(p)
}

// contraction counts a word with an apostrophe: base is before it, suffix
// after it.
func contraction(base, suffix string) int {
	var buf [maxLetters]byte
	b, ok := fold(base, &buf)
	if !ok || len(b) == 0 {
		return foldedSyllables(base + suffix)
	}
	switch lowerASCII(suffix) {
	case "t": // n't
		if len(b) < 2 || b[len(b)-1] != 'n' {
			return english(b)
		}
		stem := b[:len(b)-1]
		n := english(stem)
		if last := stem[len(stem)-1]; !isVowelLetter(last) || hasSuffix(stem, "ve") {
			n++ // could-n't, have-n't; but do-n't, are-n't
		}
		return n
	case "s":
		if endsSibilant(b) {
			return english(b) + 1 // horse's
		}
	case "ll", "d", "ve":
		if !isVowelLetter(b[len(b)-1]) {
			return english(b) + 1 // it'll, that'd, could've
		}
	case "re", "m", "":
	default: // O'Brien, rock'n'roll
		return foldedSyllables(base + suffix)
	}
	return english(b)
}

// foldedSyllables counts a word of letters after folding it to lower-case
// ASCII.
func foldedSyllables(p string) int {
	var buf [maxLetters]byte
	w, ok := fold(p, &buf)
	if !ok {
		return vowelGroups(p)
	}
	return english(w)
}

// fold writes the letters of s to buf in lower-case ASCII, folding accented
// Latin letters to their base letter. A vowel with a diaeresis ("naïve") and
// é ("café") are written in upper case, which english reads as a sounded
// vowel that starts a new syllable.
// Letters of other scripts become 'x'. It reports false if s has more than
// maxLetters letters.
func fold(s string, buf *[maxLetters]byte) ([]byte, bool) {
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= utf8.RuneSelf:
			return foldRunes(s, buf)
		case 'a' <= c|0x20 && c|0x20 <= 'z':
			if n == len(buf) {
				return nil, false
			}
			buf[n] = c | 0x20
			n++
		}
	}
	return buf[:n], true
}

// foldRunes is fold for a word with letters outside ASCII.
func foldRunes(s string, buf *[maxLetters]byte) ([]byte, bool) {
	n := 0
	for _, r := range s {
		if !unicode.IsLetter(r) {
			continue
		}
		if n == len(buf) {
			return nil, false
		}
		buf[n] = foldRune(r)
		n++
	}
	return buf[:n], true
}

// foldRune maps a letter to the lower-case ASCII letter english counts it as.
func foldRune(r rune) byte {
	if r < utf8.RuneSelf {
		return byte(unicode.ToLower(r))
	}
	switch unicode.ToLower(r) {
	case 'à', 'á', 'â', 'ã', 'å', 'ā', 'æ':
		return 'a'
	case 'è', 'ê', 'ē', 'œ':
		return 'e'
	case 'é', 'ë': // café, Noël: a sounded e
		return 'E'
	case 'ì', 'í', 'î', 'ī':
		return 'i'
	case 'ò', 'ó', 'ô', 'õ', 'ø', 'ō':
		return 'o'
	case 'ù', 'ú', 'û', 'ū':
		return 'u'
	case 'ý', 'ÿ':
		return 'y'
	case 'ä':
		return 'A'
	case 'ï':
		return 'I'
	case 'ö':
		return 'O'
	case 'ü':
		return 'U'
	case 'ç':
		return 'c'
	case 'ñ':
		return 'n'
	}
	return 'x'
}

// vowelGroups counts runs of ASCII vowels, for words too long for english.
func vowelGroups(s string) int {
	n, in := 0, false
	for i := 0; i < len(s); i++ {
		v := isVowelLetter(s[i] | 0x20)
		if v && !in {
			n++
		}
		in = v
	}
	return max(n, 1)
}

// lowerASCII lower-cases the ASCII letters of a short suffix such as "LL".
func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if b[j] >= 'A' && b[j] <= 'Z' {
					b[j] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}

func isHyphen(r rune) bool { return r == '-' || r == '\u2010' || r == '\u2011' }

func isApostrophe(r rune) bool { return r == '\'' || r == '\u2019' }
