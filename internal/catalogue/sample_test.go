package catalogue_test

import (
	"bytes"
	"testing"

	"github.com/limber/limber/internal/catalogue"
	"github.com/limber/limber/internal/pipeline"
)

// TestSampleGolden holds the sample site's catalogue to the files in
// testdata/sample (rewritten by -update), and makes it twice to see the
// same bytes.
func TestSampleGolden(t *testing.T) {
	s, _, errs := pipeline.Prepare(pipeline.Options{Site: "../.."})
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	files := catalogue.Files(s)
	catalogue.CheckGolden(t, files)
	again := catalogue.Files(s)
	for i := range files {
		if files[i].Path != again[i].Path || !bytes.Equal(files[i].Data, again[i].Data) {
			t.Errorf("%s: two runs made different bytes", files[i].Path)
		}
	}
}
