// Package sitemap makes the files that search engines read besides the
// pages: sitemap.xml, which lists every published page by its absolute URL,
// and robots.txt, which points at it.
//
// It belongs to the write stage of the pipeline (load, index, render
// Markdown, check, render templates, write): it reads the indexed site and
// returns bytes, the same bytes for the same site.
package sitemap

import (
	"bytes"
	"encoding/xml"

	"github.com/limber/limber/internal/site"
)

// File is one generated file.
type File struct {
	Path string // slash path relative to the output folder: "sitemap.xml"
	Data []byte
}

// Files returns robots.txt and, when the site's base URL is a full URL,
// sitemap.xml. A file of the same name under content/ (content/robots.txt,
// say) is copied to the output as it is and replaces the generated one, so
// it is left out here.
func Files(s *site.Site) []File {
	own := map[string]bool{}
	for _, f := range s.Files {
		own[f.Rel] = true
	}
	var out []File
	if !own["robots.txt"] {
		out = append(out, File{Path: "robots.txt", Data: Robots(s)})
	}
	if x := XML(s); x != nil && !own["sitemap.xml"] {
		out = append(out, File{Path: "sitemap.xml", Data: x})
	}
	return out
}

// Pages returns the pages sitemap.xml lists, in the site's page order:
// every page but these (each kind decides, in site's kinds.go).
//   - Drafts (in a build with drafts), and browse pages that list only
//     drafts: they are not meant to be found yet.
//   - Browse indexes with nothing in them (or only such browse pages),
//     such as /equipment/ on a site whose stretches name no equipment.
//   - Printable sheets: they are print versions of the routine page, which
//     links to both, and name it as their canonical URL; a search should
//     lead to the routine page.
//   - The page for a missing path (404.html): it is not a page of its own.
func Pages(s *site.Site) []*site.Page {
	var out []*site.Page
	for _, p := range s.Pages {
		if p.InSitemap() {
			out = append(out, p)
		}
	}
	return out
}

// XML returns sitemap.xml (sitemaps.org protocol 0.9), or nil when the
// base URL is only a path: a sitemap must give absolute URLs, and limber
// does not invent a host.
func XML(s *site.Site) []byte {
	if s.BaseURL == "" {
		return nil
	}
	var b bytes.Buffer
	b.WriteString(xml.Header)
	b.WriteString(`<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"`)
	if len(s.Translations) > 0 {
		b.WriteString(` xmlns:xhtml="http://www.w3.org/1999/xhtml"`)
	}
	b.WriteString(">\n")
	for _, p := range Pages(s) {
		b.WriteString("  <url>\n    <loc>")
		xml.EscapeText(&b, []byte(s.AbsURL(p))) // writing to a bytes.Buffer cannot fail
		b.WriteString("</loc>\n")
		if d := p.LastMod(); d != "" {
			b.WriteString("    <lastmod>")
			xml.EscapeText(&b, []byte(d))
			b.WriteString("</lastmod>\n")
		}
		alternates(&b, s, p)
		b.WriteString("  </url>\n")
	}
	b.WriteString("</urlset>\n")
	return b.Bytes()
}

// Robots returns robots.txt: every page may be crawled, and the sitemap is
// named when there is one. Crawlers read robots.txt only at the root of a
// host, so under a base path such as /handouts/ it has no effect there.
func Robots(s *site.Site) []byte {
	var b bytes.Buffer
	b.WriteString("User-agent: *\nAllow: /\n")
	if s.BaseURL != "" {
		b.WriteString("\nSitemap: " + s.BaseURL + "sitemap.xml\n")
	}
	return b.Bytes()
}

// alternates writes an xhtml:link for each version of p in a language,
// itself among them, as Google reads translations from a sitemap; none
// for a page in one language only.
func alternates(b *bytes.Buffer, s *site.Site, p *site.Page) {
	if len(p.Alternates) < 2 {
		return
	}
	for _, a := range p.Alternates {
		b.WriteString(`    <xhtml:link rel="alternate" hreflang="`)
		xml.EscapeText(b, []byte(a.Lang))
		b.WriteString(`" href="`)
		xml.EscapeText(b, []byte(s.AbsURL(a)))
		b.WriteString("\"/>\n")
	}
}
