//go:build unix

package benchrun

import (
	"runtime"
	"syscall"
)

// maxRSS reads the peak resident set size from a process's rusage, which
// Linux gives in KiB and macOS in bytes.
func maxRSS(u any) int64 {
	ru, ok := u.(*syscall.Rusage)
	if !ok {
		return 0
	}
	if runtime.GOOS == "darwin" || runtime.GOOS == "ios" {
		return int64(ru.Maxrss)
	}
	return int64(ru.Maxrss) * 1024
}
