package check_test

import (
	"maps"
	"testing"

	"github.com/limber/limber/internal/check"
)

func TestTranslationAge(t *testing.T) {
	const (
		ar  = "content/articles/w.md"
		tr  = "content/articles/w.es.md"
		rt  = "content/routines/r.md"
		rtr = "content/routines/r.es.md"
	)
	bilingual := "languages: [en, es]\n"
	article := func(title string, front ...string) string {
		return page(append([]string{"title: " + title, "summary: Why we stretch.", "author: A", "reviewed_by: B"}, front...), "Text.\n")
	}
	pair := func(orig, trans []string) map[string]string {
		return map[string]string{"limber.yaml": bilingual,
			ar: article("Why", orig...), tr: article("Por qué", trans...)}
	}
	routine := func(title string, front ...string) string {
		return page(append([]string{"title: " + title, "summary: A short routine.", "stretches: [a]"}, front...), "Text.\n")
	}
	stretches := map[string]string{
		"content/stretches/a.md":    goodStretch(),
		"content/stretches/a.es.md": page([]string{"title: Giro del cuello", "summary: Gire la cabeza despacio."}, goodBody),
	}
	routines := func(orig, trans []string) map[string]string {
		files := map[string]string{"limber.yaml": bilingual, rt: routine("Morning", orig...), rtr: routine("Mañana", trans...)}
		maps.Copy(files, stretches)
		return files
	}
	rules := []check.RuleID{"translation-age"}
	runCases(t, rules, []ruleCase{
		{"same day", pair([]string{"updated: 2026-03-01"}, []string{"updated: 2026-03-01"}), nil},
		{"translation newer", pair([]string{"updated: 2026-03-01"}, []string{"updated: 2026-04-01"}), nil},
		{"translation older", pair([]string{"updated: 2026-03-01"}, []string{"updated: 2026-01-01"}), []string{
			tr + ":6:10: warning: this translation was last updated 2026-01-01, before its original (2026-03-01): " +
				"check it still says the same [translation-age]"}},
		{"translation undated", pair([]string{"updated: 2026-03-01"}, nil), []string{
			tr + ": warning: this translation has no updated date, while its original was updated 2026-03-01: " +
				"check it still says the same, then add updated: 2026-03-01 [translation-age]"}},
		{"neither dated", pair(nil, nil), nil},
		{"original undated", pair(nil, []string{"updated: 2026-01-01"}), nil},
		{"routine older", routines([]string{"updated: 2026-03-01"}, []string{"updated: 2025-12-31"}), []string{
			rtr + ":5:10: warning: this translation was last updated 2025-12-31, before its original (2026-03-01): " +
				"check it still says the same [translation-age]"}},
		{"routine same", routines([]string{"updated: 2026-03-01"}, []string{"updated: 2026-03-01"}), nil},
		{"stretches have no date", stretches, nil},
	})
	off := pair([]string{"updated: 2026-03-01"}, []string{"updated: 2026-01-01", "check_off:\n  translation-age: checked on 2026-03-02, still the same"})
	runCases(t, rules, []ruleCase{{"switched off", off, nil}})
}
