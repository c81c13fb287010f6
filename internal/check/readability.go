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
	total   readability.Stats // counts only: no long sentences
	hardest piece
	grade   float64 // the hardest piece's grade
	some    bool    // a piece has been scored
}

// add counts the stats of one more piece and reports whether it is the
// hardest so far: the first, or one of at least 10 words with a higher
// grade. The caller then sets hardest.
func (sc *scored) add(st readability.Stats) bool {
	counts := st
	counts.LongSentences = nil // no copies of the sentences
	sc.total = sc.total.Add(counts)
	if g := st.Grade(); !sc.some || g > sc.grade && st.Words >= 10 {
		sc.grade, sc.some = g, true
		return true
	}
	return false
}

// score analyses the graded pieces, reporting long sentences with
// long(piece, sentence) when it is given.
func score(pieces []piece, long func(piece, readability.Sentence)) scored {
	var sc scored
	for _, p := range pieces {
		if !p.graded || p.text == "" {
			continue
		}
		st := readability.Analyze(p.text)
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
// its Flesch-Kincaid grade and its share of complex words.
func (c *checker) readability(p *site.Page, pieces []piece) {
	loc := newLocator(p)
	cursors := map[diag.Pos]*cursor{}
	sc := score(withLists(pieces), func(pc piece, s readability.Sentence) {
		cur := cursors[pc.pos]
		if cur == nil {
			cur = loc.newCursor(pc)
			cursors[pc.pos] = cur
		}
		c.add(cur.at(s.Text), Warning, RuleLongSentence, fmt.Sprintf(
			"this sentence has %d words (over %d): %s; split it in two", s.Words, readability.LongSentence, quote(s.Text)))
	})
	c.grade(sc, sc.hardest.pos, "this page", "the hardest part starts here")
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
