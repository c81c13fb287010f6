package devserver

import (
	"bytes"
	"html"
	"net/http"
	"net/url"
	"path"
	"strings"
	"time"

	"github.com/limber/limber/internal/pipeline"
)

// Paths of limber's own files, at the top of the server whatever the
// site's base path.
const (
	liveJSPath  = "/__limber/live.js"
	liveCSSPath = "/__limber/live.css"
	eventsPath  = "/__limber/events"
	liveTagHead = `<script src="` + liveJSPath + `" data-build="`
)

// liveTag is the live-reload script tag added to a page of build id (the
// id of the event that announced that build; "" when unknown). live.js
// starts its event stream from it, so a rebuild that lands between the
// page being sent and the stream opening is not missed.
func liveTag(id string) string { return liveTagHead + html.EscapeString(id) + `" defer></script>` }

// handler serves the site held in a state, limber's live-reload files and
// the event stream.
type handler struct {
	st *state
}

// ServeHTTP answers one request. Nothing is ever cached: every request
// shows the latest build.
func (h *handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Cache-Control", "no-store")
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "limber serve only answers GET and HEAD", http.StatusMethodNotAllowed)
		return
	}
	switch r.URL.Path {
	case liveJSPath:
		serveAsset(w, r, "live.js")
	case liveCSSPath:
		serveAsset(w, r, "live.css")
	case eventsPath:
		h.events(w, r)
	default:
		h.site(w, r)
	}
}

// site serves a file of the site, the not-found page, or a redirect to
// the base path or to a folder's slash.
func (h *handler) site(w http.ResponseWriter, r *http.Request) {
	snap, root, title, id := h.st.site()
	p := r.URL.Path
	if climbs(p) {
		http.Error(w, "limber serve: this path climbs out of the site", http.StatusBadRequest)
		return
	}
	if snap == nil {
		servePage(w, r, http.StatusServiceUnavailable, brokenPage(title))
		return
	}
	rel, under := strings.CutPrefix(p, root)
	if !under {
		if p == "/" || p+"/" == root {
			http.Redirect(w, r, snap.Root, http.StatusFound)
			return
		}
		serveNotFound(w, r, title, snap.Root)
		return
	}
	out, slash := resolve(snap.Files, rel)
	switch {
	case slash:
		http.Redirect(w, r, snap.Root+(&url.URL{Path: path.Clean("/" + rel)[1:]}).EscapedPath()+"/", http.StatusMovedPermanently)
	case out == "":
		serveNotFound(w, r, title, snap.Root)
	default:
		serveOutput(w, r, out, snap.Files[out], title, snap.Root, id)
	}
}

// climbs reports whether a request path has a ".." element, which could
// lead out of the site: such requests are refused outright.
func climbs(p string) bool {
	for _, el := range strings.Split(p, "/") {
		if el == ".." {
			return true
		}
	}
	return strings.Contains(p, "\\..") || strings.Contains(p, "..\\")
}

// resolve maps a path below the base path to an output path of the site.
// It returns "" when there is no such file, and slash true when rel names
// a folder with an index.html but lacks the trailing slash. Only paths
// present in files are ever returned.
func resolve(files map[string]pipeline.Output, rel string) (out string, slash bool) {
	clean := path.Clean("/" + rel)[1:]
	if rel == "" || strings.HasSuffix(rel, "/") {
		if idx := path.Join(clean, "index.html"); has(files, idx) {
			return idx, false
		}
		return "", false
	}
	if has(files, clean) {
		return clean, false
	}
	return "", has(files, path.Join(clean, "index.html"))
}

// has reports whether the site has an output at p.
func has(files map[string]pipeline.Output, p string) bool {
	_, ok := files[p]
	return ok
}

// serveOutput serves one file of the site: a page with the live-reload
// script added, a generated asset, or a copied file from the disk, opened
// beneath content/ through no symlink, as the build read it.
func serveOutput(w http.ResponseWriter, r *http.Request, name string, o pipeline.Output, title, root, id string) {
	if o.Src == "" {
		data := o.Data
		if path.Ext(name) == ".html" {
			data = inject(data, liveTag(id))
		}
		http.ServeContent(w, r, name, time.Time{}, bytes.NewReader(data))
		return
	}
	f, err := o.File.OpenNow()
	if err != nil { // removed or swapped for a symlink since the last build; the next one tells
		serveNotFound(w, r, title, root)
		return
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		serveNotFound(w, r, title, root)
		return
	}
	http.ServeContent(w, r, name, info.ModTime(), f)
}

// inject adds the live-reload script tag before a page's </body>, or at
// its end when it has none.
func inject(page []byte, tag string) []byte {
	i := bytes.LastIndex(page, []byte("</body>"))
	if i < 0 {
		i = bytes.LastIndex(page, []byte("</BODY>"))
	}
	if i < 0 {
		i = len(page)
	}
	out := make([]byte, 0, len(page)+len(tag))
	out = append(out, page[:i]...)
	out = append(out, tag...)
	return append(out, page[i:]...)
}

// outputURL returns the URL path, escaped as a browser shows it, at which
// an output is served: a folder's index.html is its folder.
func outputURL(root, out string) string {
	if out == "index.html" || strings.HasSuffix(out, "/index.html") {
		out = strings.TrimSuffix(out, "index.html")
	}
	return root + (&url.URL{Path: out}).EscapedPath()
}

// outputURLs maps output paths to URL paths.
func outputURLs(root string, outs []string) []string {
	urls := make([]string, len(outs))
	for i, o := range outs {
		urls[i] = outputURL(root, o)
	}
	return urls
}

// unescape decodes an escaped URL path, or returns it as it is when it is
// not valid.
func unescape(p string) string {
	if u, err := url.PathUnescape(p); err == nil {
		return u
	}
	return p
}
