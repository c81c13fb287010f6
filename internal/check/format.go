package check

import (
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/limber/limber/internal/diag"
)

// Formats lists the output formats of limber check.
func Formats() []string { return []string{"text", "json", "github"} }

// Write writes findings in one of Formats.
func Write(w io.Writer, format string, fs []Finding) error {
	switch format {
	case "json":
		return WriteJSON(w, fs)
	case "github":
		return WriteGitHub(w, fs)
	case "text":
		return WriteText(w, fs)
	}
	return fmt.Errorf("unknown format %q (want text, json or github)", format)
}

// WriteText writes each finding as "path:line:col: severity: message
// [rule]", with its reason on the next line, indented.
func WriteText(w io.Writer, fs []Finding) error {
	var b strings.Builder
	for _, f := range fs {
		f = f.printable()
		b.WriteString(f.line())
		if f.Why != "" {
			b.WriteString("\n    why: " + f.Why)
		}
		b.WriteByte('\n')
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// String returns "path:line:col: severity: message [rule]", on one line.
func (f Finding) String() string { return f.printable().line() }

// line returns "path:line:col: severity: message [rule]" of a finding
// that is already printable.
func (f Finding) line() string {
	s := string(f.Severity) + ": " + f.Msg + " [" + string(f.Rule) + "]"
	if f.Pos.Path == "" {
		return s
	}
	return f.Pos.String() + ": " + s
}

// printable returns f with its path, rule, message and reason made
// diag.Printable: a message may quote content (a percent-decoded link
// target, a file name) that holds a newline, an escape character or a
// bidirectional control. Every format writes findings through it, so no
// rule can forge a line of output.
func (f Finding) printable() Finding {
	f.Pos.Path = diag.Printable(f.Pos.Path)
	f.Severity = Severity(diag.Printable(string(f.Severity)))
	f.Rule = RuleID(diag.Printable(string(f.Rule)))
	f.Msg = diag.Printable(f.Msg)
	f.Why = diag.Printable(f.Why)
	return f
}

// jsonFinding is a finding as limber check --format json writes it. Line
// and col are 0 when unknown.
type jsonFinding struct {
	Path     string `json:"path"`
	Line     int    `json:"line"`
	Col      int    `json:"col"`
	Severity string `json:"severity"`
	Rule     string `json:"rule"`
	Message  string `json:"message"`
	Why      string `json:"why"`
}

// WriteJSON writes the findings as a JSON array, in their order, one
// object per finding with the keys path, line, col, severity, rule,
// message and why: [] when there are none. The strings are made
// diag.Printable first, so that once decoded they hold no control
// character either.
func WriteJSON(w io.Writer, fs []Finding) error {
	out := make([]jsonFinding, len(fs))
	for i, f := range fs {
		f = f.printable()
		out[i] = jsonFinding{f.Pos.Path, f.Pos.Line, f.Pos.Col, string(f.Severity), string(f.Rule), f.Msg, f.Why}
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

// WriteGitHub writes each finding as a GitHub Actions workflow command,
// which shows it as an annotation on the file's line:
// "::warning file=path,line=1,col=2,title=rule::message". Notes become
// notices. Each finding is one line: its strings are made diag.Printable,
// then escaped as GitHub's toolkit does, so content cannot start a
// workflow command of its own.
func WriteGitHub(w io.Writer, fs []Finding) error {
	var b strings.Builder
	for _, f := range fs {
		f = f.printable()
		level := string(f.Severity)
		if f.Severity == Note {
			level = "notice"
		}
		b.WriteString("::" + level + " ")
		var props []string
		if f.Pos.Path != "" {
			props = append(props, "file="+escapeProperty(f.Pos.Path))
		}
		if f.Pos.Line > 0 {
			props = append(props, "line="+strconv.Itoa(f.Pos.Line))
		}
		if f.Pos.Col > 0 {
			props = append(props, "col="+strconv.Itoa(f.Pos.Col))
		}
		props = append(props, "title="+escapeProperty("limber "+string(f.Rule)))
		b.WriteString(strings.Join(props, ",") + "::" + escapeData(f.Msg+"\nwhy: "+f.Why) + "\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// escapeData escapes a workflow command's message as GitHub's toolkit
// does: %, CR and LF.
func escapeData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

// escapeProperty escapes a workflow command's property value: also : and ,.
func escapeProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}

// Counts returns how many findings have each severity.
func Counts(fs []Finding) (errors, warnings, notes int) {
	for _, f := range fs {
		switch f.Severity {
		case Error:
			errors++
		case Warning:
			warnings++
		default:
			notes++
		}
	}
	return errors, warnings, notes
}

// Summary words the counts, like "1 error, 3 warnings, no notes".
func Summary(fs []Finding) string {
	e, w, n := Counts(fs)
	return count(e, "error") + ", " + count(w, "warning") + ", " + count(n, "note")
}

// count writes "no notes", "1 note" or "3 notes".
func count(n int, noun string) string {
	switch n {
	case 0:
		return "no " + noun + "s"
	case 1:
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
