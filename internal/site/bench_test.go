package site

import (
	"fmt"
	"testing"

	"github.com/limber/limber/internal/content"
)

// bigContent is a site of n stretches spread over a few regions, each
// with a contraindication, and n/10 routines of five stretches.
func bigContent(n int) *content.Site {
	regions := []string{"hips", "neck", "calves", "lower-back", "shoulders"}
	cs := &content.Site{
		Config:     content.Config{Title: "T", BaseURL: "https://example.org/"},
		Conditions: []*content.Condition{{Source: src("conditions", "osteo", "Osteoporosis")}},
	}
	for i := range n {
		cs.Stretches = append(cs.Stretches, stretch(fmt.Sprintf("s%05d", i), fmt.Sprintf("Stretch %d", n-i),
			[]string{regions[i%len(regions)], regions[(i/7)%len(regions)]}, "osteo"))
	}
	for r := range n / 10 {
		rt := &content.Routine{Source: src("routines", fmt.Sprintf("r%04d", r), fmt.Sprintf("Routine %d", r))}
		for k := range 5 {
			rt.Stretches = append(rt.Stretches, content.RoutineItem{Ref: ref(fmt.Sprintf("s%05d", (r*13+k)%n), k+1)})
		}
		cs.Routines = append(cs.Routines, rt)
	}
	return cs
}

// BenchmarkIndex builds the site graph (pages, lists, terms, back links,
// related stretches) of 1,000 stretches and 100 routines.
func BenchmarkIndex(b *testing.B) {
	cs := bigContent(1000)
	b.ReportAllocs()
	for b.Loop() {
		if _, errs := Index(cs, Options{}); len(errs) > 0 {
			b.Fatal(errs)
		}
	}
}
