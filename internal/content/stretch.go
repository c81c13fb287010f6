package content

import (
	"path"
	"strings"
	"unicode/utf8"

	"github.com/limber/limber/internal/dosage"
)

// kindNames lists the stretch types as text.
func kindNames() []string {
	var out []string
	for _, k := range dosage.Kinds() {
		out = append(out, string(k))
	}
	return out
}

// sideNames lists the Sides values as text.
func sideNames() []string {
	var out []string
	for _, s := range dosage.AllSides() {
		out = append(out, string(s))
	}
	return out
}

// regions reads the required list of body region slugs.
func regions(f fields) []string {
	v, ok := f.required("regions")
	if !ok {
		return nil
	}
	items, ok := v.list()
	if ok && len(items) == 0 {
		v.errorf("list at least one body region, like [neck]")
	}
	var out []string
	for _, it := range items {
		if s, ok := it.slug(); ok && it.shortName(s) {
			out = append(out, s)
		}
	}
	return out
}

// maxName is the most characters an equipment or region value may have:
// each becomes a browse page, and its name a file name.
const maxName = 60

// names reads an optional list of names, such as equipment or muscles,
// each of which needs a letter or digit; capped names may have at most
// maxName characters.
func names(f fields, key string, capped bool) []string {
	items, _ := f.get(key).list()
	var out []string
	for _, it := range items {
		s, ok := it.text()
		switch {
		case !ok:
		case s == "":
			it.errorf("must not be empty")
		case !hasLetterOrDigit(s):
			it.errorf("%q needs at least one letter or digit", s)
		case !capped || it.shortName(s):
			out = append(out, s)
		}
	}
	return out
}

// shortName reports whether s, the value's text, has at most maxName
// characters, reporting it if not.
func (v value) shortName(s string) bool {
	if utf8.RuneCountInString(s) <= maxName {
		return true
	}
	v.errorf("%q is too long (over %d characters)", s, maxName)
	return false
}

// images reads the list of pictures, resolving each src from the Markdown
// file's folder and noting it in p so that its existence can be checked.
func images(f fields, rel string, p *Page) []Image {
	items, _ := f.get("images").list()
	var out []Image
	for _, it := range items {
		g, ok := it.fields([]string{"src", "alt"})
		if !ok {
			continue
		}
		img := Image{Alt: g.requiredText("alt")}
		v, ok := g.required("src")
		if !ok {
			continue
		}
		if s, ok := v.text(); ok && s == "" {
			v.errorf("must not be empty")
			continue
		}
		img.Pos = v.pos()
		if img.Src, ok = filePath(v, path.Dir(rel), p); ok {
			out = append(out, img)
		}
	}
	return out
}

// filePath reads a path to a file inside content/, written relative to dir
// (itself relative to content/), and returns it relative to content/. It
// notes the file in p for CheckFiles.
func filePath(v value, dir string, p *Page) (string, bool) {
	s, ok := v.text()
	if !ok || s == "" {
		return "", false
	}
	rel, msg := resolve(s, dir)
	if msg != "" {
		v.errorf("%q %s", s, msg)
		return "", false
	}
	p.files = append(p.files, fileRef{rel: rel, written: s, name: v.name, pos: v.pos()})
	return rel, true
}

// resolve joins a written file path to dir and cleans it, returning a
// message (to follow the quoted path) when it is a URL, absolute, or leaves
// content/.
func resolve(s, dir string) (string, string) {
	switch {
	case strings.Contains(s, `\`):
		return "", `uses \ between folders: use / instead`
	case hasScheme(s) && !isWebScheme(s):
		return "", "is an unsafe URL: give the path of a file in the site instead"
	case hasScheme(s) || strings.HasPrefix(s, "//"):
		return "", "is a web address: save the file in the site and give its path, like picture.svg"
	case strings.HasPrefix(s, "/"):
		return "", "starts with /: give a relative path, like picture.svg or ../images/picture.svg"
	}
	rel := path.Join(dir, s)
	if rel == ".." || strings.HasPrefix(rel, "../") {
		return "", "points outside the content folder"
	}
	if rel == "." || strings.HasSuffix(s, "/") {
		return "", "is a folder: give the path of a file"
	}
	return rel, ""
}

// references reads the list of cited sources.
func references(f fields) []Reference {
	items, _ := f.get("references").list()
	var out []Reference
	for _, it := range items {
		g, ok := it.fields([]string{"title", "url"})
		if !ok {
			continue
		}
		pos := it.pos()
		if u := g.get("url"); !u.absent() {
			pos = u.pos()
		}
		out = append(out, Reference{Title: g.requiredText("title"), URL: g.url("url"), Pos: pos})
	}
	return out
}
