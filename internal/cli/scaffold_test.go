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

// TestTranslationScaffold checks what limber new --lang writes for each
// kind and language: front matter the decoder takes for a translation,
// every field a translation writes in its own words (commented out or
// not), no field it takes from its original, and each of those named in
// the comment about the original.
func TestTranslationScaffold(t *testing.T) {
	for _, lang := range []string{"es", "fr"} {
		for kind, section := range map[string]string{"stretch": "stretches", "routine": "routines", "condition": "conditions", "article": "articles"} {
			text := translationScaffold(kind, lang, "T", "t.md")
			if _, errs := content.ParseMarkdownFile("content/"+section+"/t."+lang+".md", []byte(text)); len(errs) > 0 {
				t.Errorf("limber new %s --lang %s: %v", kind, lang, errs)
			}
			top, _ := scaffoldKeys(text)
			var want, inherited []string
			for _, f := range content.Fields(section) {
				if f.Shared && !f.OwnIfWritten {
					inherited = append(inherited, f.Key)
				} else {
					want = append(want, f.Key)
				}
			}
			slices.Sort(want)
			if !slices.Equal(top, want) {
				t.Errorf("limber new %s --lang %s writes the keys %v, want %v", kind, lang, top, want)
			}
			front, _, _ := strings.Cut(text, "\n---\n")
			for _, k := range inherited {
				if !regexp.MustCompile(`(?m)^#  .*\b` + k + `\b`).MatchString(front) {
					t.Errorf("limber new %s --lang %s does not say %s comes from the original", kind, lang, k)
				}
			}
		}
	}
}

// TestSpanishWordsAreComplete checks that a Spanish translation's comments
// are all in Spanish: every field it writes has a Spanish doc line, and
// every kind a summary prompt and a body; and that the Spanish words name
// no field that does not exist.
func TestSpanishWordsAreComplete(t *testing.T) {
	es := spanishNewWords()
	known := map[string]bool{}
	for _, section := range []string{"common", "stretches", "routines", "conditions", "articles"} {
		for _, f := range content.Fields(section) {
			key := section + "." + f.Key
			known[key] = true
			if section != "common" && slices.Contains(content.Keys("common"), f.Key) {
				continue
			}
			if (!f.Shared || f.OwnIfWritten) && es.docs[key] == "" {
				t.Errorf("no Spanish doc line for %s", key)
			}
		}
	}
	for _, m := range []map[string]string{es.docs, es.examples, es.notes} {
		for key := range m {
			if !known[key] {
				t.Errorf("Spanish words for %s, which is not a field", key)
			}
		}
	}
	for _, kind := range []string{"stretch", "routine", "condition", "article"} {
		if es.summary[kind] == "" || es.body[kind] == "" {
			t.Errorf("no Spanish summary prompt or body for a %s", kind)
		}
	}
}
