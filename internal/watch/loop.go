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

// outbox holds the batch waiting to be received; later batches are merged
// into it, so the watcher never waits for a reader.
type outbox struct {
	b   Batch
	has bool
}

// add merges b into the waiting batch.
func (o *outbox) add(b Batch) {
	if !o.has {
		*o = outbox{b: b, has: true}
		return
	}
	paths := append(o.b.Paths, b.Paths...)
	slices.Sort(paths)
	o.b = Batch{Paths: slices.Compact(paths), Full: o.b.Full || b.Full}
}

// to returns c when a batch is waiting, else nil (a send that never fires).
func (o *outbox) to(c chan Batch) chan<- Batch {
	if o.has {
		return c
	}
	return nil
}

// loop is the watcher's goroutine: it owns s and the outbox, and never
// blocks on anything but its select, so Close always ends it.
func (w *Watcher) loop(s *state, h hooks) {
	defer close(w.exited)
	defer close(w.errors)
	defer close(w.batches)
	d := newDebounce(s.opts)
	defer d.stop()
	var box outbox
	for {
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
			flush(s, d, h, &box)
		case <-d.deadline.C:
			flush(s, d, h, &box)
		case box.to(w.batches) <- box.b:
			box = outbox{}
		}
	}
}

// flush forms a batch from the gathered changes and puts it in the outbox.
func flush(s *state, d *debounce, h hooks, box *outbox) {
	d.stop()
	b, ok := s.flush()
	if h.flushed != nil {
		h.flushed <- b
	}
	if ok {
		box.add(b)
	}
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
