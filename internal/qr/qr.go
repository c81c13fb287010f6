// Package qr draws QR codes as inline SVG for printed patient sheets.
//
// The code is encoded by github.com/boombuler/barcode/qr at error correction
// level M and drawn here as one compact SVG path, so the page needs no image
// file, prints sharply at any size and contains no text but its label.
package qr

import (
	"errors"
	"fmt"
	"html/template"
	"image"
	"image/color"
	"strconv"
	"strings"

	bqr "github.com/boombuler/barcode/qr"
)

// quietZone is the white border around the code, in modules, that the QR
// standard asks for so that scanners can find the code on a busy page.
const quietZone = 4

// The most a QR code (version 40) holds at level M in each mode: digits,
// upper-case letters and a few signs, or any bytes (a link, usually).
const (
	maxDigits   = 5596
	maxAlnum    = 3391
	maxAnyBytes = 2331
)

// defaultLabel names the image for screen readers when the caller gives none.
const defaultLabel = "QR code"

// alphanumeric lists the characters of the QR alphanumeric mode.
const alphanumeric = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"

// SVG returns an inline <svg> element encoding text as a QR code: black
// modules on white, a quiet zone of 4 modules, shape-rendering="crispEdges"
// and a viewBox in module units, so the caller sets the printed size with CSS.
// The element has role="img" and an aria-label and <title> given by label
// (escaped; "QR code" when label is empty). Error correction level is M.
// Dark modules are merged into one path of horizontal runs. The output is
// deterministic. SVG returns an error when text is empty or too long.
//
// Text that is not ASCII is stored as UTF-8 bytes without an ECI header (the
// encoder cannot write one), which some scanners misread as another charset:
// pass links percent-encoded, as url.URL.String gives them.
func SVG(text, label string) (template.HTML, error) {
	if text == "" {
		return "", errors.New("the QR code has nothing to encode: give it a link")
	}
	if !Fits(text) {
		return "", tooLong(text)
	}
	code, err := bqr.Encode(text, bqr.M, mode(text))
	if err != nil {
		return "", tooLong(text)
	}
	return template.HTML(draw(code, cleanLabel(label))), nil
}

// Fits reports whether text fits in one QR code at level M, as SVG draws
// it: at most 5,596 digits, 3,391 characters of the alphanumeric mode, or
// 2,331 bytes of anything else (a link, say).
func Fits(text string) bool {
	switch mode(text) {
	case bqr.Numeric:
		return len(text) <= maxDigits
	case bqr.AlphaNumeric:
		return len(text) <= maxAlnum
	}
	return len(text) <= maxAnyBytes
}

// tooLong is the error for text that does not fit in a QR code.
func tooLong(text string) error {
	return fmt.Errorf("the text for the QR code is too long (%d bytes); use a shorter link", len(text))
}

// mode picks the QR encoding for text. The library's Auto mode is not used
// because it sends text such as "+12" to numeric mode (strconv.Atoi accepts
// the sign), which scanners then read back as "012".
func mode(text string) bqr.Encoding {
	digits, alnum := true, true
	for i := 0; i < len(text); i++ {
		c := text[i]
		digits = digits && c >= '0' && c <= '9'
		alnum = alnum && strings.IndexByte(alphanumeric, c) >= 0
	}
	switch {
	case digits:
		return bqr.Numeric
	case alnum:
		return bqr.AlphaNumeric
	}
	return bqr.Unicode
}

// draw writes the SVG element for code with the given (clean) label.
func draw(code image.Image, label string) string {
	n := code.Bounds().Dx()
	size := strconv.Itoa(n + 2*quietZone)
	esc := template.HTMLEscapeString(label)
	var b strings.Builder
	b.WriteString(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ` + size + " " + size +
		`" shape-rendering="crispEdges" role="img" aria-label="` + esc + `">`)
	b.WriteString("<title>" + esc + "</title>")
	b.WriteString(`<rect width="` + size + `" height="` + size + `" fill="#fff"/>`)
	b.WriteString(`<path fill="#000" d="`)
	writeRuns(&b, code, n)
	b.WriteString(`"/></svg>`)
	return b.String()
}

// writeRuns appends one closed subpath per horizontal run of dark modules,
// row by row from the top, offset by the quiet zone.
func writeRuns(b *strings.Builder, code image.Image, n int) {
	o := code.Bounds().Min
	for y := 0; y < n; y++ {
		for x := 0; x < n; {
			if !dark(code.At(o.X+x, o.Y+y)) {
				x++
				continue
			}
			start := x
			for x < n && dark(code.At(o.X+x, o.Y+y)) {
				x++
			}
			w := x - start
			fmt.Fprintf(b, "M%d %dh%dv1h-%dz", start+quietZone, y+quietZone, w, w)
		}
	}
}

// dark reports whether a module colour is dark (the encoder uses black on
// white).
func dark(c color.Color) bool {
	return color.GrayModel.Convert(c).(color.Gray).Y < 128
}

// cleanLabel makes label safe to place in XML and HTML: invalid UTF-8 and
// control characters become spaces, runs of space collapse, and an empty
// result becomes the default label.
func cleanLabel(label string) string {
	label = strings.ToValidUTF8(label, " ")
	label = strings.Map(func(r rune) rune {
		if r < 0x20 || (r >= 0x7f && r <= 0x9f) || r == 0xfffe || r == 0xffff {
			return ' '
		}
		return r
	}, label)
	label = strings.Join(strings.Fields(label), " ")
	if label == "" {
		return defaultLabel
	}
	return label
}
