package benchrun

import (
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"
)

func TestMedian(t *testing.T) {
	for _, tc := range []struct {
		in   []int64
		want int64
	}{{nil, 0}, {[]int64{5}, 5}, {[]int64{9, 1, 5}, 5}, {[]int64{4, 1, 3, 2}, 2}, {[]int64{7, 7, 1, 9, 8}, 7}} {
		if got := median(tc.in); got != tc.want {
			t.Errorf("median(%v) = %d, want %d", tc.in, got, tc.want)
		}
	}
}

func TestSummarizeTakesEachMedianAlone(t *testing.T) {
	s := summarize([]Sample{{Wall: 3, CPU: 10, RSS: 100}, {Wall: 1, CPU: 30, RSS: 300}, {Wall: 2, CPU: 20, RSS: 200}})
	if s.Wall != 2 || s.CPU != 20 || s.RSS != 200 || len(s.Runs) != 3 {
		t.Errorf("summarize = %+v", s)
	}
}

func TestRunMeasuresAChild(t *testing.T) {
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	s, err := run(exec.Command(self, "-test.run=^$"))
	if err != nil {
		t.Fatal(err)
	}
	if s.Wall <= 0 || s.RSS <= 0 {
		t.Errorf("sample %+v: want a wall time and a peak RSS", s)
	}
	if _, err := run(exec.Command(self, "-test.run=^$", "-no-such-flag")); err == nil || !strings.Contains(err.Error(), "no-such-flag") {
		t.Errorf("a failing program: got %v, want its output in the error", err)
	}
}

func TestReplaceBetween(t *testing.T) {
	doc := "# Benchmarks\n\nBefore.\n\n" + beginMarker + "\nold table\n" + endMarker + "\n\nAfter.\n"
	got, err := replaceBetween([]byte(doc), "new table")
	if err != nil {
		t.Fatal(err)
	}
	want := "# Benchmarks\n\nBefore.\n\n" + beginMarker + "\nnew table\n" + endMarker + "\n\nAfter.\n"
	if string(got) != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	if _, err := replaceBetween([]byte("no markers"), "x"); err == nil {
		t.Error("a file without markers: want an error")
	}
}

func TestMarkdown(t *testing.T) {
	rep := Report{Tmpfs: true, Results: []Result{{
		N:      10000,
		Limber: Stats{Wall: 1500 * time.Millisecond, CPU: 2 * time.Second, RSS: 200 << 20},
		Hugo:   Stats{Wall: 6900 * time.Millisecond, CPU: 9 * time.Second, RSS: 912 << 20},
		Floor:  Stats{Wall: 480 * time.Millisecond},
		Serve:  &Serve{LimberBody: 30 * time.Millisecond, LimberFront: 400 * time.Millisecond, Hugo: 864 * time.Millisecond, HugoMode: "disk"},
	}}}
	md := rep.Markdown()
	for _, want := range []string{
		"| 10,000 | limber | 1.500 s | 2.000 s | 200 MiB | 0.150 s |",
		"| 10,000 | limber / Hugo | 0.22 | 0.22 | 0.22 | |",
		"| 10,000 | limber / floor | 3.12 | | | |",
		"| 10,000 | 30 ms | 400 ms | 864 ms (disk) | 0.03 |",
		"- full build at most a quarter of Hugo's wall time: holds (1.500 s vs 1.725 s)",
		"- full build within 3x the I/O floor: misses (1.500 s vs 1.440 s)",
		"- peak memory at most a quarter of Hugo's: holds (200 MiB vs 228 MiB)",
		"- edit to updated page in serve under 50 ms, body and summary edits: misses (body 30 ms, summary 400 ms)",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("the tables lack %q:\n%s", want, md)
		}
	}
}

func TestThousands(t *testing.T) {
	for n, want := range map[int]string{0: "0", 999: "999", 1000: "1,000", 50000: "50,000", 1234567: "1,234,567"} {
		if got := thousands(n); got != want {
			t.Errorf("thousands(%d) = %q, want %q", n, got, want)
		}
	}
}

func TestLastBytes(t *testing.T) {
	l := &lastBytes{max: 10}
	for i := range 100 {
		l.Write([]byte{byte('a' + i%26)})
	}
	if got := string(l.buf); len(got) < 10 || len(got) > 20 || !strings.HasSuffix(got, "tuv") {
		t.Errorf("kept %q: want the last 10 to 20 bytes, ending in the last written", got)
	}
}
