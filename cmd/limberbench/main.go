// Command limberbench runs limber and Hugo side by side on generated
// corpora and prints a table of full build time, CPU time and peak memory,
// the I/O floor and the development servers' edit latency. Run it from the
// repository root with make bench; it needs Go, python3 and the shared
// benchmark folder (../shared/bench beside the checkout, or -shared).
//
//	limberbench [-n "1000 10000"] [-runs 5] [-serve 10] [-shared DIR] [-update-docs]
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/limber/limber/internal/benchrun"
)

func main() {
	sizes := flag.String("n", envOr("BENCH_N", "1000 10000"), "corpus sizes in stretches, separated by spaces (env BENCH_N)")
	runs := flag.Int("runs", 5, "measured full builds per tool and size, after one warm-up")
	serve := flag.Int("serve", 10, "saves per development server and size (0 skips the servers)")
	shared := flag.String("shared", filepath.Join("..", "shared", "bench"), "the shared benchmark `folder`")
	work := flag.String("work", "", "where to make the temporary folder (default /dev/shm when it is a tmpfs)")
	hugo := flag.String("hugo", "", "a Hugo "+benchrun.HugoVersion+" binary (default: installed into bin/bench/)")
	keep := flag.Bool("keep", false, "keep the temporary folder")
	docs := flag.Bool("update-docs", false, "write the results into docs/benchmarks.md")
	flag.Parse()
	cfg := benchrun.Config{Shared: *shared, Runs: *runs, ServeIters: *serve, Work: *work, Hugo: *hugo, Keep: *keep, Log: os.Stderr}
	var err error
	if cfg.Repo, err = os.Getwd(); err == nil {
		cfg.Sizes, err = parseSizes(*sizes)
	}
	if err == nil {
		err = runAndPrint(cfg, *docs)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "limberbench:", err)
		os.Exit(1)
	}
}

// runAndPrint measures, prints the tables and, if asked, writes them into
// docs/benchmarks.md.
func runAndPrint(cfg benchrun.Config, docs bool) error {
	rep, err := benchrun.Run(cfg)
	if err != nil {
		return err
	}
	text := "Machine: " + rep.Machine() + "\n\n" + rep.Markdown()
	fmt.Print(text)
	if docs {
		return benchrun.UpdateDocs(filepath.Join(cfg.Repo, "docs", "benchmarks.md"), text)
	}
	return nil
}

// parseSizes reads "1000 10000" as sizes.
func parseSizes(s string) ([]int, error) {
	var sizes []int
	for _, f := range strings.Fields(s) {
		n, err := strconv.Atoi(f)
		if err != nil || n < 10 {
			return nil, fmt.Errorf("corpus size %q: want a whole number of stretches, 10 or more", f)
		}
		sizes = append(sizes, n)
	}
	return sizes, nil
}

// envOr returns the environment variable name, or def when it is empty.
func envOr(name, def string) string {
	if v := os.Getenv(name); v != "" {
		return v
	}
	return def
}
