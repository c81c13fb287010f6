package markdown

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the testdata/*.golden.* files from the current output")

// TestGolden renders each testdata/*.md as content/stretches/<name>.md and
// compares the HTML with <name>.golden.html, and the problems, headings and
// steps with <name>.golden.txt.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/*.md")
	if err != nil || len(files) == 0 {
		t.Fatalf("no testdata: %v", err)
	}
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".md")
		t.Run(name, func(t *testing.T) {
			body, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			in := Input{Path: "content/stretches/" + name + ".md", Rel: "stretches/" + name + ".md", Body: body, BodyLine: 5}
			out, errs := New().Render(in, testSite())
			checkSafeHTML(t, string(out.HTML))
			compareGolden(t, strings.TrimSuffix(file, ".md")+".golden.html", string(out.HTML))
			compareGolden(t, strings.TrimSuffix(file, ".md")+".golden.txt", summary(out, errLines(errs)))
		})
	}
}

// summary lists the problems, headings and steps of one rendering.
func summary(out Output, errs []string) string {
	var b strings.Builder
	b.WriteString("# problems\n")
	for _, e := range errs {
		b.WriteString(e + "\n")
	}
	b.WriteString("# headings\n")
	for _, h := range out.Headings {
		fmt.Fprintf(&b, "h%d #%s %s\n", h.Level, h.ID, h.Text)
	}
	b.WriteString("# steps\n")
	for i, s := range out.Steps {
		fmt.Fprintf(&b, "%d. %s\n", i+1, s)
	}
	return b.String()
}

// compareGolden compares got with the file at path, or rewrites the file
// when -update is given.
func compareGolden(t *testing.T, path, got string) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -run TestGolden -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("%s differs from the output (run with -update to accept it):\n%s", path, got)
	}
}
