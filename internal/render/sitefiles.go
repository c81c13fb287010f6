package render

import (
	"errors"
	"github.com/limber/limber/internal/content"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"

	"github.com/limber/limber/internal/diag"
)

// siteReader reads a site's templates/ folder. It reads only regular files,
// skips hidden files and editor leftovers (see Ignored) and never follows a
// symlink out of the site or to a folder.
type siteReader struct {
	realRoot string // the site folder with symlinks resolved
	files    map[string]*file
	assets   map[string][]byte
	errs     *diag.List
}

// readSite reads the template overrides of the site in siteDir into files
// and its static files into assets, keyed by "assets/...".
func readSite(siteDir string, files map[string]*file, assets map[string][]byte, errs *diag.List) {
	r := &siteReader{realRoot: siteDir, files: files, assets: assets, errs: errs}
	if real, err := filepath.EvalSymlinks(siteDir); err == nil {
		r.realRoot = real
	}
	dir := filepath.Join(siteDir, "templates")
	if _, err := os.Lstat(dir); errors.Is(err, fs.ErrNotExist) {
		return
	}
	if _, _, ok := r.resolve(dir, ""); !ok {
		return
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		r.add("", "cannot read the templates folder: %v", unwrapPath(err))
		return
	}
	for _, e := range entries {
		if content.Ignored(e.Name()) {
			continue
		}
		abs := filepath.Join(dir, e.Name())
		switch {
		case e.Name() == "assets":
			r.folder(abs, "assets")
		case path.Ext(e.Name()) == ".html":
			if b, ok := r.read(abs, e.Name()); ok && !sameAsBuiltin(files[e.Name()], b) {
				files[e.Name()] = &file{name: e.Name(), text: string(b)}
			}
		}
	}
}

// add reports a problem at rel, a slash path relative to templates/.
func (r *siteReader) add(rel, format string, args ...any) {
	p := "templates"
	if rel != "" {
		p += "/" + rel
	}
	r.errs.Add(diag.Pos{Path: p}, format, args...)
}

// resolve returns what the path abs (rel inside templates/) is, following it
// when it is a symlink to somewhere inside the site. It reports, and returns
// false for, a symlink that leads nowhere or out of the site.
func (r *siteReader) resolve(abs, rel string) (info fs.FileInfo, link, ok bool) {
	info, err := os.Lstat(abs)
	if err != nil {
		r.add(rel, "cannot read: %v", unwrapPath(err))
		return nil, false, false
	}
	if info.Mode()&fs.ModeSymlink == 0 {
		return info, false, true
	}
	target, err := filepath.EvalSymlinks(abs)
	if err != nil {
		r.add(rel, "symlink points to nothing; not followed")
		return nil, true, false
	}
	if !r.inside(target) {
		r.add(rel, "symlink points outside the site; not followed")
		return nil, true, false
	}
	if info, err = os.Stat(target); err != nil {
		r.add(rel, "cannot read: %v", unwrapPath(err))
		return nil, true, false
	}
	return info, true, true
}

// inside reports whether target, a path with symlinks resolved, is in the
// site folder.
func (r *siteReader) inside(target string) bool {
	rel, err := filepath.Rel(r.realRoot, target)
	return err == nil && !filepath.IsAbs(rel) && rel != ".." &&
		!strings.HasPrefix(rel, ".."+string(filepath.Separator))
}

// read returns the bytes of the regular file at abs (rel inside templates/).
// A folder is skipped without a word; a symlink to one is reported.
func (r *siteReader) read(abs, rel string) ([]byte, bool) {
	info, link, ok := r.resolve(abs, rel)
	switch {
	case !ok:
		return nil, false
	case info.IsDir() && link:
		r.add(rel, "symlink to a folder; not followed (move or copy the folder here instead)")
		return nil, false
	case info.IsDir():
		return nil, false
	case !info.Mode().IsRegular():
		r.add(rel, "not a regular file; limber reads only ordinary files")
		return nil, false
	}
	b, err := os.ReadFile(abs)
	if err != nil {
		r.add(rel, "cannot read this file: %v", unwrapPath(err))
		return nil, false
	}
	return b, true
}

// folder reads every static file under the folder abs, keyed by rel, its
// slash path relative to templates/ ("assets/img").
func (r *siteReader) folder(abs, rel string) {
	info, link, ok := r.resolve(abs, rel)
	switch {
	case !ok:
		return
	case link && info.IsDir():
		r.add(rel, "symlink to a folder; not followed (move or copy the folder here instead)")
		return
	case !info.IsDir():
		r.add(rel, "should be a folder of static files, such as %s/style.css; not used", rel)
		return
	}
	entries, err := os.ReadDir(abs)
	if err != nil {
		r.add(rel, "cannot read this folder: %v", unwrapPath(err))
		return
	}
	for _, e := range entries {
		if content.Ignored(e.Name()) {
			continue
		}
		childAbs, childRel := filepath.Join(abs, e.Name()), rel+"/"+e.Name()
		if e.IsDir() {
			r.folder(childAbs, childRel)
		} else if b, ok := r.read(childAbs, childRel); ok {
			r.assets[childRel] = b
		}
	}
}

// unwrapPath drops the absolute path from an *fs.PathError; diag gives the place.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// sameAsBuiltin reports whether a site's template file is limber's own
// file of that name, unchanged (as in limber's repository, whose sample
// site sits beside the built-in templates): it then replaces nothing, and
// limber serve may rebuild only the pages an edit shows on.
func sameAsBuiltin(builtin *file, text []byte) bool {
	return builtin != nil && builtin.builtin && builtin.text == string(text)
}
