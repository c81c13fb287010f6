package check

import (
	"fmt"

	"github.com/limber/limber/internal/site"
)

// stretchSafety reports a stretch that gives a patient no way to know
// when to stop: no contraindications and no "Stop if" list.
func (c *checker) stretchSafety(s *site.Stretch) {
	if len(s.Contraindications) > 0 || len(s.StopIf) > 0 {
		return
	}
	c.add(at(s.Src.Path), Warning, RuleStopIf, "this stretch names no conditions that need care (contraindications) "+
		"and has no \"## Stop if\" list: add the conditions, or a list of when to stop, or both")
}

// routineLength reports a routine with more stretches than the site's
// limit.
func (c *checker) routineLength(r *site.Routine) {
	max := c.cfg.MaxRoutineStretches
	if n := len(r.Items); n > max {
		c.add(r.Src.At("stretches"), Warning, RuleRoutineLength, fmt.Sprintf(
			"this routine has %d stretches (more than %d): patients do fewer exercises better; split it into two routines",
			n, max))
	}
}
