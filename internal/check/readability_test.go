package check_test

import (
	"github.com/limber/limber/internal/check"
	"strings"
	"testing"
)

// Texts of known difficulty (grades from package readability).
const (
	easyText = "Sit tall in a chair. Turn your head to one side. Hold it there and breathe. Then turn back to the middle. "
	midText  = "Lying flat on your back, slowly gather both knees toward your body, holding them gently under your kneecaps together. "
	hardText = "Gradually increase the stretching intensity, maintaining a comfortable position throughout the movement. " +
		"Discontinue immediately if uncomfortable sensations develop. "
)

// prose is a stretch whose body is text, then the usual steps.
func prose(text string) map[string]string {
	return stretchAt(page([]string{"title: Neck turn", "summary: Turn your head.", "type: static", "hold: 30s", "reps: 2",
		"regions: [neck]"}, text+"\n\n## How to do it\n\n1. Sit tall.\n2. Turn your head.\n\n## Stop if\n\n- It hurts.\n"))
}

func TestReadability(t *testing.T) {
	rules := []check.RuleID{"reading-grade", "long-sentence", "complex-words"}
	runCases(t, rules, []ruleCase{
		{"easy", prose(strings.Repeat(easyText, 6)), nil},
		{"short and easy", prose("Turn your head."), nil},
		{"over grade 6", prose(strings.Repeat(midText, 5)), []string{
			a + ":10:1: warning: this page reads at grade 6.4 (over 6): use shorter sentences and shorter words; the hardest part starts here [reading-grade]"}},
		{"over grade 8", prose(strings.Repeat(hardText, 8)), []string{
			a + ":10:1: error: this page reads at grade 18.8 (over 8): use shorter sentences and shorter words, aiming for grade 6; the hardest part starts here [reading-grade]",
			a + ":10:1: warning: 46.8% of the words of this page have three or more syllables (over 10%): use shorter everyday words [complex-words]"}},
		{"short and hard", prose(hardText), []string{
			a + ":10:1: note: this page reads at about grade 11.5, but its 28 words are too few to score reliably; aim for grade 6 or below; the hardest part starts here [reading-grade]"}},
		{"a long sentence on its line", prose("Sit tall.\nThen slowly turn your head to the left and hold it there while you breathe in and out five times before you turn back.\n"), []string{
			a + `:11:1: warning: this sentence has 24 words (over 20): "Then slowly turn your head to the left ..."; split it in two [long-sentence]`}},
		{"two long sentences in one item", prose("- Then slowly turn your head to the left and hold it there while you breathe in and out five times before you turn back. " +
			"Then slowly turn your head to the left and hold it there while you breathe in and out five times before you turn back.\n"), []string{
			a + `:10:3: warning: this sentence has 24 words (over 20): "Then slowly turn your head to the left ..."; split it in two [long-sentence]`,
			a + `:10:122: warning: this sentence has 24 words (over 20): "Then slowly turn your head to the left ..."; split it in two [long-sentence]`}},
		{"a long summary", stretchAt(with(goodStretch(), "summary", "summary: Turn your head to the left and hold it there while you breathe in and out five times before you turn it back.")), []string{
			a + `:3:10: warning: this sentence has 23 words (over 20): "Turn your head to the left and hold ..."; split it in two [long-sentence]`}},
	})
}

func TestSheetReadability(t *testing.T) {
	const r = "content/routines/r.md"
	easySteps := "1. " + strings.TrimSpace(strings.ReplaceAll(strings.Repeat(easyText, 2), ". ", ".\n1. "))
	hardSteps := "1. " + strings.TrimSpace(strings.ReplaceAll(strings.Repeat(hardText, 4), ". ", ".\n1. "))
	files := func(steps string) map[string]string {
		m := map[string]string{r: page([]string{"title: R", "summary: Stretch every day.", "stretches: [a, b]"}, "Do them in order.\n")}
		for _, slug := range []string{"a", "b"} {
			m["content/stretches/"+slug+".md"] = page([]string{"title: " + strings.ToUpper(slug), "summary: S.", "type: static",
				"hold: 30s", "reps: 2", "regions: [neck]", "check_off: {reading-grade: the test looks at the sheet, complex-words: the same}"},
				"## How to do it\n\n"+steps+"\n\n## Stop if\n\n- It hurts.\n")
		}
		return m
	}
	runCases(t, []check.RuleID{"reading-grade", "complex-words"}, []ruleCase{
		{"easy steps", files(easySteps), nil},
		{"hard steps", files(hardSteps), []string{
			r + ":4:12: error: the printed sheet reads at grade 19.4 (over 8): use shorter sentences and shorter words, aiming for grade 6; its hardest part is step 1 of A [reading-grade]",
			r + ":4:12: warning: 47.7% of the words of the printed sheet have three or more syllables (over 10%): use shorter everyday words [complex-words]"}},
	})
}
