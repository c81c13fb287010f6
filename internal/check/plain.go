package check

import (
	"fmt"
	"strings"

	"github.com/limber/limber/internal/content"
	"github.com/limber/limber/internal/plain"
	"github.com/limber/limber/internal/site"
)

// plainTerms finds jargon: the built-in list with the site's own terms
// added (a site term replaces a built-in one with the same words).
type plainTerms struct {
	finder *plain.Finder
}

// builtinTerms returns limber's own jargon list for a language, and false
// for a language limber has none for.
func builtinTerms(tag string) ([]plain.Term, bool) {
	switch primary, _, _ := strings.Cut(strings.ToLower(tag), "-"); primary {
	case "", "en":
		return plain.Builtin(), true
	case "es":
		return plain.BuiltinSpanish(), true
	}
	return nil, false
}

// termsFor returns the jargon finder for pages in the language tag, or one
// that finds nothing for a language limber has no list for.
func (c *Checker) termsFor(tag string) *plainTerms {
	if t, ok := c.terms[tag]; ok {
		return t
	}
	return &plainTerms{}
}

// newPlainTerms makes the jargon finder of a run for pages in the language
// tag, with the site's own terms added. A list the finder refuses is
// reported at limber.yaml's check block.
func (c *checker) newPlainTerms(tag string) *plainTerms {
	builtin, ok := builtinTerms(tag)
	if !ok {
		return &plainTerms{}
	}
	terms := mergeTerms(builtin, c.cfg.Jargon)
	f, err := plain.NewFinderIn(terms, tag)
	if err != nil {
		pos := at("limber.yaml")
		if len(c.cfg.Jargon) > 0 {
			pos = c.cfg.Jargon[0].Pos
		}
		c.add(pos, Error, RuleContent, fmt.Sprintf("check.jargon: %v", err))
		return &plainTerms{}
	}
	return &plainTerms{finder: f}
}

// mergeTerms adds the site's terms to the built-in ones; a site term
// replaces a built-in term with the same words (see plain.Key).
func mergeTerms(builtin []plain.Term, own []content.Jargon) []plain.Term {
	mine := map[string]bool{}
	var out []plain.Term
	for _, j := range own {
		mine[plain.Key(j.Jargon)] = true
		out = append(out, plain.Term{Jargon: j.Jargon, Plain: j.Plain})
	}
	for _, t := range builtin {
		if !mine[plain.Key(t.Jargon)] {
			out = append(out, t)
		}
	}
	return out
}

// plainLanguage reports each use of jargon in a page's text. A term in
// brackets right after it is explained, as in "lying on your back
// (supine)", is not reported.
func (c *checker) plainLanguage(p *site.Page, pieces []piece) {
	finder := c.termsFor(c.language(p)).finder
	if finder == nil {
		return
	}
	loc := newLocator(p)
	for _, pc := range pieces {
		var cur *cursor
		for _, m := range finder.Find(pc.text) {
			word := pc.text[m.Offset : m.Offset+m.Len]
			if cur == nil {
				cur = loc.newCursor(pc)
			}
			pos := cur.at(word)
			if explained(pc.text, m.Offset, m.Len) {
				continue
			}
			c.add(pos, Warning, RulePlainLanguage, message("", word, " is a clinical word: write ", m.Suggestion(), " instead, or explain it"))
			c.out[len(c.out)-1].Word = strings.ToLower(word)
		}
	}
}

// explained reports whether the word at text[off:off+n] stands alone in
// brackets, after the everyday words it names.
func explained(text string, off, n int) bool {
	before := strings.TrimRight(text[:off], " ")
	after := strings.TrimLeft(text[off+n:], " ")
	return strings.HasSuffix(before, "(") && strings.HasPrefix(after, ")") && strings.TrimSpace(strings.TrimSuffix(before, "(")) != ""
}
