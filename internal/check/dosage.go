package check

import (
	"fmt"
	"regexp"
	"strings"
	"time"

	"github.com/limber/limber/internal/diag"
	"github.com/limber/limber/internal/dosage"
	"github.com/limber/limber/internal/markdown"
	"github.com/limber/limber/internal/site"
)

// Dosage limits, from ACSM's Guidelines for Exercise Testing and
// Prescription and Garber et al., Med Sci Sports Exerc 2011.
const (
	MinHold      = 10 * time.Second  // shortest advised static or PNF hold
	MaxHold      = 60 * time.Second  // longest advised hold (30-60 s for older adults)
	MaxSaneHold  = 120 * time.Second // a longer hold is an error: most likely a typo
	MinReps      = 2                 // fewest advised repetitions of a static stretch
	MaxReps      = 5                 // most (ACSM: 2-4; one more is allowed)
	TargetTotal  = 60 * time.Second  // advised stretching time per muscle group
	MinTotalNote = TargetTotal / 2   // a total under this is far from the target
	MaxTotalNote = TargetTotal * 2   // and so is one over this
)

// where names a dose's fields' positions, and says whose dose it is.
type where struct {
	hold, reps, kind diag.Pos
	who              string // "" for a stretch's own dose, "in this routine, " for an item
}

// dosage checks a stretch's own dose.
func (c *checker) dosage(s *site.Stretch) {
	src := s.Src
	w := where{hold: src.At("hold"), reps: src.At("reps"), kind: src.At("type")}
	c.dose(s.Dose, w, true, true)
	if s.Dose.Kind == dosage.Ballistic {
		c.add(w.kind, Warning, RuleBallistic, "a ballistic (bouncing) stretch is not advised for patients: "+
			"make it a slow dynamic stretch (type: dynamic), or a static one")
	}
	if s.Dose.Kind == dosage.Dynamic && s.Dose.Hold > 0 {
		c.add(w.hold, Note, RuleDynamicHold, fmt.Sprintf("a dynamic stretch does not hold still: its hold of %s is shown as a pause "+
			"at the end of each move; leave hold out unless you mean that", dosage.Words(s.Dose.Hold)))
	}
	c.sides(s)
}

// routineDosage checks the doses a routine changes: only a field that
// differs from the stretch's own, which the stretch's checks cover.
func (c *checker) routineDosage(r *site.Routine) {
	for _, it := range r.Items {
		own := it.Stretch.Dose
		w := where{hold: it.Pos, reps: it.Pos, kind: it.Pos, who: "in this routine, " + it.Stretch.Title + ": "}
		holdChanged := it.Dose.Hold != own.Hold
		repsChanged := it.Dose.Reps != own.Reps || it.Dose.Sets != own.Sets
		if holdChanged || repsChanged {
			c.dose(it.Dose, w, holdChanged, repsChanged)
		}
	}
}

// dose checks the hold, repetitions and total time of a static or PNF
// dose; hold and reps say which of them to check.
func (c *checker) dose(d dosage.Dose, w where, hold, reps bool) {
	if !d.Kind.NeedsHold() || d.Hold <= 0 || d.Reps <= 0 {
		return
	}
	if hold {
		c.holdTime(d, w)
	}
	if reps && d.Kind == dosage.Static && (d.Reps < MinReps || d.Reps > MaxReps) {
		c.add(w.reps, Warning, RuleReps, fmt.Sprintf("%sreps: %d is outside the %d to %d repetitions ACSM advises for a static stretch",
			w.who, d.Reps, MinReps, MaxReps))
	}
	total := d.Hold * time.Duration(d.Reps*max(1, d.Sets))
	if total < MinTotalNote || total > MaxTotalNote {
		c.add(w.hold, Note, RuleTotalTime, fmt.Sprintf("%s%s in all (hold times reps times sets) is far from the "+
			"about %s ACSM advises for each muscle group", w.who, dosage.Words(total), dosage.Words(TargetTotal)))
	}
}

// holdTime checks a static or PNF hold.
func (c *checker) holdTime(d dosage.Dose, w where) {
	h := dosage.Words(d.Hold)
	switch {
	case d.Hold > MaxSaneHold:
		c.add(w.hold, Error, RuleHoldTime, fmt.Sprintf("%shold: %s is over %s: check for a typo (ACSM advises 10 to 60 seconds)",
			w.who, h, dosage.Words(MaxSaneHold)))
	case d.Hold < MinHold:
		c.add(w.hold, Warning, RuleHoldTime, fmt.Sprintf("%shold: %s is shorter than the 10 to 60 seconds ACSM advises", w.who, h))
	case d.Hold > MaxHold:
		c.add(w.hold, Warning, RuleHoldTime, fmt.Sprintf("%shold: %s is longer than the 10 to 60 seconds ACSM advises", w.who, h))
	}
}

// sidesWords finds words that say a stretch is done on one side at a time.
func sidesWords() *regexp.Regexp {
	return regexp.MustCompile(`(?i)\b(left|right|(each|other|opposite) (side|leg|arm|knee|foot|hip|shoulder)|switch (sides|legs|arms))\b`)
}

// sideWord returns the first words of text that name a side, leaving
// out "right" as in "right away" or "right now".
func sideWord(re *regexp.Regexp, text string) string {
	if !mayNameSide(text) {
		return ""
	}
	for _, m := range re.FindAllStringIndex(text, -1) {
		w := text[m[0]:m[1]]
		next := strings.ToLower(strings.TrimLeft(text[m[1]:], " "))
		if strings.EqualFold(w, "right") && (strings.HasPrefix(next, "away") || strings.HasPrefix(next, "now")) {
			continue
		}
		return w
	}
	return ""
}

// mayNameSide reports whether text can hold a match of sidesWords, most
// texts being told apart without the regular expression: every match has
// one of these parts, in any case, and none of their letters matches a
// letter outside ASCII without regard to case (only k and s do: K and ſ).
func mayNameSide(text string) bool {
	for i := 0; i < len(text); i++ {
		for _, part := range [...]string{"left", "right", "each", "other", "oppo", "witch"} {
			if text[i]|0x20 == part[0] && hasPrefixLower(text[i:], part) {
				return true
			}
		}
	}
	return false
}

// hasPrefixLower reports whether s starts with lower, a word of lower-case
// ASCII letters, in any case.
func hasPrefixLower(s, lower string) bool {
	if len(s) < len(lower) {
		return false
	}
	for i := range len(lower) {
		if s[i]|0x20 != lower[i] {
			return false
		}
	}
	return true
}

// sides reports a stretch whose title or steps say left, right or the
// other side while its sides is none.
func (c *checker) sides(s *site.Stretch) {
	if s.Dose.Sides != dosage.None {
		return
	}
	re := c.sidesRe
	if m := sideWord(re, s.Title); m != "" {
		c.add(s.Src.At("title"), Warning, RuleSides, fmt.Sprintf("the title says %q, but sides is none: add sides: both "+
			"(or left or right) so the dosage says which side", m))
		return
	}
	for _, sp := range s.Spans {
		if sp.Kind != markdown.SpanItem || !sp.Ordered {
			continue
		}
		if m := sideWord(re, sp.Text); m != "" {
			c.add(sp.Pos, Warning, RuleSides, fmt.Sprintf("this step says %q, but sides is none: add sides: both "+
				"(or left or right) so the dosage says which side", strings.ToLower(m)))
			return
		}
	}
}
