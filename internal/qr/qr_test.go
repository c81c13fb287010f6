package qr

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strings"
	"testing"

	bqr "github.com/boombuler/barcode/qr"
)

func TestSVG(t *testing.T) {
	tests := []struct {
		name, text, label string
		want              []string
	}{
		{"short url", "https://ex.org/", "Routine page",
			[]string{`viewBox="0 0 `, `<title>Routine page</title>`, `aria-label="Routine page"`}},
		{"routine url", "https://clinic.example.org/handouts/routines/morning-back/", "Morning back routine",
			[]string{`viewBox="0 0 41 41"`, `<title>Morning back routine</title>`}},
		{"label escaped", "https://ex.org/", `Back <b>&"stretch'`,
			[]string{`<title>Back &lt;b&gt;&amp;&#34;stretch&#39;</title>`,
				`aria-label="Back &lt;b&gt;&amp;&#34;stretch&#39;"`}},
		{"empty label", "https://ex.org/", " \t ", []string{`<title>QR code</title>`}},
		{"control chars in label", "https://ex.org/", "a\x00b\x1bc\xffd", []string{`<title>a b c d</title>`}},
		{"digits", "0123456789", "n", []string{`viewBox="0 0 29 29"`}},
		{"non-ascii", "https://ex.org/étirement", "é", []string{`<title>é</title>`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := SVG(tt.text, tt.label)
			if err != nil {
				t.Fatalf("SVG(%q) error: %v", tt.text, err)
			}
			s := string(got)
			common := []string{`shape-rendering="crispEdges"`, `role="img"`, `fill="#fff"`, `<path fill="#000" d="M`}
			for _, w := range append(common, tt.want...) {
				if !strings.Contains(s, w) {
					t.Errorf("output lacks %q:\n%.300s", w, s)
				}
			}
			if !strings.HasPrefix(s, "<svg ") || !strings.HasSuffix(s, "</svg>") {
				t.Errorf("output is not one <svg> element: %.80s", s)
			}
			if strings.Contains(s, tt.text) {
				t.Errorf("output contains the encoded text %q as text", tt.text)
			}
			again, _ := SVG(tt.text, tt.label)
			if again != got {
				t.Error("two calls with the same input gave different output")
			}
		})
	}
}

func TestSVGErrors(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"empty", "", "nothing to encode"},
		{"3000 characters", strings.Repeat("x", 3000), "too long (3000 bytes)"},
		{"too many digits", strings.Repeat("7", 5597), "too long"},
		{"just over byte capacity", strings.Repeat("x", 2332), "too long"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := SVG(tt.text, "label")
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("SVG error = %v, want one containing %q", err, tt.want)
			}
			if got != "" {
				t.Errorf("SVG returned output with its error: %.40s", got)
			}
		})
	}
	if _, err := SVG(strings.Repeat("x", 2331), ""); err != nil {
		t.Errorf("2331 bytes (the level M maximum) should fit: %v", err)
	}
}

// TestPathMatchesEncoder redraws the path's runs as a grid and compares it
// with the encoder's modules, so a transposed or shifted drawing fails.
func TestPathMatchesEncoder(t *testing.T) {
	for _, text := range []string{"https://ex.org/", "HELLO +12", strings.Repeat("https://ex.org/a", 9)} {
		svg, err := SVG(text, "l")
		if err != nil {
			t.Fatal(err)
		}
		code, err := bqr.Encode(text, bqr.M, mode(text))
		if err != nil {
			t.Fatal(err)
		}
		n := code.Bounds().Dx()
		grid := make([][]bool, n+2*quietZone)
		for i := range grid {
			grid[i] = make([]bool, n+2*quietZone)
		}
		for _, m := range regexp.MustCompile(`M(\d+) (\d+)h(\d+)v1h-(\d+)z`).FindAllStringSubmatch(string(svg), -1) {
			var x, y, w int
			fmt.Sscan(m[1]+" "+m[2]+" "+m[3], &x, &y, &w)
			if m[3] != m[4] || w < 1 {
				t.Fatalf("run %q does not close on itself", m[0])
			}
			for i := x; i < x+w; i++ {
				if grid[y][i] {
					t.Fatalf("module %d,%d drawn twice", i, y)
				}
				grid[y][i] = true
			}
		}
		for y := range grid {
			for x := range grid[y] {
				in := x >= quietZone && y >= quietZone && x < n+quietZone && y < n+quietZone
				want := in && dark(code.At(x-quietZone, y-quietZone))
				if grid[y][x] != want {
					t.Fatalf("%q: module %d,%d drawn %v, want %v", text, x, y, grid[y][x], want)
				}
			}
		}
	}
}

func TestMode(t *testing.T) {
	tests := []struct {
		text string
		want bqr.Encoding
	}{
		{"0123", bqr.Numeric},
		{"+12", bqr.AlphaNumeric}, // the library's Auto reads this as the number 12
		{"-1", bqr.AlphaNumeric},
		{"HTTPS://EX.ORG/A", bqr.AlphaNumeric},
		{"https://ex.org/", bqr.Unicode},
		{"٣", bqr.Unicode}, // an Arabic-Indic digit is not a QR digit
	}
	for _, tt := range tests {
		if got := mode(tt.text); got != tt.want {
			t.Errorf("mode(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// checkXML fails unless s is one well-formed XML <svg> element.
func checkXML(t *testing.T, s string) {
	t.Helper()
	d := xml.NewDecoder(strings.NewReader(s))
	first := true
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			return
		}
		if err != nil {
			t.Fatalf("output is not XML: %v\n%.300s", err, s)
		}
		if first {
			if se, ok := tok.(xml.StartElement); !ok || se.Name.Local != "svg" {
				t.Fatalf("output does not start with <svg>: %.80s", s)
			}
			first = false
		}
	}
}

func FuzzSVG(f *testing.F) {
	f.Add("https://clinic.example.org/handouts/routines/morning-back/", "Morning back")
	f.Add("", "")
	f.Add("+12", `<&">`)
	f.Add("0123456789", "a\x00b")
	f.Add("https://ex.org/étirement", "\xff\xfe")
	f.Add(strings.Repeat("x", 2332), "long")
	f.Fuzz(func(t *testing.T, text, label string) {
		svg, err := SVG(text, label)
		if err != nil {
			if svg != "" {
				t.Fatal("output returned with an error")
			}
			return
		}
		checkXML(t, string(svg))
	})
}

// BenchmarkSVG makes the QR code of a routine's address, as every printed
// sheet does.
func BenchmarkSVG(b *testing.B) {
	for b.Loop() {
		if _, err := SVG("https://clinic.example.org/handouts/routines/morning-back-and-hips/", "QR code: this routine online"); err != nil {
			b.Fatal(err)
		}
	}
}

// TestFitsAgreesWithEncoder checks that Fits says yes to the longest text
// of each mode the encoder takes, and no to one more.
func TestFitsAgreesWithEncoder(t *testing.T) {
	for _, tt := range []struct {
		unit string
		most int
	}{{"7", maxDigits}, {"A", maxAlnum}, {"a", maxAnyBytes}} {
		for _, n := range []int{tt.most, tt.most + 1} {
			text := strings.Repeat(tt.unit, n)
			_, err := bqr.Encode(text, bqr.M, mode(text))
			if got := Fits(text); got != (err == nil) || got != (n == tt.most) {
				t.Errorf("%d of %q: Fits = %v, encoder error %v", n, tt.unit, got, err)
			}
		}
	}
}
