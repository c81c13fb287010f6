package content

import (
	"bufio"
	"encoding/xml"
	"errors"
	"image"
	_ "image/gif"  // registers GIF with image.DecodeConfig
	_ "image/jpeg" // registers JPEG
	_ "image/png"  // registers PNG
	"io"
	"path"
	"strconv"
	"strings"

	_ "golang.org/x/image/webp" // registers WebP

	"github.com/limber/limber/internal/parallel"
)

// maxHeader is how much of a picture limber reads to find its size: the
// header of a PNG, GIF or WebP file is in its first bytes, a JPEG's size
// follows its metadata, and an SVG's root element is near its start.
const maxHeader = 256 << 10

// isPicture reports whether limber reads the shape of a file with the
// extension ext (lower case, with its dot).
func isPicture(ext string) bool {
	switch ext {
	case ".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg":
		return true
	}
	return false
}

// measurePictures sets the Aspect of each picture among files, on every
// CPU and from the cache when a file is unchanged. entries are the walk's
// entries of the same files, in the same order.
func measurePictures(files []File, entries []entry, cache *Cache) {
	parallel.For(len(files), func(i int) {
		if isPicture(strings.ToLower(path.Ext(files[i].Rel))) {
			files[i].Aspect = cache.aspect(entries[i], pictureAspect)
		}
	})
}

// pictureAspect reads the start of a picture file and returns its height
// over its width as a browser shows it in an <img>, or 0 when the file
// cannot be read or gives no shape.
func pictureAspect(e entry) float64 {
	f, msg := e.src.open(true)
	if msg != "" {
		return 0
	}
	defer f.Close()
	r := io.LimitReader(f, maxHeader)
	if strings.EqualFold(path.Ext(e.rel), ".svg") {
		return svgAspect(r)
	}
	cfg, _, err := image.DecodeConfig(bufio.NewReader(r))
	if err != nil || cfg.Width <= 0 || cfg.Height <= 0 {
		return 0
	}
	return float64(cfg.Height) / float64(cfg.Width)
}

// svgAspect returns the shape of an SVG picture from its root element, as
// Chromium sizes an <img> of it: from its width and height when both are
// lengths (not percentages), else from its viewBox. With neither, Chromium
// draws it 150 pixels high whatever its width, and svgAspect returns 0.
func svgAspect(r io.Reader) float64 {
	d := xml.NewDecoder(r)
	d.CharsetReader = svgCharset
	for {
		tok, err := d.Token()
		if err != nil {
			return 0
		}
		if el, ok := tok.(xml.StartElement); ok {
			return svgRootAspect(el)
		}
	}
}

// svgRootAspect returns the shape given by the root element's attributes,
// or 0.
func svgRootAspect(el xml.StartElement) float64 {
	attrs := map[string]string{}
	for _, a := range el.Attr {
		if a.Name.Space == "" {
			attrs[a.Name.Local] = a.Value
		}
	}
	w, okW := svgLength(attrs["width"])
	h, okH := svgLength(attrs["height"])
	if okW && okH {
		return h / w
	}
	f := strings.FieldsFunc(attrs["viewBox"], func(r rune) bool { return r == ',' || r == ' ' || r == '\t' || r == '\n' || r == '\r' })
	if len(f) != 4 {
		return 0
	}
	vw, err1 := strconv.ParseFloat(f[2], 64)
	vh, err2 := strconv.ParseFloat(f[3], 64)
	if err1 != nil || err2 != nil || vw <= 0 || vh <= 0 {
		return 0
	}
	return vh / vw
}

// svgUnits are the absolute units of an SVG length, in pixels.
var svgUnits = map[string]float64{"": 1, "px": 1, "pt": 4.0 / 3, "pc": 16, "mm": 96 / 25.4, "cm": 96 / 2.54, "in": 96}

// svgLength reads a positive absolute length such as "120", "40mm" or
// "2.5in" in pixels; a percentage, a relative unit or anything else gives
// false.
func svgLength(s string) (float64, bool) {
	s = strings.TrimSpace(s)
	i := strings.IndexFunc(s, func(r rune) bool {
		return (r < '0' || r > '9') && r != '.' && r != '+' && r != 'e' && r != 'E' && r != '-'
	})
	num, unit := s, ""
	if i >= 0 {
		num, unit = s[:i], strings.ToLower(s[i:])
	}
	k, ok := svgUnits[unit]
	v, err := strconv.ParseFloat(num, 64)
	if !ok || err != nil || v <= 0 || errors.Is(err, strconv.ErrRange) {
		return 0, false
	}
	return v * k, true
}
