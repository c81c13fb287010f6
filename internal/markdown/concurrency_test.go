package markdown

import (
	"os"
	"reflect"
	"sync"
	"testing"
)

// TestConcurrentRender renders the same page from 8 goroutines with one
// shared Renderer (run with -race) and expects the very same output as a
// render on its own.
func TestConcurrentRender(t *testing.T) {
	body, err := os.ReadFile("testdata/lunge.md")
	if err != nil {
		t.Fatal(err)
	}
	in := Input{Path: "content/stretches/lunge.md", Rel: "stretches/lunge.md", Body: body, BodyLine: 5}
	r := New()
	wantOut, wantErrs := r.Render(in, testSite())
	want := summary(wantOut, errLines(wantErrs))
	var wg sync.WaitGroup
	outs := make([]Output, 8)
	sums := make([]string, 8)
	for i := range outs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 20 {
				out, errs := r.Render(in, testSite())
				outs[i], sums[i] = out, summary(out, errLines(errs))
			}
		}()
	}
	wg.Wait()
	for i := range outs {
		if outs[i].HTML != wantOut.HTML || sums[i] != want || !reflect.DeepEqual(outs[i], wantOut) {
			t.Errorf("goroutine %d rendered something else:\n%s\n%s", i, outs[i].HTML, sums[i])
		}
	}
}
