package readability

import "strings"

// Language is a language whose text Analyze can count: how it counts a
// word's syllables, which abbreviations end no sentence, and whether
// Gunning's complex words mean anything in it. The zero Language is
// English.
type Language struct {
	spanish bool
}

// The languages with counting rules and formulas.
var (
	English = Language{}
	Spanish = Language{spanish: true}
)

// LanguageOf returns the language of a BCP 47 tag ("en", "es", "es-MX"; its
// first subtag, in any case), and false for a language limber has no
// readability formula for. The empty tag is English, limber's default.
func LanguageOf(tag string) (Language, bool) {
	primary, _, _ := strings.Cut(strings.ToLower(tag), "-")
	switch primary {
	case "", "en":
		return English, true
	case "es":
		return Spanish, true
	}
	return Language{}, false
}

// Code returns the language's tag: "en" or "es".
func (l Language) Code() string {
	if l.spanish {
		return "es"
	}
	return "en"
}

// Syllables counts the syllables of one word of the language:
// SpanishSyllables for Spanish, Syllables for English.
func (l Language) Syllables(word string) int {
	if l.spanish {
		return SpanishSyllables(word)
	}
	return Syllables(word)
}

// Analyze counts the words, sentences and syllables of a plain text in the
// language, as the package's Analyze does for English (see it for what a
// word and a sentence are). Spanish text has its own syllables and
// abbreviations ("aprox.", "p. ej.", "Dra."); opening ¿ and ¡ and the
// quotes « » are punctuation, not words. Complex words are counted for
// English only: Gunning's rule of three syllables does not carry over to
// Spanish, whose everyday words are longer.
func (l Language) Analyze(text string) Stats {
	a := analyzer{text: text, start: -1, lineStart: true, lang: l}
	for i := 0; i < len(text); {
		i = a.step(i)
	}
	a.endSentence()
	return a.stats
}

// abbreviationEnds reports whether a full stop after the word w ends the
// sentence; nextUpper tells whether the next word starts with a capital.
func (l Language) abbreviationEnds(w string, nextUpper bool) bool {
	if !l.spanish {
		return abbreviationEnds(w, nextUpper)
	}
	return spanishAbbreviationEnds(w, nextUpper)
}

// spanishAbbreviationEnds is abbreviationEnds for Spanish: titles ("Dr.",
// "Sra."), "p. ej.", "aprox." and the like never end a sentence, units and
// "etc." only before a capital.
func spanishAbbreviationEnds(w string, nextUpper bool) bool {
	if len(w) == 1 {
		return false // an initial, or the p of "p. ej."
	}
	if strings.ContainsRune(w, '.') {
		return nextUpper // p.ej. Luego
	}
	switch strings.ToLower(w) {
	case "dr", "dra", "sr", "sra", "srta", "ud", "uds", "ej", "aprox", "pág", "núm", "art", "cap", "fig", "vs":
		return false
	case "etc", "min", "mín", "máx", "seg", "h", "cm", "kg", "sem":
		return nextUpper
	}
	return true
}
