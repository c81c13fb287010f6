package plain

import (
	"slices"
	"strings"
	"testing"
)

func testFinder(t *testing.T, terms ...Term) *Finder {
	t.Helper()
	if len(terms) == 0 {
		terms = Builtin()
	}
	f, err := NewFinder(terms)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// found returns the matched text and jargon of each match, as "text=jargon".
func found(f *Finder, text string) []string {
	var out []string
	for _, m := range f.Find(text) {
		out = append(out, text[m.Offset:m.Offset+m.Len]+"="+m.Term.Jargon)
	}
	return out
}

func TestFind(t *testing.T) {
	f := testFinder(t)
	tests := []struct {
		text string
		want []string
	}{
		{"Lie supine on the mat.", []string{"supine=supine"}},
		{"SUPINE or Supine", []string{"SUPINE=supine", "Supine=supine"}},
		{"Do 10 flexions and hold the flexion.", []string{"flexions=flexion", "flexion=flexion"}},
		{"Patients ambulate, ambulated and are ambulating.", []string{"ambulate=ambulate", "ambulated=ambulate", "ambulating=ambulate"}},
		{"Stretch bilaterally.", []string{"bilaterally=bilateral"}},
		{"Check the range of motion.", []string{"range of motion=range of motion"}},
		{"Check the ranges of motion.", []string{"ranges of motion=range of motion"}},
		{"Check the range\nof  motion.", []string{"range\nof  motion=range of motion"}},
		{"Lie side-lying or side lying.", []string{"side-lying=side-lying", "side lying=side-lying"}},
		{"Avoid non-weight-bearing walks.", []string{"non-weight-bearing=non-weight-bearing"}},
		{"Keep it weight-bearing.", []string{"weight-bearing=weight-bearing"}},
		{"Limited internal rotation and rotation.", []string{"internal rotation=internal rotation", "rotation=rotation"}},
		{"Stretch the lumbar spine.", []string{"lumbar spine=lumbar spine"}},
		{"It helps your ROM.", []string{"ROM=ROM"}},
		{"Flex your knee. It flexes.", []string{"Flex=flex", "flexes=flex"}},
		{"Your hip flexors are tight.", []string{"hip flexors=hip flexor"}},
		{"Lie prone. If you are prone to falls, sit.", []string{"prone=prone"}},
		{"Your shoulder blade, not your scapula or scapulae.", []string{"scapula=scapula", "scapulae=scapulae"}},
	}
	for _, tt := range tests {
		if got := found(f, tt.text); !slices.Equal(got, tt.want) {
			t.Errorf("Find(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestFindWholeWordsOnly(t *testing.T) {
	f := testFinder(t)
	for _, text := range []string{
		"Pronounce it slowly.",       // prone
		"Prone to falls? Sit down.",  // the everyday sense of prone
		"A flexible spine helps.",    // flex
		"Your hamstrings and quads.", // words patients know
		"Take a range of options.",   // not the whole phrase
		"Range, of motion.",          // a comma breaks a phrase
		"The gaiter and the latera.", // gait, lateral inside other words
		"Performance matters.",       // perform
		"Look at the supinex.",       // not a listed form
		"",
	} {
		if got := found(f, text); len(got) != 0 {
			t.Errorf("Find(%q) = %q, want none", text, got)
		}
	}
}

func TestFindOffsets(t *testing.T) {
	f := testFinder(t, Term{"supine", "lying on your back"}, Term{"range of motion", "how far you can move"})
	text := "Café — lie supine. Then check your range of motion."
	got := f.Find(text)
	want := []Match{
		{Term{"supine", "lying on your back"}, strings.Index(text, "supine"), len("supine"), Base},
		{Term{"range of motion", "how far you can move"}, strings.Index(text, "range"), len("range of motion"), Base},
	}
	if !slices.Equal(got, want) {
		t.Errorf("Find = %+v, want %+v", got, want)
	}
}

func TestFindPrefersLongestThenFirst(t *testing.T) {
	f := testFinder(t,
		Term{"hip", "hip (first)"},
		Term{"hip flexor stretch", "long"},
		Term{"hip flexor", "short"},
		Term{"hips", "hips (exact)"},
	)
	if got := found(f, "a hip flexor stretch"); !slices.Equal(got, []string{"hip flexor stretch=hip flexor stretch"}) {
		t.Errorf("longest phrase: %q", got)
	}
	if got := found(f, "a hip flexor"); !slices.Equal(got, []string{"hip flexor=hip flexor"}) {
		t.Errorf("shorter phrase: %q", got)
	}
	if got := found(f, "your hips"); !slices.Equal(got, []string{"hips=hips"}) {
		t.Errorf("exact form over an inflection: %q", got)
	}
}

func TestNewFinderErrors(t *testing.T) {
	_, err := NewFinder([]Term{
		{"supine", "lying on your back"},
		{"", "nothing"},
		{"Supine", "again"},
		{" range  of-motion ", "how far"},
		{"range of motion", "again"},
		{"--", "no letters"},
	})
	if err == nil {
		t.Fatal("no error")
	}
	msg := err.Error()
	for _, want := range []string{
		`term 2: the jargon "" has no words`,
		`term 3: "Supine" is already listed as term 1`,
		`term 5: "range of motion" is already listed as term 4`,
		`term 6: the jargon "--" has no words`,
	} {
		if !strings.Contains(msg, want) {
			t.Errorf("error %q does not contain %q", msg, want)
		}
	}
	if _, err := NewFinder(nil); err != nil {
		t.Errorf("empty list: %v", err)
	}
}

func TestBuiltin(t *testing.T) {
	terms := Builtin()
	if len(terms) < 60 {
		t.Errorf("Builtin has %d terms, want at least 60", len(terms))
	}
	if !slices.IsSortedFunc(terms, func(a, b Term) int {
		return strings.Compare(strings.ToLower(a.Jargon), strings.ToLower(b.Jargon))
	}) {
		t.Error("Builtin is not sorted by jargon")
	}
	f := testFinder(t, terms...)
	for _, term := range terms {
		if term.Plain == "" || strings.EqualFold(term.Plain, term.Jargon) {
			t.Errorf("%q: plain %q", term.Jargon, term.Plain)
		}
		text := "Now " + term.Jargon + " here."
		if got := f.Find(text); len(got) != 1 || got[0].Term != term {
			t.Errorf("Find(%q) = %+v, want the term itself", text, got)
		}
		// The plain words must not themselves be jargon.
		if got := found(f, term.Plain); len(got) != 0 {
			t.Errorf("plain words for %q use jargon: %q", term.Jargon, got)
		}
	}
	for _, known := range []string{"hamstring", "quads", "calf", "core", "spine", "pelvis", "posture", "reps", "tendon", "sciatica"} {
		if got := found(f, known); len(got) != 0 {
			t.Errorf("Builtin flags %q, a word patients know", known)
		}
	}
}

func TestInflections(t *testing.T) {
	tests := map[string][]string{
		"flexion":  {"flexion", "flexions", "flexioned", "flexioning", "flexionly"},
		"ambulate": {"ambulate", "ambulates", "ambulated", "ambulating", "ambulately"},
		"injury":   {"injury", "injuries", "injuried", "injurying", "injurily"},
		"lie":      {"lie", "lies", "lied", "lying"},
		"flex":     {"flex", "flexes", "flexed", "flexing", "flexly"},
		"of":       {"of"},
	}
	for w, want := range tests {
		if got := inflections(w); !slices.Equal(got, want) {
			t.Errorf("inflections(%q) = %q, want %q", w, got, want)
		}
	}
}

// TestLookupFindsEveryForm: the length, first and last byte filter in
// front of the forms map never hides a form, in any letter case, and a
// word that is no form finds nothing.
func TestLookupFindsEveryForm(t *testing.T) {
	long := strings.Repeat("x", 70)
	f := testFinder(t, append(Builtin(), Term{"café au lait", "milky coffee"}, Term{long, "long"})...)
	for form, want := range f.forms {
		for _, w := range []string{form, strings.ToUpper(form), strings.ToUpper(form[:1]) + form[1:]} {
			if got := f.lookup(w); !slices.Equal(got, want) {
				t.Errorf("lookup(%q) = %v, want %v", w, got, want)
			}
		}
	}
	for _, w := range []string{"stretch", "a", "zzzz", "supinex", long + "y", "ñ"} {
		if got := f.lookup(w); got != nil {
			t.Errorf("lookup(%q) = %v, want none", w, got)
		}
	}
}
