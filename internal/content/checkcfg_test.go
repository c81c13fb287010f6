package content

import (
	"reflect"
	"testing"

	"github.com/limber/limber/internal/diag"
)

func TestCheckConfigGood(t *testing.T) {
	src := "title: T\n" +
		"check:\n" +
		"  max_routine_stretches: 6\n" +
		"  review_max_age_months: 12\n" +
		"  jargon:\n" +
		"    - {jargon: ROM, plain: how far you can move}\n" +
		"    - jargon: PT\n" +
		"      plain: physical therapist\n" +
		"  off:\n" +
		"    plain-language: our readers are clinicians\n" +
		"    review-age: \"reviewed yearly: see the log\"\n"
	c, errs := ParseConfig("limber.yaml", []byte(src))
	checkMessages(t, errs, nil)
	at := func(line, col int) diag.Pos { return diag.Pos{Path: "limber.yaml", Line: line, Col: col} }
	want := CheckConfig{
		MaxRoutineStretches: 6, ReviewMaxAgeMonths: 12,
		Jargon: []Jargon{
			{Jargon: "ROM", Plain: "how far you can move", Pos: at(6, 7)},
			{Jargon: "PT", Plain: "physical therapist", Pos: at(7, 7)},
		},
		Off: []RuleOff{
			{Rule: "plain-language", Reason: "our readers are clinicians", Pos: at(10, 5)},
			{Rule: "review-age", Reason: "reviewed yearly: see the log", Pos: at(11, 5)},
		},
	}
	if !reflect.DeepEqual(c.Check, want) {
		t.Errorf("got  %+v\nwant %+v", c.Check, want)
	}
}

func TestCheckConfigErrors(t *testing.T) {
	const y = "limber.yaml"
	tests := []struct {
		name string
		src  string
		want []string
	}{
		{"not a group", "check: strict\n", []string{y + `:1:8: check: want a group of key: value fields, got "strict"`}},
		{"typo", "check:\n  max_routine_stretch: 4\n", []string{
			y + `:2:3: check: unknown key "max_routine_stretch" (did you mean "max_routine_stretches"?)`}},
		{"zero", "check: {max_routine_stretches: 0, review_max_age_months: x}\n", []string{
			y + `:1:32: check.max_routine_stretches: must be at least 1, got 0`,
			y + `:1:58: check.review_max_age_months: want a whole number, got "x"`}},
		{"jargon missing plain", "check:\n  jargon:\n    - jargon: ROM\n", []string{
			y + `:3:7: check.jargon[0]: missing required field "plain"`}},
		{"jargon twice", "check:\n  jargon:\n    - {jargon: ROM, plain: a}\n    - {jargon: rom, plain: b}\n", []string{
			y + `:4:7: check.jargon[1]: "rom" is already in the list (line 3): write each word once`}},
		{"off without reason", "check:\n  off:\n    plain-language:\n    ballistic: \"  \"\n", []string{
			y + `:3:5: check.off.plain-language: give the reason this rule is off, like plain-language: our readers are clinicians`,
			y + `:4:16: check.off.ballistic: give the reason this rule is off, like ballistic: our readers are clinicians`}},
		{"off list", "check:\n  off: [plain-language]\n", []string{
			y + `:2:8: check.off: want lines of rule-id: reason, like plain-language: our readers are clinicians, got a list`}},
		{"off bad id", "check:\n  off:\n    Plain Language: x\n    a: 1\n    a: 2\n", []string{
			y + `:3:5: check.off: "Plain Language" is not a rule id: rule ids are lowercase words joined by hyphens, like plain-language`,
			y + `:5:5: check.off: duplicate key "a" (first on line 4)`}},
		{"off reason list", "check:\n  off:\n    a: [x]\n", []string{y + `:3:8: check.off.a: want text, got a list`}},
		{"off alias", "check:\n  off:\n    a: &r x\n", []string{
			y + `:3:8: YAML anchors, aliases, merge keys and tags (&, *, <<, !) are not supported here: write the value out in full`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, errs := ParseConfig(y, []byte(tt.src))
			checkMessages(t, errs, tt.want)
		})
	}
}

func TestCheckOff(t *testing.T) {
	p, errs := ParseMarkdownFile(cc, []byte(baseStretch("check_off:", "  long-sentence: a quote from a guideline", "  reps: \"the surgeon's plan\"")))
	checkMessages(t, errs, nil)
	want := []RuleOff{
		{Rule: "long-sentence", Reason: "a quote from a guideline", Pos: diag.Pos{Path: cc, Line: 9, Col: 3}},
		{Rule: "reps", Reason: "the surgeon's plan", Pos: diag.Pos{Path: cc, Line: 10, Col: 3}},
	}
	if got := p.Source().CheckOff; !reflect.DeepEqual(got, want) {
		t.Errorf("got  %+v\nwant %+v", got, want)
	}
	_, errs = ParseMarkdownFile(ar, []byte(md("title: A", "summary: S", "check_off: {review-age: ''}")))
	checkMessages(t, errs, []string{
		ar + `:4:25: check_off.review-age: give the reason this rule is off, like review-age: our readers are clinicians`})
}

func TestSourceAt(t *testing.T) {
	p, errs := ParseMarkdownFile(rt, []byte(md("title: M", "summary:   Wake up.", "stretches: [a]", "updated:")))
	checkMessages(t, errs, nil)
	s := p.Source()
	for key, want := range map[string]string{
		"title": rt + ":2:8", "summary": rt + ":3:12", "stretches": rt + ":4:12", "updated": rt + ":5:1", "warmup": rt,
	} {
		if got := s.At(key).String(); got != want {
			t.Errorf("At(%q) = %s, want %s", key, got, want)
		}
	}
}

// FuzzCheckConfig decodes limber.yaml check blocks: never a panic, every
// problem at a position in limber.yaml, and only well-formed settings kept.
func FuzzCheckConfig(f *testing.F) {
	for _, s := range []string{
		"check:\n  max_routine_stretches: 6\n  jargon:\n    - {jargon: ROM, plain: how far you can move}\n  off:\n    plain-language: clinicians\n",
		"check: {off: {a: '', b: [x], B: y}}\n", "check:\n  off:\n    a: &r x\n    <<: {b: c}\n",
		"check:\n  jargon: [{jargon: a, plain: b}, {jargon: A, plain: c}, x, ~]\n", "check: [1]\n", "check:\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		c, errs := ParseConfig("limber.yaml", src)
		for _, e := range errs {
			if e.Pos.Path != "limber.yaml" || e.Msg == "" {
				t.Fatalf("bad problem %q", e.Error())
			}
		}
		k := c.Check
		if k.MaxRoutineStretches < 0 || k.ReviewMaxAgeMonths < 0 {
			t.Fatalf("negative limit: %+v", k)
		}
		for _, o := range k.Off {
			if !isSlug(o.Rule) || o.Reason == "" || o.Pos.Line < 1 {
				t.Fatalf("bad rule off: %+v", o)
			}
		}
		for _, j := range k.Jargon {
			if j.Jargon == "" || j.Plain == "" {
				t.Fatalf("bad jargon: %+v", j)
			}
		}
	})
}
