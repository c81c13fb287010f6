package output

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// makeOutput writes pages and the marker listing them into dir, as a
// complete build (or limber's output) holds them.
func makeOutput(t *testing.T, dir string, pages map[string]string) {
	t.Helper()
	for rel, data := range withMarker(pages) {
		mustWrite(t, filepath.Join(dir, filepath.FromSlash(rel)), data)
	}
}

var (
	oldPages = map[string]string{"index.html": "old home", "a/index.html": "old a"}
	newPages = map[string]string{"index.html": "new home", "b/index.html": "new b"}
)

// TestRecoverAfterKill builds the state that a build stopped after each step
// of a swap or a removal leaves on disk, and checks that Recover, which
// limber build runs before reading the site, leaves a whole output at
// public/ (the old one or the new one, as the step allows), removes every
// leftover of limber's and keeps every folder it did not make.
func TestRecoverAfterKill(t *testing.T) {
	tests := []struct {
		name  string
		state func(t *testing.T, site string)
		want  map[string]string // the output after Recover; nil: none
	}{
		{"two renames: after out to old", func(t *testing.T, site string) {
			makeOutput(t, filepath.Join(site, ".public.limber-old-1a2b3c4d"), oldPages)
			makeOutput(t, filepath.Join(site, ".public.limber-new-5"), newPages)
		}, oldPages},
		{"exchange: after the exchange", func(t *testing.T, site string) {
			makeOutput(t, filepath.Join(site, "public"), newPages)
			makeOutput(t, filepath.Join(site, ".public.limber-new-5"), oldPages)
		}, newPages},
		{"force: after out to its backup", func(t *testing.T, site string) {
			mustWrite(t, filepath.Join(site, "public.before-limber/thesis.docx"), "mine")
			makeOutput(t, filepath.Join(site, ".public.limber-new-5"), newPages)
		}, newPages},
		{"empty out: after removing it", func(t *testing.T, site string) {
			makeOutput(t, filepath.Join(site, ".public.limber-new-5"), newPages)
		}, newPages},
		{"begin: a build that never finished", func(t *testing.T, site string) {
			mustWrite(t, filepath.Join(site, ".public.limber-new-5/"+MarkerName), Marker)
			mustWrite(t, filepath.Join(site, ".public.limber-new-5/index.html"), "half")
		}, nil},
		{"discard: after the rename to trash", func(t *testing.T, site string) {
			makeOutput(t, filepath.Join(site, "public"), newPages)
			makeOutput(t, filepath.Join(site, ".public.limber-trash-5"), oldPages)
		}, newPages},
		{"discard: half removed, marker last", func(t *testing.T, site string) {
			makeOutput(t, filepath.Join(site, "public"), newPages)
			mustWrite(t, filepath.Join(site, ".public.limber-trash-5/"+MarkerName), markerText([]string{"a/index.html"}))
			mustMkdir(t, filepath.Join(site, ".public.limber-trash-5/a"))
		}, newPages},
		{"discard: after removing the marker", func(t *testing.T, site string) {
			makeOutput(t, filepath.Join(site, "public"), newPages)
			mustMkdir(t, filepath.Join(site, ".public.limber-trash-5"))
		}, newPages},
		{"begin: before and while writing the marker", func(t *testing.T, site string) {
			makeOutput(t, filepath.Join(site, "public"), newPages)
			mustMkdir(t, filepath.Join(site, ".public.limber-new-5"))
			mustWrite(t, filepath.Join(site, ".public.limber-new-6/"+MarkerName), Marker[:20])
		}, newPages},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, site := newSite(t)
			tt.state(t, site)
			foreign := map[string]string{
				".public.limber-trash-9/mine.txt":      "not limber's: no marker",
				".public.limber-new-9/notes.txt":       "not limber's either",
				".public.limber-new-8/" + MarkerName:   "a different text",
				"public.before-limber-2/thesis.docx":   "a backup is the user's",
				".public.limber-old-9/" + MarkerName:   Marker[:20],
				".public.limber-old-9/also-there.html": "a cut-short marker and a file: not sure, kept",
			}
			for rel, data := range foreign {
				mustWrite(t, filepath.Join(site, rel), data)
			}
			mustNoErr(t, Recover(site, filepath.Join(site, "public")))
			checkRecovered(t, site, tt.want, foreign)
		})
	}
}

// checkRecovered fails unless public/ holds want (or is missing for nil),
// every foreign file is unchanged and nothing else of limber's is left.
func checkRecovered(t *testing.T, site string, want, foreign map[string]string) {
	t.Helper()
	out := filepath.Join(site, "public")
	if want == nil {
		if _, err := os.Lstat(out); !errors.Is(err, fs.ErrNotExist) {
			t.Errorf("public/ = %v, want it still missing", err)
		}
	} else if got := files(t, out); !reflect.DeepEqual(got, withMarker(want)) {
		t.Errorf("public/ = %v, want %v", got, withMarker(want))
	}
	for rel, data := range foreign {
		if got, err := os.ReadFile(filepath.Join(site, rel)); err != nil || string(got) != data {
			t.Errorf("%s = %q, %v; want it kept", rel, got, err)
		}
	}
	left := map[string]bool{"public.before-limber": true} // the force case's backup
	for rel := range foreign {
		left[filepath.Dir(rel)] = true
	}
	for _, n := range names(t, site) {
		if !left[n] && n != "public" && n != "content" && n != "templates" && n != ".public.limber-lock" {
			t.Errorf("left over: %s", n)
		}
	}
}

// TestFailedBuildRecovers checks that recovery does not wait for a build to
// begin: a build stopped between its two renames, then a build that fails
// before it begins (as one with content errors does), leaves public/ back.
func TestFailedBuildRecovers(t *testing.T) {
	_, site := newSite(t)
	out := filepath.Join(site, "public")
	build(t, site, out, false, oldPages)
	before := tree(t, out)
	mustNoErr(t, os.Rename(out, filepath.Join(site, ".public.limber-old-0badf00d")))
	mustNoErr(t, Recover(site, out))
	if got := tree(t, out); !reflect.DeepEqual(got, before) {
		t.Errorf("recovered output = %v, want %v", got, before)
	}
	noLeftovers(t, site)
}

// TestRecoverWritesNothingWhenTidy checks that Recover of a tidy output
// folder creates nothing, not even a lock file, and refuses what Check does.
func TestRecoverWritesNothingWhenTidy(t *testing.T) {
	base, site := newSite(t)
	before := tree(t, base)
	mustNoErr(t, Recover(site, filepath.Join(site, "public")))
	if after := tree(t, base); !reflect.DeepEqual(before, after) {
		t.Errorf("Recover changed files:\nbefore %v\nafter  %v", before, after)
	}
	if _, err := os.Lstat(lockName(filepath.Join(site, "public"))); err == nil {
		t.Error("Recover made a lock file with nothing to do")
	}
	if err := Recover(site, filepath.Join(site, "content")); err == nil {
		t.Error("Recover into content/ = nil, want Check's refusal")
	}
}

// TestCommitLeavesNoLeftovers checks that a commit over limber's previous
// output, by exchange and by two renames, ends with the new output and no
// temporary, old or trash folder beside it.
func TestCommitLeavesNoLeftovers(t *testing.T) {
	for name, portable := range writers() {
		t.Run(name, func(t *testing.T) {
			_, site := newSite(t)
			out := filepath.Join(site, "public")
			for _, pages := range []map[string]string{oldPages, newPages} {
				tx, err := Begin(Options{Site: site, Out: out, portable: portable})
				mustNoErr(t, err)
				for _, k := range sortedKeys(pages) {
					mustNoErr(t, tx.WriteFile(k, []byte(pages[k])))
				}
				_, err = tx.Commit()
				mustNoErr(t, err)
			}
			if got := files(t, out); !reflect.DeepEqual(got, withMarker(newPages)) {
				t.Errorf("output = %v, want %v", got, withMarker(newPages))
			}
			if got := names(t, site); !reflect.DeepEqual(got, []string{".public.limber-lock", "content", "public", "templates"}) {
				t.Errorf("site folder holds %v", got)
			}
		})
	}
}
