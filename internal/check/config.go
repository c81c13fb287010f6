package check

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/limber/limber/internal/content"
	"github.com/limber/limber/internal/diag"
)

// Defaults of the settings in limber.yaml's check block.
const (
	// DefaultMaxRoutineStretches is the most stretches a routine may have
	// before routine-length warns: fewer exercises are done better (Henry
	// et al., Phys Ther 1999), and five leave room on a one-page sheet.
	DefaultMaxRoutineStretches = 5
	// DefaultReviewMaxAgeMonths is how old an article's updated date may
	// be before review-age warns.
	DefaultReviewMaxAgeMonths = 24
)

// Config tunes the rules for one site: limber.yaml's check block.
type Config struct {
	MaxRoutineStretches int               // 0 means DefaultMaxRoutineStretches
	ReviewMaxAgeMonths  int               // 0 means DefaultReviewMaxAgeMonths
	Jargon              []content.Jargon  // added to the built-in plain-language list
	Off                 []content.RuleOff // rules switched off for the whole site
}

// ConfigFrom returns the settings of limber.yaml's check block.
func ConfigFrom(c content.CheckConfig) Config {
	return Config{
		MaxRoutineStretches: c.MaxRoutineStretches,
		ReviewMaxAgeMonths:  c.ReviewMaxAgeMonths,
		Jargon:              c.Jargon,
		Off:                 c.Off,
	}
}

// withDefaults fills in the settings left at zero.
func (c Config) withDefaults() Config {
	if c.MaxRoutineStretches <= 0 {
		c.MaxRoutineStretches = DefaultMaxRoutineStretches
	}
	if c.ReviewMaxAgeMonths <= 0 {
		c.ReviewMaxAgeMonths = DefaultReviewMaxAgeMonths
	}
	return c
}

// checkOff reports each switched-off rule id that is not a rule, or is
// one of the build's, which cannot be switched off.
func (c *checker) checkOff(offs []content.RuleOff) {
	for _, o := range offs {
		r, ok := c.rules[RuleID(o.Rule)]
		switch {
		case !ok:
			c.add(o.Pos, Error, RuleCheckOff, fmt.Sprintf("there is no rule %q%s", o.Rule, suggestRule(o.Rule)))
		case !r.Off:
			c.add(o.Pos, Error, RuleCheckOff, fmt.Sprintf("rule %q cannot be switched off: fix what it reports instead", o.Rule))
		}
	}
}

// suggestRule returns " (did you mean ...?)" for a near rule id, or a
// pointer to the list.
func suggestRule(id string) string {
	best, bestD := "", 3
	for _, r := range Rules() {
		if d := distance(id, string(r.ID)); d < bestD && r.Off {
			best, bestD = string(r.ID), d
		}
	}
	if best == "" {
		return ": docs/check.md lists the rules"
	}
	return fmt.Sprintf(" (did you mean %q?)", best)
}

// distance is the Levenshtein distance between a and b.
func distance(a, b string) int {
	prev := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur := make([]int, len(b)+1)
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev = cur
	}
	return prev[len(b)]
}

// switchedOff reports whether f's rule is off for the site, or for the
// file f is in.
func (c *checker) switchedOff(f Finding) bool {
	if len(c.cfg.Off) == 0 && len(c.offs) == 0 {
		return false
	}
	if r, ok := c.rules[f.Rule]; !ok || !r.Off {
		return false
	}
	return isOff(c.cfg.Off, f.Rule) || f.Pos.Path == c.path && isOff(c.offs, f.Rule)
}

// isOff reports whether offs switches rule off.
func isOff(offs []content.RuleOff, rule RuleID) bool {
	for _, o := range offs {
		if RuleID(o.Rule) == rule {
			return true
		}
	}
	return false
}

// at returns the position of a whole file.
func at(path string) diag.Pos { return diag.Pos{Path: path} }

// message joins parts into a message, quoting every second one as
// fmt's %q does: message("a ", x, " b") is fmt.Sprintf("a %q b", x), made
// with one allocation where Sprintf makes one for each argument too.
func message(parts ...string) string {
	var buf [192]byte
	b := buf[:0]
	for i, s := range parts {
		if i%2 == 1 {
			b = strconv.AppendQuote(b, s)
		} else {
			b = append(b, s...)
		}
	}
	return string(b)
}

// quote shortens s for a message: its first words, in quotes.
func quote(s string) string {
	words := strings.Fields(s)
	if len(words) > 8 {
		return fmt.Sprintf("%q", strings.Join(words[:8], " ")+" ...")
	}
	return fmt.Sprintf("%q", strings.Join(words, " "))
}
