package benchrun

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
)

// corpus is one generated site in both forms.
type corpus struct {
	n      int
	limber string // the site folder for limber: content/ only
	hugo   string // the same content/ with the Hugo anchor's hugo.toml and layouts/
	dir    string // the folder holding both, and the outputs
}

// makeCorpus writes a corpus of n stretches (and n/10 routines, 30
// conditions) with the shared gencorpus.py, then a copy for Hugo.
func makeCorpus(cfg Config, work string, n int) (corpus, error) {
	dir := filepath.Join(work, "n"+strconv.Itoa(n))
	c := corpus{n: n, dir: dir, limber: filepath.Join(dir, "limber"), hugo: filepath.Join(dir, "hugo")}
	gen := exec.Command("python3", filepath.Join(cfg.Shared, "gencorpus.py"), c.limber, "--stretches", strconv.Itoa(n))
	if out, err := gen.CombinedOutput(); err != nil {
		return c, fmt.Errorf("gencorpus.py: %v\n%s", err, tail(out, 2000))
	}
	anchor := filepath.Join(cfg.Shared, "hugo-anchor")
	steps := []func() error{
		func() error { return os.WriteFile(filepath.Join(c.limber, "limber.yaml"), []byte(corpusConfig), 0o644) },
		func() error {
			return os.CopyFS(filepath.Join(c.hugo, "content"), os.DirFS(filepath.Join(c.limber, "content")))
		},
		func() error {
			return os.CopyFS(filepath.Join(c.hugo, "layouts"), os.DirFS(filepath.Join(anchor, "layouts")))
		},
		func() error { return copyFile(filepath.Join(anchor, "hugo.toml"), filepath.Join(c.hugo, "hugo.toml")) },
	}
	for _, step := range steps {
		if err := step(); err != nil {
			return c, fmt.Errorf("preparing the Hugo site: %v", err)
		}
	}
	return c, nil
}

// corpusConfig is the limber.yaml of a corpus. The generated lorem ipsum
// reads far above the grade-8 limit of limber check's reading-grade rule,
// an error that would stop the build, so that rule alone is off; every
// other rule runs and its warnings are printed, as in any build.
const corpusConfig = `# A generated lorem-ipsum corpus for benchmarks: it reads above grade 8.
check:
  off:
    reading-grade: generated lorem-ipsum text, not written for patients
`

// copyFile copies the file src to dst.
func copyFile(src, dst string) error {
	b, err := os.ReadFile(src)
	if err != nil {
		return err
	}
	return os.WriteFile(dst, b, 0o644)
}

// probeFile returns the stretch a serve benchmark edits: the middle one in
// name order, as content/stretches/<name>.md.
func (c corpus) probeFile() (string, error) {
	names, err := filepath.Glob(filepath.Join(c.limber, "content", "stretches", "*.md"))
	if err != nil || len(names) == 0 {
		return "", fmt.Errorf("no stretches in %s", c.limber)
	}
	slices.Sort(names)
	return "content/stretches/" + filepath.Base(names[len(names)/2]), nil
}

// builds measures full builds: one warm-up of each tool, then runs
// alternating limber and Hugo, each building into its existing output as
// a user's next build would.
func builds(cfg Config, t tools, c corpus) (limber, hugo Stats, err error) {
	var ls, hs []Sample
	for i := range cfg.Runs + 1 {
		l, err := run(limberBuild(t, c))
		if err != nil {
			return limber, hugo, err
		}
		h, err := run(hugoBuild(t, c))
		if err != nil {
			return limber, hugo, err
		}
		fmt.Fprintf(cfg.Log, "  N=%d run %d: limber %s, Hugo %s\n", c.n, i, seconds(l.Wall), seconds(h.Wall))
		if i > 0 { // run 0 warms the page cache and both programs up
			ls, hs = append(ls, l), append(hs, h)
		}
	}
	return summarize(ls), summarize(hs), nil
}

// limberBuild is the command of a full limber build of c.
func limberBuild(t tools, c corpus) *exec.Cmd {
	return exec.Command(t.limber, "build", "--site", c.limber, "--out", filepath.Join(c.dir, "limber-public"))
}

// hugoBuild is the command of a full Hugo build of c, as the shared
// README measures it; its cache stays inside the run's folder.
func hugoBuild(t tools, c corpus) *exec.Cmd {
	cmd := exec.Command(t.hugo, "--quiet")
	cmd.Dir = c.hugo
	cmd.Env = append(os.Environ(), "HUGO_CACHEDIR="+filepath.Join(c.dir, "hugo-cache"))
	return cmd
}

// floor measures the I/O floor: the shared floor program reading every
// Markdown file of c and writing it as one page folder each, into an
// empty folder every time.
func floor(cfg Config, t tools, c corpus) (Stats, error) {
	out := filepath.Join(c.dir, "floor-out")
	var samples []Sample
	for i := range cfg.Runs + 1 {
		if err := os.RemoveAll(out); err != nil {
			return Stats{}, err
		}
		s, err := run(exec.Command(t.floor, "-pretty", filepath.Join(c.limber, "content"), out))
		if err != nil {
			return Stats{}, err
		}
		if i > 0 {
			samples = append(samples, s)
		}
	}
	return summarize(samples), nil
}
