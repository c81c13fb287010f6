package newsite

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/limber/limber/internal/lang"
	"github.com/limber/limber/internal/readability"
)

// TestKnownLanguages checks that init offers exactly the languages limber
// has built-in words for, and that every example is written in each.
func TestKnownLanguages(t *testing.T) {
	if got, want := slices.Sorted(slices.Values(Known())), lang.Builtin().Codes(); !slices.Equal(got, want) {
		t.Errorf("Known() = %v, want limber's built-in languages %v", got, want)
	}
	for _, x := range examples() {
		for _, code := range Known() {
			if p := x.text[code]; p.front == "" || p.body == "" {
				t.Errorf("%s has no text in %s", x.path, code)
			}
		}
	}
}

func TestParseLanguages(t *testing.T) {
	tests := []struct {
		in, want, err string
	}{
		{in: "en", want: "en"},
		{in: "en,es", want: "en es"},
		{in: " es , en ", want: "es en"},
		{in: "en,fr", err: `"fr" is not a language limber has words for: choose from en, es (English, Spanish)`},
		{in: "EN", err: `"EN" is not a language`},
		{in: "es,es", err: `"es" is listed twice`},
		{in: "en,", err: `"en," has an empty language`},
		{in: "", err: `has an empty language`},
	}
	for _, tt := range tests {
		got, err := ParseLanguages(tt.in)
		switch {
		case tt.err != "" && (err == nil || !strings.Contains(err.Error(), tt.err)):
			t.Errorf("ParseLanguages(%q) = %v, %v; want error %q", tt.in, got, err, tt.err)
		case tt.err == "" && (err != nil || strings.Join(got, " ") != tt.want):
			t.Errorf("ParseLanguages(%q) = %v, %v; want %s", tt.in, got, err, tt.want)
		}
	}
}

// TestLanguageFiles checks what each choice of languages writes: the
// default language's examples as the pages, with their facts, the other's
// as translations without them, limber.yaml's languages, and a word table
// for each language that needs one.
func TestLanguageFiles(t *testing.T) {
	tests := []struct {
		langs      []string
		config     []string // lines limber.yaml has
		has, hasNo []string // files
	}{
		{nil, []string{"title: Stretching guides", "language: en"},
			[]string{"content/stretches/knee-to-chest.md"},
			[]string{"content/stretches/knee-to-chest.es.md", "templates/lang/es.yaml"}},
		{[]string{"en", "es"}, []string{"title: Stretching guides", "languages: [en, es]"},
			[]string{"content/stretches/knee-to-chest.es.md", "content/articles/stretching-basics.es.md", "templates/lang/es.yaml"},
			[]string{"templates/lang/en.yaml", "content/stretches/knee-to-chest.en.md"}},
		{[]string{"es", "en"}, []string{"title: Guías de estiramiento", "languages: [es, en]"},
			[]string{"content/stretches/knee-to-chest.en.md", "templates/lang/en.yaml", "templates/lang/es.yaml"},
			[]string{"content/stretches/knee-to-chest.es.md"}},
		{[]string{"es"}, []string{"title: Guías de estiramiento", "language: es"},
			[]string{"templates/lang/es.yaml"},
			[]string{"templates/lang/en.yaml", "content/stretches/knee-to-chest.en.md"}},
	}
	for _, tt := range tests {
		o := released()
		o.Languages = tt.langs
		files, err := Files(o)
		if err != nil {
			t.Fatal(err)
		}
		config := fileText(t, files, "limber.yaml")
		for _, line := range tt.config {
			if !strings.Contains(config, "\n"+line+"\n") {
				t.Errorf("%v: limber.yaml has no line %q", tt.langs, line)
			}
		}
		for _, p := range tt.has {
			fileText(t, files, p)
		}
		for _, f := range files {
			if slices.Contains(tt.hasNo, f.Path) {
				t.Errorf("%v: made %s", tt.langs, f.Path)
			}
		}
		stretch := fileText(t, files, "content/stretches/knee-to-chest.md")
		if !strings.Contains(stretch, "\nhold: 30s\n") {
			t.Errorf("%v: the stretch has no dose:\n%s", tt.langs, stretch)
		}
	}
}

// TestTranslationsLeaveFactsOut checks that a translation writes no field
// it takes from its original, and that the article's translation is dated
// as its original.
func TestTranslationsLeaveFactsOut(t *testing.T) {
	o := released()
	o.Languages = []string{"en", "es"}
	files, err := Files(o)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{"content/stretches/knee-to-chest.es.md", "content/routines/morning-back.es.md"} {
		if text := fileText(t, files, p); regexp.MustCompile(`(?m)^(hold|regions|stretches):`).MatchString(text) {
			t.Errorf("%s writes a fact of its original:\n%s", p, text)
		}
	}
	if text := fileText(t, files, "content/articles/stretching-basics.es.md"); !strings.Contains(text, "\nupdated: 2026-12-06\n") {
		t.Errorf("the article's translation is not dated 2026-12-06:\n%s", text)
	}
}

// TestEnglishConfigNamesLanguages checks that an English site's
// limber.yaml says how to add Spanish.
func TestEnglishConfigNamesLanguages(t *testing.T) {
	files, err := Files(released())
	if err != nil {
		t.Fatal(err)
	}
	if text := fileText(t, files, "limber.yaml"); !strings.Contains(text, "write languages: [en, es] in its place") {
		t.Errorf("limber.yaml does not say how to add Spanish:\n%s", text)
	}
}

// TestUnknownLanguage checks that Files refuses a language it has no
// words for rather than failing on it.
func TestUnknownLanguage(t *testing.T) {
	o := released()
	o.Languages = []string{"en", "fr"}
	if files, err := Files(o); err == nil || !strings.Contains(err.Error(), `"fr"`) {
		t.Errorf("Files with fr = %d files, %v; want an error naming fr", len(files), err)
	}
}

// TestSpanishReadingEase scores each Spanish example's words (its title,
// summary and text) on the Szigriszt-Pazos scale that limber check grades
// Spanish by, and wants each at readability.WarnEase or over: easy enough
// for patients at a low reading level.
func TestSpanishReadingEase(t *testing.T) {
	for _, x := range examples() {
		p := x.text["es"]
		st := readability.Spanish.Analyze(plainText(p.front + p.body))
		e := st.Perspicuity()
		t.Logf("%s.es.md: %.1f (%s), %d words", x.path, e, readability.Inflesz(e).Name, st.Words)
		if e < readability.WarnEase {
			t.Errorf("%s.es.md scores %.1f, under %d", x.path, e, readability.WarnEase)
		}
	}
}

// plainText turns an example's front matter and Markdown into sentences:
// the values of title, summary and the other words a translation writes,
// then each line of the body without its Markdown marks, each ending a
// sentence.
func plainText(s string) string {
	marks := regexp.MustCompile(`^(#+ |- |\d+\. |[a-z_]+: )`)
	link := regexp.MustCompile(`\[([^]]*)\]\([^)]*\)`)
	var b strings.Builder
	for _, line := range strings.Split(s, "\n") {
		if strings.HasPrefix(line, "author:") || strings.HasPrefix(line, "reviewed_by:") || strings.HasPrefix(line, "duration:") {
			continue
		}
		line = link.ReplaceAllString(marks.ReplaceAllString(line, ""), "$1")
		if line = strings.TrimSpace(line); line == "" {
			continue
		}
		if !strings.ContainsAny(line[len(line)-1:], ".?!") {
			line += "."
		}
		b.WriteString(line + "\n")
	}
	return b.String()
}
