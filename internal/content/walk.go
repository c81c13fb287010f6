package content

import (
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/limber/limber/internal/diag"
)

// entry is one file found under content/.
type entry struct {
	rel  string // slash path relative to content/
	abs  string // path on disk (a symlink's own path, when it is one)
	size int64
	mod  time.Time
}

// walker lists the files under content/, skipping editor leftovers and
// hidden files and never following a symlink out of the site.
type walker struct {
	realRoot string // the site folder with symlinks resolved
	files    []entry
	errs     diag.List
}

// walkContent lists every file under root/content, in name order.
func walkContent(root string) ([]entry, diag.List) {
	w := &walker{realRoot: root}
	if r, err := filepath.EvalSymlinks(root); err == nil {
		w.realRoot = r
	}
	w.dir(filepath.Join(root, "content"), "")
	sort.Slice(w.files, func(i, j int) bool { return w.files[i].rel < w.files[j].rel })
	return w.files, w.errs
}

// ignored reports whether a file or folder name is hidden or an editor's
// leftover: ".name", "name~", "*.swp", "*.swo", "*.swx", "#name#" and vim's
// "4913".
func ignored(name string) bool {
	switch {
	case strings.HasPrefix(name, "."), strings.HasSuffix(name, "~"), name == "4913":
		return true
	case len(name) > 1 && strings.HasPrefix(name, "#") && strings.HasSuffix(name, "#"):
		return true
	}
	ext := filepath.Ext(name)
	return ext == ".swp" || ext == ".swo" || ext == ".swx"
}

// pos returns the site-relative position of a path under content/.
func pos(rel string) diag.Pos {
	if rel == "" {
		return diag.Pos{Path: "content"}
	}
	return diag.Pos{Path: "content/" + rel}
}

// dir lists one folder; rel is its slash path relative to content/.
func (w *walker) dir(abs, rel string) {
	ents, err := os.ReadDir(abs)
	if err != nil {
		w.errs.Add(pos(rel), "cannot read this folder: %v", unwrapPathError(err))
		return
	}
	for _, e := range ents {
		if ignored(e.Name()) {
			continue
		}
		childAbs := filepath.Join(abs, e.Name())
		childRel := strings.TrimPrefix(rel+"/"+e.Name(), "/")
		switch {
		case e.Type()&fs.ModeSymlink != 0:
			w.symlink(childAbs, childRel)
		case e.IsDir():
			w.dir(childAbs, childRel)
		case e.Type().IsRegular():
			w.file(childAbs, childRel)
		default:
			w.errs.Add(pos(childRel), "not a regular file; skipped")
		}
	}
}

// file records one regular file.
func (w *walker) file(abs, rel string) {
	info, err := os.Stat(abs)
	if err != nil {
		w.errs.Add(pos(rel), "cannot read this file: %v", unwrapPathError(err))
		return
	}
	w.files = append(w.files, entry{rel: rel, abs: abs, size: info.Size(), mod: info.ModTime()})
}

// symlink follows a link to a file inside the site. Links out of the site
// and links to folders are reported and not followed.
func (w *walker) symlink(abs, rel string) {
	target, err := filepath.EvalSymlinks(abs)
	if err != nil {
		w.errs.Add(pos(rel), "symlink points to nothing; not followed")
		return
	}
	if r, err := filepath.Rel(w.realRoot, target); err != nil || r == ".." ||
		strings.HasPrefix(r, ".."+string(filepath.Separator)) || filepath.IsAbs(r) {
		w.errs.Add(pos(rel), "symlink points outside the site; not followed")
		return
	}
	info, err := os.Stat(target)
	switch {
	case err != nil:
		w.errs.Add(pos(rel), "cannot read this file: %v", unwrapPathError(err))
	case info.IsDir():
		w.errs.Add(pos(rel), "symlink to a folder; not followed (move or copy the folder here instead)")
	case info.Mode().IsRegular():
		w.files = append(w.files, entry{rel: rel, abs: abs, size: info.Size(), mod: info.ModTime()})
	default:
		w.errs.Add(pos(rel), "not a regular file; skipped")
	}
}

// unwrapPathError drops the path from an *fs.PathError, since the message
// is already placed at the path.
func unwrapPathError(err error) error {
	if pe, ok := err.(*fs.PathError); ok {
		return pe.Err
	}
	return err
}
