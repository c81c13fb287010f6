package content

import (
	"fmt"
	"path"
	"strings"

	"github.com/limber/limber/internal/diag"
	"github.com/limber/limber/internal/parallel"
)

// AllowFile is a file under content/ that can run script in a visitor's
// browser but that limber.yaml's allow_files lets the site publish, with
// the reason it is trusted.
type AllowFile struct {
	Path   string   // slash path relative to content/, as limber lists it
	Reason string   // why the file is trusted
	Pos    diag.Pos // where the item starts in limber.yaml
}

// activeKind names, in the plural, the kind of file an extension (lower
// case, with its dot) marks that can run script in a visitor's browser when
// opened from the site, or returns "". A page's Content-Security-Policy
// does not protect such a file, and its script-src 'self' would let any
// page run a .js file of the site.
func activeKind(ext string) string {
	switch ext {
	case ".html", ".htm", ".xhtml", ".xhtm", ".xht", ".shtml", ".shtm", ".mht", ".mhtml", ".hta":
		return "web pages"
	case ".js", ".mjs", ".cjs", ".es", ".jsm", ".htc":
		return "scripts"
	case ".wasm":
		return "WebAssembly programs"
	case ".xml", ".xsl", ".xslt":
		return "XML files (which can hold a web page or an XSLT program)"
	case ".svgz":
		return "compressed SVG pictures (which limber cannot check: save the picture as .svg)"
	case ".swf":
		return "Flash files"
	}
	return ""
}

// hostSettings reports whether rel, a path under content/, is a file that
// Netlify reads from the top of the published folder as the site's own
// settings: _headers (response headers, which can undo the
// Content-Security-Policy) and _redirects (whose rewrites with status 200
// serve another site's pages, scripts included, at this site's address).
func hostSettings(rel string) bool {
	return rel == "_headers" || rel == "_redirects"
}

// checkActive reports each copied file that could run script, unless
// limber.yaml allows its path: a file of an active kind (see activeKind),
// a host's settings file (see hostSettings), and an SVG picture that
// checkSVG refuses. It also reports an allowed path that names no file.
func checkActive(files []entry, allow []AllowFile, cache *Cache, errs *diag.List) {
	allowed := make(map[string]bool, len(allow))
	for _, a := range allow {
		allowed[a.Path] = true
	}
	var svgs []entry
	have := make(map[string]bool, len(files))
	for _, e := range files {
		have[e.rel] = true
		ext := strings.ToLower(path.Ext(e.rel))
		switch {
		case allowed[e.rel]:
		case activeKind(ext) != "":
			errs.Add(pos(e.rel), "%s can run script in a visitor's browser, so limber does not publish them: "+
				"remove this file, or allow it in limber.yaml (allow_files: [{path: %s, reason: why you trust it}])",
				activeKind(ext), e.rel)
		case hostSettings(e.rel):
			errs.Add(pos(e.rel), "Netlify reads this file as the site's own settings, and it can loosen the security headers "+
				"or show another site's pages at this site's address, so limber does not publish it unless limber.yaml allows it "+
				"(allow_files: [{path: %s, reason: why you trust it}]); netlify.toml is the place for the site's settings", e.rel)
		case ext == ".svg":
			svgs = append(svgs, e)
		}
	}
	checkSVGs(svgs, cache, errs)
	for _, a := range allow {
		if !have[a.Path] {
			errs.Add(a.Pos, "allow_files: there is no file content/%s to allow (the path is relative to the content folder)", a.Path)
		}
	}
}

// checkSVGs checks the SVG files on every CPU (see checkSVG), from the
// cache when a file is unchanged.
func checkSVGs(svgs []entry, cache *Cache, errs *diag.List) {
	found := make([]diag.List, len(svgs))
	parallel.For(len(svgs), func(i int) { cache.readWith(svgs[i], &found[i], checkSVGFile) })
	errs.Append(found...)
}

// MaxSVGBytes is the largest SVG picture limber reads to check it: 16 MiB,
// far more than a drawing of a stretch needs, and a bound on the memory one
// picture can take.
const MaxSVGBytes = 16 << 20

// svgTooLarge is the message for an SVG picture of size bytes, past
// MaxSVGBytes.
func svgTooLarge(size int64) string {
	return fmt.Sprintf("this SVG picture is %.1f MiB, more than limber's limit of %d MiB for a picture it checks: "+
		"simplify it, or save it as PNG or JPEG", float64(size)/(1<<20), MaxSVGBytes>>20)
}

// checkSVGFile reads and checks one SVG file, the very file the walk saw;
// it gives no pages.
func checkSVGFile(e entry, errs *diag.List) []Page {
	src, ok := e.read(MaxSVGBytes, svgTooLarge, errs)
	if !ok {
		return nil
	}
	for _, err := range svgErrors("content/"+e.rel, src) {
		errs.Add(err.Pos, "%s (or, if you trust the file, allow it in limber.yaml's allow_files with the reason)", err.Msg)
	}
	return nil
}

// allowFiles reads allow_files: a list of {path, reason}, each path a file
// relative to content/, written once, and each with a reason.
func allowFiles(v value) []AllowFile {
	items, _ := v.list()
	var out []AllowFile
	for _, it := range items {
		g, ok := it.fields([]string{"path", "reason"})
		if !ok {
			continue
		}
		rel := ""
		pv, ok := g.required("path")
		if ok {
			rel, ok = filePath(pv, ".", &Page{})
		}
		reason := g.requiredText("reason")
		if !ok || reason == "" {
			continue
		}
		a := AllowFile{Path: rel, Reason: reason, Pos: it.pos()}
		if i := indexAllow(out, rel); i >= 0 {
			it.errorf("%q is already allowed (line %d): list each file once", rel, out[i].Pos.Line)
			continue
		}
		out = append(out, a)
	}
	return out
}

// indexAllow returns the index of the allowed file rel in list, or -1.
func indexAllow(list []AllowFile, rel string) int {
	for i, a := range list {
		if a.Path == rel {
			return i
		}
	}
	return -1
}
