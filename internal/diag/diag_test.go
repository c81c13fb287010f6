package diag

import (
	"errors"
	"strings"
	"testing"
)

func TestPosString(t *testing.T) {
	tests := []struct {
		pos  Pos
		want string
	}{
		{Pos{"a.md", 3, 7}, "a.md:3:7"},
		{Pos{"a.md", 3, 0}, "a.md:3"},
		{Pos{"a.md", 0, 0}, "a.md"},
		{Pos{"content/a\nb.svg", 0, 0}, `content/a\nb.svg`},
		{Pos{"content/\x1b[31mred.md", 2, 1}, `content/\x1b[31mred.md:2:1`},
		{Pos{"content/é b.svg", 0, 0}, "content/é b.svg"},
	}
	for _, tt := range tests {
		if got := tt.pos.String(); got != tt.want {
			t.Errorf("%#v.String() = %q, want %q", tt.pos, got, tt.want)
		}
	}
}

func TestListSortsAndDedupes(t *testing.T) {
	var l List
	l.Add(Pos{"b.md", 1, 1}, "second file")
	l.Add(Pos{"a.md", 10, 2}, "later line")
	l.Add(Pos{"a.md", 2, 9}, "later column")
	l.Add(Pos{"a.md", 2, 1}, "first")
	l.Add(Pos{"a.md", 2, 1}, "first")
	l.Add(Pos{}, "no position")
	err := l.Err()
	want := "no position\na.md:2:1: first\na.md:2:9: later column\na.md:10:2: later line\nb.md:1:1: second file"
	if err == nil || err.Error() != want {
		t.Fatalf("Err() =\n%v\nwant\n%s", err, want)
	}
	var got List
	if !errors.As(err, &got) || len(got) != 5 {
		t.Errorf("errors.As gave %d problems, want 5", len(got))
	}
	if (List{}).Err() != nil {
		t.Error("an empty list must give a nil error")
	}
}

// TestErrorRule checks that a problem found by a limber check rule prints
// as limber check prints it, "error: msg [rule]", is sorted and deduplicated
// by that text, and that a problem's Code is never printed.
func TestErrorRule(t *testing.T) {
	var l List
	l.AddCode(Pos{"a.md", 2, 1}, BrokenLink, "broken link: \"b.md\"")
	l = append(l, &Error{Pos: Pos{"a.md", 2, 1}, Msg: "a", Rule: "hold-time"})
	l = append(l, &Error{Pos: Pos{"a.md", 2, 1}, Msg: "a .", Rule: "reps"})
	l = append(l, &Error{Pos: Pos{"a.md", 2, 1}, Msg: "a", Rule: "hold-time"})
	l = append(l, &Error{Msg: "no position\x1b", Rule: "check-off"})
	if l[0].Code != BrokenLink || (&Error{}).Code != Content {
		t.Errorf("AddCode gave the code %d", l[0].Code)
	}
	// "a . [reps]" sorts before "a [hold-time]", as '.' < '[': the order
	// of the printed lines, not of the messages alone.
	want := "error: no position\\x1b [check-off]\na.md:2:1: error: a . [reps]\na.md:2:1: error: a [hold-time]\na.md:2:1: broken link: \"b.md\""
	if err := l.Err(); err == nil || err.Error() != want {
		t.Errorf("Err() =\n%v\nwant\n%s", err, want)
	}
}

func TestOffset(t *testing.T) {
	src := []byte("ab\ncd\n\nef")
	tests := []struct {
		off, line, col int
	}{
		{0, 5, 1}, {1, 5, 2}, {3, 6, 1}, {4, 6, 2}, {7, 8, 1}, {8, 8, 2},
		{-4, 5, 1}, {100, 8, 3}, // clamped
	}
	for _, tt := range tests {
		got := Offset("x.md", src, 5, tt.off)
		if got.Line != tt.line || got.Col != tt.col || got.Path != "x.md" {
			t.Errorf("Offset(%d) = %v, want x.md:%d:%d", tt.off, got, tt.line, tt.col)
		}
	}
}

// TestOffsetCountsCharacters holds columns to characters: an em dash
// (three bytes) and a CJK character (three bytes) before the offset are
// one column each, and a byte that is not UTF-8 is one column too.
func TestOffsetCountsCharacters(t *testing.T) {
	src := []byte("x\nStand — then 伸 bend\n\xffz")
	tests := []struct {
		at        string
		line, col int
	}{
		{"then", 2, 9}, {"bend", 2, 16}, {"z", 3, 2},
	}
	for _, tt := range tests {
		off := strings.Index(string(src), tt.at)
		got := Offset("x.md", src, 1, off)
		if got.Line != tt.line || got.Col != tt.col {
			t.Errorf("Offset at %q = %d:%d, want %d:%d", tt.at, got.Line, got.Col, tt.line, tt.col)
		}
	}
}
