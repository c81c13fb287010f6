package program

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/limber/limber/internal/dosage"
)

// sixStretches is a realistic program: six stretches of the sample site,
// some changed, with a title, how often, how long, a warm-up and a note.
func sixStretches() Program {
	return Program{
		Title: "Low back and hips, weeks 1-2", Frequency: "daily", Duration: "10 minutes",
		Warmup: "Walk for 5 minutes.",
		Stretches: []Item{
			{Ref: "knee-to-chest", Hold: 45, Reps: 2},
			{Ref: "lumbar-twist", Sides: dosage.Left},
			{Ref: "supine-hamstring", Hold: 20, Notes: "Use a towel around your foot."},
			{Ref: "cat-cow", Reps: 8},
			{Ref: "childs-pose"},
			{Ref: "quad-stretch", Reps: 2, Sets: 2, Sides: dosage.Both},
		},
	}
}

func TestSixStretchesFitInAShortAddress(t *testing.T) {
	s, err := Encode(sixStretches())
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d characters: %s", len(s), s)
	if len(s) > 200 {
		t.Errorf("a realistic 6-stretch program takes %d characters, more than 200: %s", len(s), s)
	}
}

func TestRoundTrip(t *testing.T) {
	for _, v := range validVectors() {
		got, err := Encode(v.Program)
		if err != nil || got != v.Address {
			t.Errorf("Encode(%+v) = %q, %v; want %q", v.Program, got, err, v.Address)
			continue
		}
		back, err := Decode(got)
		if err != nil || !reflect.DeepEqual(back, v.Program) {
			t.Errorf("Decode(%q) = %+v, %v; want %+v", got, back, err, v.Program)
		}
	}
}

func TestDecodeRefuses(t *testing.T) {
	for _, v := range invalidVectors() {
		if _, err := Decode(v.Address); err == nil || err.Error() != v.Error {
			t.Errorf("Decode(%.60q) = %v\nwant %s", v.Address, err, v.Error)
		}
	}
}

func TestEncodeRefuses(t *testing.T) {
	for _, v := range unencodable() {
		if _, err := Encode(v.Program); err == nil || err.Error() != v.Error {
			t.Errorf("Encode(%.200v) = %v\nwant %s", v.Program, err, v.Error)
		}
	}
}

// FuzzDecode holds Decode to its promises: it never panics, what it
// accepts is valid and re-encodes to the very same string, and a valid
// program comes back from its address unchanged.
func FuzzDecode(f *testing.F) {
	for _, v := range validVectors() {
		f.Add(v.Address)
	}
	for _, v := range invalidVectors() {
		f.Add(v.Address)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, err := Decode(s)
		if err != nil {
			if p.Title != "" || p.Stretches != nil {
				t.Fatalf("Decode(%q) failed but returned a program", s)
			}
			return
		}
		if err := p.Validate(); err != nil {
			t.Fatalf("Decode(%q) accepted an invalid program: %v", s, err)
		}
		again, err := Encode(p)
		if err != nil || again != s {
			t.Fatalf("Decode(%q) then Encode = %q, %v", s, again, err)
		}
		back, err := Decode(again)
		if err != nil || !reflect.DeepEqual(back, p) {
			t.Fatalf("round trip of %q changed the program", s)
		}
	})
}

// FuzzEncode builds a program from fuzzed texts and numbers: if Encode
// accepts it, Decode must give it back.
func FuzzEncode(f *testing.F) {
	f.Add("Title", "daily", "knee-to-chest", "a note", 30, 2, 1, uint8(1))
	f.Add("é ~_,*", "", "étirement", "", 0, 0, 0, uint8(0))
	f.Fuzz(func(t *testing.T, title, often, ref, note string, hold, reps, sets int, side uint8) {
		sides := []dosage.Sides{"", dosage.Both, dosage.Left, dosage.Right, dosage.None}
		p := Program{Title: title, Frequency: often, Warmup: strings.Repeat(note, 2), Stretches: []Item{
			{Ref: ref, Hold: hold, Reps: reps, Sets: sets, Sides: sides[int(side)%len(sides)], Notes: note}, {Ref: ref}}}
		s, err := Encode(p)
		if err != nil {
			return
		}
		back, err := Decode(s)
		if err != nil || !reflect.DeepEqual(back, p) {
			t.Fatalf("Decode(Encode(%+v)) = %+v, %v", p, back, err)
		}
	})
}

// TestDocsQuoteTheAddress checks that docs/programs.md quotes the address
// of the realistic program, and its length, as Encode writes them.
func TestDocsQuoteTheAddress(t *testing.T) {
	docs, err := os.ReadFile(filepath.Join("..", "..", "docs", "programs.md"))
	if err != nil {
		t.Fatal(err)
	}
	s, err := Encode(sixStretches())
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(docs), "\n"+s+"\n") || !strings.Contains(string(docs), fmt.Sprintf("It is %d characters.", len(s))) {
		t.Errorf("docs/programs.md should quote the realistic program's address and its length, %d characters:\n%s", len(s), s)
	}
}
