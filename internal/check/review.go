package check

import (
	"fmt"
	"strings"
	"time"
	"unicode"

	"github.com/limber/limber/internal/site"
)

// review reports an article that no second clinician has reviewed, or
// whose last review is too old.
func (c *checker) review(a *site.Article) {
	src := a.Src
	switch {
	case a.ReviewedBy == "":
		pos := src.At("author")
		if a.Author == "" {
			pos = at(src.Path)
		}
		c.add(pos, Warning, RuleReviewer, "this article has no reviewed_by: ask a second clinician to review it and add their name")
	case a.Author != "" && samePerson(a.Author, a.ReviewedBy):
		c.add(src.At("reviewed_by"), Warning, RuleSelfReview, fmt.Sprintf(
			"reviewed_by %q is the author: ask a second clinician to review it", a.ReviewedBy))
	}
	c.reviewAge(a)
}

// reviewAge reports an article without an updated date, or whose date is
// older than the site allows.
func (c *checker) reviewAge(a *site.Article) {
	months := c.cfg.ReviewMaxAgeMonths
	if a.Updated == "" {
		c.add(at(a.Src.Path), Warning, RuleReviewAge, "this article has no updated date: add the date of its last review, "+
			"like updated: 2024-03-15")
		return
	}
	d, err := time.Parse("2006-01-02", a.Updated)
	if err != nil {
		return // the build reports it
	}
	today := time.Date(c.now.Year(), c.now.Month(), c.now.Day(), 0, 0, 0, 0, time.UTC)
	if d.AddDate(0, months, 0).Before(today) {
		c.add(a.Src.At("updated"), Warning, RuleReviewAge, fmt.Sprintf(
			"last updated %s, more than %d months ago: review the article and change the date", a.Updated, months))
	}
}

// samePerson reports whether two names with their credentials ("Jordan
// Ellery, PT") name the same person: their names before the first comma
// are the same, ignoring case, spaces and punctuation.
func samePerson(a, b string) bool {
	return nameKey(a) == nameKey(b)
}

// nameKey is a name before the first comma, as lowercase letters and digits.
func nameKey(s string) string {
	name, _, _ := strings.Cut(s, ",")
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return unicode.ToLower(r)
		}
		return -1
	}, name)
}
