package pipeline

import (
	"slices"

	"github.com/limber/limber/internal/check"
	"github.com/limber/limber/internal/diag"
	"github.com/limber/limber/internal/parallel"
	"github.com/limber/limber/internal/site"
)

// checked is the check stage's result: the pages made from files, each
// one's findings, and every finding sorted (the settings' own first).
type checked struct {
	pages []*site.Page
	found [][]check.Finding
	all   []check.Finding
}

// checkPages is the check stage: it runs limber check's rules on the pages
// the Markdown stage did not check (the routines), on every CPU, and
// gathers every page's findings.
func checkPages(ns *site.Site, c *check.Checker, early []earlyFound) checked {
	var res checked
	var idx []int
	for i, p := range ns.Pages {
		if p.Src != nil {
			res.pages = append(res.pages, p)
			idx = append(idx, i)
		}
	}
	res.found = make([][]check.Finding, len(res.pages))
	parallel.For(len(res.pages), func(k int) {
		if e := early[idx[k]]; e.done {
			res.found[k] = e.found
			return
		}
		res.found[k] = c.Page(res.pages[k])
	})
	all := c.Config()
	n := len(all)
	for _, f := range res.found {
		n += len(f)
	}
	all = slices.Grow(all, n-len(all))
	for _, f := range res.found {
		all = append(all, f...)
	}
	check.Sort(all)
	res.all = all
	return res
}

// RuleErrors returns the error findings as problems of the build, each
// naming its rule (printed after the message).
func RuleErrors(fs []check.Finding) diag.List {
	var errs diag.List
	for _, f := range fs {
		if f.Severity == check.Error {
			errs = append(errs, &diag.Error{Pos: f.Pos, Msg: f.Msg, Rule: string(f.Rule)})
		}
	}
	return errs
}

// NotErrors returns the findings that are not errors.
func NotErrors(fs []check.Finding) []check.Finding {
	var out []check.Finding
	for _, f := range fs {
		if f.Severity != check.Error {
			out = append(out, f)
		}
	}
	return out
}
