package check_test

import (
	"testing"

	"github.com/limber/limber/internal/check"
)

func TestDosage(t *testing.T) {
	rules := []check.RuleID{"hold-time", "reps", "total-time", "dynamic-hold", "ballistic", "sides"}
	runCases(t, rules, []ruleCase{
		{"good", stretchAt(goodStretch()), nil},
		{"hold short", stretchAt(with(goodStretch(), "hold", "hold: 5s")), []string{
			a + ":5:7: warning: hold: 5 seconds is shorter than the 10 to 60 seconds ACSM advises [hold-time]",
			a + ":5:7: note: 10 seconds in all (hold times reps times sets) is far from the about 1 minute ACSM advises for each muscle group [total-time]"}},
		{"hold long", stretchAt(with(goodStretch(), "hold", "hold: 90s")), []string{
			a + ":5:7: warning: hold: 1 minute 30 seconds is longer than the 10 to 60 seconds ACSM advises [hold-time]",
			a + ":5:7: note: 3 minutes in all (hold times reps times sets) is far from the about 1 minute ACSM advises for each muscle group [total-time]"}},
		{"hold edges", stretchAt(with(with(goodStretch(), "hold", "hold: 60s"), "reps", "reps: 2")), nil},
		{"hold absurd", stretchAt(with(with(goodStretch(), "hold", "hold: 3m"), "reps", "reps: 2")), []string{
			a + ":5:7: error: hold: 3 minutes is over 2 minutes: check for a typo (ACSM advises 10 to 60 seconds) [hold-time]",
			a + ":5:7: note: 6 minutes in all (hold times reps times sets) is far from the about 1 minute ACSM advises for each muscle group [total-time]"}},
		{"reps", stretchAt(with(with(goodStretch(), "reps", "reps: 6"), "hold", "hold: 10s")), []string{
			a + ":6:7: warning: reps: 6 is outside the 2 to 5 repetitions ACSM advises for a static stretch [reps]"}},
		{"one rep", stretchAt(with(with(goodStretch(), "reps", "reps: 1"), "hold", "hold: 60s")), []string{
			a + ":6:7: warning: reps: 1 is outside the 2 to 5 repetitions ACSM advises for a static stretch [reps]"}},
		{"pnf reps not judged", stretchAt(with(with(goodStretch(), "type", "type: pnf"), "reps", "reps: 6")), []string{
			a + ":5:7: note: 3 minutes in all (hold times reps times sets) is far from the about 1 minute ACSM advises for each muscle group [total-time]"}},
		{"sets count in the total", stretchAt(goodStretch("sets: 3")), []string{
			a + ":5:7: note: 3 minutes in all (hold times reps times sets) is far from the about 1 minute ACSM advises for each muscle group [total-time]"}},
		{"dynamic", stretchAt(with(with(goodStretch(), "type", "type: dynamic"), "reps", "reps: 10")), []string{
			a + ":5:7: note: a dynamic stretch does not hold still: its hold of 30 seconds is shown as a pause at the end of each move; leave hold out unless you mean that [dynamic-hold]"}},
		{"dynamic without hold", stretchAt(with(with(with(goodStretch(), "type", "type: dynamic"), "reps", "reps: 10"), "hold", "")), nil},
		{"ballistic", stretchAt(with(with(with(goodStretch(), "type", "type: ballistic"), "reps", "reps: 10"), "hold", "")), []string{
			a + ":4:7: warning: a ballistic (bouncing) stretch is not advised for patients: make it a slow dynamic stretch (type: dynamic), or a static one [ballistic]"}},
		{"sides in the title", stretchAt(with(goodStretch(), "title", "title: Left hip stretch")), []string{
			a + `:2:8: warning: the title says "Left", but sides is none: add sides: both (or left or right) so the dosage says which side [sides]`}},
		{"sides in a step", stretchAt(page([]string{"title: Knee hug", "summary: Hug a knee.", "type: static", "hold: 30s", "reps: 2", "regions: [hips]"},
			"## How to do it\n\n1. Lie down.\n2. Hug one knee.\n3. Switch legs.\n\n## Stop if\n\n- It hurts.\n")), []string{
			a + `:14:4: warning: this step says "switch legs", but sides is none: add sides: both (or left or right) so the dosage says which side [sides]`}},
		{"sides given", stretchAt(goodStretch("sides: both")), nil},
		{"right away is not a side", stretchAt(page([]string{"title: Neck", "summary: Turn.", "type: static", "hold: 30s", "reps: 2", "regions: [neck]"},
			"1. Turn your head.\n2. Stop right away if it hurts.\n")), nil},
	})
}

func TestRoutineDosage(t *testing.T) {
	const r = "content/routines/r.md"
	files := func(items string) map[string]string {
		return map[string]string{
			"content/stretches/a.md": goodStretch(),
			r:                        page([]string{"title: R", "summary: S.", "stretches:", items}, "Do them in order.\n"),
		}
	}
	runCases(t, []check.RuleID{"hold-time", "reps", "total-time"}, []ruleCase{
		{"no changes", files("  - a"), nil},
		{"same values", files("  - {ref: a, hold: 30s, reps: 2}"), nil},
		{"hold changed", files("  - {ref: a, hold: 2s}"), []string{
			r + ":5:11: warning: in this routine, Neck turn: hold: 2 seconds is shorter than the 10 to 60 seconds ACSM advises [hold-time]",
			r + ":5:11: note: in this routine, Neck turn: 4 seconds in all (hold times reps times sets) is far from the about 1 minute ACSM advises for each muscle group [total-time]"}},
		{"reps changed", files("  - ref: a\n    reps: 9\n    hold: 10s"), []string{
			r + ":5:10: warning: in this routine, Neck turn: reps: 9 is outside the 2 to 5 repetitions ACSM advises for a static stretch [reps]"}},
	})
}
