package watch

import (
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"testing"
	"time"

	"github.com/fsnotify/fsnotify"
)

// startHooked starts a watcher on root with test hooks.
func startHooked(t *testing.T, root string, opts Options, h hooks) *Watcher {
	t.Helper()
	if opts.Quiet == 0 {
		opts.Quiet = quiet
	}
	w, err := start(root, opts, h)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { w.Close() })
	return w
}

// waitFlush waits until a formed batch lists rel.
func waitFlush(t *testing.T, flushed <-chan Batch, rel string) {
	t.Helper()
	timeout := time.After(arrive)
	for {
		select {
		case b := <-flushed:
			if slices.Contains(b.Paths, rel) {
				return
			}
		case <-timeout:
			t.Fatalf("no batch listing %s was formed within %v", rel, arrive)
		}
	}
}

// Not parallel: it counts goroutines.
func TestCloseIdempotentNoLeaks(t *testing.T) {
	before := runtime.NumGoroutine()
	root := newSite(t)
	w, err := New(root, Options{Quiet: 10 * time.Millisecond})
	must(t, err)
	write(t, root, catCow, "x")
	collect(t, w, catCow)
	write(t, root, catCow, "y") // a change nobody reads
	must(t, w.Close())
	must(t, w.Close())
	if _, ok := <-w.Batches(); ok {
		// A batch may have been ready before Close; the channel must close after it.
		if _, ok := <-w.Batches(); ok {
			t.Error("Batches not closed after Close")
		}
	}
	if _, ok := <-w.Errors(); ok {
		t.Error("Errors not closed after Close")
	}
	deadline := time.Now().Add(arrive)
	for runtime.NumGoroutine() > before && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if n := runtime.NumGoroutine(); n > before {
		buf := make([]byte, 1<<16)
		t.Errorf("%d goroutines after Close, %d before:\n%s", n, before, buf[:runtime.Stack(buf, true)])
	}
}

func TestUnreadBatchesCoalesce(t *testing.T) {
	t.Parallel()
	root := newSite(t)
	flushed := make(chan Batch, 64)
	w := startHooked(t, root, Options{}, hooks{flushed: flushed})
	write(t, root, "content/a.md", "a")
	waitFlush(t, flushed, "content/a.md")
	write(t, root, "content/b.md", "b")
	waitFlush(t, flushed, "content/b.md")
	b := <-w.Batches()
	if !slices.Contains(b.Paths, "content/a.md") || !slices.Contains(b.Paths, "content/b.md") {
		t.Errorf("first batch %v, want content/a.md and content/b.md merged", b.Paths)
	}
	closed := make(chan error)
	go func() { closed <- w.Close() }()
	select {
	case err := <-closed:
		must(t, err)
	case <-time.After(arrive):
		t.Fatal("Close blocked")
	}
}

func TestOverflowSendsFullBatch(t *testing.T) {
	t.Parallel()
	root := newSite(t)
	write(t, root, "content/stretches/lunge.md", "x")
	events := make(chan fsnotify.Event) // stays silent: every event is "lost"
	errs := make(chan error, 1)
	w := startHooked(t, root, Options{}, hooks{events: events, errs: errs})
	write(t, root, "content/routines/new.md", "new")
	must(t, os.Remove(filepath.Join(root, "content", "stretches", "lunge.md")))
	write(t, root, catCow, "changed, which only a full rebuild can see")
	errs <- fsnotify.ErrEventOverflow
	bs := collect(t, w, "content/routines/new.md", "content/stretches/lunge.md")
	if len(bs) != 1 || !bs[0].Full {
		t.Fatalf("got %+v, want one Full batch", bs)
	}
	if want := []string{"content/routines/new.md", "content/stretches/lunge.md"}; !slices.Equal(bs[0].Paths, want) {
		t.Errorf("paths %v, want %v", bs[0].Paths, want)
	}
}

func TestMaxDelay(t *testing.T) {
	t.Parallel()
	root := newSite(t)
	// The folder is never quiet for Quiet: batches still come, by MaxDelay.
	w := startOn(t, root, Options{Quiet: time.Hour, MaxDelay: 100 * time.Millisecond})
	done := make(chan struct{})
	defer close(done)
	go func() {
		for i := 0; ; i++ {
			select {
			case <-done:
				return
			case <-time.After(20 * time.Millisecond):
				os.WriteFile(filepath.Join(root, "content", "busy.md"), []byte{byte(i)}, 0o644)
			}
		}
	}()
	collect(t, w, "content/busy.md")
}

func TestOtherErrorsReported(t *testing.T) {
	t.Parallel()
	root := newSite(t)
	errs := make(chan error, 1)
	w := startHooked(t, root, Options{}, hooks{errs: errs})
	errs <- os.ErrPermission
	select {
	case err := <-w.Errors():
		if err != os.ErrPermission {
			t.Errorf("got %v", err)
		}
	case <-time.After(arrive):
		t.Fatal("error not reported")
	}
}
