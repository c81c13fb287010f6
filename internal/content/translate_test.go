package content

import (
	"reflect"
	"testing"
	"time"
)

func TestSplitLang(t *testing.T) {
	for stem, want := range map[string][2]string{
		"cat-cow": {"cat-cow", ""}, "cat-cow.es": {"cat-cow", "es"}, "cat-cow.pt-BR": {"cat-cow", "pt-BR"},
		"a.b.es": {"a.b", "es"}, ".es": {".es", ""}, "cat-cow.1": {"cat-cow.1", ""}, "cat-cow.": {"cat-cow.", ""},
	} {
		slug, lang := splitLang(stem)
		if slug != want[0] || lang != want[1] {
			t.Errorf("splitLang(%q) = %q, %q; want %q, %q", stem, slug, lang, want[0], want[1])
		}
	}
}

// twoLanguages is a site in English and Spanish, with extra files added.
func twoLanguages(t *testing.T, extra map[string]string) string {
	files := map[string]string{
		"limber.yaml":                  "languages: [en, es]\n",
		"content/stretches/cat-cow.md": md("title: Cat-cow", "summary: S", "type: static", "hold: 30s", "reps: 3", "sides: both", "regions: [neck, lower-back]", "easier: [calf]"),
		"content/stretches/calf.md":    md("title: Calf", "summary: S", "type: dynamic", "reps: 5", "regions: [calves]"),
		"content/routines/morning.md":  md("title: M", "summary: S", "stretches: [cat-cow, {ref: calf, reps: 2, notes: Slowly.}]"),
	}
	for k, v := range extra {
		files[k] = v
	}
	return writeSite(t, files)
}

func TestTranslationTakesSharedFields(t *testing.T) {
	root := twoLanguages(t, map[string]string{
		"content/stretches/cat-cow.es.md": md("title: Gato y vaca", "summary: R", "hold: 30s"),
		"content/routines/morning.es.md":  md("title: Mañana", "summary: R"),
	})
	site, errs := Load(root, Options{})
	checkMessages(t, errs, nil)
	if site.Lang != "en" || len(site.Translations) != 1 || site.Translations[0].Lang != "es" {
		t.Fatalf("languages: %q, %d translations", site.Lang, len(site.Translations))
	}
	es := site.Translations[0]
	if len(es.Stretches) != 1 || len(es.Routines) != 1 || len(site.Stretches) != 2 {
		t.Fatalf("es has %d stretches, %d routines; en %d stretches", len(es.Stretches), len(es.Routines), len(site.Stretches))
	}
	st := es.Stretches[0]
	if st.Title != "Gato y vaca" || st.Slug != "cat-cow" || st.Lang != "es" || st.Dose.Hold != 30*time.Second ||
		st.Dose.Reps != 3 || !reflect.DeepEqual(st.Regions, []string{"neck", "lower-back"}) || slugsOf(st.Easier)[0] != "calf" {
		t.Errorf("es stretch = %+v", st)
	}
	if r := es.Routines[0]; len(r.Stretches) != 2 || r.Stretches[1].Dose.Reps != 2 {
		t.Errorf("es routine stretches = %+v", r.Stretches)
	}
}

func TestTranslationProblems(t *testing.T) {
	root := twoLanguages(t, map[string]string{
		"content/stretches/cat-cow.es.md": md("title: Gato y vaca", "summary: R", "type: dynamic", "hold: 20s",
			"regions: [neck]", "easier: [calf]", "images: []"),
		"content/stretches/calf.fr.md":   md("title: Mollet", "summary: R"),
		"content/stretches/knee.es.md":   md("title: Rodilla", "summary: R"),
		"content/routines/morning.es.md": md("title: Mañana", "summary: R", "stretches: [cat-cow, {ref: calf, reps: 3, notes: Despacio.}]"),
	})
	_, errs := Load(root, Options{})
	checkMessages(t, errs, []string{
		`content/routines/morning.es.md:4:12: stretches: [cat-cow, calf (reps 3)] differs from morning.md's [cat-cow, calf (reps 2)]; a translation takes the original's typed fields: leave it out`,
		`content/stretches/calf.fr.md: "fr" is not one of limber.yaml's languages (en, es) other than the first: add it to languages, or rename this file`,
		`content/stretches/cat-cow.es.md:4:7: type: dynamic differs from cat-cow.md's static; a translation takes the original's typed fields: leave it out`,
		`content/stretches/cat-cow.es.md:5:7: hold: 20s differs from cat-cow.md's 30s; a translation takes the original's typed fields: leave it out`,
		`content/stretches/cat-cow.es.md:6:10: regions: [neck] differs from cat-cow.md's [neck, lower-back]; a translation takes the original's typed fields: leave it out`,
		`content/stretches/knee.es.md: a translation of content/stretches/knee.md, which does not exist: a translation needs its original beside it`,
	})
}

func TestTranslationWithoutLanguages(t *testing.T) {
	root := writeSite(t, map[string]string{
		"content/stretches/calf.md":    md("title: Calf", "summary: S", "type: dynamic", "reps: 5", "regions: [calves]"),
		"content/stretches/calf.es.md": md("title: Pantorrilla", "summary: S"),
	})
	site, errs := Load(root, Options{})
	checkMessages(t, errs, []string{
		`content/stretches/calf.es.md: "es" is not one of limber.yaml's languages (en) other than the first: add it to languages, or rename this file`,
	})
	if len(site.Translations) != 0 || len(site.Stretches) != 1 {
		t.Errorf("site = %+v", site)
	}
}
