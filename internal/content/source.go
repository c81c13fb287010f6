package content

import (
	"bytes"
	"fmt"
	"unicode/utf8"

	"github.com/adrg/frontmatter"

	"github.com/limber/limber/internal/diag"
)

// normalize strips a UTF-8 byte order mark and turns CRLF (and a lone CR)
// into LF, so that lines and columns count the same everywhere.
func normalize(src []byte) []byte {
	src = bytes.TrimPrefix(src, []byte("\uFEFF"))
	if bytes.IndexByte(src, '\r') < 0 {
		return src
	}
	out := make([]byte, 0, len(src))
	for i := 0; i < len(src); i++ {
		c := src[i]
		if c == '\r' {
			if i+1 < len(src) && src[i+1] == '\n' {
				continue
			}
			c = '\n'
		}
		out = append(out, c)
	}
	return out
}

// checkUTF8 reports a file that is not UTF-8 text at its first bad byte.
func checkUTF8(path string, src []byte, errs *diag.List) bool {
	for off := 0; off < len(src); {
		r, size := utf8.DecodeRune(src[off:])
		if r == utf8.RuneError && size == 1 {
			errs.Add(diag.Offset(path, src, 1, off),
				"file is not UTF-8 text (byte 0x%02x here): save it as UTF-8 in your editor", src[off])
			return false
		}
		off += size
	}
	return true
}

// checkNotEmpty reports a file that is empty or only white space.
func checkNotEmpty(path string, src []byte, errs *diag.List) bool {
	if len(bytes.TrimSpace(src)) == 0 {
		errs.Add(diag.Pos{Path: path, Line: 1, Col: 1}, "file is empty")
		return false
	}
	return true
}

// split is a Markdown file cut into its front matter and its body.
type split struct {
	yaml     []byte // the text between the --- lines
	yamlLine int    // the file line on which yaml starts
	body     []byte
	bodyLine int // the file line on which body starts
}

// capture is what the front matter format's unmarshal function fills in:
// the raw YAML, left for goccy's parser.
type capture struct {
	data  []byte
	found bool
}

// splitFrontMatter cuts src (already normalized) into its front matter and
// body with adrg/frontmatter, using a format that only captures the YAML.
func splitFrontMatter(path string, src []byte, errs *diag.List) (sp split, ok bool) {
	start, line, opened := opening(src)
	if !opened {
		errs.Add(diag.Pos{Path: path, Line: 1, Col: 1},
			"missing front matter: start the file with a line of ---, then the title: and summary: lines, then another line of ---")
		return split{}, false
	}
	var got capture
	body, err := parseFrontMatter(src, &got)
	if err != nil || !got.found || !bytes.HasPrefix(src[start:], got.data) {
		errs.Add(diag.Pos{Path: path, Line: line, Col: 1},
			"front matter is not closed: add a line of --- after its last field")
		return split{}, false
	}
	bodyOff := len(src) - len(body)
	return split{
		yaml:     got.data,
		yamlLine: line + 1,
		body:     src[bodyOff:],
		bodyLine: 1 + bytes.Count(src[:bodyOff], []byte("\n")),
	}, true
}

// parseFrontMatter runs adrg/frontmatter with the capturing format, turning
// a panic into an error.
func parseFrontMatter(src []byte, got *capture) (body []byte, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("front matter reader failed: %v", r)
		}
	}()
	format := frontmatter.NewFormat("---", "---", func(data []byte, v any) error {
		c := v.(*capture)
		c.data, c.found = data, true
		return nil
	})
	return frontmatter.Parse(bytes.NewReader(src), got, format)
}

// opening finds the opening --- line as adrg/frontmatter does: the first line
// that is not blank. It returns the offset just after that line, its line
// number, and whether it is a --- line.
func opening(src []byte) (end, line int, ok bool) {
	off, line := 0, 1
	for off < len(src) {
		next := len(src)
		if nl := bytes.IndexByte(src[off:], '\n'); nl >= 0 {
			next = off + nl + 1
		}
		if t := bytes.TrimSpace(src[off:next]); len(t) > 0 {
			return next, line, string(t) == "---"
		}
		off, line = next, line+1
	}
	return 0, 0, false
}
