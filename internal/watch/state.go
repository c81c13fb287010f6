package watch

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"

	"github.com/fsnotify/fsnotify"
)

// state is what the watcher knows of the site. After New returns only the
// watcher's goroutine touches it.
type state struct {
	root   string // absolute, cleaned
	prefix string // root with a trailing separator
	out    string // the output folder relative to root, slash path; "" if none
	opts   Options
	fsw    *fsnotify.Watcher
	report func(error)

	watched map[string]bool // folders with a watch, site-relative
	known   map[string]bool // files present when the last batch was formed
	pending map[string]bool // paths changed since the last batch
	gone    map[string]bool // pending paths that were watched folders
	full    bool            // the next batch must be Full
	failed  error           // the first folder that could not be watched
}

// newState returns the state for a site root (absolute).
func newState(root string, opts Options, fsw *fsnotify.Watcher, report func(error)) *state {
	prefix := root
	if !strings.HasSuffix(prefix, string(filepath.Separator)) {
		prefix += string(filepath.Separator)
	}
	s := &state{
		root: root, prefix: prefix, opts: normalize(opts), fsw: fsw, report: report,
		watched: map[string]bool{}, known: map[string]bool{},
		pending: map[string]bool{}, gone: map[string]bool{},
	}
	s.out = s.outRel(opts.Out)
	return s
}

// outRel returns the output folder as a site-relative slash path, or "" when
// it is not inside the site.
func (s *state) outRel(out string) string {
	if out == "" {
		return ""
	}
	if !filepath.IsAbs(out) {
		out = filepath.Join(s.root, out)
	}
	rel, err := filepath.Rel(s.root, out)
	if err != nil || rel == "." || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return ""
	}
	return filepath.ToSlash(rel)
}

// init watches the root and every folder in scope, and records the files.
func (s *state) init() error {
	if err := s.fsw.Add(s.root); err != nil {
		return fmt.Errorf("watch: cannot watch the site folder: %w", explain(err))
	}
	s.rescan()
	if s.failed != nil {
		return s.failed
	}
	s.known, s.pending = s.pending, map[string]bool{}
	return nil
}

// rel returns the site-relative slash path of an absolute path, and false
// for the root itself or a path outside it.
func (s *state) rel(abs string) (string, bool) {
	r, ok := strings.CutPrefix(abs, s.prefix)
	if !ok || r == "" {
		return "", false
	}
	return filepath.ToSlash(r), true
}

// abs returns the path on disk of a site-relative slash path.
func (s *state) abs(rel string) string {
	return filepath.Join(s.root, filepath.FromSlash(rel))
}

// skip reports whether changes to rel do not matter to a build.
func (s *state) skip(rel string) bool {
	return !inScope(rel) || s.opts.Ignore(rel) || (s.out != "" && under(rel, s.out))
}

// event records one fsnotify event and reports whether it matters.
func (s *state) event(ev fsnotify.Event) bool {
	if !ev.Has(fsnotify.Create) && !ev.Has(fsnotify.Write) &&
		!ev.Has(fsnotify.Remove) && !ev.Has(fsnotify.Rename) {
		return false // Chmod only
	}
	rel, ok := s.rel(ev.Name)
	if !ok || s.skip(rel) {
		return false
	}
	s.pending[rel] = true
	if ev.Has(fsnotify.Remove) || ev.Has(fsnotify.Rename) {
		s.unwatch(rel)
	}
	if ev.Has(fsnotify.Create) {
		s.addTree(rel)
	}
	return true
}

// addTree watches the folder rel and every folder in it, each before it is
// read, and marks every file found as changed. It does nothing when rel is
// not a folder (any more).
func (s *state) addTree(rel string) {
	s.walk(rel, func(r string, dir bool) {
		if dir {
			s.watch(r)
		} else {
			s.pending[r] = true
		}
	})
}

// walk calls found for rel and everything under it that is not skipped,
// parents before children, without following symlinks.
func (s *state) walk(rel string, found func(rel string, dir bool)) {
	info, err := os.Lstat(s.abs(rel))
	if err != nil || !info.IsDir() {
		return
	}
	filepath.WalkDir(s.abs(rel), func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil // vanished meanwhile: its own events follow
		}
		r, ok := s.rel(p)
		if !ok || s.skip(r) {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		found(r, d.IsDir())
		return nil
	})
}

// watch adds a watch for the folder rel. A folder that is already gone is
// not an error (its removal is reported); any other failure makes the next
// batch Full, since changes in that folder would go unseen.
func (s *state) watch(rel string) {
	err := s.fsw.Add(s.abs(rel))
	switch {
	case err == nil:
		s.watched[rel] = true
	case errors.Is(err, fs.ErrNotExist), errors.Is(err, syscall.ENOTDIR):
	default:
		err = fmt.Errorf("watch: cannot watch %s: %w", rel, explain(err))
		if s.failed == nil {
			s.failed = err
		}
		s.full = true
		s.report(err)
	}
}

// unwatch drops the watches of the folder rel and of every folder in it
// (when a folder is renamed, its subfolders' watches would otherwise keep
// reporting under the old name).
func (s *state) unwatch(rel string) {
	if !s.watched[rel] {
		return
	}
	s.gone[rel] = true
	for d := range s.watched {
		if under(d, rel) {
			s.fsw.Remove(s.abs(d)) // an error only says the watch is already gone
			delete(s.watched, d)
		}
	}
}

// explain rewords the error of a watch that hit the system's limit.
func explain(err error) error {
	if errors.Is(err, syscall.ENOSPC) || errors.Is(err, syscall.EMFILE) {
		return fmt.Errorf("%w (the system's limit on watched folders is reached: raise "+
			"fs.inotify.max_user_watches or max_user_instances)", err)
	}
	return err
}

// sortedKeys returns the keys of m in order.
func sortedKeys(m map[string]bool) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
