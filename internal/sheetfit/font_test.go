package sheetfit

import (
	"math"
	"slices"
	"testing"
)

func faces(t *testing.T) *Faces {
	t.Helper()
	fs, err := LoadFaces()
	if err != nil {
		t.Fatal(err)
	}
	return fs
}

// TestWidth checks widths against the advance widths in the fonts' hmtx
// tables (2048 units per em; Arial's widths, which Liberation Sans shares).
func TestWidth(t *testing.T) {
	fs := faces(t)
	tests := []struct {
		bold bool
		text string
		size float64
		want float64 // in points
	}{
		{false, "", 12, 0},
		{false, " ", 12, 569.0 / 2048 * 12},
		{false, "M", 12, 1706.0 / 2048 * 12},
		{false, "i", 10, 455.0 / 2048 * 10},
		{false, "0123456789", 12, 10 * 1139.0 / 2048 * 12},
		{true, "M", 12, 1706.0 / 2048 * 12},
		{true, "i", 12, 569.0 / 2048 * 12},
		{false, "AV", 12, 2 * 1366.0 / 2048 * 12}, // no kerning
		{false, "\u00a0", 12, 569.0 / 2048 * 12},
	}
	for _, tt := range tests {
		got := fs.Face(tt.bold).Width(tt.text, tt.size)
		if math.Abs(got-tt.want) > 1e-6 {
			t.Errorf("Width(%q, bold %v, %v pt) = %.4f, want %.4f", tt.text, tt.bold, tt.size, got, tt.want)
		}
	}
}

// TestLines checks greedy wrapping: a line takes the words that fit, a
// too-long word gets its own line, and a word glued across runs stays whole.
func TestLines(t *testing.T) {
	fs := faces(t)
	em := fs.Regular.Width("M", 12)
	sp := fs.Regular.Width(" ", 12)
	tests := []struct {
		name  string
		runs  []Run
		width float64
		want  []string
	}{
		{"empty", nil, 100, nil},
		{"one line", []Run{{Text: "MM MM"}}, 4*em + sp, []string{"MM MM"}},
		{"just too narrow", []Run{{Text: "MM MM"}}, 4*em + sp - 0.01, []string{"MM", "MM"}},
		{"long word", []Run{{Text: "M MMMMM M"}}, 3 * em, []string{"M", "MMMMM", "M"}},
		{"spaces collapse", []Run{{Text: "  M   M  "}}, 10 * em, []string{"M M"}},
		{"runs", []Run{{Text: "Stop if:", Bold: true}, {Text: " M M"}}, 100 * em, []string{"Stop if: M M"}},
		{"glued", []Run{{Text: "MM \u2022", Bold: true}, {Text: "\u00a0MM"}}, 3 * em, []string{"MM", "\u2022\u00a0MM"}},
	}
	for _, tt := range tests {
		if got := fs.Lines(tt.runs, 12, tt.width); !slices.Equal(got, tt.want) {
			t.Errorf("%s: Lines = %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestCountMatchesLines checks that Count, which counts lines without
// making them, agrees with Lines at every width.
func TestCountMatchesLines(t *testing.T) {
	fs := faces(t)
	runs := []Run{{Text: "Stop if:", Bold: true}, {Text: " Loop a strap around one foot, then  lie back slowly. Keep the other knee bent\u00a0½ of the way."}}
	for width := 5.0; width < 400; width += 7 {
		if got, want := fs.Count(runs, 12, width), max(1, len(fs.Lines(runs, 12, width))); got != want {
			t.Errorf("width %g: Count %d, Lines %d", width, got, want)
		}
	}
}
