package check_test

import (
	"testing"

	"github.com/limber/limber/internal/check"
)

func TestPlainLanguage(t *testing.T) {
	w := func(pos, word, plain string) string {
		return a + ":" + pos + `: warning: "` + word + `" is a clinical word: write "` + plain + `" instead, or explain it [plain-language]`
	}
	withYAML := func(files map[string]string, yaml string) map[string]string {
		files["limber.yaml"] = yaml
		return files
	}
	runCases(t, []check.RuleID{"plain-language"}, []ruleCase{
		{"everyday words", prose("Lie on your back and bend one knee."), nil},
		{"in the body", prose("Lie supine.\nThen lie supine again, with bilateral\nknees bent."), []string{
			w("10:5", "supine", "lying on your back"),
			w("11:10", "supine", "lying on your back"),
			w("11:29", "bilateral", "both sides")}},
		// Columns count characters: — and 伸 are three bytes but one column.
		{"after an em dash and a CJK character", prose("Rest — 伸 lie supine.\nThen — lie supine."), []string{
			w("10:14", "supine", "lying on your back"),
			w("11:12", "supine", "lying on your back")}},
		{"in the form used", prose("Perform 3 repetitions. Stop if it is performed badly."), []string{
			w("10:1", "Perform", "do"), w("10:11", "repetitions", "reps, or times"), w("10:38", "performed", "did, or done")}},
		{"explained in brackets", prose("Lie on your back (supine)."), nil},
		{"brackets alone do not explain", prose("Lie (supine)."), nil},
		{"in the title and summary", stretchAt(with(with(goodStretch(), "title", "title: Supine twist"), "summary", "summary: Ease lumbar pain.")), []string{
			"content/stretches/a.md:2:8: warning: \"Supine\" is a clinical word: write \"lying on your back\" instead, or explain it [plain-language]",
			w("3:10", "lumbar", "lower back")}},
		{"in a heading and a step", prose("## Lumbar flexion\n\n1. Flex the spine."), []string{
			w("10:4", "Lumbar", "lower back"), w("10:11", "flexion", "bending"), w("12:4", "Flex", "bend")}},
		{"site jargon", withYAML(prose("Check your ROM daily."), "check:\n  jargon:\n    - {jargon: ROM, plain: how far you can move}\n"), []string{
			w("10:12", "ROM", "how far you can move")}},
		{"site replaces a built-in word", withYAML(prose("Lie supine."), "check:\n  jargon: [{jargon: Supine, plain: flat on your back}]\n"), []string{
			w("10:5", "supine", "flat on your back")}},
		{"switched off", withYAML(prose("Lie supine."), "check:\n  off: {plain-language: our readers are clinicians}\n"), nil},
	})
}
