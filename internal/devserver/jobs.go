package devserver

import (
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/limber/limber/internal/incremental"
)

// outcome is what one rebuild did.
type outcome struct {
	paths   []string // the changed files it was given
	full    bool     // it was asked to rebuild everything
	first   bool     // it was the session's first build
	stopped bool     // a newer change (or the end of serve) stopped it: nothing to publish
	res     incremental.Rebuilt
	err     error
	took    time.Duration
}

// job is a rebuild running on its own goroutine, so that the loop keeps
// reading the watcher's batches while it runs and can stop it when a newer
// change comes.
type job struct {
	cancel context.CancelFunc
	done   chan outcome
}

// queue is the rebuild running, if any, and the changes waiting for the
// next one: the batches that came while it ran, and the changes of a
// rebuild that was stopped. Only the loop's goroutine uses it.
type queue struct {
	run     *job
	paths   []string
	full    bool
	waiting bool
}

// add queues changes and stops the rebuild running, whose result they
// would make out of date at once.
func (q *queue) add(paths []string, full bool) {
	q.paths = append(q.paths, paths...)
	q.full, q.waiting = q.full || full, true
	if q.run != nil {
		q.run.cancel()
	}
}

// finished is the channel on which the running rebuild reports, or nil
// when none runs.
func (q *queue) finished() <-chan outcome {
	if q.run == nil {
		return nil
	}
	return q.run.done
}

// stop stops the running rebuild, if any, and waits for it.
func (q *queue) stop() {
	if q.run != nil {
		q.run.cancel()
		<-q.run.done
		q.run = nil
	}
}

// next starts a rebuild of the changes waiting, unless one runs or none
// waits.
func (r *runner) next(ctx context.Context, q *queue) {
	if q.run != nil || !q.waiting {
		return
	}
	slices.Sort(q.paths)
	paths, full := slices.Compact(q.paths), q.full
	q.paths, q.full, q.waiting = nil, false, false
	jctx, cancel := context.WithCancel(ctx)
	j := &job{cancel: cancel, done: make(chan outcome, 1)}
	go func() {
		defer cancel()
		j.done <- r.run(jctx, paths, full)
	}()
	q.run = j
}

// finish handles the outcome of the rebuild that ran: it publishes it, or
// queues its changes again when it was stopped, since the session may
// have read them already.
func (r *runner) finish(q *queue, o outcome) {
	q.run = nil
	if !o.stopped {
		r.report(o)
		return
	}
	fmt.Fprintf(r.cfg.Out, "limber: stopped rebuilding (%s): a newer change came\n", describe(o.paths, o.full))
	q.paths = append(q.paths, o.paths...)
	q.full, q.waiting = q.full || o.full, true
}
