package plain

import "strings"

// spanishInflections returns a Spanish word and its usual forms: gender
// and number of nouns and adjectives (supino, supina, supinos, supinas;
// flexión, flexiones; bilateral, bilaterales; abductor, abductora), the
// -mente adverb (bilateralmente), the commonest forms of a regular verb
// in -ar, -er or -ir (flexione, flexiona, flexionando, flexionado), and each
// of them without written accents, as texts typed without them have it
// ("decubito supino"). Stem-changing and irregular verbs are not made:
// list their forms as terms of their own.
func spanishInflections(w string) []string {
	forms := []string{w}
	if len([]rune(w)) < 3 {
		return forms // de, la, en: function words in phrases do not change
	}
	switch stem, ending := verbStem(w); ending {
	case "ar":
		forms = append(forms, withEndings(stem, "a", "as", "an", "o", "amos", "ando", "ado", "ada", "ados", "adas")...)
		forms = append(forms, withEndings(softStem(stem), "e", "es", "en")...)
	case "er", "ir":
		forms = append(forms, withEndings(stem, "e", "es", "en", "a", "as", "an", "o", "iendo", "ido", "ida", "idos", "idas")...)
	}
	forms = append(forms, nominalForms(w)...) // lumbar, lumbares: -ar is an adjective too
	n := len(forms)
	for _, f := range forms[:n] {
		if bare := stripAccents(f); bare != f {
			forms = append(forms, bare)
		}
	}
	return forms
}

// verbStem splits an infinitive into its stem and its -ar, -er or -ir
// ending; a word that is not one has no ending.
func verbStem(w string) (string, string) {
	for _, e := range [...]string{"ar", "er", "ir"} {
		if strings.HasSuffix(w, e) && len(w) > 4 {
			return w[:len(w)-2], e
		}
	}
	return w, ""
}

// softStem returns the stem of an -ar verb before an e, with the spelling
// that keeps its sound: realiz-ar, realic-e; toc-ar, toqu-e; lleg-ar,
// llegu-e.
func softStem(stem string) string {
	switch {
	case strings.HasSuffix(stem, "z"):
		return stem[:len(stem)-1] + "c"
	case strings.HasSuffix(stem, "c"):
		return stem[:len(stem)-1] + "qu"
	case strings.HasSuffix(stem, "g"):
		return stem + "u"
	}
	return stem
}

// nominalForms returns the gender, number and -mente forms of a noun or
// adjective.
func nominalForms(w string) []string {
	switch last := w[len(w)-1]; {
	case last == 'o':
		s := w[:len(w)-1]
		return withEndings(s, "a", "os", "as", "amente")
	case last == 'a':
		s := w[:len(w)-1]
		return withEndings(s, "as", "o", "os", "amente")
	case last == 'e':
		return []string{w + "s", w + "mente"}
	case last == 'z':
		return []string{w[:len(w)-1] + "ces"}
	case last == 's' || last == 'x':
		return nil // bíceps, tórax: the same in the plural
	case strings.HasSuffix(w, "or"):
		return []string{w + "es", w + "a", w + "as"}
	}
	plural := stripLastAccent(w) + "es" // flexión: flexiones
	if strings.HasSuffix(w, "al") || strings.HasSuffix(w, "il") {
		return []string{plural, w + "mente"}
	}
	return []string{plural}
}

// withEndings returns stem followed by each ending.
func withEndings(stem string, endings ...string) []string {
	out := make([]string, len(endings))
	for i, e := range endings {
		out[i] = stem + e
	}
	return out
}

// stripAccents removes written accents (not the diaeresis of ü, nor ñ).
func stripAccents(w string) string {
	return strings.Map(func(r rune) rune {
		if i := strings.IndexRune("áéíóú", r); i >= 0 {
			return rune("aeiou"[i/2]) // each accented vowel is two bytes
		}
		return r
	}, w)
}

// stripLastAccent removes the written accent of a word that ends in a
// consonant and is stressed on its last syllable, which loses it in the
// plural (flexión, flexiones), and keeps that of one stressed earlier
// (fémur, fémures).
func stripLastAccent(w string) string {
	r := []rune(w)
	for i := len(r) - 1; i >= 0; i-- {
		switch r[i] {
		case 'á', 'é', 'í', 'ó', 'ú':
			if i >= len(r)-3 {
				return stripAccents(w)
			}
			return w
		}
	}
	return w
}
