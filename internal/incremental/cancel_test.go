package incremental

import (
	"context"
	"errors"
	"slices"
	"sync/atomic"
	"testing"

	"github.com/limber/limber/internal/pipeline"
)

// stopAfter is a context that is done once its Err has been asked n
// times: it stops a rebuild part way, at a point that does not depend on
// time.
type stopAfter struct {
	context.Context
	n atomic.Int64
}

func newStopAfter(n int64) *stopAfter {
	c := &stopAfter{Context: context.Background()}
	c.n.Store(n)
	return c
}

func (c *stopAfter) Err() error {
	if c.n.Add(-1) < 0 {
		return context.Canceled
	}
	return nil
}

// TestRebuildCancelled stops a rebuild at many points of its Markdown and
// template stages, edits another file as a newer save would, and rebuilds
// with both changes: the result must equal a full build, and name the pages
// of both edits as changed.
func TestRebuildCancelled(t *testing.T) {
	const lunge, catCow = "content/stretches/lunge.md", "content/stretches/cat-cow.md"
	stopped := 0
	for _, n := range []int64{0, 1, 3, 10, 30, 60, 100, 1000} {
		dir := copySample(t)
		opts := pipeline.Options{Site: dir}
		s := NewSession(opts)
		if _, err := s.Rebuild(nil, true); err != nil {
			t.Fatal(err)
		}
		edit(t, dir, lunge, "regions: [", "regions: [calves, ") // takes the pipeline
		_, err := s.RebuildContext(newStopAfter(n), []string{lunge}, false)
		switch {
		case errors.Is(err, context.Canceled):
			stopped++
		case err != nil:
			t.Fatalf("stopped after %d: %v", n, err)
		}
		edit(t, dir, catCow, "## How to do it", "Go slowly.\n\n## How to do it")
		paths := []string{catCow}
		if err != nil {
			paths = append(paths, lunge)
		}
		got, err := s.Rebuild(paths, false)
		if err != nil {
			t.Fatalf("after stopping after %d: %v", n, err)
		}
		want, err := NewSession(opts).Rebuild(nil, true)
		if err != nil {
			t.Fatal(err)
		}
		sameSnapshot(t, "a rebuild after one stopped", got.Snapshot, want.Snapshot)
		if len(paths) == 2 && !slices.Contains(got.Changed, "stretches/lunge/index.html") {
			t.Errorf("stopped after %d: changed %q", n, got.Changed)
		}
		if !slices.Contains(got.Changed, "stretches/cat-cow/index.html") {
			t.Errorf("stopped after %d: changed %q", n, got.Changed)
		}
	}
	t.Logf("%d rebuilds stopped", stopped)
	if stopped < 5 {
		t.Errorf("only %d of the rebuilds stopped", stopped)
	}
}
