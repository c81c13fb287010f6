package output

import (
	"path/filepath"
	"reflect"
	"runtime"
	"testing"
)

// TestReplace swaps a complete build in over limber's previous output with
// replace and with replaceByRenames: the new build ends up at out and the old
// output, still marked, where each says.
func TestReplace(t *testing.T) {
	for name, swap := range map[string]func(tmp, out string) (string, error){
		"replace": replace, "by renames": replaceByRenames,
	} {
		t.Run(name, func(t *testing.T) {
			base := t.TempDir()
			out, tmp := filepath.Join(base, "public"), filepath.Join(base, ".public.limber-new-1")
			makeOutput(t, out, oldPages)
			makeOutput(t, tmp, newPages)
			old, err := swap(tmp, out)
			mustNoErr(t, err)
			if got := files(t, out); !reflect.DeepEqual(got, withMarker(newPages)) {
				t.Errorf("out = %v, want the new build", got)
			}
			if got := files(t, old); !reflect.DeepEqual(got, withMarker(oldPages)) {
				t.Errorf("%s = %v, want the old output", old, got)
			}
			if name == "replace" && runtime.GOOS == "linux" && old != tmp {
				t.Logf("this file system cannot exchange: the old output went to %s", old)
			}
		})
	}
}

// TestMoveIn renames a complete build to a missing or empty out, and
// reports errOccupied, changing nothing, for an out that holds files.
func TestMoveIn(t *testing.T) {
	base := t.TempDir()
	for _, out := range []string{filepath.Join(base, "missing"), filepath.Join(base, "empty")} {
		mustMkdir(t, filepath.Join(base, "empty"))
		tmp := filepath.Join(base, ".tmp")
		makeOutput(t, tmp, newPages)
		mustNoErr(t, moveIn(tmp, out))
		if got := files(t, out); !reflect.DeepEqual(got, withMarker(newPages)) {
			t.Errorf("%s = %v, want the new build", out, got)
		}
	}
	tmp, out := filepath.Join(base, ".tmp"), filepath.Join(base, "full")
	makeOutput(t, tmp, newPages)
	makeOutput(t, out, oldPages)
	if err := moveIn(tmp, out); err != errOccupied {
		t.Errorf("moveIn over a full folder = %v, want errOccupied", err)
	}
	if got := files(t, out); !reflect.DeepEqual(got, withMarker(oldPages)) {
		t.Errorf("%s = %v, want it unchanged", out, got)
	}
}
