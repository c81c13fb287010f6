package plain

import "strings"

// inflections returns a word and its simple English forms: plural or third
// person -s/-es, -ed, -ing and -ly, with the usual spelling changes (ambulate:
// ambulated, ambulating; injury: injuries; lie: lying). Consonant doubling
// (stop, stopping) and irregular forms are not made: list those as terms of
// their own.
func inflections(w string) []string {
	forms := []string{w}
	add := func(more ...string) { forms = append(forms, more...) }
	n := len(w)
	switch {
	case n < 3:
		return forms // of, to, in: function words in phrases do not inflect
	case strings.HasSuffix(w, "ie"):
		add(w+"s", w+"d", w[:n-2]+"ying")
	case strings.HasSuffix(w, "e"):
		add(w+"s", w+"d", w[:n-1]+"ing", w+"ly")
	case strings.HasSuffix(w, "y") && !isVowel(w[n-2]):
		add(w[:n-1]+"ies", w[:n-1]+"ied", w+"ing", w[:n-1]+"ily")
	case sibilant(w):
		add(w+"es", w+"ed", w+"ing", w+"ly")
	default:
		add(w+"s", w+"ed", w+"ing", w+"ly")
	}
	return forms
}

// sibilant reports whether w ends in s, x, z, ch or sh, which take -es.
func sibilant(w string) bool {
	return strings.HasSuffix(w, "s") || strings.HasSuffix(w, "x") || strings.HasSuffix(w, "z") ||
		strings.HasSuffix(w, "ch") || strings.HasSuffix(w, "sh")
}

func isVowel(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }
