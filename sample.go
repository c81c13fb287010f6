// Package limber holds the sample site that ships with limber, limber.yaml
// and content/ at the top of the repository, embedded so that "limber init
// --sample" can copy it from the binary alone. The embedding file sits here,
// not in content/, because every file under content/ is part of the site:
// a Go file there would be copied into the published site.
//
// The command itself is cmd/limber.
package limber

import (
	"embed"
	"io/fs"
)

//go:embed limber.yaml content templates/lang
var sample embed.FS

// Sample returns the bundled sample site: limber.yaml, content/ and its
// own words in other languages, templates/lang/.
func Sample() fs.FS { return sample }
