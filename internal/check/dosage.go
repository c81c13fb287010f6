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

// where names a dose's fields' positions.
type where struct {
	hold, reps, kind diag.Pos
}

// dosage checks a stretch's own dose.
func (c *checker) dosage(s *site.Stretch) {
	src := s.Src
	w := where{hold: src.At("hold"), reps: src.At("reps"), kind: src.At("type")}
	c.advise(w, DoseAdvice(s.Dose, "", true, true))
	c.advise(w, KindAdvice(s.Dose))
	c.sides(s)
}

// routineDosage checks the doses a routine changes: only a field that
// differs from the stretch's own, which the stretch's checks cover.
func (c *checker) routineDosage(r *site.Routine) {
	for _, it := range r.Items {
		w := where{hold: it.Pos, reps: it.Pos, kind: it.Pos}
		c.advise(w, ItemAdvice(it.Stretch.Dose, it.Dose, "in this routine, "+it.Stretch.Title+": "))
	}
}

// advise adds each piece of advice at the position of its field.
func (c *checker) advise(w where, advice []Advice) {
	for _, a := range advice {
		pos := w.hold
		switch a.Field {
		case "reps":
			pos = w.reps
		case "type":
			pos = w.kind
		}
		c.add(pos, a.Severity, a.Rule, a.Message)
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
