package benchrun

import (
	"fmt"
	"os/exec"
	"slices"
	"time"
)

// Sample is what one run of a program cost.
type Sample struct {
	Wall time.Duration // from start to exit
	CPU  time.Duration // user plus system time of the program and the children it waited for
	RSS  int64         // peak resident memory in bytes
}

// Stats sums up several runs of one program: the median of each measure
// (taken separately) and the runs themselves.
type Stats struct {
	Wall, CPU time.Duration
	RSS       int64
	Runs      []Sample
}

// run runs cmd to completion and measures it. The end of the program's
// output is kept for the error message when it fails.
func run(cmd *exec.Cmd) (Sample, error) {
	out := &lastBytes{max: 4000}
	if cmd.Stdout == nil {
		cmd.Stdout = out
	}
	if cmd.Stderr == nil {
		cmd.Stderr = out
	}
	start := time.Now()
	err := cmd.Run()
	wall := time.Since(start)
	if err != nil {
		return Sample{}, fmt.Errorf("%s: %v\n%s", cmd, err, out.buf)
	}
	st := cmd.ProcessState
	return Sample{Wall: wall, CPU: st.UserTime() + st.SystemTime(), RSS: maxRSS(st.SysUsage())}, nil
}

// lastBytes keeps the last max bytes written to it (limber prints every
// warning of its checks: megabytes on a large corpus).
type lastBytes struct {
	max int
	buf []byte
}

// Write keeps the end of what was written so far.
func (l *lastBytes) Write(p []byte) (int, error) {
	l.buf = append(l.buf, p...)
	if len(l.buf) > 2*l.max {
		l.buf = append(l.buf[:0], l.buf[len(l.buf)-l.max:]...)
	}
	return len(p), nil
}

// tail returns at most the last n bytes of b.
func tail(b []byte, n int) []byte {
	if len(b) > n {
		return b[len(b)-n:]
	}
	return b
}

// summarize returns the medians of samples.
func summarize(samples []Sample) Stats {
	s := Stats{Runs: samples}
	var wall, cpu []time.Duration
	var rss []int64
	for _, x := range samples {
		wall, cpu, rss = append(wall, x.Wall), append(cpu, x.CPU), append(rss, x.RSS)
	}
	s.Wall, s.CPU, s.RSS = median(wall), median(cpu), median(rss)
	return s
}

// median returns the middle value of list (the mean of the two middle ones
// for an even count), or zero for an empty list.
func median[T ~int64](list []T) T {
	if len(list) == 0 {
		return 0
	}
	s := slices.Clone(list)
	slices.Sort(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}
