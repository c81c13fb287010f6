// Package cli is limber's command line: it parses each subcommand's flags,
// runs it, prints results and problems, and returns the exit code.
//
// Exit codes: 0 on success, 1 when the site has problems or a command fails,
// 2 for a usage error (an unknown command or flag, a missing argument).
package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"

	"github.com/limber/limber/docs"
)

// Exit codes.
const (
	exitOK      = 0
	exitFailed  = 1
	exitUsage   = 2
	programName = "limber"
)

// env is what a command may use: its output streams and a context that is
// cancelled on Ctrl-C.
type env struct {
	ctx    context.Context
	stdout io.Writer
	stderr io.Writer
}

// command is one subcommand.
type command struct {
	name    string
	usage   string // one line, after "limber "
	summary string
	run     func(e *env, args []string) int
}

func commands() []command {
	return []command{
		{"init", "init [DIR] [--sample | --languages en,es]", "make a new site in an empty folder, ready to publish", runInit},
		{"build", "build [--site DIR] [--out DIR] [--base-url URL] [--drafts] [--force]", "build the site into its output folder", runBuild},
		{"check", "check [--site DIR] [--format text|json|github] [--strict] [--drafts]", "check the site against limber's rules for patient handouts, writing nothing", runCheck},
		{"serve", "serve [--site DIR] [--port 1313] [--bind 127.0.0.1] [--host NAME] [--drafts=true]", "preview the site with live reload while you edit", runServe},
		{"new", "new stretch|routine|condition|article \"Title\" [--site DIR] [--lang CODE]", "start a new content file with every field, or with --lang a translation of the page of that title or slug", runNew},
		{"version", "version", "print limber's version", runVersion},
		{"help", "help [command|topic]", "show help for limber, a command or a topic", runHelp},
	}
}

// Main runs limber with the arguments after the program name and returns the
// exit code. Ctrl-C cancels a running command, which then cleans up.
func Main(args []string, stdout, stderr io.Writer) int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	e := &env{ctx: ctx, stdout: stdout, stderr: stderr}
	if len(args) == 0 {
		printHelp(stderr)
		return exitUsage
	}
	name := args[0]
	switch name {
	case "-h", "-help", "--help":
		name = "help"
	case "-version", "--version":
		name = "version"
	}
	for _, c := range commands() {
		if c.name == name {
			return c.run(e, args[1:])
		}
	}
	fmt.Fprintf(stderr, "limber: unknown command %q\nRun 'limber help' for the list of commands.\n", args[0])
	return exitUsage
}

// newFlags makes the flag set of one subcommand, printing its usage to stderr.
func newFlags(e *env, name string) *flag.FlagSet {
	fs := flag.NewFlagSet(programName+" "+name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		for _, c := range commands() {
			if c.name == name {
				fmt.Fprintf(e.stderr, "usage: limber %s\n\n%s.\n", c.usage, capitalize(c.summary))
			}
		}
		if hasFlags(fs) {
			fmt.Fprintln(e.stderr, "\nFlags:")
			fs.PrintDefaults()
		}
	}
	return fs
}

// parse parses flags, allowing them before or after positional arguments. It
// returns the positional arguments, or ok false after a usage error.
func parse(fs *flag.FlagSet, args []string) (rest []string, code int, ok bool) {
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, exitOK, false
			}
			return nil, exitUsage, false
		}
		args = fs.Args()
		if len(args) == 0 {
			return rest, exitOK, true
		}
		rest = append(rest, args[0])
		args = args[1:]
	}
}

func hasFlags(fs *flag.FlagSet) bool {
	n := 0
	fs.VisitAll(func(*flag.Flag) { n++ })
	return n > 0
}

func capitalize(s string) string {
	if s == "" {
		return s
	}
	return string(s[0]-'a'+'A') + s[1:]
}

// runHelp prints limber's help, a topic's page (a topic goes before a
// command of the same name: "limber help check" prints docs/check.md, and
// "limber check -h" the command's flags) or a command's usage.
func runHelp(e *env, args []string) int {
	if len(args) == 0 {
		printHelp(e.stdout)
		return exitOK
	}
	if text, ok := docs.Text(args[0]); ok && len(args) == 1 {
		fmt.Fprint(e.stdout, text)
		return exitOK
	}
	for _, c := range commands() {
		if c.name == args[0] && c.name != "help" && len(args) == 1 {
			return c.run(e, []string{"-h"})
		}
	}
	fmt.Fprintf(e.stderr, "limber help: no command or topic %q\nRun 'limber help' for the list.\n", strings.Join(args, " "))
	return exitUsage
}

func printHelp(w io.Writer) {
	fmt.Fprintln(w, "limber builds a website of stretching guides from Markdown files.")
	fmt.Fprintln(w, "\nUsage:")
	for _, c := range commands() {
		fmt.Fprintf(w, "  limber %s\n      %s\n", c.usage, capitalize(c.summary))
	}
	fmt.Fprintln(w, "\nHelp topics, the reference pages built into limber:")
	for _, t := range docs.Topics() {
		fmt.Fprintf(w, "  limber help %-10s %s\n", t.Name, t.Summary)
	}
	fmt.Fprintln(w, "\nRun 'limber help TOPIC' to read a topic, and 'limber COMMAND -h' (or 'limber help COMMAND',\nfor a command that is not a topic) for a command's flags.")
}
