package site

import (
	"slices"
	"strings"
	"testing"

	"github.com/limber/limber/internal/content"
)

// spanish returns the fixture in English and Spanish, with Spanish
// versions of the stretches and routines named by slug; the Spanish
// routine takes the English one's stretches, as the loader gives it.
func spanish(fallback bool, slugs ...string) *content.Site {
	cs := fixture()
	cs.Config.Language, cs.Config.Languages, cs.Config.TranslationFallback = "en", []string{"en", "es"}, fallback
	es := &content.Site{Config: cs.Config, Lang: "es"}
	for _, st := range cs.Stretches {
		if slices.Contains(slugs, st.Slug) {
			t := *st
			t.Title, t.Lang, t.Path = "ES "+st.Title, "es", strings.TrimSuffix(st.Path, ".md")+".es.md"
			t.Rel = strings.TrimSuffix(st.Rel, ".md") + ".es.md"
			es.Stretches = append(es.Stretches, &t)
		}
	}
	for _, r := range cs.Routines {
		if slices.Contains(slugs, r.Slug) {
			t := *r
			t.Title, t.Lang, t.Path = "ES "+r.Title, "es", strings.TrimSuffix(r.Path, ".md")+".es.md"
			t.Rel = strings.TrimSuffix(r.Rel, ".md") + ".es.md"
			es.Routines = append(es.Routines, &t)
		}
	}
	cs.Lang, cs.Translations = "en", []*content.Site{es}
	return cs
}

func TestIndexLanguages(t *testing.T) {
	s, errs := Index(spanish(false, "a-stretch", "b-stretch", "r"), Options{})
	if len(errs) != 1 || !strings.Contains(errs[0].Msg, "contraindications: b-stretch.es.md, which takes this from here, links to conditions/osteo, which has no Spanish version") {
		t.Fatalf("problems: %v", errs)
	}
	if len(s.Translations) != 1 {
		t.Fatalf("%d translations", len(s.Translations))
	}
	es := s.Translations[0]
	if es.Root != "/handouts/es/" || es.Base != "/handouts/" || es.Lang != "es" || es.Default != s || s.Default != s {
		t.Errorf("es: root %q, base %q, lang %q", es.Root, es.Base, es.Lang)
	}
	st := es.Stretches[0]
	if st.URL != "/handouts/es/stretches/a-stretch/" || st.Out != "es/stretches/a-stretch/index.html" || st.Page.Lang != "es" {
		t.Errorf("es stretch at %q, %q, %q", st.URL, st.Out, st.Page.Lang)
	}
	if len(st.Alternates) != 2 || st.Alternates[0].URL != "/handouts/stretches/a-stretch/" || st.Alternates[1] != &st.Page {
		t.Errorf("alternates: %v", st.Alternates)
	}
	if en := s.Stretches[2]; en.Slug != "c-stretch" || en.Alternates != nil {
		t.Errorf("an untranslated page has alternates: %v", en.Alternates)
	}
	if got := len(s.Pages) - len(s.own()); got != len(es.Pages) {
		t.Errorf("default site holds %d of the Spanish pages, want %d", got, len(es.Pages))
	}
	if r := es.Routines[0]; len(r.Items) != 2 || r.Items[0].Stretch.Page.Lang != "es" {
		t.Errorf("es routine items: %v", r.Items)
	}
}

func TestIndexUntranslatedRef(t *testing.T) {
	_, errs := Index(spanish(false, "b-stretch", "r"), Options{})
	var msgs []string
	for _, e := range errs {
		msgs = append(msgs, e.Error())
	}
	want := "x.md:6:3: ref: r.es.md, which takes this from here, links to stretches/a-stretch, which has no Spanish version " +
		"(translate it, or set translation_fallback: true in limber.yaml)"
	if !slices.Contains(msgs, want) {
		t.Errorf("problems %q lack %q", msgs, want)
	}
}

func TestIndexFallback(t *testing.T) {
	s, errs := Index(spanish(true, "b-stretch", "r"), Options{})
	if len(errs) != 0 {
		t.Fatal(errs)
	}
	es := s.Translations[0]
	items := es.Routines[0].Items
	if len(items) != 2 || items[1].Stretch.Page.Lang != "en" {
		t.Fatalf("es routine items: %v", items)
	}
	for _, r := range items[1].Stretch.Routines {
		if r.Page.Lang != "en" {
			t.Errorf("the English stretch lists the Spanish routine %s", r.URL)
		}
	}
}

func TestDependentsAcrossLanguages(t *testing.T) {
	s, _ := Index(spanish(true, "a-stretch", "b-stretch", "r"), Options{})
	for _, rel := range []string{"stretches/a-stretch.md", "stretches/a-stretch.es.md"} {
		var urls []string
		for _, p := range s.Dependents(rel) {
			urls = append(urls, p.URL)
		}
		for _, want := range []string{"/handouts/stretches/a-stretch/", "/handouts/es/stretches/a-stretch/", "/handouts/es/routines/r/"} {
			if !slices.Contains(urls, want) {
				t.Errorf("Dependents(%s) = %v, lacks %s", rel, urls, want)
			}
		}
	}
}

func TestLanguageNames(t *testing.T) {
	for tag, want := range map[string][2]string{"en": {"English", "English"}, "es": {"Spanish", "Español"},
		"es-MX": {"Spanish", "Español"}, "fr": {"fr", "fr"}} {
		if LanguageName(tag) != want[0] || OwnName(tag) != want[1] {
			t.Errorf("%s: %q, %q; want %q", tag, LanguageName(tag), OwnName(tag), want)
		}
	}
}
