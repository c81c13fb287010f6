package site

import (
	"strings"

	"github.com/limber/limber/internal/diag"
	"github.com/limber/limber/internal/output"
	"github.com/limber/limber/internal/qr"
)

// checkPaths reports, at the content file it comes from, every page and
// copied file whose output path the output folder would refuse (see
// output.CheckPath): a name with a backslash or a control character, or one
// too long for a file system, or one Windows cannot hold (see
// output.CheckPortable). It runs before anything is written, so limber
// check reports these too, with every other problem.
func (ix *indexer) checkPaths() {
	seen := map[string]bool{}
	for _, p := range ix.s.Pages {
		if p.Src == nil || seen[p.Src.Path] {
			continue
		}
		if err := output.CheckPath(p.Out); err != nil {
			seen[p.Src.Path] = true
			ix.errs.Add(diag.Pos{Path: p.Src.Path}, "this file's name cannot give its page's address (%v): rename it", err)
		} else if err := output.CheckPortable(p.Out); err != nil {
			seen[p.Src.Path] = true
			ix.errs.Add(diag.Pos{Path: p.Src.Path}, "this file's page cannot be written on Windows (%v): rename it", err)
		}
	}
	for _, f := range ix.s.Files {
		if err := output.CheckPath(f.Rel); err != nil {
			ix.errs.Add(diag.Pos{Path: "content/" + f.Rel}, "this file cannot be copied under its name (%v): rename it", err)
		} else if err := output.CheckPortable(f.Rel); err != nil {
			ix.errs.Add(diag.Pos{Path: "content/" + f.Rel}, "this file cannot be copied on Windows (%v): rename it", err)
		}
	}
}

// checkSheetLinks reports, at the routine's file, a routine whose address
// (with the base URL in front, percent-encoded) is too long for the QR code
// its printed sheets show, which would otherwise fail only when the sheet
// is drawn.
func (ix *indexer) checkSheetLinks() {
	for _, r := range ix.s.Routines {
		link := ix.s.AbsURL(&r.Page)
		if link == "" || qr.Fits(link) || r.Src == nil {
			continue
		}
		ix.errs.Add(diag.Pos{Path: r.Src.Path},
			"this routine's address is %d bytes long with the base URL, too long for the QR code on its printed sheet: "+
				"shorten base_url or this file's name", len(link))
	}
}

// checkCase reports, at the second of them, a copied file whose output path
// differs only in case from another file's or a page's (content/images/
// Calf.svg and content/images/calf.svg): on Windows and macOS, and on hosts
// whose file systems ignore case, they would be one file. Pages' own slugs
// are checked by the loader; a file at a page's exact path by checkOutputs.
func (ix *indexer) checkCase() {
	owner := map[string]string{}
	exact := map[string]bool{}
	for _, p := range ix.s.Pages {
		if p.Src != nil {
			owner[foldCase(p.Out)] = p.Src.Path
			exact[p.Out] = true
		}
	}
	for _, f := range ix.s.Files {
		key, src := foldCase(f.Rel), "content/"+f.Rel
		if other, ok := owner[key]; ok && !exact[f.Rel] {
			ix.errs.Add(diag.Pos{Path: src, Line: 1, Col: 1},
				"this file's name is also used by %s, but for case; on Windows and macOS they would be one file", other)
			continue
		}
		owner[key] = src
	}
}

// foldCase returns the form of s that two names equal but for case share.
func foldCase(s string) string { return strings.ToLower(strings.ToUpper(s)) }
