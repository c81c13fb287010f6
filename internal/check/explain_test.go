package check_test

import (
	"slices"
	"testing"

	"github.com/limber/limber/internal/check"
)

// TestExplain checks the lines under a rule's error in limber build: the
// reason, and how to switch the rule off only for rules that can be.
func TestExplain(t *testing.T) {
	got := check.Explain(check.RuleHoldTime)
	want := []string{
		"why: " + check.Why(check.RuleHoldTime),
		"off: for one file, add check_off: {hold-time: your reason} to its front matter; " +
			"for the whole site, add check: {off: {hold-time: your reason}} to limber.yaml",
	}
	if !slices.Equal(got, want) {
		t.Errorf("Explain(hold-time) =\n%q\nwant\n%q", got, want)
	}
	if got := check.Explain(check.RuleCheckOff); len(got) != 1 {
		t.Errorf("Explain(check-off) = %q, want only the reason: the rule cannot be switched off", got)
	}
	if got := check.Explain("no-such-rule"); got != nil {
		t.Errorf("Explain(no-such-rule) = %q, want nothing", got)
	}
}
