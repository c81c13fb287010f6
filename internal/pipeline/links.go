package pipeline

import (
	"hash/fnv"
	"slices"

	"github.com/limber/limber/internal/site"
)

// Links resolves paths relative to content/ to the URLs of the pages and
// files they become. It implements markdown.Links.
type Links struct {
	site     *site.Site
	pages    map[string]string     // "stretches/cat-cow.md" -> URL
	files    map[string]bool       // "stretches/cat-cow.svg"
	langs    map[string]*langLinks // the link targets of each translation, by language (see For)
	defaults map[string]string     // on a site of several languages: URL -> "stretches/calf" of the default language's pages
}

// NewLinks returns the link targets of s.
func NewLinks(s *site.Site) *Links {
	l := &Links{site: s, pages: map[string]string{}, files: map[string]bool{}}
	for _, p := range s.Pages {
		if p.Src != nil {
			l.pages[p.Src.Rel] = p.URL
		}
	}
	for _, f := range s.Files {
		l.files[f.Rel] = true
	}
	l.addLanguages(s)
	return l
}

// Resolve returns the URL of the page or file at path, relative to content/.
func (l *Links) Resolve(path string) (string, bool) {
	if u, ok := l.pages[path]; ok {
		return u, true
	}
	if l.files[path] {
		return l.site.FileURL(path), true
	}
	return "", false
}

// Root returns the site's base path.
func (l *Links) Root() string { return l.site.Root }

// Fingerprint hashes the set of link targets: when it is unchanged, a
// body's rendered HTML can be reused.
func (l *Links) Fingerprint() uint64 {
	h := fnv.New64a()
	keys := make([]string, 0, len(l.pages)+len(l.files))
	for k, v := range l.pages {
		keys = append(keys, k+"\x00"+v)
	}
	for k := range l.files {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	h.Write([]byte(l.site.Root))
	for _, k := range keys {
		h.Write([]byte(k + "\x01"))
	}
	return h.Sum64()
}
