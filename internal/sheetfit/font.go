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
	// latin and common hold the advance widths in ems of the characters
	// text is mostly written in (see commonRanges), read once when the face is
	// loaded: a sheet's estimate measures every word of it, and reading
	// each character's width from the font file took most of its time.
	// It is only read after loading, so faces are safe to share.
	latin  []float64 // for runes under 0x250, by rune
	common map[rune]float64
}

// commonRanges are the characters past Latin (with its accents) whose
// widths a Face keeps at hand: general punctuation (dashes, quotes, the
// bullet) and the vulgar fractions.
func commonRanges() [][2]rune { return [][2]rune{{0x2000, 0x206f}, {0x2150, 0x215f}} }

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
	fc := &Face{font: f, upem: float64(f.UnitsPerEm()), common: map[rune]float64{}}
	var buf sfnt.Buffer
	fc.latin = make([]float64, 0x250)
	for r := range rune(len(fc.latin)) {
		fc.latin[r] = fc.em(&buf, r)
	}
	for _, rg := range commonRanges() {
		for r := rg[0]; r <= rg[1]; r++ {
			fc.common[r] = fc.em(&buf, r)
		}
	}
	return fc, nil
}

// Width returns the width in points of text set at size points: the sum of
// its glyphs' advance widths, unhinted, as Chromium positions text when it
// prints. Kerning is left out on purpose: in Liberation Sans it only ever
// brings letters closer, so without it a line is never narrower than the
// browser's, and a paragraph never takes fewer lines. A character the font
// lacks counts as wide as an M.
func (fc *Face) Width(text string, size float64) float64 {
	var buf *sfnt.Buffer
	ems := 0.0
	for _, r := range text {
		var w float64
		ok := false
		if r < rune(len(fc.latin)) {
			w, ok = fc.latin[r], true
		} else {
			w, ok = fc.common[r]
		}
		if !ok {
			if buf == nil {
				buf = new(sfnt.Buffer)
			}
			w = fc.em(buf, r)
		}
		ems += w
	}
	return ems * size
}

// em returns the advance width of r in ems.
func (fc *Face) em(buf *sfnt.Buffer, r rune) float64 {
	ppem := fixed.Int26_6(fc.font.UnitsPerEm()) << 6
	return float64(fc.advance(buf, r, ppem)) / 64 / fc.upem
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
	n := 0
	for _, r := range runs {
		n += strings.Count(r.Text, " ") + 1
	}
	ws := make([]word, 0, n)
	space := false
	for _, r := range runs {
		first := true
		for p := range strings.SplitSeq(r.Text, " ") {
			space = space || !first
			first = false
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
