// Package dosage holds how much of a stretch to do (its type, hold time,
// repetitions, sets and sides) and words it as plain sentences for patients.
//
// Dosage is always generated from these typed fields, never typed by hand in
// templates, so a page, a routine and a printed sheet can never disagree.
package dosage

import (
	"fmt"
	"strings"
	"time"
)

// Kind is the type of a stretch.
type Kind string

// The stretch types limber knows.
const (
	Static    Kind = "static"    // hold a still position
	Dynamic   Kind = "dynamic"   // move through the range, under control
	PNF       Kind = "pnf"       // contract, relax, then stretch
	Ballistic Kind = "ballistic" // bouncing; not recommended
)

// Kinds lists every Kind in documentation order.
func Kinds() []Kind { return []Kind{Static, Dynamic, PNF, Ballistic} }

// NeedsHold reports whether a stretch of this kind must have a hold time.
func (k Kind) NeedsHold() bool { return k == Static || k == PNF }

// Sides says which side of the body a stretch is done on.
type Sides string

// The values of Sides. Both means the reps are done on each side.
const (
	Both  Sides = "both"
	Left  Sides = "left"
	Right Sides = "right"
	None  Sides = "none"
)

// AllSides lists every Sides value in documentation order.
func AllSides() []Sides { return []Sides{Both, Left, Right, None} }

// Dose is how much of one stretch to do. Zero fields mean "not set": a
// routine's override leaves them as the stretch has them.
type Dose struct {
	Kind  Kind
	Hold  time.Duration
	Reps  int
	Sets  int
	Sides Sides
}

// With returns d with every field that o sets replacing d's own. It gives the
// effective dose of a stretch inside a routine.
func (d Dose) With(o Dose) Dose {
	if o.Kind != "" {
		d.Kind = o.Kind
	}
	if o.Hold != 0 {
		d.Hold = o.Hold
	}
	if o.Reps != 0 {
		d.Reps = o.Reps
	}
	if o.Sets != 0 {
		d.Sets = o.Sets
	}
	if o.Sides != "" {
		d.Sides = o.Sides
	}
	return d
}

// Sentence words the dose for a patient in English, for example
// "Hold 30 seconds. Repeat 3 times on each side." or
// "Repeat 10 times, slowly.". It is SentenceIn("en").
func (d Dose) Sentence() string { return d.SentenceIn("en") }

// SentenceIn words the dose for a patient in the language of tag ("en",
// "es", "es-MX"): "Quédese así 30 segundos. Repita 3 veces de cada lado."
// A language limber has no words for gets English.
func (d Dose) SentenceIn(tag string) string {
	w := wordsFor(tag)
	var parts []string
	switch d.Kind {
	case PNF:
		parts = append(parts, fmt.Sprintf(w.pnf, w.duration(d.Hold)))
	case Dynamic, Ballistic:
		// The hold of a moving stretch is a pause, said after the reps.
	default:
		if d.Hold > 0 {
			parts = append(parts, fmt.Sprintf(w.hold, w.duration(d.Hold)))
		}
	}
	parts = append(parts, d.repsSentence(w))
	if (d.Kind == Dynamic || d.Kind == Ballistic) && d.Hold > 0 {
		parts = append(parts, fmt.Sprintf(w.pause, w.duration(d.Hold)))
	}
	if d.Sets > 1 {
		parts = append(parts, fmt.Sprintf(w.sets, d.Sets))
	}
	return strings.Join(parts, " ")
}

func (d Dose) repsSentence(w words) string {
	s := w.once
	if d.Reps > 1 {
		s = fmt.Sprintf(w.repeat, d.Reps)
	}
	s += w.sides[d.Sides]
	if d.Kind == Dynamic {
		s += w.slowly
	}
	return s + "."
}

// Words writes a duration in plain English words: "30 seconds",
// "1 minute", "1 minute 30 seconds". Parts below a second are dropped.
// It is WordsIn(t, "en").
func Words(t time.Duration) string { return WordsIn(t, "en") }

// WordsIn writes a duration in plain words in the language of tag:
// "1 minuto y 30 segundos" in Spanish.
func WordsIn(t time.Duration, tag string) string { return wordsFor(tag).duration(t) }
