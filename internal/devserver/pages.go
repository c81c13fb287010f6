package devserver

import (
	"bytes"
	"embed"
	"html"
	"net/http"
	"time"
)

//go:embed assets/live.js assets/live.css
var assets embed.FS

// serveAsset serves one of limber's live-reload files.
func serveAsset(w http.ResponseWriter, r *http.Request, name string) {
	data, err := assets.ReadFile("assets/" + name)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	http.ServeContent(w, r, name, time.Time{}, bytes.NewReader(data))
}

// servePage sends a page made by the server itself with a status code.
func servePage(w http.ResponseWriter, r *http.Request, code int, page string) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(code)
	if r.Method != http.MethodHead {
		w.Write([]byte(page))
	}
}

// serveNotFound sends the page for a path the site does not have. It
// carries the live-reload script, so it reloads when the page appears.
func serveNotFound(w http.ResponseWriter, r *http.Request, title, root string) {
	servePage(w, r, http.StatusNotFound, notFoundPage(title, r.URL.Path, root))
}

// notFoundPage is the page for a missing path: the site's title, what
// happened and a link home.
func notFoundPage(title, urlPath, root string) string {
	return shell("Not found · "+title, `<p class="limber-site">`+html.EscapeString(title)+`</p>
<h1>This page does not exist (any more)</h1>
<p>Nothing is at <code>`+html.EscapeString(urlPath)+`</code>. The file may have been renamed, moved or
deleted, or it may be a draft or have a problem. This page reloads by itself when the page comes back.</p>
<p><a href="`+html.EscapeString(root)+`">Go to the home page</a></p>`)
}

// brokenPage is shown before the site has built once without problems.
func brokenPage(title string) string {
	if title == "" {
		title = "limber"
	}
	return shell("Problems · "+title, `<p class="limber-site">`+html.EscapeString(title)+`</p>
<h1>The site has problems</h1>
<p>limber could not build the site yet. The problems are listed on this page and in the terminal
that runs <code>limber serve</code>; fix them and save, and this page reloads by itself.</p>`)
}

// shell wraps a body in a page styled by live.css that carries the
// live-reload script.
func shell(title, body string) string {
	return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>` + html.EscapeString(title) + `</title>
<link rel="stylesheet" href="` + liveCSSPath + `">
</head>
<body class="limber-page">
<main>
` + body + `
</main>
` + liveTag("") + `</body>
</html>
`
}
