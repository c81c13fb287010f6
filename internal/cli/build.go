package cli

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"time"

	"github.com/limber/limber/internal/check"
	"github.com/limber/limber/internal/content"
	"github.com/limber/limber/internal/diag"
	"github.com/limber/limber/internal/pipeline"
)

func runBuild(e *env, args []string) int {
	fs := newFlags(e, "build")
	var opts pipeline.Options
	fs.StringVar(&opts.Site, "site", ".", "the site `folder` (holds content/ and limber.yaml)")
	fs.StringVar(&opts.Out, "out", "", "the output `folder` (default SITE/public)")
	fs.StringVar(&opts.BaseURL, "base-url", "", "the site's `URL` or path, such as https://example.org/handouts/ (overrides limber.yaml)")
	fs.BoolVar(&opts.Drafts, "drafts", false, "include pages marked draft: true")
	fs.BoolVar(&opts.Force, "force", false, "use an existing output folder inside the site folder that limber did not make (its files are moved aside, not deleted)")
	rest, code, ok := parse(fs, args)
	if !ok {
		return code
	}
	if len(rest) > 0 {
		fmt.Fprintf(e.stderr, "limber build: unexpected argument %q\n", rest[0])
		fs.Usage()
		return exitUsage
	}
	if opts.BaseURL != "" {
		if _, err := content.CheckBaseURL(opts.BaseURL); err != nil {
			fmt.Fprintf(e.stderr, "limber build: --base-url: %v\n", err)
			return exitUsage
		}
	}
	now, err := today()
	if err != nil {
		fmt.Fprintf(e.stderr, "limber build: %v\n", err)
		return exitUsage
	}
	opts.Now = now
	res, err := pipeline.Build(e.ctx, opts)
	if err != nil {
		return report(e, "build", err)
	}
	printFindings(e, "build", res.Findings)
	out, _ := filepath.Rel(opts.Site, res.Out)
	if out == "" || filepath.IsAbs(out) || len(out) > len(res.Out) {
		out = res.Out
	}
	if res.Backup != "" {
		fmt.Fprintf(e.stderr, "limber: moved the earlier contents of %s to %s\n", out, res.Backup)
	}
	fmt.Fprintf(e.stdout, "limber: built %d pages and %d files into %s in %s\n",
		res.Pages, res.Files, filepath.ToSlash(out), res.Duration.Round(time.Millisecond))
	return exitOK
}

// report prints an error of a command and returns the exit code. A list of
// site problems is printed one per line, followed by a count; a problem a
// limber check rule found is followed, as in limber check, by the rule's
// reason and how to switch the rule off.
func report(e *env, cmd string, err error) int {
	var list diag.List
	if errors.As(err, &list) {
		for _, d := range list {
			fmt.Fprintln(e.stderr, d.Error())
			for _, l := range check.Explain(check.RuleID(d.Rule)) {
				fmt.Fprintln(e.stderr, "    "+l)
			}
		}
		fmt.Fprintf(e.stderr, "limber %s: %s; nothing was written\n", cmd, countProblems(len(list)))
		return exitFailed
	}
	if errors.Is(err, context.Canceled) {
		fmt.Fprintf(e.stderr, "limber %s: interrupted; the output folder was left as it was\n", cmd)
		return exitFailed
	}
	fmt.Fprintf(e.stderr, "limber %s: %s\n", cmd, diag.Printable(err.Error()))
	return exitFailed
}

func countProblems(n int) string {
	if n == 1 {
		return "1 problem"
	}
	return fmt.Sprintf("%d problems", n)
}
