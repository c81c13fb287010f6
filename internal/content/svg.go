package content

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/limber/limber/internal/diag"
)

// xhtmlSpace is the XHTML namespace. Its elements run as HTML wherever
// they are in an XML document, so an SVG may not use them.
const xhtmlSpace = "http://www.w3.org/1999/xhtml"

// svgProblem is the first thing in an SVG file that could run script when
// the file is opened on its own, with its byte offset in the file.
type svgProblem struct {
	off  int
	line int // set instead of off for a syntax error, which knows only its line
	msg  string
}

// checkSVG reads src, an SVG file, as a stream of XML tokens and returns
// the first part of it that could run script when the file is opened on its
// own (where no page's Content-Security-Policy applies), or nil. It refuses
// a file that is not well-formed XML or whose first element is not <svg>; a <script>, <foreignObject> or
// <handler> element, or any element in the XHTML namespace; an on...
// event handler attribute, or an animation of one; an attribute whose value holds a javascript:,
// vbscript: or markup data: URL (ignoring case, spaces and control
// characters, after XML's character references are decoded); an <!ENTITY>
// declaration; and an xml-stylesheet instruction.
func checkSVG(src []byte) *svgProblem {
	d := xml.NewDecoder(bytes.NewReader(src))
	d.Strict = true
	d.CharsetReader = svgCharset
	root := false
	for {
		off := int(d.InputOffset())
		tok, err := d.Token()
		if errors.Is(err, io.EOF) && !root {
			return &svgProblem{line: 1, msg: "the file has no <svg> element: save it again from your drawing program as SVG"}
		}
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return svgSyntax(err, off)
		}
		msg := svgToken(tok)
		if el, ok := tok.(xml.StartElement); ok && !root && msg == "" {
			root = true
			msg = svgRoot(el)
		}
		if msg != "" {
			return &svgProblem{off: off, msg: msg}
		}
	}
}

// svgRoot says what is wrong with the first element of an SVG file, or
// returns "" when it is <svg>.
func svgRoot(el xml.StartElement) string {
	if strings.EqualFold(el.Name.Local, "svg") {
		return ""
	}
	return fmt.Sprintf("the file starts with a <%s> element, not <svg>: save it again from your drawing program as SVG", el.Name.Local)
}

// svgSyntax turns a decoding error into a problem at its line.
func svgSyntax(err error, off int) *svgProblem {
	var se *xml.SyntaxError
	if errors.As(err, &se) {
		return &svgProblem{line: se.Line, msg: "the SVG is not well-formed XML (" + se.Msg + "): save it again from your drawing program"}
	}
	return &svgProblem{off: off, msg: fmt.Sprintf("the SVG cannot be read as XML (%v): save it again from your drawing program as UTF-8", err)}
}

// svgToken says what in one token could run script, or returns "".
func svgToken(tok xml.Token) string {
	switch t := tok.(type) {
	case xml.StartElement:
		return svgElement(t)
	case xml.Directive:
		if up := bytes.ToUpper(t); bytes.HasPrefix(up, []byte("ENTITY")) || bytes.Contains(up, []byte("<!ENTITY")) {
			return "the SVG declares an XML entity (<!ENTITY ...>), which can hide markup: remove its DOCTYPE's [...] part"
		} else if bytes.HasPrefix(up, []byte("ATTLIST")) || bytes.ContainsAny(up, "[<") {
			// An <!ATTLIST> gives elements default attributes, such as an
			// onload handler that the browser adds to <svg>.
			return "the SVG's DOCTYPE declares things of its own ([...]), such as default attributes that can run script: remove its [...] part"
		}
	case xml.ProcInst:
		if strings.EqualFold(t.Target, "xml-stylesheet") {
			return "the SVG links a style sheet with <?xml-stylesheet?>, which can be XSLT that writes script: remove it"
		}
	}
	return ""
}

// svgElement says what in one start tag could run script, or returns "".
func svgElement(el xml.StartElement) string {
	name := strings.ToLower(el.Name.Local)
	switch {
	case el.Name.Space == xhtmlSpace:
		return fmt.Sprintf("the SVG has an HTML element <%s>, which a browser would run as a web page: remove it", el.Name.Local)
	case name == "script" || name == "handler":
		return fmt.Sprintf("the SVG has a <%s> element, which runs when the file is opened: remove it", el.Name.Local)
	case name == "foreignobject":
		return "the SVG has a <foreignObject> element, which can hold a web page with script: remove it"
	}
	for _, a := range el.Attr {
		if msg := svgAttr(el.Name.Local, a); msg != "" {
			return msg
		}
	}
	return ""
}

// svgAttr says why one attribute could run script, or returns "".
func svgAttr(elem string, a xml.Attr) string {
	if strings.HasPrefix(strings.ToLower(a.Name.Local), "on") {
		return fmt.Sprintf("<%s> has an event handler %s=, which runs script: remove it", elem, a.Name.Local)
	}
	if strings.EqualFold(a.Name.Local, "attributeName") && strings.HasPrefix(strings.ToLower(strings.TrimSpace(a.Value)), "on") {
		return fmt.Sprintf("<%s> animates the event handler %s, which runs script: remove it", elem, strings.TrimSpace(a.Value))
	}
	if scheme := scriptURL(a.Value); scheme != "" {
		return fmt.Sprintf("<%s> has a %s link in %s=, which runs script: remove it", elem, scheme, a.Name.Local)
	}
	return ""
}

// scriptURL returns the scheme of a URL in value that would run script
// ("javascript:", say), or "". Browsers ignore spaces and control
// characters in a URL's scheme and its case, so they are dropped first;
// the scheme is looked for anywhere, since an animation's values= lists
// several.
func scriptURL(value string) string {
	flat := strings.Map(func(r rune) rune {
		if r <= ' ' || r == 0x7f || r == utf8.RuneError {
			return -1
		}
		return r
	}, strings.ToLower(value))
	for _, scheme := range []string{"javascript:", "vbscript:", "data:text/html", "data:application/xhtml+xml",
		"data:text/xml", "data:application/xml"} {
		if strings.Contains(flat, scheme) {
			return strings.TrimSuffix(scheme, ":")
		}
	}
	return ""
}

// svgCharset lets the decoder read an SVG that declares a Latin-1 encoding
// (which some drawing programs write) by turning each byte into its
// character; an SVG in any other encoding than UTF-8 is refused.
func svgCharset(label string, in io.Reader) (io.Reader, error) {
	switch strings.ToLower(label) {
	case "iso-8859-1", "latin1", "latin-1", "windows-1252", "us-ascii", "ascii":
		b, err := io.ReadAll(in)
		if err != nil {
			return nil, err
		}
		runes := make([]rune, len(b))
		for i, c := range b {
			runes[i] = rune(c)
		}
		return strings.NewReader(string(runes)), nil
	}
	return nil, fmt.Errorf("the SVG says it is in the %q encoding: save it as UTF-8", label)
}

// svgErrors checks the SVG file src at path (see checkSVG), returning its
// first problem, placed in the file, or nothing.
func svgErrors(path string, src []byte) diag.List {
	p := checkSVG(src)
	if p == nil {
		return nil
	}
	var errs diag.List
	pos := diag.Offset(path, src, 1, p.off)
	if p.line > 0 {
		pos = diag.Pos{Path: path, Line: p.line}
	}
	errs.Add(pos, "%s", p.msg)
	return errs
}
