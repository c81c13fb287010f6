package render

import (
	"path"
	"strings"

	"github.com/limber/limber/internal/site"
)

// Share is what a link to the page shows when it is shared: the Open Graph
// and Twitter card fields that are not the page's title and summary.
type Share struct {
	Type     string // og:type: "article" for a stretch, routine, condition or article, else "website"
	Image    string // the absolute URL of a PNG, JPEG, GIF or WebP picture of the page, or ""
	ImageAlt string // its alt text
}

// Canonical returns the absolute URL of the page, for rel="canonical" and
// og:url. A printable sheet gives its routine's page, as the page to find
// and share (a print version is a copy of it). It is "" when the site's base
// URL is only a path (there is then no honest absolute URL), and on the page
// for a missing path, which is served at every address the site does not
// have.
func (d *Data) Canonical() string {
	if p := d.Page.CanonicalPage(); p != nil {
		return d.Site.AbsURL(p)
	}
	return ""
}

// Share returns the page's Open Graph type and picture. The picture is a
// stretch's first image, a routine's first stretch picture, or else the
// clinic's logo; it is left out when it is an SVG (social sites do not show
// SVG) or when the site's base URL is only a path.
func (d *Data) Share() Share {
	sh := Share{Type: "website"}
	if d.Page.SectionName() != "" { // a page made from a content file
		sh.Type = "article"
	}
	if img, ok := d.pageImage(); ok && raster(img.URL) {
		if abs := d.absolute(img.URL); abs != "" {
			sh.Image, sh.ImageAlt = abs, img.Alt
		}
	}
	return sh
}

// pageImage returns the picture that stands for the page (see Share), with
// a URL path under the site's root.
func (d *Data) pageImage() (site.Image, bool) {
	var imgs []site.Image
	switch {
	case d.Stretch != nil:
		imgs = d.Stretch.Images
	case d.Routine != nil:
		imgs = routineImages(d.Routine)
	case d.Sheet != nil:
		imgs = routineImages(d.Sheet.Routine)
	}
	if len(imgs) > 0 {
		return imgs[0], true
	}
	if c := d.Site.Config.Clinic; c.Logo != "" {
		return site.Image{URL: d.Site.FileURL(c.Logo), Alt: c.Name}, true
	}
	return site.Image{}, false
}

// routineImages returns the pictures of the first stretch of r that has any.
func routineImages(r *site.Routine) []site.Image {
	for _, it := range r.Items {
		if len(it.Stretch.Images) > 0 {
			return it.Stretch.Images
		}
	}
	return nil
}

// absolute turns a URL path under the site's root, already percent-encoded,
// into an absolute URL, or returns "" when the base URL is only a path.
func (d *Data) absolute(urlPath string) string {
	s, base := d.Site, d.Site.BasePath()
	if s.BaseURL == "" || !strings.HasPrefix(urlPath, base) {
		return ""
	}
	return s.BaseURL + urlPath[len(base):]
}

// raster reports whether a picture's URL names a format that link previews
// show: PNG, JPEG, GIF or WebP.
func raster(u string) bool {
	switch strings.ToLower(path.Ext(u)) {
	case ".png", ".jpg", ".jpeg", ".gif", ".webp":
		return true
	}
	return false
}
