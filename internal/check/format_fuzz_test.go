package check_test

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/limber/limber/internal/check"
	"github.com/limber/limber/internal/diag"
)

// forged is a finding whose message, reason and path try to forge output:
// a GitHub Actions command on a line of its own, terminal escape codes and
// a right-to-left override.
func forged() check.Finding {
	return check.Finding{
		Pos:      diag.Pos{Path: "content/a\n::error file=x::b\x1b[2J.md", Line: 1, Col: 2},
		Severity: check.Error, Rule: "broken-link",
		Msg: "broken link: \"nope%0A::error::forged.md\" (content/nope\n::error::forged.md does not exist)\r\n\x1b[31mred\u202egpj.exe\u0085\x9b",
		Why: "why\n::warning::also forged\t\u2028",
	}
}

// TestFormatsCannotBeForged checks that a finding quoting hostile content
// is written as one line (and its reason's) in every format, holding no
// control character, also once the JSON is decoded.
func TestFormatsCannotBeForged(t *testing.T) {
	fs := []check.Finding{forged(), forged()}
	for _, format := range check.Formats() {
		var b bytes.Buffer
		if err := check.Write(&b, format, fs); err != nil {
			t.Fatal(err)
		}
		assertSafe(t, format, b.String(), fs)
	}
	if s := forged().String(); strings.ContainsAny(s, "\n\r\x1b") {
		t.Errorf("String() = %q", s)
	}
}

func FuzzFormats(f *testing.F) {
	f.Add("content/a.md", "broken link: \"x%0A::error::y\" (content/x\n::error::y does not exist)", "why", "broken-link")
	f.Add("content/a\n::error::b.md", "\x1b[31mred", "\r\n::warning::w", "r")
	f.Add("a\u202eb.md", "\x9b2J \u0085 \xff", "\u2028\u2029\t", "rule,with:colon")
	f.Add("", "%0A%0D%25", "", "")
	f.Add("\ufffd.md", "a replacement character \ufffd is printable", "", "r")
	f.Fuzz(func(t *testing.T, path, msg, why, rule string) {
		fs := []check.Finding{
			{Pos: diag.Pos{Path: path, Line: 3, Col: 4}, Severity: check.Warning, Rule: check.RuleID(rule), Msg: msg, Why: why},
			{Pos: diag.Pos{Path: why}, Severity: check.Note, Rule: check.RuleID(msg), Msg: path, Why: rule},
		}
		for _, format := range check.Formats() {
			var b bytes.Buffer
			if err := check.Write(&b, format, fs); err != nil {
				t.Fatal(err)
			}
			assertSafe(t, format, b.String(), fs)
		}
	})
}

// assertSafe checks a format's output of fs: no raw control, format or
// line-separator character (and, for JSON, none in the decoded strings
// either); for text, one line per finding and one per reason; for github,
// one line per finding, each a command limber wrote.
func assertSafe(t *testing.T, format, out string, fs []check.Finding) {
	t.Helper()
	if i := strings.IndexFunc(out, func(r rune) bool { return r != '\n' && unsafeRune(r) }); i >= 0 || !utf8.ValidString(out) {
		t.Fatalf("%s output holds a raw control at %d: %q", format, i, out)
	}
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	switch format {
	case "text":
		want := len(fs)
		for _, f := range fs {
			if f.Why != "" {
				want++
			}
		}
		if len(lines) != want {
			t.Fatalf("text: %d lines for %d findings: %q", len(lines), len(fs), out)
		}
	case "github":
		if len(lines) != len(fs) {
			t.Fatalf("github: %d lines for %d findings: %q", len(lines), len(fs), out)
		}
		for i, l := range lines {
			level := map[check.Severity]string{check.Error: "error", check.Warning: "warning", check.Note: "notice"}[fs[i].Severity]
			if !strings.HasPrefix(l, "::"+level+" ") {
				t.Fatalf("github: line %d is not limber's %s command: %q", i, level, l)
			}
		}
	case "json":
		assertSafeJSON(t, out, len(fs))
	}
}

// assertSafeJSON checks that the decoded strings of a JSON output hold no
// control character.
func assertSafeJSON(t *testing.T, out string, n int) {
	t.Helper()
	var got []map[string]any
	if err := json.Unmarshal([]byte(out), &got); err != nil || len(got) != n {
		t.Fatalf("json: %v, %d findings: %q", err, len(got), out)
	}
	for _, m := range got {
		for k, v := range m {
			if s, ok := v.(string); ok && strings.IndexFunc(s, unsafeRune) >= 0 {
				t.Fatalf("json: %s decodes to %q", k, s)
			}
		}
	}
}

// unsafeRune reports whether r is a control, format or line-separator
// character.
func unsafeRune(r rune) bool {
	return unicode.IsControl(r) || unicode.Is(unicode.Cf, r) || r == '\u2028' || r == '\u2029'
}
