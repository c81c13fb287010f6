package program

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/limber/limber/internal/dosage"
	"github.com/limber/limber/internal/lang"
)

var update = flag.Bool("update", false, "rewrite testdata/vectors.json from the current Encode and Decode")

// vector is one row of testdata/vectors.json: a program and its address,
// or an address or a program and the error it gets.
type vector struct {
	Program Program `json:"program,omitzero"`
	Address string  `json:"address,omitempty"`
	Error   string  `json:"error,omitempty"`
	// Problem is the error as program.js must return it: a key of the
	// words tables and its arguments.
	Problem *Problem `json:"problem,omitempty"`
}

// refused returns v with err, Decode's or Encode's, as its Error and
// Problem.
func refused(t *testing.T, v vector, err error) vector {
	t.Helper()
	v.Error = err.Error()
	if !errors.As(err, &v.Problem) {
		t.Errorf("%q: the error %q is not a Problem", v.Address, err)
	}
	checkWords(t, v.Problem)
	return v
}

// checkWords fails when p, or a problem among its arguments, has a key
// that a built-in table does not have.
func checkWords(t *testing.T, p *Problem) {
	t.Helper()
	for _, code := range lang.Builtin().Codes() {
		if !lang.Builtin().Table(code).Has(p.Key) {
			t.Errorf("internal/lang/%s.yaml has no %q", code, p.Key)
		}
	}
	for _, a := range p.Args {
		if q, ok := a.(*Problem); ok {
			checkWords(t, q)
		}
	}
}

// vectors is testdata/vectors.json, which program.js's Node test reads.
type vectors struct {
	Note        string   `json:"note"`
	Valid       []vector `json:"valid"`
	Invalid     []vector `json:"invalid"`
	Unencodable []vector `json:"unencodable"`
	Mutants     []vector `json:"mutants"`
}

// TestVectors writes, or compares with, testdata/vectors.json: the
// programs and addresses the browser's twin must agree on.
func TestVectors(t *testing.T) {
	v := vectors{Note: "written by go test ./internal/program -update; read by internal/jstest/program.test.mjs",
		Valid: validVectors(), Invalid: invalidVectors(), Unencodable: unencodable()}
	for i := range v.Valid {
		v.Valid[i].Address, _ = Encode(v.Valid[i].Program)
	}
	for i := range v.Invalid {
		if _, err := Decode(v.Invalid[i].Address); err != nil {
			v.Invalid[i] = refused(t, v.Invalid[i], err)
		}
	}
	for i := range v.Unencodable {
		if _, err := Encode(v.Unencodable[i].Program); err != nil {
			v.Unencodable[i] = refused(t, v.Unencodable[i], err)
		}
	}
	v.Mutants = mutants(t, v.Valid)
	got, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	golden(t, filepath.Join("testdata", "vectors.json"), append(got, '\n'))
}

// mutants returns addresses made by changing, adding or taking out a
// character of each valid one, the same on every run, with what Decode
// makes of each: a program, or its error. Most are refused, some are other
// valid programs; program.js must agree on every one.
func mutants(t *testing.T, valid []vector) []vector {
	const chars = "1hxsBLRNn_~,*-.aZ09AF\x00é<"
	rng := rand.New(rand.NewPCG(15, 15))
	var out []vector
	for _, v := range valid {
		for range 15 {
			s := []rune(v.Address)
			i := rng.IntN(len(s))
			c := []rune(chars)[rng.IntN(len([]rune(chars)))]
			switch rng.IntN(3) {
			case 0:
				s[i] = c
			case 1:
				s = append(s[:i], append([]rune{c}, s[i:]...)...)
			default:
				s = append(s[:i], s[i+1:]...)
			}
			m := vector{Address: string(s)}
			if p, err := Decode(m.Address); err != nil {
				m = refused(t, m, err)
			} else {
				m.Program = p
			}
			out = append(out, m)
		}
	}
	return out
}

// golden compares got with the file at path, or writes it under -update.
func golden(t *testing.T, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil || !bytes.Equal(got, want) {
		t.Errorf("%s is out of date (%v): run go test ./internal/program -update", path, err)
	}
}

// validVectors lists programs with the address each must have (filled in
// by TestVectors when written; compared by TestRoundTrip).
func validVectors() []vector {
	return []vector{
		{Program: sixStretches(), Address: "1Low_back_and_hips~2C_weeks_1-2,daily,10_minutes,Walk_for_5_minutes.*knee-to-chest,h45x2*lumbar-twist,L*supine-hamstring,h20nUse_a_towel_around_your_foot.*cat-cow,x8*childs-pose*quad-stretch,x2s2B"},
		{Program: Program{Stretches: []Item{}}, Address: "1,,,"},
		{Program: Program{Title: "Only a title", Stretches: []Item{}}, Address: "1Only_a_title,,,"},
		{Program: Program{Stretches: []Item{{Ref: "a"}}}, Address: "1,,,*a"},
		{Program: Program{Stretches: []Item{{Ref: "lunge", Hold: 3600, Reps: 1000, Sets: 1000, Sides: dosage.None, Notes: "n"}}},
			Address: "1,,,*lunge,h3600x1000s1000Nnn"},
		{Program: Program{Stretches: []Item{{Ref: "lunge", Sides: dosage.Right}, {Ref: "lunge", Notes: "x8 s2"}}},
			Address: "1,,,*lunge,R*lunge,nx8_s2"},
		{Program: Program{Title: "Étirements du matin", Warmup: "Marchez 5 min ; puis « respirez ».", Stretches: []Item{{Ref: "étirement-2"}}},
			Address: "1~C3~89tirements_du_matin,,,Marchez_5_min_~3B_puis_~C2~AB_respirez_~C2~BB.*~C3~A9tirement-2"},
		{Program: Program{Title: `<script>alert("x")</script>`, Frequency: "~_,*%#&?", Duration: "2 × a day 😀", Stretches: []Item{}},
			Address: "1~3Cscript~3Ealert~28~22x~22~29~3C~2Fscript~3E,~7E~5F~2C~2A~25~23~26~3F,2_~C3~97_a_day_~F0~9F~98~80,"},
		{Program: Program{Title: strings.Repeat("t", MaxTitle), Stretches: []Item{{Ref: strings.Repeat("s", MaxSlug)}}},
			Address: "1" + strings.Repeat("t", MaxTitle) + ",,,*" + strings.Repeat("s", MaxSlug)},
	}
}

// invalidVectors lists addresses Decode refuses (their errors are filled
// in by TestVectors when written; compared by TestDecodeRefuses).
func invalidVectors() []vector {
	v := func(address, err string) vector { return vector{Address: address, Error: err} }
	return []vector{
		v("", "the address is empty: there is no program after the #"),
		v("#1,,,", "character 1 is not allowed in a program's address, which has only letters, digits and - . _ ~ , *"),
		v("1<img src=x onerror=alert(1)>,,,", "character 2 is not allowed in a program's address, which has only letters, digits and - . _ ~ , *"),
		v("1T%C3%A9,,,", "character 3 is not allowed in a program's address, which has only letters, digits and - . _ ~ , *"),
		v("1Té,,,", "character 3 is not allowed in a program's address, which has only letters, digits and - . _ ~ , *"),
		v(strings.Repeat("1", 100_000), "the address is longer than 2000 characters, the most a program's address has"),
		v("1"+strings.Repeat("a", 99_998)+"<", "the address is longer than 2000 characters, the most a program's address has"),
		v("2Title,,,", `the address starts with "2": this limber reads only programs of version 1`),
		v("1Title", "the heading needs 4 parts separated by commas: title, how often, how long and warm-up (found 1)"),
		v("1a,b,c,d,e", "the heading needs 4 parts separated by commas: title, how often, how long and warm-up (found 5)"),
		v("1"+strings.Repeat("t", MaxTitle+1)+",,,", "title is longer than 80 characters"),
		v("1~4,,,", "title: the ~ at character 2 is not followed by two hex digits (0-9, A-F)"),
		v("1,~c3~a9,,", "how often: the ~ at character 3 is not followed by two hex digits (0-9, A-F)"),
		v("1,,~41,", "how long: the ~ at character 4 stands for a character written as itself"),
		v("1,,,~20", "warm-up: the ~ at character 5 stands for a character written as itself"),
		v("1~C3,,,", "title is not valid UTF-8 text"),
		v("1~0A,,,", "title has a control character (U+000A), which is not allowed"),
		v("1~E2~80~AE,,,", "title has a control character (U+202E), which is not allowed"),
		v("1~EF~BB~BF,,,", "title has a control character (U+FEFF), which is not allowed"),
		v("1,~ED~A0~80,,", "how often is not valid UTF-8 text"),
		v("1,,~C0~AF,", "how long is not valid UTF-8 text"),
		v("1,,,*a,h1x1s1Nn~E2~80~A8", "stretch 1: note has a control character (U+2028), which is not allowed"),
		v("1,,,*~C3~89", "stretch 1: a slug holds only lowercase letters, digits and hyphens, and starts and ends with no hyphen"),
		v("1,,,*a*b*", "stretch 3: the stretch's slug is empty"),
		v("1,,,"+strings.Repeat("*a", MaxItems+1), "a program has at most 20 stretches; this one has 21"),
		v("1,,,*", "stretch 1: the stretch's slug is empty"),
		v("1,,,*Lunge", "stretch 1: a slug holds only lowercase letters, digits and hyphens, and starts and ends with no hyphen"),
		v("1,,,*-lunge", "stretch 1: a slug holds only lowercase letters, digits and hyphens, and starts and ends with no hyphen"),
		v("1,,,*a.b", "stretch 1: a slug holds only lowercase letters, digits and hyphens, and starts and ends with no hyphen"),
		v("1,,,*lunge,", "stretch 1: nothing follows the comma at character 11"),
		v("1,,,*a*lunge,h0", "stretch 2: hold must be a whole number of seconds from 1 to 3600"),
		v("1,,,*lunge,h030", "stretch 1: hold must be a whole number of seconds from 1 to 3600"),
		v("1,,,*lunge,h3601", "stretch 1: hold must be a whole number of seconds from 1 to 3600"),
		v("1,,,*lunge,h99999999999999999999", "stretch 1: hold must be a whole number of seconds from 1 to 3600"),
		v("1,,,*lunge,x", "stretch 1: reps must be a whole number from 1 to 1000"),
		v("1,,,*lunge,s1001", "stretch 1: sets must be a whole number from 1 to 1000"),
		v("1,,,*lunge,x2h30", `stretch 1: "h" at character 14 comes twice or out of order (the order is h, x, s, then B, L, R or N, then n)`),
		v("1,,,*lunge,LR", `stretch 1: "R" at character 13 comes twice or out of order (the order is h, x, s, then B, L, R or N, then n)`),
		v("1,,,*lunge,q", `stretch 1: "q" at character 12 is not a change an address has (h, x, s, B, L, R, N or n)`),
		v("1,,,*lunge,n", "stretch 1: the note at character 12 is empty"),
		v("1,,,*lunge,na,b", `stretch 1: note: "," at character 14 is not allowed here`),
		v("1,,,*lunge,n"+strings.Repeat("a", MaxNote+1), "stretch 1: note is longer than 200 characters"),
	}
}

// unencodable lists programs Encode refuses.
func unencodable() []vector {
	v := func(p Program, err string) vector { return vector{Program: p, Error: err} }
	long := strings.Repeat("é", MaxNote)
	many := make([]Item, MaxItems)
	for i := range many {
		many[i] = Item{Ref: "lunge", Notes: long}
	}
	return []vector{
		v(Program{Stretches: []Item{{Ref: "lunge", Hold: -1}}}, "stretch 1: hold must be a whole number of seconds from 1 to 3600"),
		v(Program{Stretches: []Item{{Ref: "lunge", Sides: "up"}}}, "stretch 1: sides must be both, left, right or none"),
		v(Program{Stretches: []Item{{Ref: "Lunge"}}}, "stretch 1: a slug holds only lowercase letters, digits and hyphens, and starts and ends with no hyphen"),
		v(Program{Title: "a\tb"}, "title has a control character (U+0009), which is not allowed"),
		v(Program{Stretches: many}, "this program's address would be 24164 characters, more than the 2000 a printed QR code can hold; shorten the texts or take out a stretch"),
	}
}
