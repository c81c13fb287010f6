package diag

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestPrintable(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"plain text: \"quoted\" 100% \\ ok", "plain text: \"quoted\" 100% \\ ok"},
		{"café, naïve, 日本, 🙂", "café, naïve, 日本, 🙂"},
		{"a\nb\r\nc\td", `a\nb\r\nc\td`},
		{"nope\n::error::forged", `nope\n::error::forged`},
		{"\x1b[31mred\x1b[0m", `\x1b[31mred\x1b[0m`},
		{"nul\x00 bell\x07 del\x7f", `nul\x00 bell\x07 del\x7f`},
		{"c1 \u0085 \u009b", `c1 \u0085 \u009b`},
		{"lone byte \x9b[2J and \xff", `lone byte \x9b[2J and \xff`},
		{"cut \xe2\x80", `cut \xe2\x80`},
		{"evil\u202Etxt.md", `evil\u202etxt.md`},
		{"\u202A\u202B\u202C\u202D\u2066\u2067\u2068\u2069", `\u202a\u202b\u202c\u202d\u2066\u2067\u2068\u2069`},
		{"\u200E\u200F\u061C", `\u200e\u200f\u061c`},
		{"zero\u200Bwidth\uFEFF", `zero\u200bwidth\ufeff`},
		{"line\u2028para\u2029", `line\u2028para\u2029`},
		{"tag\U000E0041", `tag\U000e0041`},
		{"soft\u00ADhyphen", `soft\u00adhyphen`},
	}
	for _, tt := range tests {
		got := Printable(tt.in)
		if got != tt.want {
			t.Errorf("Printable(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if again := Printable(got); again != got {
			t.Errorf("Printable is not idempotent on %q: %q", got, again)
		}
	}
}

// TestPrintableNoCopy checks that printable text is returned as it is.
func TestPrintableNoCopy(t *testing.T) {
	s := strings.Repeat("a plain message, café ", 10)
	if n := testing.AllocsPerRun(100, func() { Printable(s) }); n != 0 {
		t.Errorf("Printable of printable text allocated %v times, want 0", n)
	}
}

func TestErrorIsOneLine(t *testing.T) {
	e := &Error{Pos: Pos{Path: "content/a\nb\x1b.md", Line: 3, Col: 4}, Msg: "broken link: x\n::error::forged"}
	want := `content/a\nb\x1b.md:3:4: broken link: x\n::error::forged`
	if got := e.Error(); got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
	if got := (&Error{Msg: "a\u202eb"}).Error(); got != `a\u202eb` {
		t.Errorf("Error() without a path = %q", got)
	}
	if got := (List{e, e}).Error(); strings.Count(got, "\n") != 1 {
		t.Errorf("a list of two problems is not two lines: %q", got)
	}
}

func FuzzPrintable(f *testing.F) {
	for _, s := range []string{"", "ok", "a\nb", "\x1b[31m", "\x9b", "\u202e", "\xe2\x80", "\U000E0041", `\x1b`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := Printable(s)
		if !utf8.ValidString(got) {
			t.Fatalf("Printable(%q) = %q is not valid UTF-8", s, got)
		}
		for _, r := range got {
			if unprintable(r) || unicode.IsControl(r) {
				t.Fatalf("Printable(%q) = %q holds %U", s, got, r)
			}
		}
		if Printable(got) != got {
			t.Fatalf("Printable is not idempotent on %q", got)
		}
		if firstUnprintable(s) < 0 && got != s {
			t.Fatalf("Printable changed printable text %q to %q", s, got)
		}
	})
}
