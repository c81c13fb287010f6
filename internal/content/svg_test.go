package content

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// svgCases are SVG files with what checkSVG says of them: "" for a file it
// accepts, else the start of its message and the line and column of the
// problem (column 0 for a syntax error, which knows only its line).
func svgCases() []struct {
	name, src, want string
	line, col       int
} {
	const open = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10">`
	return []struct {
		name, src, want string
		line, col       int
	}{
		{"plain drawing", open + `<title>Cat</title><path d="M0 0h10" opacity="1" offset="0"/><a href="https://example.org/"><text>x</text></a></svg>`, "", 0, 0},
		{"doctype without entities", `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
` + open + `<image href="data:image/png;base64,AAAA"/><style>rect{fill:red}</style></svg>`, "", 0, 0},
		{"latin-1", "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>" + open + "<title>caf\xe9</title></svg>", "", 0, 0},
		{"script", open + "\n  <script>alert(1)</script></svg>", "the SVG has a <script> element", 2, 3},
		{"upper-case script", open + "<SCRIPT/></svg>", "the SVG has a <SCRIPT> element", 1, 104},
		{"handler", open + "<handler/></svg>", "the SVG has a <handler> element", 1, 104},
		{"foreignObject", open + "\n<g>\n<foreignObject><div/></foreignObject></g></svg>", "the SVG has a <foreignObject> element", 3, 1},
		{"xhtml element", open + `<h:iframe xmlns:h="http://www.w3.org/1999/xhtml" src="x.html"/></svg>`, "the SVG has an HTML element <iframe>", 1, 104},
		{"onload", `<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>`, "<svg> has an event handler onload=", 1, 1},
		{"onclick upper", open + `<rect ONCLICK="x()"/></svg>`, "<rect> has an event handler ONCLICK=", 1, 104},
		{"javascript href", open + `<a href="javascript:alert(1)"><text>x</text></a></svg>`, "<a> has a javascript link in href=", 1, 104},
		{"xlink entity-encoded and spaced", open + `<a xlink:href=" &#x09;Java&#x0A;Script&#58;alert(1)"/></svg>`, "<a> has a javascript link in href=", 1, 104},
		{"vbscript", open + `<a href="VBScript:msgbox"/></svg>`, "<a> has a vbscript link in href=", 1, 104},
		{"data html", open + `<a href="data:text/html;base64,PHNjcmlwdD4="/></svg>`, "<a> has a data:text/html link in href=", 1, 104},
		{"animated href", open + `<a><set attributeName="href" to="javascript:alert(1)"/></a></svg>`, "<set> has a javascript link in to=", 1, 107},
		{"animate values", open + `<animate attributeName="href" values="#a;javascript:alert(1)"/></svg>`, "<animate> has a javascript link in values=", 1, 104},
		{"animated handler", open + `<set attributeName="onmouseover" to="alert(1)"/></svg>`, "<set> animates the event handler onmouseover", 1, 104},
		{"public doctype", `<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">` + open + `</svg>`, "", 0, 0},
		{"default onload", "<!DOCTYPE svg [<!ATTLIST svg onload CDATA \"alert(1)\">]>\n" + open + "</svg>", "the SVG's DOCTYPE declares things of its own", 1, 1},
		{"default href", "<!DOCTYPE svg [\n<!ATTLIST a href CDATA \"javascript:alert(1)\">\n]>\n" + open + "<a><text>x</text></a></svg>", "the SVG's DOCTYPE declares things of its own", 1, 1},
		{"entity", "<!DOCTYPE svg [\n<!ENTITY x \"&#60;script&#62;\">\n]>\n" + open + "&x;</svg>", "the SVG declares an XML entity", 1, 1},
		{"stylesheet", `<?xml-stylesheet type="text/xsl" href="x.xsl"?>` + open + `</svg>`, "the SVG links a style sheet", 1, 1},
		{"not closed", open + "\n<g>\n</svg>", "the SVG is not well-formed XML", 3, 0},
		{"not XML", "GIF89a", "the file has no <svg> element", 1, 0},
		{"empty", "", "the file has no <svg> element", 1, 0},
		{"not svg", `<html><script>x</script></html>`, "the file starts with a <html> element, not <svg>", 1, 1},
		{"other encoding", `<?xml version="1.0" encoding="Shift_JIS"?><svg/>`, "the SVG cannot be read as XML", 1, 1},
	}
}

func TestCheckSVG(t *testing.T) {
	for _, tt := range svgCases() {
		t.Run(tt.name, func(t *testing.T) {
			errs := svgErrors("content/x.svg", []byte(tt.src))
			if tt.want == "" {
				if len(errs) > 0 {
					t.Fatalf("unexpected problem: %v", errs)
				}
				return
			}
			if len(errs) != 1 {
				t.Fatalf("got %d problems (%v), want one starting %q", len(errs), errs, tt.want)
			}
			e := errs[0]
			if !strings.HasPrefix(e.Msg, tt.want) || e.Pos.Line != tt.line || e.Pos.Col != tt.col {
				t.Errorf("got %v\nwant content/x.svg:%d:%d: %s...", e, tt.line, tt.col, tt.want)
			}
		})
	}
}

// TestSampleSVGsPass checks that every SVG of the sample site and the test
// sites passes, as drawings do.
func TestSampleSVGsPass(t *testing.T) {
	files, _ := filepath.Glob("../../content/*/*.svg")
	more, _ := filepath.Glob("../build/testdata/site/content/*/*.svg")
	for _, name := range append(files, more...) {
		src, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		if errs := svgErrors(name, src); len(errs) > 0 {
			t.Errorf("%s: %v", name, errs)
		}
	}
}

// FuzzCheckSVG feeds checkSVG untrusted bytes: it must not panic, and
// must report at most one problem, placed on a line of the file.
func FuzzCheckSVG(f *testing.F) {
	for _, tt := range svgCases() {
		f.Add([]byte(tt.src))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		errs := svgErrors("content/x.svg", src)
		if len(errs) > 1 {
			t.Fatalf("more than one problem: %v", errs)
		}
		if len(errs) == 1 && (errs[0].Pos.Line < 1 || errs[0].Pos.Line > strings.Count(string(src), "\n")+1) {
			t.Fatalf("problem outside the file: %v", errs)
		}
	})
}
