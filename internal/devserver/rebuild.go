package devserver

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/limber/limber/internal/content"
	"github.com/limber/limber/internal/diag"
	"github.com/limber/limber/internal/incremental"
)

// runner owns the build session. One rebuild runs at a time, on its own
// goroutine (see queue); the loop's goroutine publishes what it did.
type runner struct {
	cfg  Config
	st   *state
	sess *incremental.Session
}

// run brings the site up to date after changes to paths (all of it when
// full), stopping if ctx is done first.
func (r *runner) run(ctx context.Context, paths []string, full bool) outcome {
	if r.cfg.hold != nil {
		r.cfg.hold(ctx, paths, full)
	}
	first := r.sess == nil
	if first {
		r.sess = newSession(r.cfg)
	}
	start := time.Now()
	res, err := r.safeRebuild(ctx, paths, full || first)
	return outcome{paths: paths, full: full, first: first, stopped: err != nil && ctx.Err() != nil,
		res: res, err: err, took: time.Since(start)}
}

// report publishes a rebuild's result or its problems, and reports on the
// terminal.
func (r *runner) report(o outcome) {
	if o.err != nil {
		r.fail(o.err)
		return
	}
	res, took := o.res, o.took.Milliseconds()
	r.st.publish(res.Snapshot, siteTitle(r.cfg.Site), outputURLs(res.Snapshot.Root, res.Changed))
	r.st.setFindings(findingLines(res.Findings), res.SomeFindings)
	if o.first {
		fmt.Fprintf(r.cfg.Out, "limber: built %s in %dms\n", plural(res.Rendered, "page"), took)
		return
	}
	fmt.Fprintf(r.cfg.Out, "limber: rebuilt %s in %dms (%s)\n", plural(res.Rendered, "page"), took, describe(o.paths, o.full))
}

// safeRebuild runs the session's rebuild, turning a crash into a problem
// so the server keeps going; the next rebuild then starts afresh.
func (r *runner) safeRebuild(ctx context.Context, paths []string, full bool) (res incremental.Rebuilt, err error) {
	defer func() {
		if p := recover(); p != nil {
			r.sess = newSession(r.cfg)
			err = fmt.Errorf("limber crashed while rebuilding (please report this): %v", p)
		}
	}()
	return r.sess.RebuildContext(ctx, paths, full)
}

// fail prints a failed build's problems and shows them in every tab.
func (r *runner) fail(err error) {
	lines := problemLines(err)
	for _, l := range lines {
		fmt.Fprintln(r.cfg.Err, l)
	}
	if snap, _, _, _ := r.st.site(); snap != nil {
		fmt.Fprintf(r.cfg.Err, "limber: %s; still serving the last good site\n", plural(len(lines), "problem"))
	} else {
		fmt.Fprintf(r.cfg.Err, "limber: %s; the site appears when they are fixed\n", plural(len(lines), "problem"))
	}
	r.st.fail(lines)
}

// problemLines returns the "path:line:col: message" lines of a build
// error, as the terminal shows them.
func problemLines(err error) []string {
	var list diag.List
	if errors.As(err, &list) && len(list) > 0 {
		lines := make([]string, len(list))
		for i, d := range list {
			lines[i] = d.Error()
		}
		return lines
	}
	return []string{diag.Printable(err.Error())}
}

// siteTitle reads the site's title from limber.yaml, or the default one.
func siteTitle(site string) string {
	src, err := os.ReadFile(filepath.Join(site, "limber.yaml"))
	if err != nil {
		return content.DefaultConfig().Title
	}
	c, _ := content.ParseConfig("limber.yaml", src)
	return c.Title
}

// describe names the changed files of a rebuild for the terminal (a file
// name may hold a newline or an escape character: it is made Printable).
func describe(paths []string, full bool) string {
	switch {
	case len(paths) == 0 && full:
		return "everything"
	case len(paths) == 1:
		return diag.Printable(paths[0])
	case len(paths) == 0:
		return "no files"
	}
	return fmt.Sprintf("%s and %d more", diag.Printable(paths[0]), len(paths)-1)
}

// plural returns "1 page" or "n pages".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
