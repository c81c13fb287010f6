package content

import (
	"fmt"
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
	src  origin // where to read it: the file, or the symlink's target
}

// walker lists the files under content/, skipping editor leftovers and
// hidden files. It follows a symlink only to a regular file inside content/
// that is neither hidden nor ignored nor, for a link not itself named .md,
// a Markdown file (a page's source, a draft's too).
type walker struct {
	content string // the content folder with symlinks resolved
	files   []entry
	errs    diag.List
}

// walkContent lists every file under root/content, in name order.
func walkContent(root string) ([]entry, diag.List) {
	w := &walker{}
	real, msg := contentDir(root)
	if msg != "" {
		w.errs.Add(pos(""), "%s", msg)
		return nil, w.errs
	}
	w.content = real
	w.dir(filepath.Join(root, "content"), "")
	sort.Slice(w.files, func(i, j int) bool { return w.files[i].rel < w.files[j].rel })
	return w.files, w.errs
}

// contentDir returns the content folder of the site folder root with
// symlinks resolved, or a message saying why limber will not read it: it
// must lie inside the site folder, not be the site folder itself, and have
// no hidden or ignored part below it (a content/ that links to .git would
// publish the repository's settings, and a CI token with them).
func contentDir(root string) (string, string) {
	realRoot, content := siteRoot(root), filepath.Join(root, "content")
	if r, err := filepath.EvalSymlinks(content); err == nil {
		content = r
	}
	rel, inside := below(realRoot, content)
	switch {
	case !inside:
		return "", "symlink points outside the site; not followed"
	case rel == ".":
		return "", "symlink points to the site folder itself; not followed"
	case hidden(rel):
		return "", "symlink points to a hidden or ignored folder (" + rel + "); not followed"
	}
	return content, ""
}

// siteRoot returns the site folder root with symlinks resolved, or as it
// is when they cannot be.
func siteRoot(root string) string {
	if r, err := filepath.EvalSymlinks(root); err == nil {
		return r
	}
	return root
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
		if Ignored(e.Name()) {
			continue
		}
		childAbs := filepath.Join(abs, e.Name())
		childRel := strings.TrimPrefix(rel+"/"+e.Name(), "/")
		switch {
		case e.Type()&fs.ModeSymlink != 0:
			w.symlink(childAbs, childRel)
		case e.IsDir():
			w.dir(childAbs, childRel)
		default:
			w.file(childAbs, childRel, childAbs, childRel)
		}
	}
}

// file records one regular file, reporting anything else (a FIFO, a
// socket, a device) that is not a folder. abs and rel name the file as
// listed, real and realRel what is read: the same, or a symlink's target.
func (w *walker) file(abs, rel, real, realRel string) {
	info, err := os.Lstat(real)
	switch {
	case err != nil:
		w.errs.Add(pos(rel), "cannot read this file: %v", unwrapPathError(err))
		return
	case !info.Mode().IsRegular():
		w.errs.Add(pos(rel), "%s", notRegular)
		return
	}
	src := origin{dir: w.content, real: realRel, info: info}
	w.files = append(w.files, entry{rel: rel, abs: abs, size: info.Size(), mod: info.ModTime(), src: src})
}

// symlink follows a link to a file limber may read (see walker). Any
// other link is reported and not followed.
func (w *walker) symlink(abs, rel string) {
	target, err := filepath.EvalSymlinks(abs)
	if err != nil {
		w.errs.Add(pos(rel), "symlink points to nothing; not followed")
		return
	}
	real, inside := below(w.content, target)
	switch {
	case !inside:
		w.errs.Add(pos(rel), "symlink points outside the content folder; not followed")
	case isDir(target):
		w.errs.Add(pos(rel), "symlink to a folder; not followed (move or copy the folder here instead)")
	case hidden(real):
		w.errs.Add(pos(rel), "symlink points to a hidden or ignored file (content/%s); not followed", real)
	case isMarkdown(real) && !isMarkdown(rel):
		w.errs.Add(pos(rel), "symlink points to a Markdown file (content/%s), whose source is never published; not followed", real)
	default:
		w.file(abs, rel, target, real)
	}
}

// below returns target, a path with symlinks resolved, as a slash path
// relative to dir, and whether it is dir or inside it.
func below(dir, target string) (string, bool) {
	r, err := filepath.Rel(dir, target)
	if err != nil || r == ".." || strings.HasPrefix(r, ".."+string(filepath.Separator)) || filepath.IsAbs(r) {
		return "", false
	}
	return filepath.ToSlash(r), true
}

// hidden reports whether any part of the slash path rel is a name that
// limber never reads (see Ignored).
func hidden(rel string) bool {
	for _, part := range strings.Split(rel, "/") {
		if Ignored(part) {
			return true
		}
	}
	return false
}

// isDir reports whether abs is a folder, following symlinks.
func isDir(abs string) bool {
	info, err := os.Stat(abs)
	return err == nil && info.IsDir()
}

// notRegular is the message for a path that is not an ordinary file.
const notRegular = "not a regular file; limber reads only ordinary files"

// MaxFileBytes is the largest file limber reads as text, a Markdown page or
// limber.yaml: 1 MiB, four times the largest Markdown body limber renders
// (markdown.MaxBodyBytes), to leave room for front matter. A larger file is
// turned down from its size on disk before any of it is read, so that a
// file of hundreds of MiB costs no time or memory.
const MaxFileBytes = 1 << 20

// readSiteFile reads the file name at the top of the site folder root
// (limber.yaml), or returns a message saying why it will not: it must be an
// ordinary file, and a symlink may lead only to an ordinary file inside the
// site folder none of whose parts is hidden or ignored (limber.yaml linked
// to .env or /proc/self/environ would print its text in a CI log). The file
// is read beneath the site folder through no symlink, up to MaxFileBytes.
func readSiteFile(root, name string) ([]byte, string) {
	realRoot := siteRoot(root)
	target, err := filepath.EvalSymlinks(filepath.Join(root, name))
	if err != nil {
		return nil, fmt.Sprintf("cannot read this file: %v", unwrapPathError(err))
	}
	rel, inside := below(realRoot, target)
	switch {
	case !inside:
		return nil, "symlink points outside the site; not followed"
	case hidden(rel):
		return nil, "symlink points to a hidden or ignored file (" + rel + "); not followed"
	}
	info, err := os.Lstat(target)
	switch {
	case err != nil:
		return nil, fmt.Sprintf("cannot read this file: %v", unwrapPathError(err))
	case !info.Mode().IsRegular():
		return nil, notRegular
	}
	return origin{dir: realRoot, real: rel, info: info}.read(MaxFileBytes, tooLarge)
}

// tooLarge is the message for a file of size bytes, past MaxFileBytes.
func tooLarge(size int64) string {
	return fmt.Sprintf("file is %.1f MiB, more than limber's limit of %d MiB for a page or limber.yaml: split it into several pages",
		float64(size)/(1<<20), MaxFileBytes>>20)
}

// unwrapPathError drops the path from an *fs.PathError, since the message
// is already placed at the path.
func unwrapPathError(err error) error {
	if pe, ok := err.(*fs.PathError); ok {
		return pe.Err
	}
	return err
}
