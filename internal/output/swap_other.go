//go:build !linux && !windows

package output

// replace swaps the complete build tmp in as out, which holds limber's
// previous output. Systems other than Linux have no exchanging rename that
// limber uses, so it takes two renames (see replaceByRenames).
func replace(tmp, out string) (string, error) {
	return replaceByRenames(tmp, out)
}
