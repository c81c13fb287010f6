//go:build !unix

package output

// isMountPoint reports false: outside Unix limber does not look for mount
// points (a drive's top folder is refused as the top of the file system).
func isMountPoint(string) bool {
	return false
}
