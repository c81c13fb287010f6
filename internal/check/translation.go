package check

import (
	"fmt"
	"time"

	"github.com/limber/limber/internal/site"
)

// translationAge reports a translation whose original was updated after
// it: the original's updated date is later than the translation's, or the
// translation has none while the original has one. Only kinds of page with
// an updated date (routines and articles) are judged; a page that is not a
// translation, or whose original cannot be found, is skipped.
func (c *checker) translationAge(p *site.Page) {
	if !c.translation(p) {
		return
	}
	orig := c.original(p)
	if orig == nil {
		return
	}
	mine, ok := updatedOf(p)
	theirs, _ := updatedOf(orig)
	if !ok || theirs == "" {
		return
	}
	if mine == "" {
		c.add(at(p.Src.Path), Warning, RuleTranslationAge, fmt.Sprintf("this translation has no updated date, "+
			"while its original was updated %s: check it still says the same, then add updated: %s", theirs, theirs))
		return
	}
	if later(theirs, mine) {
		c.add(p.Src.At("updated"), Warning, RuleTranslationAge, fmt.Sprintf("this translation was last updated %s, "+
			"before its original (%s): check it still says the same", mine, theirs))
	}
}

// original returns the version of p in the site's default language, or nil.
func (c *checker) original(p *site.Page) *site.Page {
	for _, a := range p.Alternates {
		if a.Lang == c.s.Lang && a.Src != nil {
			return a
		}
	}
	return nil
}

// updatedOf returns the updated date of a page made from a content file,
// and whether its kind has such a date at all (routines and articles do;
// stretches and conditions do not).
func updatedOf(p *site.Page) (string, bool) {
	switch d := p.Data.(type) {
	case *site.Routine:
		return d.Updated, true
	case *site.Article:
		return d.Updated, true
	}
	return "", false
}

// later reports whether the date a is after the date b, both YYYY-MM-DD;
// a date that does not parse is reported by the build, not here.
func later(a, b string) bool {
	ta, errA := time.Parse(time.DateOnly, a)
	tb, errB := time.Parse(time.DateOnly, b)
	return errA == nil && errB == nil && ta.After(tb)
}
