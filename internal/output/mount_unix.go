//go:build unix

package output

import (
	"path/filepath"
	"syscall"
)

// otherDevice reports whether the folder p is on another device than its
// parent folder, as the top of a mounted file system is.
func otherDevice(p string) bool {
	var here, parent syscall.Stat_t
	if syscall.Lstat(p, &here) != nil || syscall.Stat(filepath.Dir(p), &parent) != nil {
		return false
	}
	return here.Mode&syscall.S_IFMT == syscall.S_IFDIR && here.Dev != parent.Dev
}
