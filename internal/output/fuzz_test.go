package output

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// FuzzWriteFilePath writes a file at a fuzzed path and checks that nothing is
// ever created outside the build's temporary folder, that an accepted path
// lands where it says, and that Abort leaves the rest unchanged.
func FuzzWriteFilePath(f *testing.F) {
	for _, seed := range []string{
		"index.html", "stretches/cat-cow/index.html", "../x", "/abs", "a/../../x", "..", ".",
		`a\b`, "a\x00b", MarkerName, "a//b", "./a", "a/", "...", "..a/b", "é/ü.html", "a/./b", "a\nb", "index.html\n../x",
		"../public/index.html", "../../site/content/x.md", ".public.limber-old-1/x", markerPart, MarkerName + "/x",
		"stretches/" + strings.Repeat("é", 200) + "/index.html", strings.Repeat("a", 256), "a\tb", "a\x1bb",
		strings.Repeat(strings.Repeat("d", 200)+"/", 21) + "x",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, rel string) {
		base, site := newSite(t)
		tx, err := Begin(Options{Site: site, Out: filepath.Join(site, "public")})
		if err != nil {
			t.Fatal(err)
		}
		before := tree(t, base)
		werr := tx.WriteFile(rel, []byte("data"))
		if (werr == nil) != (CheckPath(rel) == nil) {
			t.Fatalf("WriteFile(%q) = %v, but CheckPath says %v", rel, werr, CheckPath(rel))
		}
		tmpRel, _ := filepath.Rel(base, tx.tmp)
		for _, line := range tree(t, base) {
			if !contains(before, line) && !strings.HasPrefix(line, filepath.ToSlash(tmpRel)+"/") {
				t.Fatalf("WriteFile(%q) created %s outside the temporary folder", rel, line)
			}
		}
		if werr == nil {
			data, err := os.ReadFile(filepath.Join(tx.tmp, filepath.FromSlash(rel)))
			if err != nil || string(data) != "data" {
				t.Fatalf("WriteFile(%q) accepted, but the file reads %q, %v", rel, data, err)
			}
		}
		if err := tx.Abort(); err != nil {
			t.Fatal(err)
		}
		var want []string
		for _, line := range before {
			if !strings.HasPrefix(line, filepath.ToSlash(tmpRel)+" ") && !strings.HasPrefix(line, filepath.ToSlash(tmpRel)+"/") {
				want = append(want, line)
			}
		}
		if after := tree(t, base); !reflect.DeepEqual(after, want) {
			t.Fatalf("after Abort: %v\nwant: %v", after, want)
		}
	})
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
