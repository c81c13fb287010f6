//go:build !linux

package benchrun

// isTmpfs reports false: only Linux is checked for a tmpfs.
func isTmpfs(string) bool { return false }
