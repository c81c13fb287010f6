package program

import (
	"strconv"
	"strings"

	"github.com/limber/limber/internal/dosage"
)

// Decode reads an address that Encode wrote. It accepts exactly the
// strings Encode writes, so Encode(Decode(s)) is s for every s it accepts;
// anything else gets an error saying which part is wrong and why, counting
// characters from 1. It never panics, and it looks at no more than MaxLen+1
// characters of a string that is too long.
func Decode(s string) (Program, error) {
	if err := checkAlphabet(s); err != nil {
		return Program{}, err
	}
	if s[0] != Version {
		return Program{}, problem("js.addr.version", strconv.Quote(s[:1]), string(rune(Version)))
	}
	parts := strings.Split(s[1:], string(itemStart))
	if n := len(parts) - 1; n > MaxItems {
		return Program{}, problem("js.addr.most", MaxItems, n)
	}
	p, err := readHeading(parts[0])
	if err != nil {
		return Program{}, err
	}
	at := 2 + len(parts[0]) // where the first item's '*' is, counting from 1
	p.Stretches = make([]Item, 0, len(parts)-1)
	for i, enc := range parts[1:] {
		it, err := readItem(enc, at+1)
		if err != nil {
			return Program{}, inStretch(i+1, err)
		}
		p.Stretches = append(p.Stretches, it)
		at += 1 + len(enc)
	}
	return p, nil
}

// checkAlphabet returns an error if s is empty, has a character an
// address never has, or is longer than MaxLen. It stops at the first bad
// character, and reads at most MaxLen+1 of them, so a character's place is
// the same in every language's count (those before it are ASCII).
func checkAlphabet(s string) error {
	if s == "" {
		return problem("js.addr.empty")
	}
	for i := 0; i < len(s) && i <= MaxLen; i++ {
		if c := s[i]; !literal(c) && c != space && c != escape && c != comma && c != itemStart {
			return problem("js.addr.char", i+1)
		}
	}
	if len(s) > MaxLen {
		return problem("js.addr.toolong", MaxLen)
	}
	return nil
}

// readHeading reads the program's four texts, which start at character 2.
func readHeading(enc string) (Program, error) {
	f := strings.Split(enc, string(comma))
	if len(f) != 4 {
		return Program{}, problem("js.addr.heading", len(f))
	}
	var p Program
	dst := [...]*string{&p.Title, &p.Frequency, &p.Duration, &p.Warmup}
	names := [...]*Problem{name("title"), name("often"), name("long"), name("warmup")}
	maxes := [...]int{MaxTitle, MaxFrequency, MaxDuration, MaxWarmup}
	at := 2
	for i := range f {
		t, err := readText(names[i], f[i], at, maxes[i])
		if err != nil {
			return Program{}, err
		}
		*dst[i] = t
		at += len(f[i]) + 1
	}
	return p, nil
}

// readItem reads one stretch, which starts at character at.
func readItem(enc string, at int) (Item, error) {
	ref, changes, hasChanges := strings.Cut(enc, string(comma))
	slug, err := readText(name("slug"), ref, at, MaxSlug)
	if err == nil {
		err = checkSlug(slug)
	}
	if err != nil {
		return Item{}, err
	}
	it := Item{Ref: slug}
	if !hasChanges {
		return it, nil
	}
	if changes == "" {
		return Item{}, problem("js.addr.comma", at+len(ref))
	}
	return it, readChanges(&it, changes, at+len(ref)+1)
}

// readChanges reads what a program changes of a stretch, in order: hold,
// reps, sets, sides and note, each at most once.
func readChanges(it *Item, s string, at int) error {
	const order = "hxs|n" // | stands for any of the sides' letters
	last := -1
	for i := 0; i < len(s); {
		tag := s[i]
		kind := tag
		if strings.IndexByte("BLRN", tag) >= 0 {
			kind = '|'
		}
		k := strings.IndexByte(order, kind)
		if k < 0 {
			return problem("js.addr.tag", strconv.Quote(s[i:i+1]), at+i)
		}
		if k <= last {
			return problem("js.addr.order", strconv.Quote(s[i:i+1]), at+i)
		}
		last = k
		n, err := readChange(it, s[i:], at+i)
		if err != nil {
			return err
		}
		i += n
	}
	return nil
}

// readChange reads one change from the front of s and returns its length.
func readChange(it *Item, s string, at int) (int, error) {
	switch s[0] {
	case 'h':
		return readNumber(&it.Hold, "hold", s, MaxHold)
	case 'x':
		return readNumber(&it.Reps, "reps", s, MaxCount)
	case 's':
		return readNumber(&it.Sets, "sets", s, MaxCount)
	case 'n':
		note, err := readText(name("note"), s[1:], at+1, MaxNote)
		if err == nil && note == "" {
			err = problem("js.addr.emptynote", at)
		}
		it.Notes = note
		return len(s), err
	}
	it.Sides = map[byte]dosage.Sides{'B': dosage.Both, 'L': dosage.Left, 'R': dosage.Right, 'N': dosage.None}[s[0]]
	return 1, nil
}

// readNumber reads the whole number after s's first letter: 1 to max,
// written without leading zeros.
func readNumber(dst *int, name, s string, max int) (int, error) {
	end := 1
	for end < len(s) && s[end] >= '0' && s[end] <= '9' {
		end++
	}
	digits := s[1:end]
	if digits == "" || digits[0] == '0' || len(digits) > 4 {
		return 0, rangeError(name, max)
	}
	n := 0
	for _, d := range digits {
		n = n*10 + int(d-'0')
	}
	if n > max {
		return 0, rangeError(name, max)
	}
	*dst = n
	return end, nil
}
