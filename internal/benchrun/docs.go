package benchrun

import (
	"bytes"
	"fmt"
	"os"
)

// Markers around the part of docs/benchmarks.md that UpdateDocs rewrites.
const (
	beginMarker = "<!-- bench:begin (written by make bench UPDATE_DOCS=1) -->"
	endMarker   = "<!-- bench:end -->"
)

// UpdateDocs replaces the text between the bench markers of the Markdown
// file at path with text, leaving the rest of the file as it is.
func UpdateDocs(path, text string) error {
	doc, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	out, err := replaceBetween(doc, text)
	if err != nil {
		return fmt.Errorf("%s: %v", path, err)
	}
	return os.WriteFile(path, out, 0o644)
}

// replaceBetween returns doc with the text between the markers replaced.
func replaceBetween(doc []byte, text string) ([]byte, error) {
	begin := bytes.Index(doc, []byte(beginMarker))
	end := bytes.Index(doc, []byte(endMarker))
	if begin < 0 || end < begin {
		return nil, fmt.Errorf("no %q ... %q block to fill in", beginMarker, endMarker)
	}
	var out bytes.Buffer
	out.Write(doc[:begin+len(beginMarker)])
	out.WriteString("\n" + text + "\n")
	out.Write(doc[end:])
	return out.Bytes(), nil
}
