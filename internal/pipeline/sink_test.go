package pipeline

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/limber/limber/internal/output"
)

// TestSinksAgree checks that the two sinks make the same site: limber
// build's output folder, whose pages are written as soon as their bodies
// are checked, and the snapshot limber serve serves, rendered at the end
// with every body kept.
func TestSinksAgree(t *testing.T) {
	dir := copySample(t)
	opts := Options{Site: dir, Out: filepath.Join(t.TempDir(), "public"), Now: day()}
	if _, err := Build(context.Background(), opts); err != nil {
		t.Fatal(err)
	}
	written := readTree(t, opts.Out)
	sink := &SnapshotSink{}
	if _, err := Run(context.Background(), Input{Options: opts, Sink: sink, Memo: keepPages{}}); err != nil {
		t.Fatal(err)
	}
	for path, o := range sink.Snapshot.Files {
		data := o.Data
		if o.Src != "" {
			var err error
			if data, err = os.ReadFile(o.Src); err != nil {
				t.Fatal(err)
			}
		}
		if w, ok := written[path]; !ok || !bytes.Equal(w, data) {
			t.Errorf("%s: the snapshot's differs from the output folder's (written: %v)", path, ok)
		}
		delete(written, path)
	}
	for path := range written {
		if path != output.MarkerName {
			t.Errorf("%s: written but not in the snapshot", path)
		}
	}
	if !sink.Full || sink.Rendered == 0 {
		t.Errorf("rendered %d pages, full %v", sink.Rendered, sink.Full)
	}
}
