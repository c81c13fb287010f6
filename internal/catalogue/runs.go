package catalogue

import (
	"html"
	"html/template"
	"strings"
)

// Run is a stretch of text in one weight: the way the catalogue carries a
// step or a stop-if point, so that a browser can show it with text nodes
// and <strong> elements it makes itself, never by parsing HTML.
type Run struct {
	Text string `json:"text"`
	Bold bool   `json:"bold,omitempty"`
}

// Runs returns the text of a rendered list item (a step or a stop-if
// point) as runs: bold where it was <strong> or <b>, regular elsewhere.
// Every other tag (a link, emphasis, code) is dropped and its text kept;
// entities are decoded; white space is collapsed to single spaces and
// trimmed at both ends; neighbouring runs of one weight are joined.
func Runs(h template.HTML) []Run {
	s := string(h)
	var runs []Run
	bold := 0
	for s != "" {
		lt := strings.IndexByte(s, '<')
		gt := strings.IndexByte(s[max(lt, 0):], '>')
		if lt < 0 || gt < 0 {
			break
		}
		runs = appendText(runs, s[:lt], bold > 0)
		bold = max(bold+boldDelta(s[lt:lt+gt+1]), 0)
		s = s[lt+gt+1:]
	}
	runs = appendText(runs, s, bold > 0)
	return trim(runs)
}

// boldDelta returns 1 for a tag that opens bold text, -1 for one that
// closes it, and 0 for any other tag.
func boldDelta(tag string) int {
	name, closing := strings.CutPrefix(tag[1:], "/")
	if i := strings.IndexAny(name, " \t\n/>"); i >= 0 {
		name = name[:i]
	}
	switch {
	case !strings.EqualFold(name, "strong") && !strings.EqualFold(name, "b"):
		return 0
	case closing:
		return -1
	}
	return 1
}

// appendText adds raw HTML text to runs, decoded and with its white space
// collapsed, joining it to the last run when that has the same weight.
func appendText(runs []Run, raw string, bold bool) []Run {
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
		if last.Bold == bold {
			last.Text += text
			return runs
		}
	}
	return append(runs, Run{Text: text, Bold: bold})
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
// of the last, dropping runs left empty.
func trim(runs []Run) []Run {
	if len(runs) > 0 {
		runs[0].Text = strings.TrimLeft(runs[0].Text, " ")
		runs[len(runs)-1].Text = strings.TrimRight(runs[len(runs)-1].Text, " ")
	}
	out := runs[:0]
	for _, r := range runs {
		if r.Text != "" {
			out = append(out, r)
		}
	}
	return out
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
