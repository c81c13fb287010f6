package content

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// fuzzPaths are the site paths FuzzParseMarkdownFile tries, one per section.
func fuzzPaths() []string {
	return []string{cc, rt, ar, "content/conditions/knee.md", "content/stretches/cat-cow.es.md", "content/routines/r.es.md"}
}

// seedMarkdown adds the repository's sample content and the test inputs as
// seeds.
func seedMarkdown(f *testing.F) {
	files, _ := filepath.Glob("../../content/*/*.md")
	for _, name := range files {
		if src, err := os.ReadFile(name); err == nil {
			f.Add(uint8(0), src)
		}
	}
	seeds := []string{
		baseStretch("sides: no", "draft: yes", "reps: 1.5"),
		baseStretch("images:", "  - {src: ../x.svg, alt: A}", "references: [{title: T, url: 'javascript:x'}]"),
		md("title: M", "summary: S", "stretches: [cat-cow, {ref: lunge, hold: \"30s\"}, [x], ~]"),
		md("title: W", "summary: S", "updated: 2024-02-30", "author: [a]"),
		md("a: &x [1]", "b: *x", "c: !!str 5", "<<: {d: 1}"),
		"\uFEFF---\r\ntitle: T\r\n---\r\n", "---\n", "---\n---\n", "", "---\ntitle: \"open\n---\n",
		"---\n- a\n---\n", "---\ntitle: T\n...\nx: 1\n---\n", "\n\n  ---  \ntitle: x\n --- \n",
		md("title: \"a\\e\"", "summary: b\x1bc", "x: \"\\uFEFF\""), baseStretch() + "\x07\u0085\uFEFF\x7f",
	}
	for i, s := range seeds {
		f.Add(uint8(i), []byte(s))
	}
}

func FuzzParseMarkdownFile(f *testing.F) {
	seedMarkdown(f)
	f.Fuzz(func(t *testing.T, which uint8, src []byte) {
		paths := fuzzPaths()
		path := paths[int(which)%len(paths)]
		p, errs := ParseMarkdownFile(path, src)
		samePage(t, path, src)
		if p.Source() == nil {
			t.Fatalf("no page for %s", path)
		}
		for _, e := range errs {
			if e.Pos.Path != path || e.Msg == "" {
				t.Fatalf("bad problem %q", e.Error())
			}
			// A lone CR ends a line too (normalize makes it LF).
			if e.Pos.Line < 0 || e.Pos.Line > strings.Count(string(src), "\n")+strings.Count(string(src), "\r")+2 {
				t.Fatalf("line out of range: %q", e.Error())
			}
		}
		if s := p.Source(); s.BodyLine < 1 || len(s.Body) > len(src) {
			t.Fatalf("body line %d, body %d bytes of %d", s.BodyLine, len(s.Body), len(src))
		}
		p.CheckFiles(func(string) bool { return false })
	})
}

func FuzzParseConfig(f *testing.F) {
	seeds := []string{
		"title: Clinic\nbase_url: https://example.org/x\nlanguage: en-GB\nclinic: {name: C, logo: a.svg}\npaper: a4\n",
		"titel: x\ntitle: a\ntitle: b\n", "base_url: javascript:alert(1)\n", "clinic:\n  nmae: x\n  logo: ../../x\n",
		"- a\n", "a: 1\n---\nb: 2\n", "title: \xff\n", "", "paper: [a4]\nlanguage: 1\n",
		"languages: [en, es]\ntranslation_fallback: true\n", "language: es\nlanguages: [en, x, en, []]\n", "languages: es\n",
	}
	for _, s := range seeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		c, errs := ParseConfig("limber.yaml", src)
		for _, e := range errs {
			if e.Pos.Path != "limber.yaml" || e.Msg == "" {
				t.Fatalf("bad problem %q", e.Error())
			}
		}
		if c.BaseURL == "" || !strings.HasSuffix(c.BaseURL, "/") || c.Language == "" || c.Title == "" ||
			len(c.Languages) == 0 || c.Languages[0] != c.Language {
			t.Fatalf("config lost a default: %+v", c)
		}
	})
}
