package program

import (
	"strconv"
	"strings"
)

// The characters of an address. Text is written with letters, digits,
// '-' and '.' as they are, '_' for a space, and '~' and two upper-case hex
// digits for each byte of any other character (UTF-8). ',' separates the
// four texts of the heading, and an item's slug from its changes; '*'
// starts each item.
const (
	space     = '_'
	escape    = '~'
	comma     = ','
	itemStart = '*'
)

// Encode returns p's address, the text after # in the program page's web
// address, or what is wrong with p. Decode(Encode(p)) gives p back.
func Encode(p Program) (string, error) {
	if err := p.Validate(); err != nil {
		return "", err
	}
	var b strings.Builder
	b.WriteByte(Version)
	for i, t := range [...]string{p.Title, p.Frequency, p.Duration, p.Warmup} {
		if i > 0 {
			b.WriteByte(comma)
		}
		writeText(&b, t)
	}
	for _, it := range p.Stretches {
		b.WriteByte(itemStart)
		writeItem(&b, it)
	}
	if b.Len() > MaxLen {
		return "", problem("js.addr.qr", b.Len(), MaxLen)
	}
	return b.String(), nil
}

// writeItem writes one stretch: its slug, then, after a comma, what the
// program changes, each a letter: h, x and s with the hold in seconds, the
// reps and the sets; B, L, R or N for the sides; n with the note, last.
func writeItem(b *strings.Builder, it Item) {
	writeText(b, it.Ref)
	side, hasSide := sideLetter(it.Sides)
	if it.Hold == 0 && it.Reps == 0 && it.Sets == 0 && !hasSide && it.Notes == "" {
		return
	}
	b.WriteByte(comma)
	for _, f := range [...]struct {
		tag byte
		n   int
	}{{'h', it.Hold}, {'x', it.Reps}, {'s', it.Sets}} {
		if f.n > 0 {
			b.WriteByte(f.tag)
			b.WriteString(strconv.Itoa(f.n))
		}
	}
	if hasSide {
		b.WriteByte(side)
	}
	if it.Notes != "" {
		b.WriteByte('n')
		writeText(b, it.Notes)
	}
}

// writeText writes s escaped as an address's text.
func writeText(b *strings.Builder, s string) {
	const hex = "0123456789ABCDEF"
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case literal(c):
			b.WriteByte(c)
		case c == ' ':
			b.WriteByte(space)
		default:
			b.WriteByte(escape)
			b.WriteByte(hex[c>>4])
			b.WriteByte(hex[c&15])
		}
	}
}

// literal reports whether c stands for itself in an address's text.
func literal(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '-' || c == '.'
}
