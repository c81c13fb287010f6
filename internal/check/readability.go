package check

import (
	"fmt"

	"github.com/limber/limber/internal/diag"
	"github.com/limber/limber/internal/readability"
	"github.com/limber/limber/internal/site"
)

// scored is the readability of a whole page or sheet, and its hardest
// piece, where a finding about the whole points.
type scored struct {
	lang    readability.Language
	total   readability.Stats // counts only: no long sentences
	hardest piece
	hard    float64 // the hardest piece's difficulty
	some    bool    // a piece has been scored
}

// add counts the stats of one more piece and reports whether it is the
// hardest so far: the first, or one of at least 10 words that is harder
// (see difficulty). The caller then sets hardest.
func (sc *scored) add(st readability.Stats) bool {
	counts := st
	counts.LongSentences = nil // no copies of the sentences
	sc.total = sc.total.Add(counts)
	if d := difficulty(sc.lang, st); !sc.some || d > sc.hard && st.Words >= 10 {
		sc.hard, sc.some = d, true
		return true
	}
	return false
}

// difficulty is what makes one piece of text harder than another in a
// language: its Flesch-Kincaid grade in English, its Szigriszt-Pazos
// perspicuity, negated, in Spanish.
func difficulty(l readability.Language, st readability.Stats) float64 {
	if l == readability.Spanish {
		return -st.Perspicuity()
	}
	return st.Grade()
}

// score analyses the graded pieces of a text in lang, reporting long
// sentences with long(piece, sentence) when it is given.
func score(pieces []piece, lang readability.Language, long func(piece, readability.Sentence)) scored {
	sc := scored{lang: lang}
	for _, p := range pieces {
		if !p.graded || p.text == "" {
			continue
		}
		st := lang.Analyze(p.text)
		if sc.add(st) {
			sc.hardest = p
		}
		if long != nil {
			for _, s := range st.LongSentences {
				long(p, s)
			}
		}
	}
	return sc
}

// readability reports a page that is hard to read: its long sentences,
// and its reading level in its language (see level).
func (c *checker) readability(p *site.Page, pieces []piece) {
	loc := newLocator(p)
	cursors := map[diag.Pos]*cursor{}
	tag := c.language(p)
	lang, _ := readability.LanguageOf(tag)
	sc := score(withLists(pieces), lang, func(pc piece, s readability.Sentence) {
		cur := cursors[pc.pos]
		if cur == nil {
			cur = loc.newCursor(pc)
			cursors[pc.pos] = cur
		}
		c.add(cur.at(s.Text), Warning, RuleLongSentence, fmt.Sprintf(
			"this sentence has %d words (over %d): %s; split it in two", s.Words, readability.LongSentence, quote(s.Text)))
	})
	c.level(tag, sc, sc.hardest.pos, "this page", "the hardest part starts here")
}

// language returns the BCP 47 tag of the language a page is written in:
// its own (cat-cow.es.md is Spanish), else the site's. Every rule that
// depends on the language takes it from here.
func (c *Checker) language(p *site.Page) string {
	if p != nil && p.Lang != "" {
		return p.Lang
	}
	return c.s.Config.Language
}

// level reports the reading level of a text in the language tag: the
// Flesch-Kincaid grade and complex words in English (grade), the INFLESZ
// scale in Spanish (ease), and a note in a language limber has no formula
// for, rather than a score that would mean nothing.
func (c *checker) level(tag string, sc scored, pos diag.Pos, what, where string) {
	switch lang, ok := readability.LanguageOf(tag); {
	case !ok:
		c.add(pos, Note, RuleReadingGrade, fmt.Sprintf(
			"no reading-level formula for %s; %s was checked for everything else", tag, what))
	case lang == readability.Spanish:
		c.ease(sc, pos, what, where)
	default:
		c.grade(sc, pos, what, where)
	}
}

// ease reports Spanish text whose Szigriszt-Pazos perspicuity is under
// readability.WarnEase, at pos; where names the hardest part.
func (c *checker) ease(sc scored, pos diag.Pos, what, where string) {
	e := sc.total.Perspicuity()
	band := readability.Inflesz(e).Name
	switch {
	case e >= readability.WarnEase:
	case !sc.total.Reliable():
		c.add(pos, Note, RuleReadingEase, fmt.Sprintf(
			"%s scores about %.1f on the INFLESZ scale (%s), but its %d words are too few to score reliably; aim for %d or more; %s",
			what, e, band, sc.total.Words, readability.WarnEase, where))
	case e < readability.ErrorEase:
		c.add(pos, Error, RuleReadingEase, fmt.Sprintf(
			"%s scores %.1f on the INFLESZ scale (%s, under %d): use shorter sentences and shorter words, aiming for %d or more; %s",
			what, e, band, readability.ErrorEase, readability.WarnEase, where))
	default:
		c.add(pos, Warning, RuleReadingEase, fmt.Sprintf(
			"%s scores %.1f on the INFLESZ scale (%s, under %d): use shorter sentences and shorter words; %s",
			what, e, band, readability.WarnEase, where))
	}
}

// grade reports a text whose grade or share of complex words is too high,
// at pos; where names the hardest part for the message.
func (c *checker) grade(sc scored, pos diag.Pos, what, where string) {
	g := sc.total.Grade()
	switch {
	case g <= readability.WarnGrade:
	case !sc.total.Reliable():
		c.add(pos, Note, RuleReadingGrade, fmt.Sprintf(
			"%s reads at about grade %.1f, but its %d words are too few to score reliably; aim for grade %d or below; %s",
			what, g, sc.total.Words, readability.WarnGrade, where))
	case g > readability.ErrorGrade:
		c.add(pos, Error, RuleReadingGrade, fmt.Sprintf(
			"%s reads at grade %.1f (over %d): use shorter sentences and shorter words, aiming for grade %d; %s",
			what, g, readability.ErrorGrade, readability.WarnGrade, where))
	default:
		c.add(pos, Warning, RuleReadingGrade, fmt.Sprintf(
			"%s reads at grade %.1f (over %d): use shorter sentences and shorter words; %s",
			what, g, readability.WarnGrade, where))
	}
	if share := sc.total.ComplexShare(); sc.total.Reliable() && share > readability.WarnComplexShare {
		c.add(pos, Warning, RuleComplexWords, fmt.Sprintf(
			"%.1f%% of the words of %s have three or more syllables (over %.0f%%): use shorter everyday words",
			100*share, what, 100*readability.WarnComplexShare))
	}
}
