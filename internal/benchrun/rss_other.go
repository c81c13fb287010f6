//go:build !unix

package benchrun

// maxRSS returns 0: systems other than Unix give no peak resident set size
// in a process's usage (on Windows it is a Rusage of times only), so make
// bench shows no memory column's figure there.
func maxRSS(u any) int64 { return 0 }
