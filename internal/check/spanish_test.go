package check_test

import (
	"strings"
	"testing"

	"github.com/limber/limber/internal/check"
)

// Spanish texts of known difficulty (perspicuity from package readability).
const (
	easyEs = "Siéntese en una silla. Gire la cabeza a un lado. Quédese así y respire. Luego vuelva al centro. "
	hardEs = "La elongación isquiotibial bilateral requiere sedestación prolongada con extremidades inferiores extendidas y musculatura relajada. "
	midEs  = "Acuéstese boca arriba sobre una superficie firme y doble las rodillas lentamente hacia el pecho. "
)

// inLanguage is a site in the language tag with one stretch whose body
// is text.
func inLanguage(tag, text string) map[string]string {
	files := prose(text)
	files["limber.yaml"] = "language: " + tag + "\n"
	return files
}

// withOff switches a rule off in a site's limber.yaml.
func withOff(files map[string]string, rule string) map[string]string {
	files["limber.yaml"] += "check:\n  off: {" + rule + ": the test}\n"
	return files
}

func TestReadingEase(t *testing.T) {
	rules := []check.RuleID{"reading-grade", "reading-ease", "long-sentence", "complex-words"}
	runCases(t, rules, []ruleCase{
		{"easy Spanish", inLanguage("es", strings.Repeat(easyEs, 6)), nil},
		{"somewhat hard Spanish", inLanguage("es", strings.Repeat(midEs, 6)), []string{
			a + ":10:1: warning: this page scores 58.5 on the INFLESZ scale (normal, under 65): use shorter sentences and shorter words; the hardest part starts here [reading-ease]"}},
		{"hard Spanish", inLanguage("es", strings.Repeat(hardEs, 8)), []string{
			a + ":10:1: error: this page scores -5.6 on the INFLESZ scale (very difficult, under 40): use shorter sentences and shorter words, aiming for 65 or more; the hardest part starts here [reading-ease]",
		}},
		{"short and hard Spanish", inLanguage("es-MX", hardEs), []string{
			a + ":10:1: note: this page scores about 46.3 on the INFLESZ scale (somewhat difficult), but its 24 words are too few to score reliably; aim for 65 or more; the hardest part starts here [reading-ease]",
		}},
		{"a long Spanish sentence", inLanguage("es", "Siéntese.\n¿Le duele? Entonces, con la espalda recta, deje caer despacio los hombros, respire hondo y cuente hasta diez antes de volver al centro."), []string{
			a + `:11:12: warning: this sentence has 21 words (over 20): "Entonces, con la espalda recta, deje caer despacio ..."; split it in two [long-sentence]`}},
		{"a language with no formula", inLanguage("fr", strings.Repeat("Asseyez-vous sur une chaise. ", 30)), []string{
			a + ":10:1: note: no reading-level formula for fr; this page was checked for everything else [reading-grade]"}},
		{"switched off", withOff(inLanguage("es", strings.Repeat(hardEs, 8)), "reading-ease"), nil},
	})
}

func TestPlainLanguageSpanish(t *testing.T) {
	w := func(pos, word, plain string) string {
		return a + ":" + pos + `: warning: "` + word + `" is a clinical word: write "` + plain + `" instead, or explain it [plain-language]`
	}
	runCases(t, []check.RuleID{"plain-language"}, []ruleCase{
		{"everyday Spanish", inLanguage("es", "Acuéstese boca arriba y doble una rodilla."), nil},
		{"clinical Spanish", inLanguage("es", "Túmbese en decúbito supino.\nHaga 3 repeticiones bilaterales y flexione la rodilla."), []string{
			w("10:12", "decúbito supino", "boca arriba"),
			w("11:8", "repeticiones", "vez o veces"),
			w("11:21", "bilaterales", "de los dos lados"),
			w("11:35", "flexione", "doblar")}},
		{"English words on a Spanish page", inLanguage("es", "Lie supine."), nil},
		{"explained in brackets", inLanguage("es", "Acuéstese boca arriba (decúbito supino)."), nil},
	})
}
