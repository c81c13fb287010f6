// Package templates holds limber's built-in page templates and stylesheet.
//
// A site can replace any of these files, one by one, by putting a file of the
// same name in its own templates/ folder (templates/assets/style.css for the
// stylesheet). README.md in this folder describes the data each template gets.
package templates

import (
	"embed"
	"io/fs"
)

//go:embed *.html assets
var files embed.FS

// FS returns the built-in templates (*.html at the top level) and the static
// files under assets/. The result is read-only.
func FS() fs.FS { return files }
