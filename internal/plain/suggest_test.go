package plain

import (
	"strings"
	"testing"
)

// TestSuggestionFitsForm checks that the plain words suggested for a
// built-in term take the form the text used.
func TestSuggestionFitsForm(t *testing.T) {
	f := testFinder(t)
	for text, want := range map[string]string{
		"repetition":         "rep, or time",
		"repetitions":        "reps, or times",
		"performed":          "did, or done",
		"performs":           "does",
		"performing":         "doing",
		"flexed":             "bent",
		"flexes":             "bends",
		"discontinued":       "stopped",
		"utilized":           "used",
		"radiated":           "spread",
		"exacerbates":        "makes worse",
		"exacerbated":        "made worse",
		"abducts":            "moves out to the side",
		"dorsiflexed":        "pulled your toes up toward you",
		"abdomens":           "bellies",
		"clavicles":          "collarbones",
		"extremities":        "arms or legs",
		"contraindications":  "reasons not to do it",
		"hip flexors":        "muscles at the front of your hip",
		"vertebra":           "bone of the spine",
		"gaits":              "the ways you walk",
		"femurs":             "thigh bones",
		"paresthesias":       "tingling or pins and needles",
		"ranges of motion":   "how far you can move",
		"internal rotations": "turning in",
		"flexions":           "bending",
		"bilaterally":        "both sides",
		"scapulae":           "shoulder blades",
		"lower extremities":  "legs",
		"mobilizations":      "gentle movements",
		"supine":             "lying on your back",
		"musculatures":       "muscles",
		"inflammations":      "swelling and soreness",
		"quadruped":          "on your hands and knees",
		"exacerbations":      "flare-ups",
		"plantar fascias":    "bands of tissue under your foot",
		"non-weight-bearing": "not putting weight on it",
		"vertigos":           "a spinning feeling",
		"proprioceptions":    "senses of where your body is",
		"gastrocnemiuses":    "calf muscles",
		"contraction":        "tightening",
		"ambulates":          "walks",
		"ambulating":         "walking",
		"assisted":           "helped",
		"initiated":          "started",
		"rotates":            "turns",
		"plantarflexing":     "pointing your toes",
		"hyperextended":      "straightened too far",
		"analgesics":         "pain medicines",
		"as tolerated":       "as far as is comfortable",
		"patellas":           "kneecaps",
		"radiculopathies":    "pinched nerves",
		"external rotation":  "turning out",
		"cervical spine":     "neck",
		"erector spinae":     "muscles along your spine",
		"neutral spines":     "the natural curves of your back",
		"contraindicated":    "not safe",
		"prior to":           "before",
		"syncopes":           "fainting",
		"mobilized":          "moved",
		"facilitates":        "helps",
		"commencing":         "starting",
		"sternums":           "breastbones",
	} {
		ms := f.Find(text)
		if len(ms) != 1 || ms[0].Len != len(text) {
			t.Errorf("Find(%q) = %+v, want one match of all of it", text, ms)
			continue
		}
		if got := ms[0].Suggestion(); got != want {
			t.Errorf("%q: suggested %q, want %q", text, got, want)
		}
	}
}

// TestSuggestionEveryBuiltinForm finds every inflected form of every
// built-in term's first word in the term, and checks that the match says
// which form it is and that the suggestion is the listed plain words for
// the listed form, and for the others keeps every word but the one
// inflected (so no form loses the advice; "did, or done" adds two).
func TestSuggestionEveryBuiltinForm(t *testing.T) {
	f := testFinder(t)
	for _, term := range Builtin() {
		words := splitWords(term.Jargon)
		for k, form := range inflections(words[0]) {
			text := strings.Join(append([]string{form}, words[1:]...), " ")
			ms := f.Find(text)
			if len(ms) != 1 || ms[0].Term != term {
				continue // the form is another term's (scapulae), or a word alone
			}
			if ms[0].Form != Form(k) {
				t.Errorf("Find(%q).Form = %d, want %d", text, ms[0].Form, k)
			}
			got := ms[0].Suggestion()
			if k == 0 && got != term.Plain {
				t.Errorf("%q: suggested %q, want %q as listed", text, got, term.Plain)
			}
			if a, b := len(strings.Fields(got)), len(strings.Fields(term.Plain)); a < b || a > b+2 {
				t.Errorf("%q: suggested %q, which has not the words of %q", text, got, term.Plain)
			}
		}
	}
}
