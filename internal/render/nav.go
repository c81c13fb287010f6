package render

import "github.com/limber/limber/internal/site"

// Nav is the argument of the "nav" partial, the site's main navigation:
// the site, and the page being shown when it is one a navigation points at
// (the home page, a section list, a browse page), which Current reports.
// Every other page gets the same Nav, so that cached renders their
// navigation once per build instead of on every page, where it was a third
// of a stretch page's time.
type Nav struct {
	Site    *site.Site
	current string // the URL of the page shown, or "" on a page no navigation points at
}

// Current reports whether url is the URL of the page being shown.
func (n *Nav) Current(url string) bool { return n.current != "" && n.current == url }

// TaxonomyNamed returns the taxonomy called name ("regions", "types",
// "positions" or "equipment"), or nil.
func (n *Nav) TaxonomyNamed(name string) *site.Taxonomy { return taxonomyNamed(n.Site, name) }

// inNavigation reports whether a navigation may point at pages of kind k.
func inNavigation(k site.Kind) bool {
	return k == site.KindHome || k == site.KindSection || k == site.KindTaxonomy || k == site.KindBuilder
}

// nav returns the Nav of site s (the site being rendered, or the Site of
// one of its languages) for the page at url of kind k: one per page a
// navigation points at, one for all the others, in each language.
func (m *memo) nav(s *site.Site, k site.Kind, url string) *Nav {
	if !inNavigation(k) {
		url = ""
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if (m.site != s && m.site != s.Default) || m.navs == nil {
		return &Nav{Site: s, current: url} // not the site being rendered: nothing is kept
	}
	key := s.Lang + "\x00" + url // each language has its own navigation
	n := m.navs[key]
	if n == nil {
		n = &Nav{Site: s, current: url}
		m.navs[key] = n
	}
	return n
}
