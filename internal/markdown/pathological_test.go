package markdown

import (
	"strings"
	"testing"
)

// fillBody repeats line (which ends in a newline) in blocks of perBlock
// lines, with a blank line between blocks, to the largest body under
// MaxBodyBytes. Each block starts with head, whose lines it counts.
func fillBody(head, line string, perBlock int) string {
	var b strings.Builder
	for b.Len()+len(head)+len(line)+1 <= MaxBodyBytes {
		b.WriteString(head)
		for n := strings.Count(head, "\n"); n < perBlock && b.Len()+len(line)+1 <= MaxBodyBytes; n++ {
			b.WriteString(line)
		}
		b.WriteString("\n")
	}
	return b.String()
}

// words repeats unit, with a space after every run that fills a word of
// MaxWordChars, to a line of about n bytes.
func words(unit string, n int) string {
	word := strings.Repeat(unit, MaxWordChars/len(unit))
	return strings.Repeat(word+" ", max(1, n/(len(word)+1))) + "\n"
}

// pastLimits are the bodies of the review that stalled limber (finding 7),
// each past one of the limits; the last is 50 MiB.
func pastLimits() map[string]string {
	table := strings.Repeat("|a", 1000) + "\n"
	return map[string]string{
		"lists":  strings.Repeat("- ", 100_000) + "x\n",
		"links":  strings.Repeat("[a](", 100_000) + "\n",
		"quotes": strings.Repeat(">", 100_000) + " x\n",
		"table":  strings.Repeat("|h", 1000) + "\n" + strings.Repeat("|-", 1000) + "\n" + strings.Repeat(table, 2000),
		"50MiB":  strings.Repeat("Hold the stretch for thirty seconds and breathe out slowly.\n\n", 50<<20/61),
	}
}

// underLimits are bodies as hard for goldmark as limber lets through: each
// shape that was slow, as large, as long and as deep as the limits allow.
func underLimits() map[string]string {
	deepList := strings.Repeat("- ", MaxNesting) + "x\n"
	deepQuote := strings.Repeat(">", MaxNesting) + " x\n"
	wide := strings.Repeat("|a", MaxWordChars/2-1)
	return map[string]string{
		"link runs":        fillBody("", words("[a](", 2100), MaxBlockLines),
		"image runs":       fillBody("", words("![a](", 2100), MaxBlockLines),
		"link lines":       fillBody("", "[a](\n", MaxBlockLines),
		"image lines":      fillBody("", "![a](\n", MaxBlockLines),
		"brackets":         fillBody("", words("[", 2100), MaxBlockLines),
		"references":       fillBody("", "[a]: b\n", MaxBlockLines),
		"deep lists":       fillBody("", deepList, MaxBlockLines),
		"deep quotes":      fillBody("", deepQuote, MaxBlockLines),
		"wide table":       fillBody(wide+"\n"+strings.ReplaceAll(wide, "a", "-")+"\n", wide+"\n", MaxBlockLines),
		"spaced table":     fillBody(strings.Repeat("| a ", 8000)+"\n"+strings.Repeat("| - ", 8000)+"\n", strings.Repeat("| a ", 8000)+"\n", MaxBlockLines),
		"long table":       fillBody("| a | b | c | d | e | f |\n|---|---|---|---|---|---|\n", "| 1 | 2 | 3 | 4 | 5 | [x](y) |\n", MaxBlockLines),
		"emphasis":         fillBody("", words("*a _b ", 2100), MaxBlockLines),
		"code spans":       fillBody("", "`` ` a `\n", MaxBlockLines),
		"autolinks":        fillBody("", "www.a.com www.b.org\n", MaxBlockLines),
		"footnotes":        fillBody("", "[^a] [^b]\n", MaxBlockLines),
		"deeper by indent": deeperByIndent(),
		"nested indent":    fillBody("", "- a\n  - b\n    - c\n      - d\n", MaxBlockLines/4),
	}
}

// deeperByIndent nests lists as deep as the body allows: each line
// opens MaxNesting lists inside those of the line before, indented to
// their text.
func deeperByIndent() string {
	var b strings.Builder
	for depth := 0; ; depth += MaxNesting {
		line := strings.Repeat("  ", depth) + strings.Repeat("- ", MaxNesting) + "x\n"
		if b.Len()+len(line) > MaxBodyBytes {
			return b.String()
		}
		b.WriteString(line)
	}
}

// BenchmarkPathological renders each body of the review that stalled
// limber, and each hard shape under the limits, with the links of a small
// site. Every one should take well under a second (see MaxBodyBytes).
func BenchmarkPathological(b *testing.B) {
	r, links := New(), testSite()
	for _, set := range []map[string]string{pastLimits(), underLimits()} {
		for name, body := range set {
			in := Input{Path: "content/articles/x.md", Rel: "articles/x.md", Body: []byte(body), BodyLine: 5}
			b.Run(strings.ReplaceAll(name, " ", "-"), func(b *testing.B) {
				b.SetBytes(int64(len(body)))
				for b.Loop() {
					r.Render(in, links)
				}
			})
		}
	}
}

// TestUnderLimits checks that the hard shapes under the limits are
// rendered, not turned down.
func TestUnderLimits(t *testing.T) {
	for name, body := range underLimits() {
		in := Input{Path: "content/articles/x.md", Rel: "articles/x.md", Body: []byte(body), BodyLine: 5}
		if errs := checkLimits(in); len(errs) > 0 {
			t.Errorf("%s (%d bytes): %v", name, len(body), errs)
		}
	}
}
