package check

import (
	"testing"

	"github.com/limber/limber/internal/content"
	"github.com/limber/limber/internal/plain"
)

// TestMergeTermsReplacesBuiltin checks that a site's term replaces the
// built-in term with the same words however it is written (case, hyphens,
// a non-breaking hyphen, a final full stop), so that the finder accepts
// the merged list.
func TestMergeTermsReplacesBuiltin(t *testing.T) {
	for _, jargon := range []string{"Range-of-Motion", "range\u2011of\u2011motion", "range of motion."} {
		merged := mergeTerms(plain.Builtin(), []content.Jargon{{Jargon: jargon, Plain: "how far you can move"}})
		if len(merged) != len(plain.Builtin()) {
			t.Errorf("%q: %d terms, want the built-in %d with one replaced", jargon, len(merged), len(plain.Builtin()))
		}
		if _, err := plain.NewFinder(merged); err != nil {
			t.Errorf("%q: %v", jargon, err)
		}
	}
}
