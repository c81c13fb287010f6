package markdown

import (
	"testing"

	"github.com/limber/limber/internal/diag"
)

func TestRenderHTML(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"paragraph", "Hello.", "<p>Hello.</p>\n"},
		{"inline raw HTML vanishes", "a <b>bold</b> c", "<p>a bold c</p>\n"},
		{"script tag vanishes", "a <script>x</script> c", "<p>a x c</p>\n"},
		{"html block vanishes", "<div>\nhi\n</div>\n\nafter", "<p>after</p>\n"},
		{"script block vanishes", "<script>\nalert(1)\n</script>\n\nafter", "<p>after</p>\n"},
		{"comment vanishes", "<!-- note to self -->\n\nafter", "<p>after</p>\n"},
		{"html in code is escaped", "`<script>`", "<p><code>&lt;script&gt;</code></p>\n"},
		{"fenced code is escaped", "```html\n<b>x</b>\n```", "<pre><code class=\"language-html\">&lt;b&gt;x&lt;/b&gt;\n</code></pre>\n"},
		{"fenced info is escaped", "```\"><script>\nx\n```", "<pre><code class=\"language-&quot;&gt;&lt;script&gt;\">x\n</code></pre>\n"},
		{"html in task item vanishes", "- [ ] <img src=x onerror=alert(1)>", "<ul>\n<li><input disabled=\"\" type=\"checkbox\"> </li>\n</ul>\n"},
		{"quote in linkified URL is encoded", "www.example.com/\"onmouseover=x", "<p><a href=\"http://www.example.com/%22onmouseover=x\">www.example.com/&quot;onmouseover=x</a></p>\n"},
		{"markup in title is escaped", "[x](https://example.com \"<script>\")", "<p><a href=\"https://example.com\" title=\"&lt;script&gt;\">x</a></p>\n"},
		{"h1 becomes h2", "# Lunge", "<h2 id=\"lunge\">Lunge</h2>\n"},
		{"setext h1 becomes h2", "Lunge\n=====", "<h2 id=\"lunge\">Lunge</h2>\n"},
		{"h3 stays", "### Tips", "<h3 id=\"tips\">Tips</h3>\n"},
		{"non-ascii heading id", "## Étirement du dos", "<h2 id=\"étirement-du-dos\">Étirement du dos</h2>\n"},
		{"strikethrough", "~~old~~", "<p><del>old</del></p>\n"},
		{"task list", "- [x] done", "<ul>\n<li><input checked=\"\" disabled=\"\" type=\"checkbox\"> done</li>\n</ul>\n"},
		{"typographer", `"Don't" -- wait...`, "<p>&ldquo;Don&rsquo;t&rdquo; &ndash; wait&hellip;</p>\n"},
		{"table", "| a | b |\n|---|--:|\n| 1 | 2 |", "<table>\n<thead>\n<tr>\n<th>a</th>\n<th style=\"text-align:right\">b</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>1</td>\n<td style=\"text-align:right\">2</td>\n</tr>\n</tbody>\n</table>\n"},
		{"footnote", "Hold it.[^1]\n\n[^1]: Or less.", "<p>Hold it.<sup id=\"fnref:1\"><a href=\"#fn:1\" class=\"footnote-ref\" role=\"doc-noteref\">1</a></sup></p>\n<div class=\"footnotes\" role=\"doc-endnotes\">\n<hr>\n<ol>\n<li id=\"fn:1\">\n<p>Or less.&#160;<a href=\"#fnref:1\" class=\"footnote-backref\" role=\"doc-backlink\">&#x21a9;&#xfe0e;</a></p>\n</li>\n</ol>\n</div>\n"},
		{"fragment kept", "[up](#tips)", "<p><a href=\"#tips\">up</a></p>\n"},
		{"https kept", "[x](https://example.com/a?b=1&c=2)", "<p><a href=\"https://example.com/a?b=1&amp;c=2\">x</a></p>\n"},
		{"http kept", "[x](HTTP://example.com)", "<p><a href=\"HTTP://example.com\">x</a></p>\n"},
		{"mailto kept", "[mail](mailto:pt@example.com)", "<p><a href=\"mailto:pt@example.com\">mail</a></p>\n"},
		{"tel kept", "[call](tel:+15551234567)", "<p><a href=\"tel:+15551234567\">call</a></p>\n"},
		{"protocol-relative is https", "[x](//example.com/a)", "<p><a href=\"https://example.com/a\">x</a></p>\n"},
		{"title kept", `[x](https://example.com "A \"title\"")`, "<p><a href=\"https://example.com\" title=\"A &quot;title&quot;\">x</a></p>\n"},
		{"site-absolute gets root", "[x](/stretches/)", "<p><a href=\"/handouts/stretches/\">x</a></p>\n"},
		{"site root", "[home](/)", "<p><a href=\"/handouts/\">home</a></p>\n"},
		{"sibling page", "[cat-cow](cat-cow.md)", "<p><a href=\"/handouts/stretches/cat-cow/\">cat-cow</a></p>\n"},
		{"dot slash page", "[cat-cow](./cat-cow.md)", "<p><a href=\"/handouts/stretches/cat-cow/\">cat-cow</a></p>\n"},
		{"page with anchor", "[cat-cow](cat-cow.md#how-to-do-it)", "<p><a href=\"/handouts/stretches/cat-cow/#how-to-do-it\">cat-cow</a></p>\n"},
		{"page with query and anchor", "[cat-cow](cat-cow.md?print=1#tips)", "<p><a href=\"/handouts/stretches/cat-cow/?print=1#tips\">cat-cow</a></p>\n"},
		{"parent folder page", "[sciatica](../conditions/sciatica.md)", "<p><a href=\"/handouts/conditions/sciatica/\">sciatica</a></p>\n"},
		{"percent-encoded space", "[open book](open%20book.md)", "<p><a href=\"/handouts/stretches/open-book/\">open book</a></p>\n"},
		{"angle-bracket space", "[open book](<open book.md>)", "<p><a href=\"/handouts/stretches/open-book/\">open book</a></p>\n"},
		{"non-ascii file", "[é](étirement.md)", "<p><a href=\"/handouts/stretches/%C3%A9tirement/\">é</a></p>\n"},
		{"backslash path", `[pdf](..\files\home-programme.pdf)`, "<p><a href=\"/handouts/files/home-programme.pdf\">pdf</a></p>\n"},
		{"pdf file", "[sheet](../files/home-programme.pdf)", "<p><a href=\"/handouts/files/home-programme.pdf\">sheet</a></p>\n"},
		{"own page with anchor", "[top](lunge.md#top)", "<p><a href=\"/handouts/stretches/lunge/#top\">top</a></p>\n"},
		{"query only is own page", "[print](?print=1)", "<p><a href=\"/handouts/stretches/lunge/?print=1\">print</a></p>\n"},
		{"reference link", "[cat][c]\n\n[c]: cat-cow.md", "<p><a href=\"/handouts/stretches/cat-cow/\">cat</a></p>\n"},
		{"image", "![A lunge](cat-cow-1.svg)", "<p><img src=\"/handouts/stretches/cat-cow-1.svg\" alt=\"A lunge\"></p>\n"},
		{"image in folder with title", `![Side view](images/side.png "Side")`, "<p><img src=\"/handouts/stretches/images/side.png\" alt=\"Side view\" title=\"Side\"></p>\n"},
		{"image alt is plain text", "![A *bold* \"move\"](cat-cow-1.svg)", "<p><img src=\"/handouts/stretches/cat-cow-1.svg\" alt=\"A bold “move”\"></p>\n"},
		{"external image", "![Chart](https://example.com/c.png)", "<p><img src=\"https://example.com/c.png\" alt=\"Chart\"></p>\n"},
		{"autolink", "<https://example.com/x>", "<p><a href=\"https://example.com/x\">https://example.com/x</a></p>\n"},
		{"email autolink", "<pt@example.com>", "<p><a href=\"mailto:pt@example.com\">pt@example.com</a></p>\n"},
		{"linkify www", "see www.example.com today", "<p>see <a href=\"http://www.example.com\">www.example.com</a> today</p>\n"},
		{"linkify https", "see https://example.com/a_b.", "<p>see <a href=\"https://example.com/a_b\">https://example.com/a_b</a>.</p>\n"},
		{"link in heading", "## See [cat-cow](cat-cow.md)", "<h2 id=\"see-cat-cow\">See <a href=\"/handouts/stretches/cat-cow/\">cat-cow</a></h2>\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, errs := render(t, tt.in)
			if len(errs) > 0 {
				t.Errorf("unexpected problems:\n%v", errs)
			}
			checkSafeHTML(t, string(out.HTML))
			if string(out.HTML) != tt.want {
				t.Errorf("Render(%q)\n got: %q\nwant: %q", tt.in, out.HTML, tt.want)
			}
		})
	}
}

func TestRenderNoLinks(t *testing.T) {
	in := Input{Path: "content/a.md", Rel: "a.md", Body: []byte("[x](/y) [z](z.md)"), BodyLine: 1}
	out, errs := New().Render(in, nil)
	want := "<p><a href=\"/y\">x</a> <a href=\"z.md\">z</a></p>\n"
	if string(out.HTML) != want {
		t.Errorf("got %q, want %q", out.HTML, want)
	}
	sameLines(t, errLines(errs), []string{`content/a.md:1:9: broken link: "z.md" (content/z.md does not exist)`})
}

// TestPosMatchesDiagOffset checks the line index against diag.Offset at
// every offset of a body, including past its end.
func TestPosMatchesDiagOffset(t *testing.T) {
	for _, body := range []string{"", "a", "\n", "ab\ncd\n\nÉ\tf\n", "no newline at end"} {
		st := &state{in: Input{Path: "content/a.md", Body: []byte(body), BodyLine: 7}}
		for off := -2; off <= len(body)+2; off++ {
			got, want := st.pos(off), diag.Offset("content/a.md", []byte(body), 7, off)
			if got != want {
				t.Errorf("body %q offset %d: got %v, want %v", body, off, got, want)
			}
		}
	}
}
