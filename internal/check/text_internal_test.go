package check

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// oddStrings are texts that quoting and splitting must handle as fmt and
// strings do: quotes, backslashes, non-ASCII, bytes that are not UTF-8,
// and every kind of space.
func oddStrings() []string {
	return []string{"", "supine", `say "hi"`, `back\slash`, "café", "x\xffy", "tab\there", "\u00a0nbsp\u00a0",
		"  lead and trail  ", "a\u2028b", "one two three four", "\u0085next", strings.Repeat("long ", 60), "\x00\x7f"}
}

// TestMessageIsSprintf: message quotes exactly as fmt's %q.
func TestMessageIsSprintf(t *testing.T) {
	for _, a := range oddStrings() {
		for _, b := range oddStrings() {
			got := message("", a, " is a clinical word: write ", b, " instead")
			if want := fmt.Sprintf("%q is a clinical word: write %q instead", a, b); got != want {
				t.Errorf("message(%q, %q) = %q, want %q", a, b, got, want)
			}
		}
	}
}

// TestFirstFieldsIsFields: firstFields splits as strings.Fields does.
func TestFirstFieldsIsFields(t *testing.T) {
	for _, s := range oddStrings() {
		want := strings.Fields(s)
		want = want[:min(3, len(want))]
		var buf [3]string
		if got := firstFields(s, buf[:0]); !slices.Equal(got, want) {
			t.Errorf("firstFields(%q) = %q, want %q", s, got, want)
		}
	}
}

// FuzzMayNameSide checks that the quick test in front of sidesWords never
// hides a match, Unicode case folding (ſ, K) included.
func FuzzMayNameSide(f *testing.F) {
	for _, s := range []string{"Turn to the left.", "RIGHT away", "each leg", "ſwitch ſides", "the oppoſite arm", "Other Knee", "reach up", "", "x\xffleft"} {
		f.Add(s)
	}
	re := sidesWords()
	f.Fuzz(func(t *testing.T, text string) {
		if re.MatchString(text) && !mayNameSide(text) {
			t.Fatalf("mayNameSide(%q) = false, but sidesWords matches %q", text, re.FindString(text))
		}
	})
}
