//go:build unix && !linux

package output

// isMountPoint reports whether the resolved folder p is a mount point: on
// another device than its parent. (Bind mounts of the same file system,
// which only Linux's mountinfo lists, are not seen here.)
func isMountPoint(p string) bool {
	return otherDevice(p)
}
