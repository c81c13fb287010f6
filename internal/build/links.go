package build

import "github.com/limber/limber/internal/site"

// links resolves paths relative to content/ to the URLs of the pages and
// files they become. It implements markdown.Links.
type links struct {
	site  *site.Site
	pages map[string]string // "stretches/cat-cow.md" -> URL
	files map[string]bool   // "stretches/cat-cow.svg"
}

func newLinks(s *site.Site) *links {
	l := &links{site: s, pages: map[string]string{}, files: map[string]bool{}}
	for _, p := range s.Pages {
		if p.Src != nil {
			l.pages[p.Src.Rel] = p.URL
		}
	}
	for _, f := range s.Files {
		l.files[f.Rel] = true
	}
	return l
}

// Resolve returns the URL of the page or file at path, relative to content/.
func (l *links) Resolve(path string) (string, bool) {
	if u, ok := l.pages[path]; ok {
		return u, true
	}
	if l.files[path] {
		return l.site.FileURL(path), true
	}
	return "", false
}

// Root returns the site's base path.
func (l *links) Root() string { return l.site.Root }
