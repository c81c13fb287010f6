package lang

import (
	"slices"
	"testing"

	"maps"
)

// TestStopHeadings: every built-in language says how its "Stop if" heading
// starts, no language's start is another's, and IsStopHeading finds them
// whatever their case and nothing else.
func TestStopHeadings(t *testing.T) {
	all := stopHeadings()
	if got, want := slices.Sorted(maps.Keys(all)), Builtin().Codes(); !slices.Equal(got, want) {
		t.Errorf("stop headings are given for %v, want every built-in language %v", got, want)
	}
	for heading, want := range map[string]bool{
		"Stop if": true, "  when to stop": true, "Pare si le duele": true, "DETÉNGASE SI": true, "Cuándo parar": true,
		"Steps": false, "Pasos": false, "": false, "Stop": false, "If it hurts, stop": false,
	} {
		if got := IsStopHeading(heading); got != want {
			t.Errorf("IsStopHeading(%q) = %v, want %v", heading, got, want)
		}
	}
}
