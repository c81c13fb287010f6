package markdown

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/yuin/goldmark/ast"
)

// headingIDs is limber's parser.IDs: one is made for each Render call, so it
// needs no locking. Unlike goldmark's own generator it keeps non-ASCII
// letters, so "Étirement du dos" gets the id "étirement-du-dos".
type headingIDs struct {
	used map[string]bool
	last map[string]int // the last suffix given to each base id, so that many equal headings stay fast
}

// newHeadingIDs returns an empty set of ids for one conversion.
func newHeadingIDs() *headingIDs {
	return &headingIDs{used: map[string]bool{}, last: map[string]int{}}
}

// Generate returns a new unique id for the text value: slugified, and with
// "-1", "-2" and so on added when it is already taken.
func (s *headingIDs) Generate(value []byte, _ ast.NodeKind) []byte {
	base := Slugify(string(value))
	id := base
	for i := s.last[base] + 1; s.used[id]; i++ {
		id = base + "-" + strconv.Itoa(i)
		s.last[base] = i
	}
	s.used[id] = true
	return []byte(id)
}

// Put marks id as taken.
func (s *headingIDs) Put(id []byte) {
	s.used[string(id)] = true
}

// Slugify turns a heading's text into an id: letters (of any script),
// digits and combining marks are kept and lowercased, every run of other
// characters becomes one "-", and leading and trailing "-" are trimmed. An
// id that would be empty is "section".
func Slugify(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(unicode.ToLower(r))
			continue
		}
		dash = true
	}
	if b.Len() == 0 {
		return "section"
	}
	return b.String()
}
