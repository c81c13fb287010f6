package readability

// isCompoundTail reports whether s is a word ending before which an e
// closing a consonant-vowel-consonant-e stem is silent: "some|thing",
// "move|ment", "late|ly", "safe|ty".
func isCompoundTail(s []byte) bool {
	switch string(s) {
	case "things", "thing", "ments", "ment", "fully", "ful", "lessly", "less",
		"ness", "where", "times", "time", "wise", "work", "lines", "line",
		"body", "long", "some", "ones", "one", "how", "like", "ward",
		"place", "what", "house", "hold", "head", "ball", "well", "fore",
		"days", "day", "ways", "way", "man", "ly", "ty":
		return true
	}
	return false
}

// markSilentE blanks the silent e at the end of the first part of a
// compound or before a suffix ("something", "lately"), so that it is not
// counted as a vowel.
func markSilentE(w []byte) {
	markSyncope(w)
	for k := 2; k+2 < len(w); k++ {
		if w[k] != 'e' || !isCompoundTail(w[k+1:]) {
			continue
		}
		c := w[k-1]
		if !isConsonant(c) || !vowelBefore(w, k-1) {
			return
		}
		if in(c, "lr") && isConsonant(w[k-2]) && w[k-2] != c {
			return // syllabic: settle-ment, simple-ness
		}
		w[k] = '_'
		return
	}
}

// markSyncope blanks the vowels that the shorter accepted pronunciation
// drops: the e of -ering and -eling after a consonant (cov-ering and
// trav-eling are two syllables) and the a of -ically (basic-ally is three).
func markSyncope(w []byte) {
	n := len(w)
	if n > 6 && hasSuffix(w, "ically") {
		w[n-4] = '_'
		return
	}
	if hasSuffix(w, "ings") {
		n--
	}
	if n < 7 || !hasSuffix(w[:n], "ing") || !in(w[n-4], "rl") || w[n-5] != 'e' {
		return
	}
	if isConsonant(w[n-6]) && vowelBefore(w, n-6) {
		w[n-5] = '_'
	}
}

// splits reports whether the vowel w[i], which follows another vowel, starts
// a new syllable, as in "being", "area", "idea", "actual", "diet".
func splits(w []byte, i int) bool {
	prev, c, rest := w[i-1], w[i], w[i+1:]
	switch {
	case c >= 'A' && c <= 'Z': // diaeresis: naïve
		return true
	case c == 'i' && (string(rest) == "ng" || string(rest) == "ngs"):
		return true // be-ing, go-ing, continu-ing
	case prev == 'y':
		s := string(rest)
		return !(c == 'e' && (s == "" || s == "s" || s == "d")) // ly-ing, but dye
	case prefixSplits(w, i):
		return true
	}
	switch prev {
	case 'i':
		return splitsAfterI(w, i)
	case 'e':
		return splitsAfterE(w, i)
	case 'u':
		return splitsAfterU(w, i)
	case 'o':
		return c == 'e' && in(at(w, i+1), "mtx") || c == 'i' && string(rest) == "c"
	case 'a':
		return c == 'o' || c == 'i' && string(rest) == "c"
	}
	return false
}

// prefixSplits reports a vowel that starts a word's stem after a prefix:
// re-open, re-use, de-odorant, pre-existing, co-operate, co-exist,
// re-inforce.
func prefixSplits(w []byte, i int) bool {
	c, next := w[i], at(w, i+1)
	switch {
	case i == 2 && (hasPrefix(w, "re") || hasPrefix(w, "de")):
		return c == 'o' || c == 'u' ||
			c == 'e' && in(next, "mnx") ||
			c == 'i' && next == 'n' && in(at(w, i+2), "ft")
	case i == 3 && hasPrefix(w, "pre"):
		return c == 'o' || c == 'e' && in(next, "mnx")
	case i == 2 && hasPrefix(w, "co"):
		return c == 'e' || c == 'o' && in(next, "pr")
	}
	for _, p := range [...]string{"contra", "intra", "extra", "ultra", "infra",
		"anti", "semi", "multi", "neuro", "micro", "electro", "cardio"} {
		if i == len(p) && hasPrefix(w, p) {
			return true // contra-indicated, anti-inflammatory
		}
	}
	return false
}

// splitsAfterI handles i followed by a vowel: me-di-a, vid-e-o, di-et,
// eas-i-er, but -tion, -cial, and the y-like i of mil-lion, un-ion.
func splitsAfterI(w []byte, i int) bool {
	c, p := w[i], at(w, i-2)
	if p == 'h' && at(w, i-3) == 's' {
		p = 's' // cushion, fashion
	}
	glide := in(p, "ln") && (isVowelLetter(at(w, i-3)) ||
		at(w, i-3) == p && isVowelLetter(at(w, i-4)))
	switch {
	case c == 'a' && at(w, i+1) == 't', c == 'o' && i+1 == len(w):
		return true // appreci-ate, vari-ation, pati-o
	case p == 'g' && i == 2:
		return true // gi-ant
	case c != 'e':
		return !glide && (c == 'u' || !in(p, "ctsxg"))
	}
	rest := string(w[i+1:])
	switch {
	case hasPrefix(w[i+1:], "t"):
		return true // di-et, qui-et, anx-i-e-ty
	case rest == "r" || rest == "rs" || rest == "st":
		return vowelBefore(w, i-1) // eas-i-er, bar-ri-er
	case len(rest) >= 2 && rest[0] == 'n' && in(rest[1], "tc"):
		return p != 't' && !(p == 'c' && rest[1] == 't') && !glide // cli-ent
	}
	return false
}

// splitsAfterE handles e followed by a vowel: vid-e-o, ar-e-a, Eu-ro-pe-an,
// mu-se-um, but peo-ple, sur-geon, o-cean.
func splitsAfterE(w []byte, i int) bool {
	c, p, rest := w[i], at(w, i-2), string(w[i+1:])
	switch c {
	case 'o':
		return !(in(p, "gc") && (hasPrefix(w[i+1:], "n") || hasPrefix(w[i+1:], "us")))
	case 'a':
		if creates(w, i) {
			return true
		}
		end := rest == "" || rest == "s" || rest == "n" || rest == "ns"
		return end && vowelBefore(w, i-1) && !in(p, "cgsh")
	case 'u':
		return rest == "m" || rest == "s" && vowelBefore(w, i-1) // muse-um, sole-us
	}
	return false
}

// creates reports the split e-a of cre-ate, re-act, re-al-ize, the-a-ter.
func creates(w []byte, i int) bool {
	next, after := at(w, i+1), at(w, i+2)
	switch {
	case i >= 2 && w[i-2] == 'r' && next == 't' && in(after, "eio"):
		return at(w, i-3) == 'c' // cre-ate, re-cre-ation, but great-er
	case i == 2 && hasPrefix(w, "re"):
		return next == 'c' && after == 't' || next == 'l' && in(after, "ai") // re-act, re-al-ize
	case i == 3 && hasPrefix(w, "the"):
		return next == 't' // the-a-ter
	}
	return false
}

// splitsAfterU handles u followed by a vowel: ac-tu-al, flu-ent, flu-id,
// con-tin-u-ous, but guard, fruit, build.
func splitsAfterU(w []byte, i int) bool {
	c, next := w[i], at(w, i+1)
	if at(w, i-2) == 'g' {
		return false
	}
	switch c {
	case 'a', 'o':
		return true
	case 'e':
		return next == 'n'
	case 'i':
		return next == 'd' || next == 'n'
	}
	return false
}

// ending returns the correction for a word's ending: a silent final e, -es
// or -ed (make, makes, stretched) is -1; syllabic -sm and -thm (spasm,
// rhythm) are +1.
func ending(w []byte) int {
	n := len(w)
	switch {
	case n >= 3 && w[n-1] == 'e':
		return silentE(w, n-1)
	case n >= 4 && (hasSuffix(w, "es") || hasSuffix(w, "ed")):
		if hasSuffix(w, "ed") && in(w[n-3], "td") {
			return 0 // want-ed, need-ed
		}
		if hasSuffix(w, "es") && sibilantStem(w[:n-2]) {
			return 0 // stretch-es, us-es, plac-es
		}
		return silentE(w, n-2)
	case hasSuffix(w, "sm") || hasSuffix(w, "thm") || hasSuffix(w, "sms") || hasSuffix(w, "thms"):
		return 1
	}
	return 0
}

// silentE returns -1 if the e at w[k] is silent: after a consonant, unless it
// makes -le or -re a syllable (ankle, centre), and the u of -gue (league).
func silentE(w []byte, k int) int {
	p := w[k-1]
	if p == 'u' && at(w, k-2) == 'g' && vowelBefore(w, k-2) {
		return -1 // league, fatigue
	}
	if vowelAt(w, k-1) || p == '_' {
		return 0
	}
	if in(p, "lr") && isConsonant(at(w, k-2)) && at(w, k-2) != p {
		return 0
	}
	if !vowelBefore(w, k-1) {
		return 0 // the, be
	}
	return -1
}
