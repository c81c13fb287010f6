package output

import (
	"bufio"
	"io"
	"os"
	"strconv"
	"strings"
)

// isMountPoint reports whether the resolved folder p is a mount point: on
// another device than its parent, or listed in /proc/self/mountinfo, which
// also names bind mounts of a folder of the same file system.
func isMountPoint(p string) bool {
	if otherDevice(p) {
		return true
	}
	f, err := os.Open("/proc/self/mountinfo")
	if err != nil {
		return false
	}
	defer f.Close()
	return mountedAt(f, p)
}

// mountedAt reports whether the mountinfo table r lists a mount at p.
func mountedAt(r io.Reader, p string) bool {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		if len(fields) > 4 && unescapeMount(fields[4]) == p {
			return true
		}
	}
	return false
}

// unescapeMount undoes the octal escapes (\040 for a space, \011, \012,
// \134) the kernel writes in a mountinfo path.
func unescapeMount(s string) string {
	if !strings.Contains(s, `\`) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+4 <= len(s) {
			if n, err := strconv.ParseUint(s[i+1:i+4], 8, 8); err == nil {
				b.WriteByte(byte(n))
				i += 3
				continue
			}
		}
		b.WriteByte(s[i])
	}
	return b.String()
}
