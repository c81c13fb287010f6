package cli

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/limber/limber/internal/content"
)

// TestScaffoldHasEveryField checks that limber new writes every front
// matter key the decoder takes for each kind, and no other: a field added
// to content (content.Keys) fails here until the scaffold has it too.
// Commented-out keys count: they are there to be filled in.
func TestScaffoldHasEveryField(t *testing.T) {
	for kind, section := range map[string]string{"stretch": "stretches", "routine": "routines", "condition": "conditions", "article": "articles"} {
		top, items := scaffoldKeys(scaffold(kind, "T"))
		want := content.Keys(section)
		slices.Sort(want)
		if !slices.Equal(top, want) {
			t.Errorf("limber new %s writes the keys %v, want %v", kind, top, want)
		}
		if kind != "routine" {
			continue
		}
		wantItems := content.Keys("routines.stretches")
		slices.Sort(wantItems)
		if !slices.Equal(items, wantItems) {
			t.Errorf("limber new routine's stretch item has the keys %v, want %v", items, wantItems)
		}
	}
}

// scaffoldKeys returns the keys of a scaffold's front matter, sorted, at the
// top level and in the items of a list (a routine's stretches), counting
// keys that are commented out ("# video: ...").
func scaffoldKeys(text string) (top, items []string) {
	front, _, _ := strings.Cut(strings.TrimPrefix(text, "---\n"), "\n---\n")
	key := regexp.MustCompile(`^( *)(?:- |# ?)*([a-z_]+):`)
	for _, line := range strings.Split(front, "\n") {
		m := key.FindStringSubmatch(line)
		switch {
		case m == nil:
		case m[1] == "":
			top = append(top, m[2])
		case len(m[1]) >= 2:
			items = append(items, m[2])
		}
	}
	slices.Sort(top)
	slices.Sort(items)
	return slices.Compact(top), slices.Compact(items)
}

// TestScaffoldParses checks that what limber new writes, made from the
// field tables, is front matter the decoder takes without a problem.
func TestScaffoldParses(t *testing.T) {
	for _, kind := range []string{"stretch", "routine", "condition", "article"} {
		section, _ := sectionOf(kind)
		_, errs := content.ParseMarkdownFile("content/"+section+"/t.md", []byte(scaffold(kind, "T")))
		if len(errs) > 0 {
			t.Errorf("limber new %s: %v", kind, errs)
		}
	}
}
