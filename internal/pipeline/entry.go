package pipeline

import (
	"context"
	"path/filepath"
	"time"

	"github.com/limber/limber/internal/check"
	"github.com/limber/limber/internal/diag"
	"github.com/limber/limber/internal/output"
	"github.com/limber/limber/internal/render"
	"github.com/limber/limber/internal/site"
)

// Written tells what a successful Build wrote.
type Written struct {
	Out      string          // the output folder
	Pages    int             // HTML pages written
	Files    int             // other files written or copied
	Backup   string          // where a foreign output folder was moved, with Force
	Duration time.Duration   // wall time of the whole build
	Findings []check.Finding // warnings and notes of limber check's rules, sorted (errors fail the build)
}

// Build is limber build: it runs the pipeline into a new output folder.
// A content problem comes back as a diag.List holding every problem found;
// other failures (such as a disk error) as plain errors. On any error the
// output folder is left exactly as it was. Before anything else, it checks
// the output folder's place and recovers it from an earlier build that was
// stopped while swapping it (output.Recover), so that even a build that
// fails on its content puts the output back.
func Build(ctx context.Context, opts Options) (Written, error) {
	start := time.Now()
	if opts.Out == "" {
		opts.Out = filepath.Join(opts.Site, "public")
	}
	if err := output.Recover(opts.Site, opts.Out); err != nil {
		return Written{}, err
	}
	sink := NewOutputFolder(output.Options{Site: opts.Site, Out: opts.Out, Force: opts.Force})
	res, err := Run(ctx, Input{Options: opts, Sink: sink})
	if err != nil {
		return Written{Duration: time.Since(start)}, err
	}
	w := sink.Written
	w.Findings, w.Duration = NotErrors(res.Findings), time.Since(start)
	return w, nil
}

// Check is limber check: it runs every stage up to writing and every rule,
// and returns what they found, sorted: the stages' problems as error
// findings, then the rules' own. Nothing is written.
func Check(opts Options) []check.Finding {
	res, _ := Run(context.Background(), Input{Options: opts, Sink: Discard{}})
	all := append(check.FromDiag(res.Problems), res.Findings...)
	check.Sort(all)
	return all
}

// Prepare runs every stage up to writing and returns the site, with every
// page whole, and its templates: for tests that look at a site's pages.
// The site is usable only when the returned list (the stages' problems and
// the rules' errors) is empty.
func Prepare(opts Options) (*site.Site, *render.Templates, diag.List) {
	res, _ := Run(context.Background(), Input{Options: opts, Sink: Discard{}, Memo: keepPages{}})
	var tpl *render.Templates
	if res.Theme != nil {
		tpl = res.Theme.Templates
	}
	errs := append(diag.List(nil), res.Problems...)
	errs.Append(RuleErrors(res.Findings))
	errs.Sort()
	return res.Site, tpl, errs
}
