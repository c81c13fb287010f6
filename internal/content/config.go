package content

import (
	"github.com/limber/limber/internal/diag"
)

// DefaultDisclaimer is shown on every page when limber.yaml gives none.
const DefaultDisclaimer = "These guides are general information, not medical advice. They do not replace " +
	"care from your own clinician. Stretch gently: a stretch should feel tight, never painful. If a stretch " +
	"hurts, or you feel unwell, stop and ask your clinician for advice."

// DefaultConfig returns the settings used when limber.yaml or one of its
// fields is absent.
func DefaultConfig() Config {
	return Config{
		Title:      "Stretching guides",
		BaseURL:    "/",
		Language:   "en",
		Languages:  []string{"en"},
		Disclaimer: DefaultDisclaimer,
	}
}

// configKeys lists the keys of limber.yaml.
func configKeys() []string {
	return []string{"title", "base_url", "language", "languages", "translation_fallback", "clinic", "paper",
		"disclaimer", "check", "allow_files"}
}

// clinicKeys lists the keys of limber.yaml's clinic.
func clinicKeys() []string { return []string{"name", "phone", "address", "logo"} }

// ParseConfig reads limber.yaml without touching the disk. path is used in
// messages. Absent fields get their defaults, and every problem is
// reported. Whether the clinic logo exists is checked by Load.
func ParseConfig(path string, src []byte) (Config, diag.List) {
	c, _, errs := parseConfig(path, src)
	return c, errs
}

// parseConfig is ParseConfig, also returning the clinic logo's file (if
// any) for Load to check.
func parseConfig(path string, src []byte) (Config, *fileRef, diag.List) {
	var errs diag.List
	c := DefaultConfig()
	src = normalize(src)
	if !checkUTF8(path, src, &errs) {
		return c, nil, errs
	}
	d := newDoc(path, src, 1, &errs)
	body, ok := d.parse(src)
	if !ok {
		return c, nil, errs
	}
	f, ok := topFields(d, body, configKeys())
	if !ok {
		return c, nil, errs
	}
	setText(&c.Title, f.text("title"))
	setText(&c.BaseURL, baseURL(f.get("base_url")))
	setText(&c.Language, language(f.get("language")))
	c.Languages = languages(f.get("languages"), f.get("language"), &c.Language)
	c.TranslationFallback = f.boolean("translation_fallback")
	setText(&c.Disclaimer, f.text("disclaimer"))
	c.Paper = f.enum("paper", []string{"letter", "a4"})
	var logo *fileRef
	c.Clinic, logo = clinic(f.get("clinic"))
	c.Check = checkConfig(f.get("check"))
	c.AllowFiles = allowFiles(f.get("allow_files"))
	return c, logo, errs
}

// setText sets *dst to s unless s is empty.
func setText(dst *string, s string) {
	if s != "" {
		*dst = s
	}
}

// baseURL reads base_url: an http(s) URL or a path starting with /, given
// back ending in /. CheckBaseURL holds the rule, shared with --base-url.
func baseURL(v value) string {
	s, ok := v.text()
	if !ok || s == "" {
		return ""
	}
	u, err := CheckBaseURL(s)
	if err != nil {
		v.errorf("%v", err)
		return ""
	}
	return u
}

// language reads the language tag.
func language(v value) string {
	s, ok := v.text()
	if !ok || s == "" {
		return ""
	}
	if !isLanguageTag(s) {
		v.errorf("%q is not a language tag: write a code like en, en-US or es", s)
		return ""
	}
	return s
}

// clinic reads who publishes the site. The logo is a path relative to
// content/; it is returned as a file for Load to check.
func clinic(v value) (Clinic, *fileRef) {
	if v.absent() {
		return Clinic{}, nil
	}
	g, ok := v.fields(clinicKeys())
	if !ok {
		return Clinic{}, nil
	}
	c := Clinic{Name: g.text("name"), Phone: g.text("phone"), Address: g.text("address")}
	var p Page
	c.Logo, _ = filePath(g.get("logo"), ".", &p)
	if len(p.files) == 0 {
		return c, nil
	}
	return c, &p.files[0]
}
