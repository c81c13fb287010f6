package newsite

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/limber/limber/internal/site"
)

// language is what a new site has in one language init offers: the site's
// title and disclaimer, and the names of the examples' body regions and
// equipment that limber's built-in table of the language lacks.
type language struct {
	code       string
	title      string
	disclaimer string
	terms      string // lines of templates/lang/<code>.yaml, "" for none
}

// languages returns the languages init can make a site in: those it has
// examples and words for. A test holds them to limber's built-in tables.
func languages() []language {
	return []language{
		{code: "en", title: "Stretching guides",
			disclaimer: "This is general advice, not a plan made for you. Ask your physical therapist or doctor " +
				"before you start. Stop any stretch that hurts."},
		{code: "es", title: "Guías de estiramiento",
			disclaimer: "Estos consejos son para todos, no un plan hecho solo para usted. Antes de empezar, " +
				"pregunte a su fisioterapeuta o a su médico. Pare si un estiramiento le duele.",
			terms: esTerms},
	}
}

// Known returns the codes of the languages init can make a site in, such
// as "en" and "es".
func Known() []string {
	var codes []string
	for _, l := range languages() {
		codes = append(codes, l.code)
	}
	return codes
}

// languageOf returns the language of code, which must be one of Known.
func languageOf(code string) language {
	i := slices.IndexFunc(languages(), func(l language) bool { return l.code == code })
	return languages()[i]
}

// ParseLanguages reads a list of languages such as "en,es", the default
// first. It refuses an empty list, a language listed twice and one init
// has no words for, naming it and the ones it has.
func ParseLanguages(s string) ([]string, error) {
	var codes []string
	for _, c := range strings.Split(s, ",") {
		c = strings.TrimSpace(c)
		switch {
		case c == "":
			return nil, fmt.Errorf("%q has an empty language: list them with commas, the default first, like en,es", s)
		case !slices.Contains(Known(), c):
			return nil, fmt.Errorf("%q is not a language limber has words for: choose from %s (%s)",
				c, strings.Join(Known(), ", "), knownNames())
		case slices.Contains(codes, c):
			return nil, fmt.Errorf("%q is listed twice", c)
		}
		codes = append(codes, c)
	}
	return codes, nil
}

// knownNames names the languages of Known in English: "English, Spanish".
func knownNames() string {
	var names []string
	for _, c := range Known() {
		names = append(names, site.LanguageName(c))
	}
	return strings.Join(names, ", ")
}

// langFiles returns templates/lang/<code>.yaml for each language of langs
// that needs one: another language than the default gives the site's title
// and disclaimer in its own words (limber.yaml's are in the default
// language), and any language names the examples' terms limber lacks.
func langFiles(langs []string) []File {
	var files []File
	for i, code := range langs {
		l := languageOf(code)
		var b strings.Builder
		if i > 0 {
			fmt.Fprintf(&b, "%s: %s\n%s: %s\n", "site.title", strconv.Quote(l.title),
				"site.disclaimer", strconv.Quote(l.disclaimer))
		}
		b.WriteString(l.terms)
		if b.Len() > 0 {
			files = append(files, File{"templates/lang/" + code + ".yaml", []byte(langHeader(code, langs[0]) + b.String())})
		}
	}
	return files
}

// langHeader is the comment at the top of templates/lang/<code>.yaml.
func langHeader(code, def string) string {
	name := site.LanguageName(code)
	return fmt.Sprintf(`# This site's own words in %[1]s, laid over limber's (its own %[1]s is
# built in). site.title and site.disclaimer, when here, stand for limber.yaml's
# title and disclaimer, which are in %[2]s. regions.<slug> and
# equipment.<slug> name the body regions and equipment the stretches list
# (lower-back for "lower back"): name each new one here, or %[1]s pages show
# it as the front matter writes it. "limber help content" (the section
# "Translating a site") says more.
`, name, site.LanguageName(def))
}
