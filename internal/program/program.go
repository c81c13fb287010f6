// Package program holds a patient's program of stretches as the builder
// page makes it, and its address format: the text after # in a program's
// web address, which browsers never send to a server. Nothing of a program
// is stored anywhere else.
//
// templates/assets/program.js is its twin in the browser. The two are held
// equal by testdata/vectors.json, which this package's tests write (go test
// -update) and a Node test reads (internal/jstest).
//
// The format is described in docs/programs.md, "The address". Every error
// is a Problem, whose words are internal/lang's js.addr.* keys.
package program

import (
	"fmt"
	"unicode"
	"unicode/utf8"

	"github.com/limber/limber/internal/dosage"
)

// Version is the first character of every address this package writes.
const Version = '1'

// Limits of a program. Every length counts characters (Unicode code
// points), as a person would.
const (
	MaxTitle     = 80   // the program's title
	MaxFrequency = 60   // how often, such as "daily"
	MaxDuration  = 60   // how long, such as "10 minutes"
	MaxWarmup    = 200  // what to do first
	MaxNote      = 200  // a note on one stretch
	MaxSlug      = 80   // a stretch's slug
	MaxItems     = 20   // stretches in one program
	MaxHold      = 3600 // seconds: an hour, as a stretch's hold
	MaxCount     = 1000 // reps or sets, as in front matter
	MaxLen       = 2000 // characters of an address: a longer QR code cannot be read from paper
)

// Program is what a clinician puts together for one patient: a title, how
// often and how long, a warm-up, and the stretches. There is no field for
// the patient's name or any other identifier, and there must never be one.
type Program struct {
	Title     string `json:"title"`
	Frequency string `json:"frequency"`
	Duration  string `json:"duration"`
	Warmup    string `json:"warmup"`
	Stretches []Item `json:"stretches"`
}

// Item is one stretch of a program: its slug, and what this program
// changes of its dose. A zero field leaves the stretch's own.
type Item struct {
	Ref   string       `json:"ref"`
	Hold  int          `json:"hold,omitempty"` // whole seconds
	Reps  int          `json:"reps,omitempty"`
	Sets  int          `json:"sets,omitempty"`
	Sides dosage.Sides `json:"sides,omitempty"`
	Notes string       `json:"notes,omitempty"`
}

// Validate returns the first thing wrong with p, in the words Decode uses,
// or nil.
func (p Program) Validate() error {
	heads := [...]struct {
		name *Problem
		text string
		max  int
	}{{name("title"), p.Title, MaxTitle}, {name("often"), p.Frequency, MaxFrequency},
		{name("long"), p.Duration, MaxDuration}, {name("warmup"), p.Warmup, MaxWarmup}}
	for _, h := range heads {
		if err := checkText(h.name, h.text, h.max); err != nil {
			return err
		}
	}
	if len(p.Stretches) > MaxItems {
		return problem("js.addr.most", MaxItems, len(p.Stretches))
	}
	for i, it := range p.Stretches {
		if err := it.validate(); err != nil {
			return inStretch(i+1, err)
		}
	}
	return nil
}

// validate returns the first thing wrong with one stretch of a program.
func (it Item) validate() error {
	if err := checkSlug(it.Ref); err != nil {
		return err
	}
	nums := [...]struct {
		name   string
		n, max int
	}{{"hold", it.Hold, MaxHold}, {"reps", it.Reps, MaxCount}, {"sets", it.Sets, MaxCount}}
	for _, f := range nums {
		if f.n < 0 || f.n > f.max {
			return rangeError(f.name, f.max)
		}
	}
	if _, ok := sideLetter(it.Sides); !ok && it.Sides != "" {
		return problem("js.addr.sides")
	}
	return checkText(name("note"), it.Notes, MaxNote)
}

// rangeError says what a number field ("hold", "reps" or "sets") may
// hold.
func rangeError(field string, max int) error {
	if field == "hold" {
		return problem("js.addr.hold", max)
	}
	return problem("js.addr.number", name(field), max)
}

// checkText returns an error if s is not valid UTF-8, holds a character
// that is not shown as text (a control or format character), or is longer
// than max characters.
func checkText(name *Problem, s string, max int) error {
	if !utf8.ValidString(s) {
		return problem("js.addr.utf8", name)
	}
	n := 0
	for _, r := range s {
		if hidden(r) {
			return problem("js.addr.control", name, fmt.Sprintf("%04X", r))
		}
		n++
	}
	if n > max {
		return problem("js.addr.longer", name, max)
	}
	return nil
}

// hidden reports whether r is a control or format character, or a line
// or paragraph separator: none belongs in a line of a program.
func hidden(r rune) bool {
	return unicode.Is(unicode.Cc, r) || unicode.Is(unicode.Cf, r) || r == '\u2028' || r == '\u2029'
}

// checkSlug returns an error if s is not a slug as limber's content has
// them: lowercase letters (of any script), digits and hyphens, neither
// starting nor ending with a hyphen.
func checkSlug(s string) error {
	if s == "" {
		return problem("js.addr.noslug")
	}
	if err := checkText(name("slug"), s, MaxSlug); err != nil {
		return err
	}
	for i, r := range s {
		end := i == 0 || i+utf8.RuneLen(r) == len(s)
		if r == '-' && !end || slugRune(r) {
			continue
		}
		return problem("js.addr.slug")
	}
	return nil
}

// slugRune reports whether r may be a letter or digit of a slug, as in
// internal/content: a digit, or a letter that is not upper or title case.
func slugRune(r rune) bool {
	return unicode.Is(unicode.Nd, r) || unicode.In(r, unicode.Ll, unicode.Lm, unicode.Lo)
}

// sideLetter returns the letter an address writes for a stretch's sides.
func sideLetter(s dosage.Sides) (byte, bool) {
	switch s {
	case dosage.Both:
		return 'B', true
	case dosage.Left:
		return 'L', true
	case dosage.Right:
		return 'R', true
	case dosage.None:
		return 'N', true
	}
	return 0, false
}
