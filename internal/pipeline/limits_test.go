package pipeline

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/limber/limber/internal/markdown"
	"github.com/limber/limber/internal/sample"
)

// longHandout is a page far longer than a real handout, written as one:
// 30 steps of about 200 characters, each with lists nested four deep, and
// a table of 6 columns and 40 rows.
func longHandout() string {
	var b strings.Builder
	b.WriteString("---\ntitle: A long guide\nsummary: Every stretch of the programme, step by step.\nupdated: 2026-01-10\nreviewed_by: Sam Lee, PT\n---\n\n")
	b.WriteString("Read each step before you start. See the [cat-cow stretch](../stretches/cat-cow.md) first.\n\n## How to do it\n\n")
	for i := 1; i <= 30; i++ {
		fmt.Fprintf(&b, "%d. Sit on a firm chair with your feet flat and your back straight. Breathe in slowly, then breathe out as you lean forward a little, keeping your chest open and your shoulders relaxed for step %d.\n", i, i)
		b.WriteString("   - Keep your knees over your ankles.\n     - If your hips ache, sit higher.\n       - A folded towel works well.\n         > Stop if the pain is sharp.\n")
	}
	b.WriteString("\n## Weekly plan\n\n| Week | Stretch | Hold | Reps | Sides | Notes |\n|---|---|---|---|---|---|\n")
	for i := 1; i <= 40; i++ {
		fmt.Fprintf(&b, "| %d | Seated forward lean | 30 seconds | 3 | both | Go gently and stop if it hurts. |\n", i)
	}
	return b.String()
}

// TestLimitsKeepRealContent builds the sample site with a long page of
// real handout writing: limber's limits on Markdown must not turn it down.
func TestLimitsKeepRealContent(t *testing.T) {
	dir := t.TempDir()
	if err := sample.CopyTo(dir); err != nil {
		t.Fatal(err)
	}
	page := longHandout()
	if len(page) < 10<<10 || len(page) > markdown.MaxBodyBytes {
		t.Fatalf("the long page is %d bytes", len(page))
	}
	if err := os.WriteFile(filepath.Join(dir, "content", "articles", "long-guide.md"), []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	res, err := Build(context.Background(), Options{Site: dir})
	if err != nil {
		t.Fatalf("build: %v", err)
	}
	html, err := os.ReadFile(filepath.Join(res.Out, "articles", "long-guide", "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(string(html), "<tr>"); n != 41 {
		t.Errorf("the table has %d rows, want 41", n)
	}
	if n := strings.Count(string(html), "<blockquote>"); n != 30 {
		t.Errorf("%d block quotes, want 30", n)
	}
}
