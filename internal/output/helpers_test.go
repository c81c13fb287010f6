package output

import (
	"crypto/sha256"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"testing"
)

// newSite makes base/site with content/ and templates/ and returns base and
// the site folder, both symlink-resolved.
func newSite(t testing.TB) (base, site string) {
	t.Helper()
	base, err := filepath.EvalSymlinks(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	site = filepath.Join(base, "site")
	for _, d := range []string{"content/stretches", "templates"} {
		mustMkdir(t, filepath.Join(site, d))
	}
	mustWrite(t, filepath.Join(site, "content/stretches/cat-cow.md"), "# Cat-cow\n")
	return base, site
}

func mustMkdir(t testing.TB, dir string) {
	t.Helper()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
}

func mustWrite(t testing.TB, name, data string) {
	t.Helper()
	mustMkdir(t, filepath.Dir(name))
	if err := os.WriteFile(name, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

// tree lists every entry under dir (without following symlinks) as
// "slash/path mode [sha256]" lines, sorted: a hash of the whole tree. Lock
// files are left out: any Begin may leave one, and it is not output.
func tree(t testing.TB, dir string) []string {
	t.Helper()
	var lines []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		if strings.HasSuffix(d.Name(), lockSuffix) {
			return nil
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		line := fmt.Sprintf("%s %v", filepath.ToSlash(rel), info.Mode())
		if info.Mode().IsRegular() {
			data, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			line += fmt.Sprintf(" %x", sha256.Sum256(data))
		}
		lines = append(lines, line)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(lines)
	return lines
}

// files lists the regular files under dir as slash paths mapped to content.
func files(t testing.TB, dir string) map[string]string {
	t.Helper()
	got := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		rel, _ := filepath.Rel(dir, p)
		got[filepath.ToSlash(rel)] = string(data)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return got
}

// names lists the entry names of dir, sorted.
func names(t testing.TB, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var list []string
	for _, e := range entries {
		list = append(list, e.Name())
	}
	return list
}

// build runs a whole build of the given files into out and returns the result.
func build(t testing.TB, site, out string, force bool, pages map[string]string) Result {
	t.Helper()
	tx, err := Begin(Options{Site: site, Out: out, Force: force})
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range sortedKeys(pages) {
		if err := tx.WriteFile(k, []byte(pages[k])); err != nil {
			t.Fatal(err)
		}
	}
	res, err := tx.Commit()
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// withMarker returns pages plus the marker file that lists them.
func withMarker(pages map[string]string) map[string]string {
	marker := Marker
	for _, k := range sortedKeys(pages) {
		marker += k + "\n"
	}
	all := map[string]string{MarkerName: marker}
	for k, v := range pages {
		all[k] = v
	}
	return all
}

// sortedKeys returns the keys of m, sorted.
func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// noLeftovers fails if any limber temporary or old sibling is in dir.
func noLeftovers(t testing.TB, dir string) {
	t.Helper()
	for _, n := range names(t, dir) {
		if strings.Contains(n, ".limber-new-") || strings.Contains(n, ".limber-old-") {
			t.Errorf("leftover %s in %s", n, dir)
		}
	}
}

// copyPath opens src, as a caller of CopyFile does (O_NONBLOCK, so that a
// named pipe does not block), and copies it to rel.
func copyPath(tx *Tx, rel, src string) error {
	in, err := os.OpenFile(src, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return err
	}
	defer in.Close()
	return tx.CopyFile(rel, in)
}
