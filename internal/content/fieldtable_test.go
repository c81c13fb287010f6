package content

import (
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode"
)

// TestFieldRoles fails when a field of any kind's table has no role, no
// doc line or no type, or is listed twice, and when its role and its
// shape disagree: a Shape field says what of it the graph is built on, a
// Shown field says nothing.
func TestFieldRoles(t *testing.T) {
	checkRoles(t, "common", commonFields())
	checkRoles(t, "stretches", stretchFields())
	checkRoles(t, "routines", routineFields())
	checkRoles(t, "routines.stretches", routineItemFields())
	checkRoles(t, "articles", articleFields())
	for _, section := range []string{"stretches", "routines", "conditions", "articles"} {
		keys := Keys(section)
		if len(slices.Compact(slices.Sorted(slices.Values(keys)))) != len(keys) {
			t.Errorf("%s: a key is listed twice in %v", section, keys)
		}
	}
}

// checkRoles checks the rows of one field table.
func checkRoles[T any](t *testing.T, kind string, table []field[T]) {
	for _, fd := range table {
		switch {
		case fd.Role != Shape && fd.Role != Shown:
			t.Errorf("%s: field %q: declare its role, content.Shape or content.Shown", kind, fd.Key)
		case fd.Role == Shape && fd.shape == nil:
			t.Errorf("%s: field %q is Shape but says nothing of what the graph takes from it (shape)", kind, fd.Key)
		case fd.Role == Shown && fd.shape != nil:
			t.Errorf("%s: field %q is Shown but has a shape", kind, fd.Key)
		}
		if fd.Doc == "" || fd.Type == "" || fd.decode == nil {
			t.Errorf("%s: field %q needs a doc line, a type and a decoder", kind, fd.Key)
		}
	}
}

// TestEveryGoFieldHasARow fails when a page's Go type gains a field that
// no row of its table decodes: each exported field is named for its key
// (ReviewedBy for reviewed_by), except a stretch's Dose, which type, hold,
// reps, sets and sides fill.
func TestEveryGoFieldHasARow(t *testing.T) {
	keys := map[reflect.Type][]string{
		reflect.TypeFor[Source]():      keysOf(commonFields()),
		reflect.TypeFor[Stretch]():     keysOf(stretchFields()),
		reflect.TypeFor[Routine]():     keysOf(routineFields()),
		reflect.TypeFor[RoutineItem](): keysOf(routineItemFields()),
		reflect.TypeFor[Article]():     keysOf(articleFields()),
	}
	notFront := []string{"Path", "Rel", "Slug", "Lang", "Body", "BodyLine", "Dose"}
	for typ, known := range keys {
		for f := range typ.Fields() {
			if f.Anonymous || !f.IsExported() || slices.Contains(notFront, f.Name) {
				continue
			}
			if !slices.Contains(known, snake(f.Name)) {
				t.Errorf("content.%s.%s has no row %q in its field table", typ.Name(), f.Name, snake(f.Name))
			}
		}
	}
}

// snake turns a Go field name into its front matter key: ReviewedBy
// becomes reviewed_by.
func snake(name string) string {
	var b strings.Builder
	for i, r := range name {
		if unicode.IsUpper(r) && i > 0 {
			b.WriteByte('_')
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// stretchSample returns a stretch with every field written, and another value
// for each field.
func stretchSample() [][3]string {
	return [][3]string{
		{"title", "A", "B"}, {"summary", "S.", "T."}, {"draft", "false", "true"},
		{"check_off", "{hold-time: why}", "{hold-time: because}"},
		{"type", "static", "pnf"}, {"hold", "30s", "45s"}, {"reps", "3", "4"}, {"sets", "1", "2"},
		{"sides", "both", "left"}, {"position", "supine", "prone"}, {"difficulty", "easy", "hard"},
		{"regions", "[neck]", "[back]"}, {"muscles", "[calves]", "[hips]"}, {"equipment", "[mat]", "[chair]"},
		{"contraindications", "[osteo]", "[other]"},
		{"easier", "[wall-stretch]", "[chair-stretch]"},
		{"harder", "[floor-stretch]", "[standing-stretch]"},
		{"images", "[{src: a.svg, alt: A}]", "[{src: b.svg, alt: A}]"},
		{"video", "https://example.org/v", "https://example.org/w"},
		{"references", "[{title: R}]", "[{title: Q, url: 'https://example.org/q'}]"},
	}
}

// TestStretchShapeFollowsRoles edits each field of a stretch in turn and
// checks that SameShape refuses exactly the edits of Shape fields, as the
// table says. It fails for a field with no sample value here.
func TestStretchShapeFollowsRoles(t *testing.T) {
	roles := roleOf(commonFields(), roleOf(stretchFields(), nil))
	roles["images.alt"] = Shown // alt is shown; only src shapes
	samples := append(stretchSample(), [3]string{"images.alt", "[{src: a.svg, alt: A}]", "[{src: a.svg, alt: Z}]"})
	was := parseSample(t, "stretches", samples, "")
	for _, s := range samples {
		now := parseSample(t, "stretches", samples, s[0])
		if got, want := was.Stretch.SameShape(now.Stretch), roles[s[0]] == Shown; got != want {
			t.Errorf("an edit of %s: SameShape = %v, want %v", s[0], got, want)
		}
	}
	for _, k := range Keys("stretches") {
		if !slices.ContainsFunc(samples, func(s [3]string) bool { return s[0] == k }) {
			t.Errorf("give the stretch field %q two sample values in stretchSample", k)
		}
	}
}

// routineSample returns a routine with every field written, and another value
// for each field; "stretches.x" changes the key x of the one item.
func routineSample() [][3]string {
	return [][3]string{
		{"title", "A", "B"}, {"summary", "S.", "T."}, {"draft", "false", "true"},
		{"check_off", "{hold-time: why}", "{hold-time: because}"},
		{"frequency", "daily", "weekly"}, {"duration", "5 minutes", "9 minutes"}, {"warmup", "Walk.", "March."},
		{"stretches", "[{ref: a, hold: 30s, reps: 2, sets: 1, sides: both, notes: N}]",
			"[{ref: a, hold: 30s, reps: 2, sets: 1, sides: both, notes: N}, b]"},
		{"stretches.ref", "", "[{ref: b, hold: 30s, reps: 2, sets: 1, sides: both, notes: N}]"},
		{"stretches.hold", "", "[{ref: a, hold: 40s, reps: 2, sets: 1, sides: both, notes: N}]"},
		{"stretches.reps", "", "[{ref: a, hold: 30s, reps: 3, sets: 1, sides: both, notes: N}]"},
		{"stretches.sets", "", "[{ref: a, hold: 30s, reps: 2, sets: 2, sides: both, notes: N}]"},
		{"stretches.sides", "", "[{ref: a, hold: 30s, reps: 2, sets: 1, sides: left, notes: N}]"},
		{"stretches.notes", "", "[{ref: a, hold: 30s, reps: 2, sets: 1, sides: both, notes: M}]"},
		{"updated", "2024-01-01", "2024-02-01"}, {"reviewed_by", "X", "Y"},
	}
}

// TestRoutineShapeFollowsRoles does for a routine and its items what
// TestStretchShapeFollowsRoles does for a stretch.
func TestRoutineShapeFollowsRoles(t *testing.T) {
	roles := roleOf(commonFields(), roleOf(routineFields(), nil))
	for _, fd := range routineItemFields() {
		roles["stretches."+fd.Key] = fd.Role
	}
	samples := routineSample()
	was := parseSample(t, "routines", samples, "")
	for _, s := range samples {
		now := parseSample(t, "routines", samples, s[0])
		if got, want := was.Routine.SameShape(now.Routine), roles[s[0]] == Shown; got != want {
			t.Errorf("an edit of %s: SameShape = %v, want %v", s[0], got, want)
		}
	}
	for _, k := range slices.Concat(Keys("routines"), prefixed("stretches.", Keys("routines.stretches"))) {
		if _, ok := roles[k]; !ok || !slices.ContainsFunc(samples, func(s [3]string) bool { return s[0] == k }) {
			t.Errorf("give the routine field %q two sample values in routineSample", k)
		}
	}
}

// prefixed puts p in front of each key.
func prefixed(p string, keys []string) []string {
	var out []string
	for _, k := range keys {
		out = append(out, p+k)
	}
	return out
}

// roleOf adds the role of each field of table to m, by key.
func roleOf[T any](table []field[T], m map[string]Role) map[string]Role {
	if m == nil {
		m = map[string]Role{}
	}
	for _, fd := range table {
		m[fd.Key] = fd.Role
	}
	return m
}

// parseSample parses a page of section with the first value of each
// sample, or the second for the sample edit, which may be a nested key
// ("images.alt") whose value replaces its parent's.
func parseSample(t *testing.T, section string, samples [][3]string, edit string) Page {
	t.Helper()
	vals := map[string]string{}
	var order []string
	for _, s := range samples {
		key, _, _ := strings.Cut(s[0], ".")
		if _, ok := vals[key]; !ok {
			order = append(order, key)
			vals[key] = s[1]
		}
		if s[0] == edit {
			vals[key] = s[2]
		}
	}
	var b strings.Builder
	b.WriteString("---\n")
	for _, k := range order {
		b.WriteString(k + ": " + vals[k] + "\n")
	}
	b.WriteString("---\nBody.\n")
	p, errs := ParseMarkdownFile("content/"+section+"/a.md", []byte(b.String()))
	if len(errs) > 0 {
		t.Fatalf("%s: %v", edit, errs)
	}
	return p
}
