package main

import (
	"fmt"
	"os"
	"strings"

	"github.com/BurntSushi/toml"
	"github.com/rhysd/actionlint"
	"github.com/rogpeppe/go-internal/testscript"
)

// netlifyFile is the part of a netlify.toml that limber init writes. A key
// the file has and this type does not fails tomlcheck: Netlify would ignore
// it without a word.
type netlifyFile struct {
	Build struct {
		Command     string
		Publish     string
		Environment map[string]string
	}
	Context map[string]struct{ Command string }
	Headers []struct {
		For    string `toml:"for"`
		Values map[string]string
	}
}

// cmdTomlcheck parses a netlify.toml that limber init wrote and checks that
// every build command installs the limber version named: "tomlcheck FILE
// VERSION".
func cmdTomlcheck(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 2 {
		ts.Fatalf("usage: tomlcheck FILE VERSION")
	}
	var cfg netlifyFile
	md, err := toml.DecodeFile(ts.MkAbs(args[0]), &cfg)
	ts.Check(err)
	if keys := md.Undecoded(); len(keys) > 0 {
		ts.Fatalf("%s: keys Netlify would ignore: %v", args[0], keys)
	}
	if got := cfg.Build.Environment["LIMBER_VERSION"]; got != args[1] {
		ts.Fatalf("%s: LIMBER_VERSION = %q, want %q", args[0], got, args[1])
	}
	commands := []string{cfg.Build.Command}
	for _, c := range []string{"production", "deploy-preview", "branch-deploy"} {
		commands = append(commands, cfg.Context[c].Command)
	}
	for _, c := range commands {
		if !strings.Contains(c, `go install github.com/limber/limber/cmd/limber@"$LIMBER_VERSION"`) {
			ts.Fatalf("%s: command %q does not install the pinned limber", args[0], c)
		}
	}
	if cfg.Build.Publish != "public" || len(cfg.Headers) == 0 {
		ts.Fatalf("%s: publish = %q and %d header rules", args[0], cfg.Build.Publish, len(cfg.Headers))
	}
}

// cmdActionlint lints a GitHub Actions workflow with actionlint, used as a
// library (no shellcheck or pyflakes): "actionlint FILE".
func cmdActionlint(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) != 1 {
		ts.Fatalf("usage: actionlint FILE")
	}
	var out strings.Builder
	l, err := actionlint.NewLinter(&out, &actionlint.LinterOptions{})
	ts.Check(err)
	path := ts.MkAbs(args[0])
	data, err := os.ReadFile(path)
	ts.Check(err)
	errs, err := l.Lint(path, data, nil)
	ts.Check(err)
	var msgs []string
	for _, e := range errs {
		msgs = append(msgs, fmt.Sprintf("%s:%d:%d: %s [%s]", args[0], e.Line, e.Column, e.Message, e.Kind))
	}
	switch {
	case len(errs) > 0 && !neg:
		ts.Fatalf("actionlint:\n%s", strings.Join(msgs, "\n"))
	case len(errs) == 0 && neg:
		ts.Fatalf("actionlint found nothing wrong in %s", args[0])
	}
}
