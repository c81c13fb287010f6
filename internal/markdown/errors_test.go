package markdown

import (
	"fmt"
	"testing"

	"github.com/limber/limber/internal/diag"
)

// unsafe is the message for a link URL with a forbidden scheme.
func unsafe(u string) string {
	return "unsafe link URL " + u + " (only http, https, mailto and tel links are allowed)"
}

func TestRenderErrors(t *testing.T) {
	const at = "content/stretches/lunge.md:"
	tests := []struct {
		name, in string
		want     []string
		html     string // the whole HTML when not empty
	}{
		{"javascript", "[x](javascript:alert(1))", []string{at + "10:1: " + unsafe(`"javascript:alert(1)"`)}, "<p><a href=\"\">x</a></p>\n"},
		{"upper case", "[x](JAVASCRIPT:alert(1))", []string{at + "10:1: " + unsafe(`"JAVASCRIPT:alert(1)"`)}, ""},
		{"vbscript", "[x](vbscript:msgbox)", []string{at + "10:1: " + unsafe(`"vbscript:msgbox"`)}, ""},
		{"data", "[x](data:text/html;base64,PHNjcmlwdD4=)", []string{at + "10:1: " + unsafe(`"data:text/html;base64,PHNjcmlwdD4="`)}, ""},
		{"file", "[x](file:///etc/passwd)", []string{at + "10:1: " + unsafe(`"file:///etc/passwd"`)}, ""},
		{"decimal entity", "[x](&#106;avascript:alert(1))", []string{at + "10:1: " + unsafe(`"&#106;avascript:alert(1)"`)}, "<p><a href=\"\">x</a></p>\n"},
		{"hex entity", "[x](&#x6A;avascript:alert(1))", []string{at + "10:1: " + unsafe(`"&#x6A;avascript:alert(1)"`)}, ""},
		{"named colon", "[x](javascript&colon;alert(1))", []string{at + "10:1: " + unsafe(`"javascript&colon;alert(1)"`)}, ""},
		{"tab inside", "[x](java&#9;script:alert(1))", []string{at + "10:1: " + unsafe(`"java&#9;script:alert(1)"`)}, ""},
		{"newline entity", "[x](java&NewLine;script:alert(1))", []string{at + "10:1: " + unsafe(`"java&NewLine;script:alert(1)"`)}, ""},
		{"leading tab entity", "[x](&Tab;javascript:alert(1))", []string{at + "10:1: " + unsafe(`"&Tab;javascript:alert(1)"`)}, ""},
		{"leading control char", "[x](&#1;javascript:alert(1))", []string{at + "10:1: " + unsafe(`"&#1;javascript:alert(1)"`)}, ""},
		{"leading space in brackets", "[x](< javascript:alert(1)>)", []string{at + "10:1: " + unsafe(`" javascript:alert(1)"`)}, ""},
		{"raw control char", "[x](<\x01javascript:alert(1)>)", []string{at + "10:1: " + unsafe(`"\x01javascript:alert(1)"`)}, ""},
		{"reference definition", "Go [x].\n\n[x]: javascript:alert(1)", []string{at + "10:4: " + unsafe(`"javascript:alert(1)"`)}, ""},
		{"autolink", "See <javascript:alert(1)>", []string{at + "10:5: " + unsafe(`"javascript:alert(1)"`)}, "<p>See <a href=\"\">javascript:alert(1)</a></p>\n"},
		{"unsafe image dropped", "A ![x](javascript:alert(1)) b", []string{at + `10:3: unsafe image URL "javascript:alert(1)" (only http and https images, or files in content/, are allowed)`}, "<p>A  b</p>\n"},
		{"data image dropped", "![x](data:image/png;base64,AAAA)", []string{at + `10:1: unsafe image URL "data:image/png;base64,AAAA" (only http and https images, or files in content/, are allowed)`}, "<p></p>\n"},
		{"broken link", "Line one.\n\nSee [cat](cat-cow-2.md).", []string{at + `12:5: broken link: "cat-cow-2.md" (content/stretches/cat-cow-2.md does not exist)`}, ""},
		{"broken link with anchor", "[cat](cat-cow-2.md#tips)", []string{at + `10:1: broken link: "cat-cow-2.md#tips" (content/stretches/cat-cow-2.md does not exist)`}, ""},
		{"broken parent link", "[s](../conditions/gout.md)", []string{at + `10:1: broken link: "../conditions/gout.md" (content/conditions/gout.md does not exist)`}, ""},
		{"outside content", "[x](../../x.md)", []string{at + `10:1: link "../../x.md" points outside content/`}, ""},
		{"outside content image", "![x](../../../etc/passwd)", []string{at + `10:1: image "../../../etc/passwd" points outside content/`}, ""},
		{"broken image", "![Side](side.png)", []string{at + `10:1: broken image: "side.png" (content/stretches/side.png does not exist)`}, ""},
		{"no alt text", "Look:\n![](cat-cow-1.svg)", []string{at + `11:1: image "cat-cow-1.svg" has no alt text`}, "<p>Look:\n<img src=\"/handouts/stretches/cat-cow-1.svg\" alt=\"\"></p>\n"},
		{"blank alt text", "![  ](cat-cow-1.svg)", []string{at + `10:1: image "cat-cow-1.svg" has no alt text`}, ""},
		{"empty link", "[x]()", []string{at + `10:1: link has no address: write a page such as "cat-cow.md" or a web address between the ( )`}, ""},
		{"in a list", "1. one\n2. two [x](nope.md)", []string{at + `11:8: broken link: "nope.md" (content/stretches/nope.md does not exist)`}, ""},
		{"in a table", "| a | b |\n|---|---|\n| 1 | [x](nope.md) |", []string{at + `12:7: broken link: "nope.md" (content/stretches/nope.md does not exist)`}, ""},
		{"in a quote after a tab", ">\tsee [x](nope.md)", []string{at + `10:7: broken link: "nope.md" (content/stretches/nope.md does not exist)`}, ""},
		{"in a footnote", "a[^1]\n\n[^1]: see [x](nope.md)", []string{at + `12:11: broken link: "nope.md" (content/stretches/nope.md does not exist)`}, ""},
		{"in a heading", "## See [x](nope.md)", []string{at + `10:8: broken link: "nope.md" (content/stretches/nope.md does not exist)`}, ""},
		{"in emphasis", "*a [x](nope.md)*", []string{at + `10:4: broken link: "nope.md" (content/stretches/nope.md does not exist)`}, ""},
		// Columns count characters: É is two bytes, — and 伸 three each.
		{"after non-ascii text", "Étirement [x](nope.md)", []string{at + `10:11: broken link: "nope.md" (content/stretches/nope.md does not exist)`}, ""},
		{"after an em dash and a CJK character", "Hold — 伸 [x](nope.md)", []string{at + `10:10: broken link: "nope.md" (content/stretches/nope.md does not exist)`}, ""},
		{"all problems together", "[a](a.md) [b](javascript:x)\n\n![](b.png)", []string{
			at + `10:1: broken link: "a.md" (content/stretches/a.md does not exist)`,
			at + "10:11: " + unsafe(`"javascript:x"`),
			at + `12:1: broken image: "b.png" (content/stretches/b.png does not exist)`,
			at + `12:1: image "b.png" has no alt text`,
		}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, errs := render(t, tt.in)
			sameLines(t, errLines(errs), tt.want)
			if tt.html != "" && string(out.HTML) != tt.html {
				t.Errorf("HTML\n got: %q\nwant: %q", out.HTML, tt.html)
			}
			checkSafeHTML(t, string(out.HTML))
		})
	}
}

// TestRenderErrorCodes checks the kind each link problem is reported as:
// a link or picture that leads to no file, or outside content/, is
// diag.BrokenLink; every other problem keeps diag.Content.
func TestRenderErrorCodes(t *testing.T) {
	_, errs := render(t, "[a](a.md) [b](javascript:x) [c](../../x.md)\n\n![](b.png) ![up](../../k.png) ![d](data:x)")
	errs.Sort()
	var got []string
	for _, e := range errs {
		got = append(got, fmt.Sprintf("%d %s", e.Code, e.Msg))
	}
	sameLines(t, got, []string{
		fmt.Sprintf(`%d broken link: "a.md" (content/stretches/a.md does not exist)`, diag.BrokenLink),
		fmt.Sprintf(`%d %s`, diag.Content, unsafe(`"javascript:x"`)),
		fmt.Sprintf(`%d link "../../x.md" points outside content/`, diag.BrokenLink),
		fmt.Sprintf(`%d broken image: "b.png" (content/stretches/b.png does not exist)`, diag.BrokenLink),
		fmt.Sprintf(`%d image "b.png" has no alt text`, diag.Content),
		fmt.Sprintf(`%d image "../../k.png" points outside content/`, diag.BrokenLink),
		fmt.Sprintf(`%d unsafe image URL "data:x" (only http and https images, or files in content/, are allowed)`, diag.Content),
	})
}
