package benchrun

import (
	"fmt"
	"strings"
	"time"
)

// Markdown writes the report as Markdown tables: full builds, the servers,
// and the targets of issue 7 at each size that has them.
func (rep Report) Markdown() string {
	var b strings.Builder
	b.WriteString("| N | | wall (median) | CPU user+sys | peak RSS | per 1,000 stretches |\n|---|---|---|---|---|---|\n")
	for _, r := range rep.Results {
		n := thousands(r.N)
		per := func(d time.Duration) string { return seconds(d * 1000 / time.Duration(r.N)) }
		fmt.Fprintf(&b, "| %s | limber | %s | %s | %s | %s |\n", n, seconds(r.Limber.Wall), seconds(r.Limber.CPU), mib(r.Limber.RSS), per(r.Limber.Wall))
		fmt.Fprintf(&b, "| %s | Hugo %s | %s | %s | %s | %s |\n", n, HugoVersion, seconds(r.Hugo.Wall), seconds(r.Hugo.CPU), mib(r.Hugo.RSS), per(r.Hugo.Wall))
		fmt.Fprintf(&b, "| %s | limber / Hugo | %s | %s | %s | |\n", n,
			ratio(float64(r.Limber.Wall), float64(r.Hugo.Wall)), ratio(float64(r.Limber.CPU), float64(r.Hugo.CPU)), ratio(float64(r.Limber.RSS), float64(r.Hugo.RSS)))
		fmt.Fprintf(&b, "| %s | I/O floor | %s | %s | %s | |\n", n, seconds(r.Floor.Wall), seconds(r.Floor.CPU), mib(r.Floor.RSS))
		fmt.Fprintf(&b, "| %s | limber / floor | %s | | | |\n", n, ratio(float64(r.Limber.Wall), float64(r.Floor.Wall)))
	}
	rep.serveTable(&b)
	rep.targets(&b)
	return b.String()
}

// serveTable writes the servers' edit-to-output medians, if measured.
func (rep Report) serveTable(b *strings.Builder) {
	head := false
	for _, r := range rep.Results {
		if r.Serve == nil {
			continue
		}
		if !head {
			b.WriteString("\n| N | limber serve, body edit | limber serve, summary edit | hugo server, body edit | limber / Hugo (body) |\n|---|---|---|---|---|\n")
			head = true
		}
		s := r.Serve
		fmt.Fprintf(b, "| %s | %s | %s | %s (%s) | %s |\n", thousands(r.N), millis(s.LimberBody), millis(s.LimberFront),
			millis(s.Hugo), s.HugoMode, ratio(float64(s.LimberBody), float64(s.Hugo)))
	}
}

// targets says, for N=10,000, whether each target of issue 7 holds.
func (rep Report) targets(b *strings.Builder) {
	for _, r := range rep.Results {
		if r.N != 10000 {
			continue
		}
		b.WriteString("\nTargets at N=10,000:\n\n")
		check(b, "full build at most a quarter of Hugo's wall time", r.Limber.Wall <= r.Hugo.Wall/4,
			seconds(r.Limber.Wall)+" vs "+seconds(r.Hugo.Wall/4))
		check(b, "full build within 3x the I/O floor", r.Limber.Wall <= 3*r.Floor.Wall,
			seconds(r.Limber.Wall)+" vs "+seconds(3*r.Floor.Wall))
		check(b, "peak memory at most a quarter of Hugo's", r.Limber.RSS <= r.Hugo.RSS/4,
			mib(r.Limber.RSS)+" vs "+mib(r.Hugo.RSS/4))
		if r.Serve != nil {
			worst := max(r.Serve.LimberBody, r.Serve.LimberFront)
			check(b, "edit to updated page in serve under 50 ms, body and summary edits", worst < 50*time.Millisecond,
				"body "+millis(r.Serve.LimberBody)+", summary "+millis(r.Serve.LimberFront))
		}
	}
}

// check writes one target line.
func check(b *strings.Builder, what string, ok bool, figures string) {
	verdict := "misses"
	if ok {
		verdict = "holds"
	}
	fmt.Fprintf(b, "- %s: %s (%s)\n", what, verdict, figures)
}

func seconds(d time.Duration) string {
	if d < 10*time.Second {
		return fmt.Sprintf("%.3f s", d.Seconds())
	}
	return fmt.Sprintf("%.1f s", d.Seconds())
}

func millis(d time.Duration) string {
	return fmt.Sprintf("%.0f ms", float64(d)/float64(time.Millisecond))
}

func mib(n int64) string { return fmt.Sprintf("%.0f MiB", float64(n)/(1<<20)) }

func ratio(a, b float64) string {
	if b == 0 {
		return "-"
	}
	return fmt.Sprintf("%.2f", a/b)
}

// thousands writes n with commas: 10,000.
func thousands(n int) string {
	s := fmt.Sprint(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}
