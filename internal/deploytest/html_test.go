package deploytest

import (
	"html"
	"strings"
	"testing"
)

// tag is a start tag of a page: its name, its attributes in order, the text
// inside it when it is a <script> or <style>, and the line it starts on.
type tag struct {
	name  string
	attrs []attr
	text  string
	line  int
}

// attr is an attribute with its name in lower case and its value unescaped.
type attr struct{ name, value string }

// get returns the value of the attribute name and whether the tag has it.
func (t tag) get(name string) (string, bool) {
	for _, a := range t.attrs {
		if a.name == name {
			return a.value, true
		}
	}
	return "", false
}

// scanTags returns the start tags of an HTML document in order. It reads
// what html/template writes and what a template author may add: comments,
// a doctype, end tags, attributes quoted with " or ' or bare, and the raw
// text of script and style elements. It never fails: text it cannot read as
// a tag is skipped.
func scanTags(doc string) []tag {
	var tags []tag
	line, counted := 1, 0
	for i := 0; i < len(doc); {
		j := strings.IndexByte(doc[i:], '<')
		if j < 0 {
			break
		}
		i += j
		rest := doc[i:]
		switch {
		case strings.HasPrefix(rest, "<!--"):
			i = skipPast(doc, i+4, "-->")
		case strings.HasPrefix(rest, "</"), strings.HasPrefix(rest, "<!"), strings.HasPrefix(rest, "<?"):
			i = skipPast(doc, i+2, ">")
		case len(rest) > 1 && isLetter(rest[1]):
			line += strings.Count(doc[counted:i], "\n")
			counted = i
			t, end := scanTag(doc, i)
			t.line = line
			if t.name == "script" || t.name == "style" {
				t.text, end = rawText(doc, end, t.name)
			}
			tags = append(tags, t)
			i = end
		default:
			i++
		}
	}
	return tags
}

// skipPast returns the index just after the first end at or after i, or
// the length of doc when there is none.
func skipPast(doc string, i int, end string) int {
	if k := strings.Index(doc[i:], end); k >= 0 {
		return i + k + len(end)
	}
	return len(doc)
}

// rawText returns the text of a script or style element that starts at i,
// up to its end tag, and the index just after the end tag.
func rawText(doc string, i int, name string) (string, int) {
	k := indexASCIIFold(doc[i:], "</"+name)
	if k < 0 {
		return doc[i:], len(doc)
	}
	return doc[i : i+k], skipPast(doc, i+k, ">")
}

// indexASCIIFold returns the index of the first match of the lower-case
// ASCII needle in s, ignoring ASCII case, or -1. Unlike searching in
// strings.ToLower(s), it keeps s's byte offsets: ToLower turns each invalid
// UTF-8 byte into a three-byte replacement character.
func indexASCIIFold(s, needle string) int {
	for i := 0; i+len(needle) <= len(s); i++ {
		j := 0
		for j < len(needle) && lowerASCII(s[i+j]) == needle[j] {
			j++
		}
		if j == len(needle) {
			return i
		}
	}
	return -1
}

// lowerASCII lower-cases an ASCII letter and leaves any other byte alone.
func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// scanTag reads the start tag at doc[i] ('<' followed by a letter) and
// returns it with the index just after its '>'.
func scanTag(doc string, i int) (tag, int) {
	p := i + 1
	for p < len(doc) && !isSpace(doc[p]) && doc[p] != '>' && doc[p] != '/' {
		p++
	}
	t := tag{name: strings.ToLower(doc[i+1 : p])}
	for p < len(doc) {
		for p < len(doc) && (isSpace(doc[p]) || doc[p] == '/') {
			p++
		}
		if p >= len(doc) || doc[p] == '>' {
			return t, min(p+1, len(doc))
		}
		var a attr
		a, p = scanAttr(doc, p)
		t.attrs = append(t.attrs, a)
	}
	return t, p
}

// scanAttr reads one attribute at doc[p], which is not a space, '/' or '>',
// and returns it with the index just after it.
func scanAttr(doc string, p int) (attr, int) {
	start := p
	p++ // a name has at least one character, even a stray quote
	for p < len(doc) && !isSpace(doc[p]) && !strings.ContainsRune("=>/", rune(doc[p])) {
		p++
	}
	a := attr{name: strings.ToLower(doc[start:p])}
	q := p
	for q < len(doc) && isSpace(doc[q]) {
		q++
	}
	if q >= len(doc) || doc[q] != '=' {
		return a, p
	}
	q++
	for q < len(doc) && isSpace(doc[q]) {
		q++
	}
	var raw string
	raw, p = scanValue(doc, q)
	a.value = html.UnescapeString(raw)
	return a, p
}

// scanValue reads an attribute value at doc[q], quoted or bare, and returns
// it (without quotes) with the index just after it.
func scanValue(doc string, q int) (string, int) {
	if q < len(doc) && (doc[q] == '"' || doc[q] == '\'') {
		end := strings.IndexByte(doc[q+1:], doc[q])
		if end < 0 {
			return doc[q+1:], len(doc)
		}
		return doc[q+1 : q+1+end], q + end + 2
	}
	p := q
	for p < len(doc) && !isSpace(doc[p]) && doc[p] != '>' {
		p++
	}
	return doc[q:p], p
}

func isLetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' }

func TestScanTags(t *testing.T) {
	tests := []struct {
		name, doc string
		want      string // tag names, attributes and script text, written out
	}{
		{"quoted", `<a href="/x/" class='c d'>x</a>`, `a(href=/x/ class=c d)`},
		{"bare and empty", `<button type=button hidden>`, `button(type=button hidden=)`},
		{"self-closing svg", `<svg viewBox="0 0 4 4"><path d="M0 0"/></svg>`, `svg(viewbox=0 0 4 4) path(d=M0 0)`},
		{"entities", `<img alt="a &amp; b &#39;c&#39;">`, `img(alt=a & b 'c')`},
		{"comment and doctype", "<!DOCTYPE html><!-- <script>x</script> --><p>", `p()`},
		{"script text", `<script>if (a<b) { x() }</script><p>`, `script(){if (a<b) { x() }} p()`},
		{"script end tag case", `<SCRIPT type="module">y</Script ><i>`, `script(type=module){y} i()`},
		{"unterminated", `<a href="x`, `a(href=x)`},
		{"spaces around =", `<a href = "x" >`, `a(href=x)`},
		{"less-than in text", `<p>1 < 2 and a<3</p>`, `p()`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := describeTags(scanTags(tt.doc)); got != tt.want {
				t.Errorf("scanTags(%q)\n got %s\nwant %s", tt.doc, got, tt.want)
			}
		})
	}
}

// describeTags writes tags out as name(attr=value ...){text}, space-separated.
func describeTags(tags []tag) string {
	var b strings.Builder
	for i, t := range tags {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.name + "(")
		for j, a := range t.attrs {
			if j > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(a.name + "=" + a.value)
		}
		b.WriteString(")")
		if t.text != "" {
			b.WriteString("{" + t.text + "}")
		}
	}
	return b.String()
}

func TestScanTagsLines(t *testing.T) {
	tags := scanTags("<html>\n<head>\n\n<script>\n</script>\n<body x=\"a\nb\">\n<p>")
	var got []int
	for _, tg := range tags {
		got = append(got, tg.line)
	}
	want := []int{1, 2, 4, 6, 8}
	if len(got) != len(want) {
		t.Fatalf("lines %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("lines %v, want %v", got, want)
		}
	}
}
