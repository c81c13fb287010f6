package content

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// BenchmarkParseMarkdownFile reads the front matter (YAML, checked field
// by field) and splits off the body of each stretch of the sample site,
// as Load does for every Markdown file.
func BenchmarkParseMarkdownFile(b *testing.B) {
	names, _ := filepath.Glob("../../content/stretches/*.md")
	if len(names) == 0 {
		b.Skip("the sample site's stretches are missing")
	}
	srcs := make([][]byte, len(names))
	size := 0
	for i, name := range names {
		src, err := os.ReadFile(name)
		if err != nil {
			b.Fatal(err)
		}
		srcs[i], size = src, size+len(src)
	}
	b.SetBytes(int64(size / len(srcs)))
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		k := i % len(srcs)
		if _, errs := ParseMarkdownFile("content/stretches/"+filepath.Base(names[k]), srcs[k]); len(errs) > 0 {
			b.Fatal(errs)
		}
	}
}

// BenchmarkFrontMatterYAML parses the YAML of each sample stretch's front
// matter alone, with fastParse and with goccy's parser.
func BenchmarkFrontMatterYAML(b *testing.B) {
	names, _ := filepath.Glob("../../content/stretches/*.md")
	var yamls []string
	for _, name := range names {
		src, err := os.ReadFile(name)
		if err != nil {
			b.Fatal(err)
		}
		if y, ok := frontMatter(src); ok {
			yamls = append(yamls, y)
		}
	}
	if len(yamls) == 0 {
		b.Skip("the sample site's stretches are missing")
	}
	b.Run("fast", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; b.Loop(); i++ {
			if _, ok := fastParse(strings.Split(yamls[i%len(yamls)], "\n")); !ok {
				b.Fatal("declined")
			}
		}
	})
	b.Run("goccy", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; b.Loop(); i++ {
			if _, err := goccyBody(yamls[i%len(yamls)]); err != nil {
				b.Fatal(err)
			}
		}
	})
}
