package plain

import (
	"slices"
	"strings"
)

// Form is the form in which a text uses a word, in the order inflections
// makes them.
type Form int

// The forms of a word.
const (
	Base Form = iota // as listed: repetition, perform
	S                // plural or third person: repetitions, performs
	Ed               // past: performed
	Ing              // performing
	Ly               // bilaterally
	// Variant is any other form of a Spanish word (its gender, number, an
	// adverb in -mente or a form of a verb); the plain words of Spanish
	// terms fit every form, so they are given as listed.
	Variant
)

// Suggestion returns the plain words of the match's term in the form the
// text used: "reps, or times" for "repetitions", "did, or done" for
// "performed". Where the plain words have no such form they are given as
// listed.
func (m Match) Suggestion() string { return Inflect(m.Term.Plain, m.Form) }

// Inflect gives plain, a word or phrase or alternatives of them separated
// by commas and "or", the form f, one alternative at a time. An
// alternative that starts with a verb of the built-in list ("make worse")
// inflects that verb ("made worse"); any other is a noun phrase, which
// takes only the plural, on its head: the last word before a word such as
// "of" or "at" ("muscles at the front of your hip"). An alternative
// whose head has no plural (already plural, a gerund like "bending", or
// none, like "how far you can move") is left as it is, and so is every
// -ly form.
func Inflect(plain string, f Form) string {
	if f == Base || f == Ly || f == Variant {
		return plain
	}
	parts := strings.SplitAfter(plain, " or ")
	for i, p := range parts {
		alt := strings.TrimSuffix(p, " or ")
		sep := p[len(alt):]
		if core := strings.TrimSuffix(alt, ","); core != alt {
			alt, sep = core, ","+sep
		}
		parts[i] = inflectAlternative(alt, f) + sep
	}
	return strings.Join(parts, "")
}

// inflectAlternative gives one alternative of plain words the form f.
func inflectAlternative(alt string, f Form) string {
	words := strings.Split(alt, " ")
	if v, ok := verbForms(words[0]); ok {
		words[0] = v[f-S]
		return strings.Join(words, " ")
	}
	if f != S {
		return alt
	}
	i := head(words)
	if i < 0 {
		return alt
	}
	words[i] = plural(words[i])
	return strings.Join(words, " ")
}

// head returns the index of a noun phrase's head, the last word before the
// first function word after a leading article, or -1 when it has none
// that takes a plural.
func head(words []string) int {
	start := 0
	if words[0] == "a" || words[0] == "the" {
		start = 1
	}
	i := start
	for i < len(words) && !isFunctionWord(words[i]) {
		i++
	}
	i--
	if i < start {
		return -1
	}
	w := words[i]
	if strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ness") ||
		strings.HasSuffix(words[start], "ing") {
		return -1
	}
	return i
}

// plural returns the plural of a regular noun: backs, bellies, boxes.
func plural(w string) string {
	n := len(w)
	switch {
	case n > 1 && w[n-1] == 'y' && !isVowel(w[n-2]):
		return w[:n-1] + "ies"
	case sibilant(w):
		return w + "es"
	}
	return w + "s"
}

// isFunctionWord reports whether w ends a noun phrase's head: "bone of
// the spine".
func isFunctionWord(w string) bool {
	return slices.Contains(strings.Fields("of to at on in under along from toward with without not and your you how where too"), w)
}

// verbForms returns the -s, past and -ing forms of a verb that starts the
// built-in list's plain words. A past that differs from the participle is
// given as two alternatives: "performed" may mean "did" or "done".
func verbForms(w string) ([3]string, bool) {
	switch w {
	case "do":
		return [3]string{"does", "did, or done", "doing"}, true
	case "bend":
		return [3]string{"bends", "bent", "bending"}, true
	case "make":
		return [3]string{"makes", "made", "making"}, true
	case "spread":
		return [3]string{"spreads", "spread", "spreading"}, true
	case "stop":
		return [3]string{"stops", "stopped", "stopping"}, true
	case "move", "use":
		return [3]string{w + "s", w + "d", w[:len(w)-1] + "ing"}, true
	case "help", "point", "pull", "start", "straighten", "turn", "walk":
		return [3]string{w + "s", w + "ed", w + "ing"}, true
	}
	return [3]string{}, false
}
