package readability

import (
	"strings"
	"unicode"
)

// SpanishSyllables counts the syllables of one Spanish word by the rules of
// the Real Academia's Ortografía (2010), which follow the spelling:
//
//   - a syllable has one vowel nucleus; the weak vowels i and u (and ü)
//     join a vowel beside them in a diphthong ("cie-lo", "cui-da-do") or a
//     triphthong ("buey", "a-ve-ri-guáis"), and two strong vowels (a, e, o)
//     are in hiatus, one syllable each ("le-er", "re-a-li-zar"), and so is
//     the same weak vowel twice ("chi-i-ta", "du-un-vi-ro");
//   - a written accent on a weak vowel beside a strong one breaks the
//     diphthong ("rí-o", "ba-úl", "re-ú-ne"), while one on a weak vowel beside
//     a different weak one does not ("cons-truí");
//   - the u of "que", "qui", "gue" and "gui" is silent, and ü is sounded
//     ("pin-güi-no");
//   - an h between vowels does not break a diphthong ("prohi-bir",
//     "rehu-sar"), as the Ortografía says, unless the weak vowel after it
//     begins a diphthong of its own ("re-huir", "ma-ri-hua-na");
//   - y is a vowel at the end of a word or before a consonant ("hoy", "y"),
//     and a consonant before a vowel ("ma-yo").
//
// As the English count does, a word with a digit ("10", "2,5") and an
// abbreviation ("p. ej." as "p" and "ej", "IMC") are one syllable each, and the
// parts of a hyphenated word are counted apart. Prefixes that a speaker
// splits off ("sub-ra-yar", "trans-a-tlán-ti-co") do not change the count, so
// they need no rule here.
func SpanishSyllables(word string) int {
	total := 0
	for word != "" {
		part, rest := cutHyphen(word)
		total += spanishPart(part)
		word = rest
	}
	return total
}

// spanishPart counts a word without hyphens.
func spanishPart(p string) int {
	letters, upper, digits, dots := 0, 0, 0, 0
	for _, r := range p {
		switch {
		case unicode.IsDigit(r):
			digits++
		case unicode.IsLetter(r):
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		case r == '.':
			dots++
		}
	}
	switch {
	case digits > 0:
		return 1
	case letters == 0:
		return 0
	case dots > 0, letters >= 2 && letters <= 4 && upper == letters:
		return 1 // p. ej., IMC
	}
	return spanishNuclei([]rune(strings.ToLower(p)))
}

// vowel classes of Spanish letters.
const (
	notVowel = iota
	weak     // i, u, ü: glides beside another vowel
	strong   // a, e, o, and an accented i or u
)

// spanishClass returns the class of the letter at w[i].
func spanishClass(w []rune, i int) int {
	switch w[i] {
	case 'a', 'e', 'o', 'á', 'é', 'ó', 'í', 'ú', 'à', 'è', 'ò':
		return strong
	case 'i', 'ü', 'ï':
		return weak
	case 'u':
		if i > 0 && (w[i-1] == 'q' || w[i-1] == 'g' && i+1 < len(w) && isFrontVowel(w[i+1])) {
			return notVowel // que, qui, gue, gui
		}
		return weak
	case 'y':
		if i+1 < len(w) && spanishVowelLetter(w[i+1]) {
			return notVowel // ma-yo, yo
		}
		return weak // hoy, muy, y
	}
	return notVowel
}

// isFrontVowel reports e or i, with or without an accent.
func isFrontVowel(r rune) bool {
	switch r {
	case 'e', 'i', 'é', 'í':
		return true
	}
	return false
}

// spanishVowelLetter reports whether r is a vowel letter of Spanish.
func spanishVowelLetter(r rune) bool {
	return strings.ContainsRune("aeiouáéíóúü", r)
}

// spanishNuclei counts the vowel nuclei of a lower-case word: each run of
// vowels (an h between two vowels does not end a run) is one syllable, plus
// one for each strong vowel after the first in the run ("le-er", "dí-a",
// "coi-hai-que") and one for each weak vowel that follows the same weak vowel
// ("chi-i-ta"): the Ortografía (2010) counts neither as a diphthong.
func spanishNuclei(w []rune) int {
	n, prev, last, strongInRun := 0, notVowel, rune(0), false
	for i := range w {
		c := spanishClass(w, i)
		switch {
		case c == notVowel && w[i] == 'h' && prev != notVowel && joinsOverH(w, i+1):
			continue // prohi-bir: the run goes on over the h
		case c == notVowel:
		case prev == notVowel, c == strong && strongInRun, sameWeak(last, w[i]):
			n++
			strongInRun = c == strong
		case c == strong:
			strongInRun = true
		}
		prev, last = c, w[i]
	}
	return max(n, 1)
}

// sameWeak reports whether x and y are both i or both u, accented or not.
func sameWeak(x, y rune) bool {
	fold := func(r rune) rune {
		switch r {
		case 'í':
			return 'i'
		case 'ú', 'ü':
			return 'u'
		}
		return r
	}
	return fold(x) == fold(y) && (fold(x) == 'i' || fold(x) == 'u')
}

// joinsOverH reports whether the vowel at w[i], after an h that follows a
// vowel, joins that vowel: it is a vowel, and not a weak one that begins a
// diphthong with the next ("re-hue-so" but "rehu-sar"). Two vowels joined
// over an h can still be in hiatus ("pro-hí-be", "ni-hi-lis-mo"):
// spanishNuclei sees to that.
func joinsOverH(w []rune, i int) bool {
	if i >= len(w) {
		return false
	}
	switch spanishClass(w, i) {
	case strong:
		return true
	case weak:
		return i+1 >= len(w) || spanishClass(w, i+1) == notVowel
	}
	return false
}
