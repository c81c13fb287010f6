package readability

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestSampleStretches checks that limber's own sample stretches, written to
// its writing guide, score grade 6 or below: each stretch's steps, and each
// stretch's summary and body together (headings left out, as Flesch says).
func TestSampleStretches(t *testing.T) {
	files, err := filepath.Glob("../../content/stretches/*.md")
	if err != nil || len(files) == 0 {
		t.Fatalf("no sample stretches: %v", err)
	}
	var all Stats
	for _, f := range files {
		if strings.HasSuffix(f, ".es.md") {
			continue // Spanish: scored on the INFLESZ scale by limber check (sample_site.txtar's check --strict)
		}
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		summary, body := splitStretch(t, string(src))
		steps := Analyze(stepsOf(body))
		page := Analyze(summary).Add(Analyze(plainText(body)))
		all = all.Add(page)
		name := filepath.Base(f)
		if steps.Sentences < 3 || steps.Grade() > WarnGrade {
			t.Errorf("%s: steps: %d sentences, grade %.1f; want at least 3 and grade <= %d",
				name, steps.Sentences, steps.Grade(), WarnGrade)
		}
		if page.Grade() > WarnGrade || page.ComplexShare() > WarnComplexShare || len(page.LongSentences) > 0 {
			t.Errorf("%s: page grade %.1f, complex words %.0f%%, long sentences %v",
				name, page.Grade(), 100*page.ComplexShare(), page.LongSentences)
		}
		t.Logf("%s: steps grade %.1f; page %d words, %d sentences, grade %.1f, ease %.0f, complex %.1f%%",
			name, steps.Grade(), page.Words, page.Sentences, page.Grade(), page.ReadingEase(), 100*page.ComplexShare())
	}
	if !all.Reliable() || all.Grade() > WarnGrade {
		t.Errorf("all stretches together: %d words, grade %.1f", all.Words, all.Grade())
	}
}

// splitStretch returns the summary from a stretch's front matter and its body.
func splitStretch(t *testing.T, src string) (summary, body string) {
	t.Helper()
	parts := strings.SplitN(src, "---\n", 3)
	if len(parts) != 3 {
		t.Fatal("no front matter")
	}
	for _, line := range strings.Split(parts[1], "\n") {
		if s, ok := strings.CutPrefix(line, "summary:"); ok {
			summary = strings.TrimSpace(s)
		}
	}
	return summary, parts[2]
}

// stepsOf returns the numbered list under "## How to do it", one step a line.
func stepsOf(body string) string {
	_, after, _ := strings.Cut(body, "## How to do it\n")
	section, _, _ := strings.Cut(after, "\n## ")
	return plainText(section)
}

// plainText turns the simple Markdown of the samples into text: headings are
// dropped, links keep their text.
func plainText(md string) string {
	link := regexp.MustCompile(`\[([^\]]*)\]\([^)]*\)`)
	var b strings.Builder
	for _, line := range strings.Split(md, "\n") {
		if strings.HasPrefix(line, "#") {
			continue
		}
		b.WriteString(link.ReplaceAllString(line, "$1"))
		b.WriteString("\n")
	}
	return b.String()
}
