package watch

import (
	"errors"
	"slices"
	"time"

	"github.com/fsnotify/fsnotify"
)

// debounce holds the two timers of the batch being gathered: the quiet
// timer restarts at every change, the deadline runs from the first change.
type debounce struct {
	quiet, deadline *time.Timer
	quietFor, most  time.Duration
	armed           bool
}

// newDebounce returns stopped timers.
func newDebounce(opts Options) *debounce {
	d := &debounce{
		quiet:    time.NewTimer(time.Hour),
		deadline: time.NewTimer(time.Hour),
		quietFor: opts.Quiet,
		most:     opts.MaxDelay,
	}
	d.stop()
	return d
}

// touch records a change: the batch is sent after the quiet period, or at
// the deadline if changes keep coming.
func (d *debounce) touch() {
	d.quiet.Reset(d.quietFor)
	if !d.armed {
		d.deadline.Reset(d.most)
		d.armed = true
	}
}

// stop stops both timers; with Go 1.23 timers no stale tick is delivered.
func (d *debounce) stop() {
	d.quiet.Stop()
	d.deadline.Stop()
	d.armed = false
}

// loop is the watcher's goroutine: it owns s and the ready batch, and never
// blocks on anything but its select, so Close always ends it.
func (w *Watcher) loop(s *state, h hooks) {
	defer close(w.exited)
	defer close(w.errors)
	defer close(w.batches)
	d := newDebounce(s.opts)
	defer d.stop()
	var ready Batch
	var hasReady bool
	for {
		var out chan<- Batch
		if hasReady {
			out = w.batches
		}
		select {
		case <-w.done:
			return
		case ev, ok := <-h.events:
			if !ok {
				return
			}
			if s.event(ev) {
				d.touch()
			}
		case err, ok := <-h.errs:
			if !ok {
				return
			}
			if s.fsError(err) {
				d.touch()
			}
		case <-d.quiet.C:
			ready, hasReady = w.flush(s, d, h, ready, hasReady)
		case <-d.deadline.C:
			ready, hasReady = w.flush(s, d, h, ready, hasReady)
		case out <- ready:
			ready, hasReady = Batch{}, false
		}
	}
}

// flush forms a batch from the gathered changes and merges it into the
// batch still waiting to be received, if any.
func (w *Watcher) flush(s *state, d *debounce, h hooks, ready Batch, hasReady bool) (Batch, bool) {
	d.stop()
	b, ok := s.flush()
	if h.flushed != nil {
		h.flushed <- b
	}
	if !ok {
		return ready, hasReady
	}
	if !hasReady {
		return b, true
	}
	paths := append(ready.Paths, b.Paths...)
	slices.Sort(paths)
	return Batch{Paths: slices.Compact(paths), Full: ready.Full || b.Full}, true
}

// fsError handles an error from fsnotify and reports whether a batch must
// follow: a queue overflow means lost events, so the next batch is Full.
func (s *state) fsError(err error) bool {
	if errors.Is(err, fsnotify.ErrEventOverflow) {
		s.full = true
		return true
	}
	s.report(err)
	return false
}
