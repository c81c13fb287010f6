package content

import (
	"reflect"
	"testing"
)

func TestConfigGood(t *testing.T) {
	src := "\uFEFFtitle: Knee clinic handouts\r\n" +
		"base_url: https://example.org/guides\r\n" +
		"language: en-GB\r\n" +
		"clinic:\r\n  name: Knee Clinic\r\n  phone: 555 0100\r\n  address: 1 Main St\r\n  logo: images/logo.svg\r\n" +
		"paper: a4\r\n" +
		"disclaimer: Ask us first.\r\n"
	c, errs := ParseConfig("limber.yaml", []byte(src))
	checkMessages(t, errs, nil)
	want := Config{
		Title: "Knee clinic handouts", BaseURL: "https://example.org/guides/", Language: "en-GB", Languages: []string{"en-GB"},
		Clinic: Clinic{Name: "Knee Clinic", Phone: "555 0100", Address: "1 Main St", Logo: "images/logo.svg"},
		Paper:  "a4", Disclaimer: "Ask us first.",
	}
	if !reflect.DeepEqual(c, want) {
		t.Errorf("got  %+v\nwant %+v", c, want)
	}
}

func TestConfigDefaults(t *testing.T) {
	for _, src := range []string{"", "\n\n", "# only a comment\n", "title:\nbase_url: /handouts\n"} {
		c, errs := ParseConfig("limber.yaml", []byte(src))
		checkMessages(t, errs, nil)
		want := DefaultConfig()
		if src == "title:\nbase_url: /handouts\n" {
			want.BaseURL = "/handouts/"
		}
		if !reflect.DeepEqual(c, want) {
			t.Errorf("%q: got %+v", src, c)
		}
	}
	if d := DefaultConfig(); d.Title == "" || d.BaseURL != "/" || d.Language != "en" || d.Disclaimer == "" || d.Paper != "" {
		t.Errorf("defaults: %+v", d)
	}
}

func TestConfigErrors(t *testing.T) {
	const y = "limber.yaml"
	tests := []struct {
		name string
		src  string
		want []string
	}{
		{"typo", "titel: X\n", []string{y + `:1:1: unknown key "titel" (did you mean "title"?)`}},
		{"duplicate", "title: X\npaper: a4\ntitle: Y\n", []string{y + `:3:1: duplicate key "title" (first on line 1)`}},
		{"base javascript", "base_url: javascript:alert(1)\n", []string{
			y + `:1:11: base_url: "javascript:alert(1)" is an unsafe URL: only http:// and https:// links are allowed (or write a path like /handouts/)`}},
		{"base bare host", "base_url: example.org\n", []string{
			y + `:1:11: base_url: "example.org" is not a full web address: start it with https:// (or write a path like /handouts/)`}},
		{"base protocol relative", "base_url: //example.org/\n", []string{
			y + `:1:11: base_url: "//example.org/" is not a valid path: write it like /handouts/ or https://example.org/`}},
		{"base query", "base_url: /a?b=1\n", []string{y + `:1:11: base_url: "/a?b=1" must not contain ? or #`}},
		{"language", "language: English\n", []string{
			y + `:1:11: language: "English" is not a language tag: write a code like en, en-US or es`}},
		{"languages unknown", "languages: [en, Spanish]\n", []string{
			y + `:1:17: languages[1]: "Spanish" is not a language tag: write a code like en, en-US or es`}},
		{"languages twice", "languages:\n  - en\n  - es\n  - es\n", []string{
			y + `:4:5: languages[2]: "es" is listed twice`}},
		{"languages empty", "languages: []\n", []string{y + `:1:12: languages: list at least one language, like [en, es]`}},
		{"languages and language", "language: es\nlanguages: [en, es]\n", []string{
			y + `:1:11: language: "es" is not the first of languages (en): leave language out, or list it first`}},
		{"fallback", "translation_fallback: maybe\n", []string{
			y + `:1:23: translation_fallback: want true or false, got "maybe"`}},
		{"paper", "paper: A4\n", []string{y + `:1:8: paper: "A4" is not one of letter, a4 (did you mean "a4"?)`}},
		{"clinic text", "clinic: Knee Clinic\n", []string{
			y + `:1:9: clinic: want a group of key: value fields, got "Knee Clinic"`}},
		{"clinic keys", "clinic:\n  nmae: X\n  logo: /logo.svg\n", []string{
			y + `:2:3: clinic: unknown key "nmae" (did you mean "name"?)`,
			y + `:3:9: clinic.logo: "/logo.svg" starts with /: give a relative path, like picture.svg or ../images/picture.svg`}},
		{"logo outside", "clinic: {logo: ../limber.yaml}\n", []string{
			y + `:1:16: clinic.logo: "../limber.yaml" points outside the content folder`}},
		{"list", "- a\n", []string{y + `:1:1: want lines of key: value fields here, got a list`}},
		{"two documents", "title: A\n---\ntitle: B\n", []string{
			y + `:2:1: only one YAML document is allowed here: remove this --- line`}},
		{"not utf8", "title: \xff\n", []string{
			y + `:1:8: file is not UTF-8 text (byte 0xff here): save it as UTF-8 in your editor`}},
		{"syntax", "title: \"open\n", []string{
			y + `:1:8: YAML syntax error: could not find end character of double-quoted text (check the indentation, and put text that contains ": " or " #" in quotes)`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, errs := ParseConfig(y, []byte(tt.src))
			checkMessages(t, errs, tt.want)
		})
	}
}

func TestConfigLanguages(t *testing.T) {
	for src, want := range map[string][]string{
		"":                                    {"en"},
		"language: en-GB\n":                   {"en-GB"},
		"languages: [es, en]\n":               {"es", "en"},
		"language: en\nlanguages: [en, es]\n": {"en", "es"},
	} {
		c, errs := ParseConfig("limber.yaml", []byte(src))
		checkMessages(t, errs, nil)
		if !reflect.DeepEqual(c.Languages, want) || c.Language != want[0] {
			t.Errorf("%q: languages %v, language %q; want %v", src, c.Languages, c.Language, want)
		}
	}
}

func TestLanguageTags(t *testing.T) {
	for tag, want := range map[string]bool{
		"en": true, "en-US": true, "zh-Hant-TW": true, "es-419": true, "haw": true,
		"e": false, "english": false, "en_US": false, "en-": false, "-en": false, "en-abcdefghi": false, "1a": false,
	} {
		if got := isLanguageTag(tag); got != want {
			t.Errorf("isLanguageTag(%q) = %v", tag, got)
		}
	}
}

func TestSlugs(t *testing.T) {
	for s, want := range map[string]bool{
		"cat-cow": true, "épaule": true, "a1": true, "日本": true, "": false, "-a": false, "a-": false,
		"Cat": false, "a_b": false, "a b": false,
	} {
		if got := isSlug(s); got != want {
			t.Errorf("isSlug(%q) = %v", s, got)
		}
	}
	for in, want := range map[string]string{"Cat Cow": "cat-cow", "  Lower  Back! ": "lower-back", "__": "", "Ärm_2": "ärm-2"} {
		if got := suggestSlug(in); got != want {
			t.Errorf("suggestSlug(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestClosest(t *testing.T) {
	known := []string{"title", "summary", "hold", "reps", "sets", "reviewed_by"}
	for in, want := range map[string]string{
		"hlod": "hold", "Title": "title", "sumary": "summary", "rep": "reps", "reviewed-by": "reviewed_by",
		"colour": "", "x": "", "holdings": "",
	} {
		if got := closest(in, known); got != want {
			t.Errorf("closest(%q) = %q, want %q", in, got, want)
		}
	}
}
