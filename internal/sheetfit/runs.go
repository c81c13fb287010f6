package sheetfit

import (
	"html"
	"html/template"
	"regexp"
	"strings"
)

// tag matches an HTML tag: its slash when it closes, and its name.
var tag = regexp.MustCompile(`<(/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*>`)

// Runs returns the text of a step or a stop-if point, an HTML fragment
// from goldmark, as runs in the styles that change its width on the sheet:
// bold (<strong>, <b>) and code (<code>, in the browser's monospace
// font). Emphasis and links are measured as the text around them: sheet.css
// sets them in the same face, and Liberation Sans Italic is as wide as
// Regular. White space of any kind is one space, as the browser shows it.
func Runs(h template.HTML) []Run {
	var runs []Run
	bold, code := 0, 0
	s := string(h)
	for len(s) > 0 {
		m := tag.FindStringSubmatchIndex(s)
		text := s
		if m != nil {
			text = s[:m[0]]
		}
		runs = appendRun(runs, Run{Text: spaced(html.UnescapeString(text)), Bold: bold > 0, Mono: code > 0})
		if m == nil {
			break
		}
		d := 1
		if s[m[2]:m[3]] == "/" {
			d = -1
		}
		switch strings.ToLower(s[m[4]:m[5]]) {
		case "strong", "b":
			bold = max(0, bold+d)
		case "code", "kbd", "samp", "tt":
			code = max(0, code+d)
		case "br":
			runs = appendRun(runs, Run{Text: " "})
		}
		s = s[m[1]:]
	}
	return runs
}

// appendRun appends r to runs, joining it to the last run when they are in
// the same style, and leaving out an empty run.
func appendRun(runs []Run, r Run) []Run {
	if r.Text == "" {
		return runs
	}
	if n := len(runs); n > 0 && runs[n-1].Bold == r.Bold && runs[n-1].Mono == r.Mono {
		if strings.HasSuffix(runs[n-1].Text, " ") {
			r.Text = strings.TrimPrefix(r.Text, " ")
		}
		runs[n-1].Text += r.Text
		return runs
	}
	return append(runs, r)
}

// spaced turns every run of white space (line breaks and tabs too) into
// one space.
func spaced(s string) string {
	var b strings.Builder
	white := false
	for _, r := range s {
		if r == ' ' || r == '\n' || r == '\t' || r == '\r' || r == '\f' {
			white = true
			continue
		}
		if white {
			b.WriteByte(' ')
			white = false
		}
		b.WriteRune(r)
	}
	if white {
		b.WriteByte(' ')
	}
	return b.String()
}
