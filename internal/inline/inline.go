// Package inline holds the text of a step or a stop-if point, rendered
// from Markdown as an HTML fragment, as runs of text in one style: what the
// printed sheet's estimate measures (bold and code are wider) and what the
// catalogue hands the browser, which makes text nodes and <strong>
// elements itself and never parses HTML.
package inline

import (
	"html"
	"html/template"
	"strings"
)

// Run is a piece of text in one style.
type Run struct {
	Text string `json:"text"`
	Bold bool   `json:"bold,omitempty"`
	Code bool   `json:"code,omitempty"` // in the browser's monospace font
}

// Parse returns the text of a rendered list item (a step or a stop-if
// point) as runs: bold where it was <strong> or <b>, code where it was
// <code>, <kbd>, <samp> or <tt>, plain elsewhere. Every other tag (a link,
// emphasis) is dropped and its text kept, a <br> is a space; entities are
// decoded; white space is collapsed to single spaces, as a browser shows
// it, and trimmed at both ends; neighbouring runs of one style are joined.
func Parse(h template.HTML) []Run {
	s := string(h)
	var runs []Run
	var st style
	for s != "" {
		lt := strings.IndexByte(s, '<')
		gt := strings.IndexByte(s[max(lt, 0):], '>')
		if lt < 0 || gt < 0 {
			break
		}
		runs = appendText(runs, s[:lt], st)
		runs = st.tag(runs, s[lt:lt+gt+1])
		s = s[lt+gt+1:]
	}
	runs = appendText(runs, s, st)
	return trim(runs)
}

// style counts the open tags that style text.
type style struct{ bold, code int }

// tag applies an HTML tag to the style, and adds a <br>'s space to runs.
func (st *style) tag(runs []Run, tag string) []Run {
	name, closing := strings.CutPrefix(tag[1:], "/")
	if i := strings.IndexAny(name, " \t\n/>"); i >= 0 {
		name = name[:i]
	}
	d := 1
	if closing {
		d = -1
	}
	switch strings.ToLower(name) {
	case "strong", "b":
		st.bold = max(st.bold+d, 0)
	case "code", "kbd", "samp", "tt":
		st.code = max(st.code+d, 0)
	case "br":
		return appendText(runs, " ", *st)
	}
	return runs
}

// appendText adds raw HTML text to runs, decoded and with its white space
// collapsed, joining it to the last run when that has the same style.
func appendText(runs []Run, raw string, st style) []Run {
	text := raw
	if strings.IndexByte(raw, '&') >= 0 {
		text = html.UnescapeString(raw)
	}
	text = collapse(text)
	if text == "" {
		return runs
	}
	if n := len(runs); n > 0 {
		last := &runs[n-1]
		if strings.HasSuffix(last.Text, " ") && strings.HasPrefix(text, " ") {
			text = text[1:]
		}
		if last.Bold == (st.bold > 0) && last.Code == (st.code > 0) {
			last.Text += text
			return runs
		}
	}
	return append(runs, Run{Text: text, Bold: st.bold > 0, Code: st.code > 0})
}

// collapse turns every run of white space in s into one space.
func collapse(s string) string {
	if collapsed(s) {
		return s
	}
	var b strings.Builder
	space := false
	for _, r := range s {
		if r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f' {
			space = true
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	if space {
		b.WriteByte(' ')
	}
	return b.String()
}

// trim removes the white space at the start of the first run and the end
// of the last, dropping runs left empty (until the ends hold text).
func trim(runs []Run) []Run {
	for len(runs) > 0 {
		runs[0].Text = strings.TrimLeft(runs[0].Text, " ")
		if runs[0].Text != "" {
			break
		}
		runs = runs[1:]
	}
	for n := len(runs); n > 0; n = len(runs) {
		runs[n-1].Text = strings.TrimRight(runs[n-1].Text, " ")
		if runs[n-1].Text != "" {
			break
		}
		runs = runs[:n-1]
	}
	return runs
}

// collapsed reports whether s has no white space but single spaces.
func collapsed(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\t', '\n', '\r', '\f':
			return false
		case ' ':
			if i+1 < len(s) && s[i+1] == ' ' {
				return false
			}
		}
	}
	return true
}
