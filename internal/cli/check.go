package cli

import (
	"cmp"
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/limber/limber/internal/check"
	"github.com/limber/limber/internal/pipeline"
)

// runCheck is `limber check`: it runs every stage of a build up to
// writing and every rule, prints the findings and writes nothing. It exits
// 1 on errors, or on warnings with --strict.
func runCheck(e *env, args []string) int {
	fs := newFlags(e, "check")
	var opts pipeline.Options
	fs.StringVar(&opts.Site, "site", ".", "the site `folder` (holds content/ and limber.yaml)")
	format := fs.String("format", "text", "how to print the findings: `text`, json or github (GitHub Actions annotations)")
	strict := fs.Bool("strict", false, "fail on warnings too, not only on errors")
	fs.BoolVar(&opts.Drafts, "drafts", false, "check pages marked draft: true too")
	rest, code, ok := parse(fs, args)
	if !ok {
		return code
	}
	switch {
	case len(rest) > 0:
		fmt.Fprintf(e.stderr, "limber check: unexpected argument %q\n", rest[0])
		fs.Usage()
		return exitUsage
	case !slices.Contains(check.Formats(), *format):
		fmt.Fprintf(e.stderr, "limber check: --format: %q is not one of %s\n", *format, strings.Join(check.Formats(), ", "))
		return exitUsage
	}
	now, err := today()
	if err != nil {
		fmt.Fprintf(e.stderr, "limber check: %v\n", err)
		return exitUsage
	}
	opts.Now = now
	found := pipeline.Check(opts)
	if err := check.Write(e.stdout, *format, found); err != nil {
		return report(e, "check", err)
	}
	fmt.Fprintf(e.stderr, "limber check: %s\n", check.Summary(found))
	return checkExit(found, *strict)
}

// checkExit returns 1 when there are errors, or warnings under --strict.
func checkExit(found []check.Finding, strict bool) int {
	errs, warnings, _ := check.Counts(found)
	if errs > 0 || strict && warnings > 0 {
		return exitFailed
	}
	return exitOK
}

// today returns the date the rules judge review ages by: now, or the
// time in SOURCE_DATE_EPOCH (seconds since 1970, the reproducible-builds
// convention) when it is set, so that a build or check can be repeated.
func today() (time.Time, error) {
	s, ok := os.LookupEnv("SOURCE_DATE_EPOCH")
	if !ok || s == "" {
		return time.Now(), nil
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil || n < 0 {
		return time.Time{}, fmt.Errorf("SOURCE_DATE_EPOCH=%q is not a whole number of seconds since 1970", s)
	}
	return time.Unix(n, 0).UTC(), nil
}

// buildShown is how many warnings and notes limber build prints: a large
// site that has never been checked may have thousands, which would bury
// the build's own lines; limber check lists them all.
const buildShown = 20

// printFindings prints a build's warnings and notes as limber check does,
// warnings first and at most buildShown of them; when there are more, a
// tally of them all by rule (how many, in how many files, and the words
// plain-language finds most often), so an author knows where to start;
// then a count.
func printFindings(e *env, cmd string, found []check.Finding) {
	if len(found) == 0 {
		return
	}
	shown := slices.Clone(found)
	isNote := func(f check.Finding) int {
		if f.Severity == check.Note {
			return 1
		}
		return 0
	}
	slices.SortStableFunc(shown, func(a, b check.Finding) int { return cmp.Compare(isNote(a), isNote(b)) })
	check.WriteText(e.stderr, shown[:min(len(shown), buildShown)])
	if more := len(shown) - buildShown; more > 0 {
		fmt.Fprintf(e.stderr, "... and %d more. All %d by rule, the most first:\n", more, len(found))
		check.WriteTally(e.stderr, found)
	}
	fmt.Fprintf(e.stderr, "limber %s: %s (limber check --site DIR lists them all)\n", cmd, check.Summary(found))
}
