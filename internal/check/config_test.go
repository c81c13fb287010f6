package check_test

import (
	"testing"

	"github.com/limber/limber/internal/check"
)

func TestSwitchOff(t *testing.T) {
	const c = "content/stretches/c.md"
	short := with(goodStretch(), "hold", "hold: 5s")
	site := func(yaml, aOff, cOff string) map[string]string {
		m := map[string]string{a: short + "", c: short}
		if aOff != "" {
			m[a] = with(short, "reps", "reps: 2\ncheck_off:\n  "+aOff)
		}
		if cOff != "" {
			m[c] = with(short, "reps", "reps: 2\ncheck_off:\n  "+cOff)
		}
		if yaml != "" {
			m["limber.yaml"] = yaml
		}
		return m
	}
	rules := []check.RuleID{"hold-time", "check-off", "content"}
	runCases(t, rules, []ruleCase{
		{"on", site("", "", ""), []string{
			a + ":5:7: warning: hold: 5 seconds is shorter than the 10 to 60 seconds ACSM advises [hold-time]",
			c + ":5:7: warning: hold: 5 seconds is shorter than the 10 to 60 seconds ACSM advises [hold-time]"}},
		{"off for the site", site("check:\n  off:\n    hold-time: our patients are post-op\n", "", ""), nil},
		{"off for one file", site("", "hold-time: the surgeon's plan", ""), []string{
			c + ":5:7: warning: hold: 5 seconds is shorter than the 10 to 60 seconds ACSM advises [hold-time]"}},
		{"off without a reason", site("", "hold-time: ''", ""), []string{
			a + ":5:7: warning: hold: 5 seconds is shorter than the 10 to 60 seconds ACSM advises [hold-time]",
			a + ":8:14: error: check_off.hold-time: give the reason this rule is off, like hold-time: our readers are clinicians [content]",
			c + ":5:7: warning: hold: 5 seconds is shorter than the 10 to 60 seconds ACSM advises [hold-time]"}},
		{"unknown rule in a file", site("", "hold-tme: typo", ""), []string{
			a + ":5:7: warning: hold: 5 seconds is shorter than the 10 to 60 seconds ACSM advises [hold-time]",
			a + `:8:3: error: there is no rule "hold-tme" (did you mean "hold-time"?) [check-off]`,
			c + ":5:7: warning: hold: 5 seconds is shorter than the 10 to 60 seconds ACSM advises [hold-time]"}},
		{"unknown rule for the site", site("check:\n  off: {spelling: x, broken-link: y}\n", "", ""), []string{
			a + ":5:7: warning: hold: 5 seconds is shorter than the 10 to 60 seconds ACSM advises [hold-time]",
			c + ":5:7: warning: hold: 5 seconds is shorter than the 10 to 60 seconds ACSM advises [hold-time]",
			`limber.yaml:2:9: error: there is no rule "spelling": docs/check.md lists the rules [check-off]`,
			`limber.yaml:2:22: error: rule "broken-link" cannot be switched off: fix what it reports instead [check-off]`}},
	})
}

func TestRules(t *testing.T) {
	seen := map[check.RuleID]bool{}
	for _, r := range check.Rules() {
		if seen[r.ID] || r.Why == "" || r.Family == "" || len(r.Severities) == 0 {
			t.Errorf("rule %+v: repeated, or missing a field", r)
		}
		seen[r.ID] = true
		if check.Why(r.ID) != r.Why {
			t.Errorf("Why(%q)", r.ID)
		}
	}
	if check.Why("nope") != "" {
		t.Error("Why of an unknown rule")
	}
}
