package sheetfit

import (
	"fmt"
	"strings"
	"testing"
)

func TestBalanced(t *testing.T) {
	tests := []struct {
		cards []float64
		want  float64
	}{
		{nil, 0},
		{[]float64{10}, 10},
		{[]float64{10, 10}, 10},
		{[]float64{10, 10, 10}, 20},
		{[]float64{30, 10, 10, 10}, 30},
		{[]float64{10, 10, 10, 30}, 30},
		{[]float64{5, 50, 5}, 55},
	}
	for _, tt := range tests {
		if got := balanced(tt.cards); got != tt.want {
			t.Errorf("balanced(%v) = %v, want %v", tt.cards, got, tt.want)
		}
	}
}

func TestFlow(t *testing.T) {
	tests := []struct {
		name             string
		cards            []float64
		page, head, tail float64
		want             int
	}{
		{"all on one page", []float64{40, 40}, 100, 20, 30, 1},
		{"tail to a page of its own", []float64{40, 40}, 100, 20, 70, 2},
		{"columns full", []float64{50, 50, 50, 50, 50}, 100, 20, 10, 3},
		{"card moves off the first page", []float64{80}, 100, 20, 10, 2},
		{"tail fits only without slack", []float64{40, 40}, 100, 20, 39, 2},
		{"tail fits with slack", []float64{40, 40}, 100, 20, 40 - tailSlack - 0.1, 1},
		{"card taller than a page", []float64{150}, 100, 0, 10, 2},
		{"no cards", nil, 100, 20, 30, 1},
	}
	for _, tt := range tests {
		if got := flow(tt.cards, tt.page, tt.head, tt.tail); got != tt.want {
			t.Errorf("%s: flow = %d, want %d", tt.name, got, tt.want)
		}
	}
}

// routine returns a sheet of n cards, each with steps of the given
// number of sentences.
func routine(n, sentences int) *Sheet {
	s := &Sheet{
		Title: "Morning back routine", Summary: "Five gentle stretches for a stiff low back.",
		Clinic: Clinic{Name: "Riverbend Physical Therapy", Phone: "Phone: 555-0142", Logo: true},
		Plan:   []Run{{Text: "How often:", Bold: true}, {Text: " daily"}},
		URL:    "example.org/handouts/routines/morning-back/", Notice: "This is general advice, not a plan made for you.",
	}
	step := strings.Repeat("Keep your back straight and breathe out slowly as you move. ", sentences)
	for i := range n {
		s.Cards = append(s.Cards, Card{
			N: i + 1, Title: fmt.Sprintf("Stretch %d", i+1), Dosage: "Hold 30 seconds, 3 times.",
			Steps: [][]Run{{{Text: step}}, {{Text: step}}, {{Text: step}}}, StopIf: [][]Run{{{Text: "You feel sharp pain."}}}, Pictures: []float64{0.67},
		})
		s.Log.Rows = append(s.Log.Rows, fmt.Sprintf("%d. Stretch %d", i+1, i+1))
	}
	return s
}

// TestEstimate checks that short routines fit one page, that long ones do
// not, and that more cards or longer steps never take fewer pages.
func TestEstimate(t *testing.T) {
	fs := faces(t)
	for _, e := range fs.Estimate(routine(4, 1), Letter, A4) {
		if e.Pages != 1 || e.Long {
			t.Errorf("4 short cards on %s: %d pages (long %v), want 1", e.Paper.Name, e.Pages, e.Long)
		}
	}
	for _, e := range fs.Estimate(routine(8, 4), Letter, A4) {
		if e.Pages < 2 || !e.Long {
			t.Errorf("8 long cards on %s: %d pages (long %v), want 2 or more", e.Paper.Name, e.Pages, e.Long)
		}
	}
	for _, p := range []Paper{Letter, A4} {
		last := 0
		for n := 1; n <= 10; n++ {
			got := fs.Estimate(routine(n, 3), p)[0].Pages
			if got < last {
				t.Errorf("%d cards on %s: %d pages, fewer than %d cards' %d", n, p.Name, got, n-1, last)
			}
			last = got
		}
	}
}

// TestLongLayoutShrinksPictures checks that a card is measured with the
// pictures of its layout: a fifth of its width, and less on a sheet laid
// out long (.sheet-long .sheet-pics), where a square picture beside a
// short step is less tall. (The Spanish morning routine of the sample, in
// TestSampleFitsOnePage, fits one page only so: its steps wrap less beside
// the smaller pictures.)
func TestLongLayoutShrinksPictures(t *testing.T) {
	fs := faces(t)
	a := area(Letter)
	col := (a.width - colGap) / 2
	c := Card{N: 1, Title: "Neck turn", Dosage: "Hold 30 seconds.", Steps: [][]Run{{{Text: "Sit."}}}, Pictures: []float64{1}}
	regular, long := fs.cardHeight(&c, "Stop if:", col, picShare), fs.cardHeight(&c, "Stop if:", col, picShareLong)
	if long >= regular {
		t.Errorf("a card with a square picture: %.1f pt laid out long, %.1f pt regular; want less when long", long, regular)
	}
	if picShareLong >= picShare {
		t.Errorf("pictures take %v of a card laid out long, %v of a regular one", picShareLong, picShare)
	}
}
