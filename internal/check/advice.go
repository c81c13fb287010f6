package check

import (
	"fmt"
	"time"

	"github.com/limber/limber/internal/dosage"
	"github.com/limber/limber/internal/lang"
)

// Advice is what limber check says about a dose, before it has a
// position: its rule, severity, the field it is about ("type", "hold",
// "reps", or "stretches" for a routine's length) and the message. The
// builder page gives the same advice as the clinician types
// (templates/assets/advice.js, held to it by internal/jstest).
type Advice struct {
	Rule     RuleID   `json:"rule"`
	Severity Severity `json:"severity"`
	Field    string   `json:"field"`
	Message  string   `json:"message"`
}

// english returns limber's English words for key with args in place
// (internal/lang's en.yaml). The messages of the advice the builder shows
// too (js.adv.*) and the reasons of the dosage rules (js.why.*) are written
// there once, for limber check and for the builder in every language.
func english(key string, args ...any) string {
	return lang.Builtin().Table(lang.Default).MustT(key, args...)
}

// DoseAdvice returns the advice on the hold, repetitions and total time of
// a static or PNF dose; hold and reps say which of them to check, and who
// starts each message ("" for a stretch's own dose).
func DoseAdvice(d dosage.Dose, who string, hold, reps bool) []Advice {
	if !d.Kind.NeedsHold() || d.Hold <= 0 || d.Reps <= 0 {
		return nil
	}
	var out []Advice
	if hold {
		out = append(out, holdAdvice(d, who)...)
	}
	if reps && d.Kind == dosage.Static && (d.Reps < MinReps || d.Reps > MaxReps) {
		out = append(out, Advice{RuleReps, Warning, "reps", who + english("js.adv.reps", d.Reps, MinReps, MaxReps)})
	}
	total := d.Hold * time.Duration(d.Reps*max(1, d.Sets))
	if total < MinTotalNote || total > MaxTotalNote {
		out = append(out, Advice{RuleTotalTime, Note, "hold", who + english("js.adv.total", dosage.Words(total), dosage.Words(TargetTotal))})
	}
	return out
}

// holdAdvice returns the advice on a static or PNF hold.
func holdAdvice(d dosage.Dose, who string) []Advice {
	h := dosage.Words(d.Hold)
	switch {
	case d.Hold > MaxSaneHold:
		return []Advice{{RuleHoldTime, Error, "hold", who + english("js.adv.typo", h, dosage.Words(MaxSaneHold))}}
	case d.Hold < MinHold:
		return []Advice{{RuleHoldTime, Warning, "hold", who + english("js.adv.short", h)}}
	case d.Hold > MaxHold:
		return []Advice{{RuleHoldTime, Warning, "hold", who + english("js.adv.long", h)}}
	}
	return nil
}

// KindAdvice returns the advice on a stretch's type: a ballistic stretch,
// and a dynamic one with a hold (shown as a pause).
func KindAdvice(d dosage.Dose) []Advice {
	var out []Advice
	if d.Kind == dosage.Ballistic {
		out = append(out, Advice{RuleBallistic, Warning, "type", english("js.adv.ballistic")})
	}
	if d.Kind == dosage.Dynamic && d.Hold > 0 {
		out = append(out, Advice{RuleDynamicHold, Note, "hold", english("js.adv.dynamic", dosage.Words(d.Hold))})
	}
	return out
}

// ItemAdvice returns the advice on a stretch's dose in a routine, dose,
// where the stretch's own is own: only on the fields that differ, which the
// stretch's own checks cover.
func ItemAdvice(own, dose dosage.Dose, who string) []Advice {
	holdChanged := dose.Hold != own.Hold
	repsChanged := dose.Reps != own.Reps || dose.Sets != own.Sets
	if !holdChanged && !repsChanged {
		return nil
	}
	return DoseAdvice(dose, who, holdChanged, repsChanged)
}

// ProgramAdvice returns the advice the builder page shows on one stretch
// of a program, whose own dose is own and whose dose in the program is
// dose: a ballistic stretch, a hold given to a dynamic one, and ItemAdvice.
func ProgramAdvice(own, dose dosage.Dose) []Advice {
	var out []Advice
	for _, a := range KindAdvice(dose) {
		if a.Rule == RuleBallistic || dose.Hold != own.Hold {
			out = append(out, a)
		}
	}
	return append(out, ItemAdvice(own, dose, "")...)
}

// LengthAdvice returns the advice on a routine (or a program: noun names
// it) of n stretches, when a site advises at most max. Its words are
// written here, not taken from js.adv.length (the builder's, which says
// "program" only); internal/jstest/advice.test.mjs holds the two equal
// for a program.
func LengthAdvice(n, max int, noun string) []Advice {
	if n <= max {
		return nil
	}
	return []Advice{{RuleRoutineLength, Warning, "stretches", fmt.Sprintf(
		"this %s has %d stretches (more than %d): patients do fewer exercises better; split it into two %ss", noun, n, max, noun)}}
}
