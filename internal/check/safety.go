package check

import (
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
	for _, a := range LengthAdvice(len(r.Items), c.cfg.MaxRoutineStretches, "routine") {
		c.add(r.Src.At("stretches"), a.Severity, a.Rule, a.Message)
	}
}
