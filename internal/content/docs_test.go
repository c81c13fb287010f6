package content

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// TestDocsListEveryField checks that docs/content.md documents every front
// matter key of each kind and no key the decoder does not take: the keys in
// the table of the kind's section ("## Stretches"...), with those of the
// fields every page shares ("## Front matter basics"), are the kind's Keys.
// A field added to the decoder fails here until the docs have its row.
func TestDocsListEveryField(t *testing.T) {
	src, err := os.ReadFile(filepath.Join("..", "..", "docs", "content.md"))
	if err != nil {
		t.Fatal(err)
	}
	sections := docsTableKeys(string(src))
	common := sections["Front matter basics"]
	for heading, section := range map[string]string{"Stretches": "stretches", "Routines": "routines",
		"Conditions": "conditions", "Articles": "articles"} {
		got := slices.Concat(common, sections[heading])
		want := Keys(section)
		if section == "routines" {
			want = slices.Concat(want, Keys("routines.stretches"))
		}
		slices.Sort(got)
		slices.Sort(want)
		if got, want := slices.Compact(got), slices.Compact(want); !slices.Equal(got, want) {
			t.Errorf("docs/content.md's %q tables list %v, the decoder takes %v", heading, got, want)
		}
	}
}

// TestDocsTypesMatchTables checks that each row of docs/content.md's
// field tables gives the type the field table says (backquotes aside), so
// that the table's Type column is the one the docs show.
func TestDocsTypesMatchTables(t *testing.T) {
	src, err := os.ReadFile(filepath.Join("..", "..", "docs", "content.md"))
	if err != nil {
		t.Fatal(err)
	}
	sections := map[string]string{"Front matter basics": "common", "Stretches": "stretches",
		"Routines": "routines", "Conditions": "conditions", "Articles": "articles"}
	row := regexp.MustCompile("^\\| `([a-z_]+)` \\| ([^|]*) \\|")
	heading := ""
	for _, line := range strings.Split(string(src), "\n") {
		if h, ok := strings.CutPrefix(line, "## "); ok {
			heading = h
		}
		m := row.FindStringSubmatch(line)
		section, ok := sections[heading]
		if m == nil || !ok {
			continue
		}
		fields := slices.Concat(Fields(section), Fields(section+".stretches"))
		i := slices.IndexFunc(fields, func(f Field) bool { return f.Key == m[1] })
		if got := strings.ReplaceAll(m[2], "`", ""); i >= 0 && got != fields[i].Type {
			t.Errorf("docs/content.md's %q table gives %s the type %q, its field table %q", heading, m[1], got, fields[i].Type)
		}
	}
}

// docsTableKeys returns, for each "## " section of a Markdown document, the
// keys its tables' rows start with ("| `hold` | ...").
func docsTableKeys(doc string) map[string][]string {
	row := regexp.MustCompile("^\\| `([a-z_]+)` \\|")
	out, section := map[string][]string{}, ""
	for _, line := range strings.Split(doc, "\n") {
		if h, ok := strings.CutPrefix(line, "## "); ok {
			section = h
		}
		if m := row.FindStringSubmatch(line); m != nil {
			out[section] = append(out[section], m[1])
		}
	}
	return out
}
