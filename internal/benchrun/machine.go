package benchrun

import (
	"bufio"
	"fmt"
	"os"
	"runtime"
	"strings"
)

// Machine describes the computer a run is on, in one line: CPUs, memory,
// kernel, Go version and whether the work folder was a tmpfs.
func (rep Report) Machine() string {
	fs := "not a tmpfs: disk-bound, not comparable"
	if rep.Tmpfs {
		fs = "tmpfs"
	}
	return fmt.Sprintf("%d CPUs (%s), %s RAM, %s %s, %s, work folder on %s",
		runtime.NumCPU(), cpuModel(), memTotal(), runtime.GOOS, kernel(), runtime.Version(), fs)
}

// cpuModel reads the CPU's model name from /proc/cpuinfo, or "unknown CPU".
func cpuModel() string {
	if v := procField("/proc/cpuinfo", "model name"); v != "" {
		return v
	}
	return "unknown CPU"
}

// memTotal reads the total memory from /proc/meminfo, in GiB.
func memTotal() string {
	var kb int64
	if _, err := fmt.Sscan(procField("/proc/meminfo", "MemTotal"), &kb); err != nil {
		return "unknown"
	}
	return fmt.Sprintf("%.0f GiB", float64(kb)/(1<<20))
}

// kernel reads the kernel release, or "" where there is no /proc.
func kernel() string {
	b, err := os.ReadFile("/proc/sys/kernel/osrelease")
	if err != nil {
		return ""
	}
	return strings.TrimSpace(string(b))
}

// procField returns the value of the first "name: value" line of a /proc
// file, or "".
func procField(file, name string) string {
	f, err := os.Open(file)
	if err != nil {
		return ""
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		k, v, ok := strings.Cut(sc.Text(), ":")
		if ok && strings.TrimSpace(k) == name {
			return strings.TrimSpace(v)
		}
	}
	return ""
}
