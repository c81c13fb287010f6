package content

import (
	"path"
	"strings"
)

// Ignored reports whether a file or folder name under content/ or templates/ is hidden
// or an editor's leftover, which limber never reads or publishes: ".name"
// (including emacs' ".#name" locks and folders such as ".git"), "name~",
// "*.swp", "*.swo", "*.swx", "*.tmp", "#name#", vim's "4913" and JetBrains'
// "name___jb_tmp___" and "name___jb_old___".
func Ignored(name string) bool {
	switch {
	case strings.HasPrefix(name, "."), strings.HasSuffix(name, "~"), name == "4913":
		return true
	case len(name) > 1 && strings.HasPrefix(name, "#") && strings.HasSuffix(name, "#"):
		return true
	case strings.HasSuffix(name, "___jb_tmp___"), strings.HasSuffix(name, "___jb_old___"):
		return true
	}
	switch strings.ToLower(path.Ext(name)) {
	case ".swp", ".swo", ".swx", ".tmp":
		return true
	}
	return false
}
