package lang

import (
	"maps"
	"slices"
	"strings"
)

// stopHeadings returns, for each built-in language, how a heading over the
// points of when to stop may start, in lower case: "Stop if" or "When to
// stop" in English, "Pare si", "Deténgase si" or "Cuándo parar" in Spanish.
// They are Go rather than keys of en.yaml and es.yaml because they are what
// limber reads in an author's Markdown, not words it shows, so a site's
// table has nothing to override here.
func stopHeadings() map[string][]string {
	return map[string][]string{
		"en": {"stop if", "when to stop"},
		"es": {"pare si", "deténgase si", "cuándo parar"},
	}
}

// IsStopHeading reports whether a heading's text starts as a heading over
// the points of when to stop does, in any built-in language, whatever its
// case. A page's language is not needed: no language's start is another's.
func IsStopHeading(text string) bool {
	t := strings.ToLower(strings.TrimSpace(text))
	all := stopHeadings()
	for _, code := range slices.Sorted(maps.Keys(all)) {
		for _, s := range all[code] {
			if strings.HasPrefix(t, s) {
				return true
			}
		}
	}
	return false
}
