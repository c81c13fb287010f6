package check_test

import (
	"testing"

	"github.com/limber/limber/internal/check"
)

func TestReview(t *testing.T) {
	const ar = "content/articles/w.md"
	article := func(front ...string) map[string]string {
		return map[string]string{ar: page(append([]string{"title: Why", "summary: Why we stretch."}, front...), "Text.\n")}
	}
	rules := []check.RuleID{"reviewer", "self-review", "review-age"}
	runCases(t, rules, []ruleCase{
		{"reviewed", article("author: Jordan Ellery, PT", "reviewed_by: Priya Raman, PT, DPT", "updated: 2025-01-10"), nil},
		{"no reviewer", article("author: Jordan Ellery, PT", "updated: 2025-01-10"), []string{
			ar + ":4:9: warning: this article has no reviewed_by: ask a second clinician to review it and add their name [reviewer]"}},
		{"nobody", article("updated: 2025-01-10"), []string{
			ar + ": warning: this article has no reviewed_by: ask a second clinician to review it and add their name [reviewer]"}},
		{"self review", article("author: Jordan Ellery, PT", "reviewed_by: jordan  ellery, PT, DPT", "updated: 2025-01-10"), []string{
			ar + `:5:14: warning: reviewed_by "jordan  ellery, PT, DPT" is the author: ask a second clinician to review it [self-review]`}},
		{"old", article("author: A", "reviewed_by: B", "updated: 2024-11-23"), []string{
			ar + ":6:10: warning: last updated 2024-11-23, more than 24 months ago: review the article and change the date [review-age]"}},
		{"just in time", article("author: A", "reviewed_by: B", "updated: 2024-11-24"), nil},
		{"no date", article("author: A", "reviewed_by: B"), []string{
			ar + ": warning: this article has no updated date: add the date of its last review, like updated: 2024-03-15 [review-age]"}},
	})
	withAge := article("author: A", "reviewed_by: B", "updated: 2025-10-01")
	withAge["limber.yaml"] = "check:\n  review_max_age_months: 12\n"
	runCases(t, rules, []ruleCase{{"a year", withAge, []string{
		ar + ":6:10: warning: last updated 2025-10-01, more than 12 months ago: review the article and change the date [review-age]"}}})
}
