// Package benchrun measures limber against Hugo side by side, on the same
// generated corpora, in one run: full build wall time, CPU time and peak
// memory (medians of several alternating runs), the I/O floor of the
// machine, and how long each development server takes to show a saved
// edit. It uses the shared benchmark folder (../shared/bench in a
// checkout): its corpus generator, Hugo anchor site, floor program and
// hugo server driver. It writes only inside its own temporary folder.
package benchrun

import (
	"fmt"
	"io"
	"os"
)

// Config says what to measure.
type Config struct {
	Repo       string    // limber's source folder (the module root)
	Shared     string    // the shared benchmark folder, with gencorpus.py
	Sizes      []int     // corpus sizes in stretches, such as 1000 and 10000
	Runs       int       // measured full builds per tool and size, after one warm-up
	ServeIters int       // saves per server and size; 0 skips the servers
	Work       string    // where to make the temporary folder; "" picks /dev/shm when it is a tmpfs
	Hugo       string    // a Hugo binary to use; "" installs the pinned one into Repo/bin/bench
	Keep       bool      // keep the temporary folder
	Log        io.Writer // progress lines
}

// Result is everything measured for one corpus size.
type Result struct {
	N      int
	Limber Stats  // limber build
	Hugo   Stats  // hugo --quiet
	Floor  Stats  // the I/O floor
	Serve  *Serve // nil when the servers were not measured
}

// Report is a whole run.
type Report struct {
	Tmpfs   bool   // the corpora and outputs were on a tmpfs
	Folder  string // where they were
	Results []Result
}

// Run measures every size in cfg.Sizes.
func Run(cfg Config) (Report, error) {
	if cfg.Log == nil {
		cfg.Log = io.Discard
	}
	if err := checkShared(cfg.Shared); err != nil {
		return Report{}, err
	}
	work, tmpfs, err := workFolder(cfg)
	if err != nil {
		return Report{}, err
	}
	if !cfg.Keep {
		defer os.RemoveAll(work)
	}
	rep := Report{Tmpfs: tmpfs, Folder: work}
	if !tmpfs {
		fmt.Fprintf(cfg.Log, "warning: %s is not a tmpfs, so disk speed is part of every figure: "+
			"they are not comparable with figures measured on /dev/shm\n", work)
	}
	t, err := prepareTools(cfg, work)
	if err != nil {
		return rep, err
	}
	for _, n := range cfg.Sizes {
		r, err := measure(cfg, t, work, n)
		if err != nil {
			return rep, fmt.Errorf("N=%d: %v", n, err)
		}
		rep.Results = append(rep.Results, r)
	}
	return rep, nil
}

// measure makes the corpus of n stretches and measures everything on it.
func measure(cfg Config, t tools, work string, n int) (Result, error) {
	fmt.Fprintf(cfg.Log, "N=%d: making the corpus\n", n)
	c, err := makeCorpus(cfg, work, n)
	if err != nil {
		return Result{}, err
	}
	r := Result{N: n}
	fmt.Fprintf(cfg.Log, "N=%d: full builds, limber and Hugo alternately\n", n)
	if r.Limber, r.Hugo, err = builds(cfg, t, c); err != nil {
		return r, err
	}
	fmt.Fprintf(cfg.Log, "N=%d: the I/O floor\n", n)
	if r.Floor, err = floor(cfg, t, c); err != nil {
		return r, err
	}
	if cfg.ServeIters > 0 {
		fmt.Fprintf(cfg.Log, "N=%d: limber serve and hugo server, %d saves each\n", n, cfg.ServeIters)
		s, err := serveLatency(cfg, t, c)
		if err != nil {
			return r, err
		}
		r.Serve = &s
	}
	if cfg.Keep {
		return r, nil
	}
	return r, os.RemoveAll(c.dir)
}
