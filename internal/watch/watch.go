// Package watch reports changes to a site's sources (limber.yaml, content/
// and templates/) as debounced batches, so that `limber serve` rebuilds once
// per editor save. It is the only package that uses fsnotify.
//
// fsnotify is not recursive on Linux, so the watcher watches every folder
// itself: it adds a watch for each new folder and scans it (files created in
// it before the watch was added are still reported), and drops the watches of
// removed or renamed folders. It watches folders, never single files, so an
// editor's atomic save (write a temporary file, rename it over the original)
// is seen as a change to the original.
package watch

import (
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/fsnotify/fsnotify"
)

// Options says what to watch under a site root.
type Options struct {
	// Quiet is how long the folder must be quiet before a batch is sent;
	// 0 means 75ms.
	Quiet time.Duration
	// MaxDelay bounds how long a change may wait when the folder never goes
	// quiet (a program writing without pause): a batch is sent at most this
	// long after its first change. 0 means one second or Quiet, whichever
	// is longer.
	MaxDelay time.Duration
	// Ignore reports whether a site-relative slash path is to be ignored;
	// nil means DefaultIgnore.
	Ignore func(rel string) bool
	// Out is the output folder (absolute, or relative to the site root).
	// Changes under it are ignored whatever Ignore says; empty means none.
	Out string
}

// Batch is one debounced group of changes.
type Batch struct {
	// Paths are the site-relative slash paths of the files that were
	// created, written, removed or renamed, sorted, without duplicates.
	// Folders are not listed: a new folder lists the files in it, a removed
	// one the files it held. A file that was created and removed again
	// within the batch (an editor's temporary file) is not listed.
	Paths []string
	// Full says the watcher may have lost changes (its event queue
	// overflowed, or a folder could not be watched): rebuild everything.
	// Paths then still lists the changes the watcher knows of.
	Full bool
}

// Watcher watches one site. Its methods are safe for concurrent use.
type Watcher struct {
	fsw     *fsnotify.Watcher
	batches chan Batch
	errors  chan error
	done    chan struct{}
	exited  chan struct{}
	once    sync.Once
	err     error
}

// hooks lets tests feed events and errors in and see each batch as it is
// formed (an empty one when there was nothing to send). Nil fields mean
// fsnotify's channels and no report, as New uses them.
type hooks struct {
	events  <-chan fsnotify.Event
	errs    <-chan error
	flushed chan<- Batch
}

// New starts watching root/limber.yaml, root/content/** and
// root/templates/**. Folders that do not exist yet (templates/ made later)
// are picked up when they appear. When New returns, every existing folder is
// watched: a change made after it is reported. It fails when the root
// cannot be watched or a folder cannot be watched (for example when the
// system's limit on watches is reached).
func New(root string, opts Options) (*Watcher, error) {
	return start(root, opts, hooks{})
}

// start is New with optional test hooks.
func start(root string, opts Options, h hooks) (*Watcher, error) {
	abs, err := siteRoot(root)
	if err != nil {
		return nil, err
	}
	fsw, err := fsnotify.NewWatcher()
	if err != nil {
		return nil, fmt.Errorf("watch: %w", err)
	}
	w := &Watcher{
		fsw:     fsw,
		batches: make(chan Batch),
		errors:  make(chan error, 16),
		done:    make(chan struct{}),
		exited:  make(chan struct{}),
	}
	s := newState(abs, opts, fsw, w.report)
	if err := s.init(); err != nil {
		fsw.Close()
		return nil, err
	}
	if h.events == nil {
		h.events = fsw.Events
	}
	if h.errs == nil {
		h.errs = fsw.Errors
	}
	go w.loop(s, h)
	return w, nil
}

// siteRoot returns root as a clean absolute path, checking it is a folder.
func siteRoot(root string) (string, error) {
	abs, err := filepath.Abs(root)
	if err != nil {
		return "", fmt.Errorf("watch: %w", err)
	}
	if info, err := os.Stat(abs); err != nil || !info.IsDir() {
		return "", fmt.Errorf("watch: the site folder %s is not a folder or cannot be read", root)
	}
	return abs, nil
}

// Batches returns the channel of debounced changes. The watcher never
// blocks on it: while nobody reads, new changes are merged into the one
// batch waiting to be received. It is closed by Close.
func (w *Watcher) Batches() <-chan Batch { return w.batches }

// Errors returns a channel of problems worth showing to the author (a folder
// that cannot be watched, an error from the operating system). Reading it is
// optional: errors that find the channel's small buffer full are dropped.
// Lost events are not errors: they come as a Batch with Full set. It is
// closed by Close.
func (w *Watcher) Errors() <-chan error { return w.errors }

// Close stops watching, waits for the watcher's goroutine to end and closes
// the Batches and Errors channels. Calling it again does nothing and returns
// the first call's result.
func (w *Watcher) Close() error {
	w.once.Do(func() {
		close(w.done)
		<-w.exited
		w.err = w.fsw.Close()
	})
	return w.err
}

// report offers err on the Errors channel without ever blocking.
func (w *Watcher) report(err error) {
	select {
	case w.errors <- err:
	default:
	}
}

// normalize fills in the defaults of opts.
func normalize(opts Options) Options {
	if opts.Quiet <= 0 {
		opts.Quiet = 75 * time.Millisecond
	}
	if opts.MaxDelay <= 0 {
		opts.MaxDelay = max(time.Second, opts.Quiet)
	}
	if opts.Ignore == nil {
		opts.Ignore = DefaultIgnore
	}
	return opts
}
