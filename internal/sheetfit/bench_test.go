package sheetfit_test

import (
	"testing"

	"github.com/limber/limber/internal/sheetfit"
)

// BenchmarkFit measures the estimate of one sample routine's sheet on
// Letter and A4, as the fit stage makes it for each routine of a build.
func BenchmarkFit(b *testing.B) {
	s := sampleSite(b)
	fs, err := sheetfit.LoadFaces()
	if err != nil {
		b.Fatal(err)
	}
	sh := s.Routines[0].Sheet
	b.ReportAllocs()
	for b.Loop() {
		fs.Fit(s, sh)
	}
}

// BenchmarkLoadFaces measures reading the bundled fonts, once per build.
func BenchmarkLoadFaces(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := sheetfit.LoadFaces(); err != nil {
			b.Fatal(err)
		}
	}
}
