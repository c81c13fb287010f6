package sheetfit

import (
	_ "embed"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

var (
	//go:embed fonts/LiberationSans-Regular.ttf
	regularTTF []byte
	//go:embed fonts/LiberationSans-Bold.ttf
	boldTTF []byte
)

// Face is one style of Liberation Sans, read from the bundled font file.
type Face struct {
	font *sfnt.Font
	upem float64 // font units per em
}

// Faces holds the regular and the bold face the sheet is set in.
type Faces struct {
	Regular, Bold *Face
}

// LoadFaces parses the bundled Liberation Sans Regular and Bold.
func LoadFaces() (*Faces, error) {
	r, err := parseFace(regularTTF)
	if err != nil {
		return nil, fmt.Errorf("sheetfit: Liberation Sans Regular: %w", err)
	}
	b, err := parseFace(boldTTF)
	if err != nil {
		return nil, fmt.Errorf("sheetfit: Liberation Sans Bold: %w", err)
	}
	return &Faces{Regular: r, Bold: b}, nil
}

// Face returns the bold face when bold is true, else the regular one.
func (fs *Faces) Face(bold bool) *Face {
	if bold {
		return fs.Bold
	}
	return fs.Regular
}

func parseFace(ttf []byte) (*Face, error) {
	f, err := sfnt.Parse(ttf)
	if err != nil {
		return nil, err
	}
	return &Face{font: f, upem: float64(f.UnitsPerEm())}, nil
}

// Width returns the width in points of text set at size points: the sum of
// its glyphs' advance widths, unhinted, as Chromium positions text when it
// prints. Kerning is left out on purpose: in Liberation Sans it only ever
// brings letters closer, so without it a line is never narrower than the
// browser's, and a paragraph never takes fewer lines. A character the font
// lacks counts as wide as an M.
func (fc *Face) Width(text string, size float64) float64 {
	var buf sfnt.Buffer
	ppem := fixed.Int26_6(fc.font.UnitsPerEm()) << 6
	var units fixed.Int26_6
	for _, r := range text {
		units += fc.advance(&buf, r, ppem)
	}
	return float64(units) / 64 / fc.upem * size
}

// advance returns the advance width of r in font units (as 26.6 fixed
// point at a size of one unit per em).
func (fc *Face) advance(buf *sfnt.Buffer, r rune, ppem fixed.Int26_6) fixed.Int26_6 {
	if r == '\u00a0' {
		r = ' '
	}
	g, err := fc.font.GlyphIndex(buf, r)
	if err != nil || g == 0 {
		g, _ = fc.font.GlyphIndex(buf, 'M')
	}
	adv, err := fc.font.GlyphAdvance(buf, g, ppem, font.HintingNone)
	if err != nil {
		return 0
	}
	return adv
}

// Run is a piece of a paragraph in one style.
type Run struct {
	Text string
	Bold bool
	Mono bool // in the browser's monospace font (code); see monoAdvance
}

// monoAdvance is the width of a character of a monospace font, in ems,
// taken a little wider than the fonts a browser picks for code (Liberation
// Mono and Courier New, 0.600; DejaVu Sans Mono, 0.602), so that code
// never measures narrower than it prints.
const monoAdvance = 0.61

// width returns the width of text in the style of run r, set at size
// points.
func (fs *Faces) width(r Run, text string, size float64) float64 {
	if r.Mono {
		return float64(utf8.RuneCountInString(text)) * monoAdvance * size
	}
	return fs.Face(r.Bold).Width(text, size)
}

// word is a piece of text the browser does not break, with its width.
type word struct {
	text  string
	width float64 // in points
	space float64 // the width of the space before it, 0 at the start
}

// words splits runs set at size points at spaces. A word that spans two
// runs (such as a bullet glued to the word after it by a no-break space)
// stays one word.
func (fs *Faces) words(runs []Run, size float64) []word {
	var ws []word
	space := false
	for _, r := range runs {
		for i, p := range strings.Split(r.Text, " ") {
			space = space || i > 0
			if p == "" {
				continue
			}
			w := fs.width(r, p, size)
			switch {
			case len(ws) > 0 && !space:
				ws[len(ws)-1].text += p
				ws[len(ws)-1].width += w
			case len(ws) > 0:
				ws = append(ws, word{text: p, width: w, space: fs.width(r, " ", size)})
			default:
				ws = append(ws, word{text: p, width: w})
			}
			space = false
		}
	}
	return ws
}
