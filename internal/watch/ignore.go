package watch

import (
	"github.com/limber/limber/internal/content"
	"strings"
)

// DefaultIgnore reports whether a site-relative slash path is an editor's
// leftover, a hidden file or part of the deployable output, so that a change
// to it must not start a rebuild. It ignores a path when any of its folder or
// file names starts with "." (hidden files, vim's ".name.swp", Emacs'
// ".#name"), ends with "~" (backups), is vim's test file "4913", is an Emacs
// autosave "#name#", ends with ".swp", ".swo", ".swx" or ".tmp", or is a
// JetBrains safe-write file ("___jb_tmp___", "___jb_old___"); and anything
// under public/. Netlify's "_redirects" and GitHub Pages' "CNAME" are kept.
func DefaultIgnore(rel string) bool {
	if rel == "public" || strings.HasPrefix(rel, "public/") {
		return true
	}
	for name := range strings.SplitSeq(rel, "/") {
		if ignoredName(name) {
			return true
		}
	}
	return false
}

// ignoredName reports whether one file or folder name is hidden or an
// editor's leftover, by the rule the build itself uses.
func ignoredName(name string) bool { return content.Ignored(name) }

// under reports whether the slash path rel is dir itself or inside it.
func under(rel, dir string) bool {
	return rel == dir || strings.HasPrefix(rel, dir+"/")
}

// inScope reports whether a site-relative slash path is one that a build
// reads: limber.yaml, or anything under content/ or templates/.
func inScope(rel string) bool {
	return rel == "limber.yaml" || under(rel, "content") || under(rel, "templates")
}
