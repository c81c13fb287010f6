package watch

import (
	"os"
	"strings"
)

// flush turns the changes gathered since the last batch into a batch,
// looking at the files as they are now: a pending path is listed if it is a
// file now or was one at the last batch, so a temporary file that came and
// went is left out and a file replaced by a rename is listed. It reports
// false when there is nothing to send.
func (s *state) flush() (Batch, bool) {
	if s.full {
		s.rescan()
	}
	full := s.full
	for _, p := range sortedKeys(s.pending) {
		if s.isDir(p) && !s.watched[p] {
			s.addTree(p)
		}
	}
	changed := map[string]bool{}
	for _, p := range sortedKeys(s.pending) {
		s.settle(p, changed)
	}
	full = full || s.full // a folder could not be watched just now
	s.pending, s.gone, s.full, s.failed = map[string]bool{}, map[string]bool{}, false, nil
	if len(changed) == 0 && !full {
		return Batch{}, false
	}
	return Batch{Paths: sortedKeys(changed), Full: full}, true
}

// settle decides whether the pending path p changed, and updates the known
// files. When p was a watched folder, the known files under it that are
// gone are listed too (a folder moved away sends no event for its files).
func (s *state) settle(p string, changed map[string]bool) {
	if s.gone[p] {
		for k := range s.known {
			if strings.HasPrefix(k, p+"/") && !s.exists(k) {
				changed[k] = true
				delete(s.known, k)
			}
		}
	}
	info, err := os.Lstat(s.abs(p))
	isFile := err == nil && !info.IsDir()
	if isFile || s.known[p] {
		changed[p] = true
	}
	if isFile {
		s.known[p] = true
	} else {
		delete(s.known, p)
	}
}

// rescan watches every folder in scope again, drops the watches of folders
// that are gone, and marks as changed every file that appeared or
// disappeared since the last batch. It runs at start and after lost events.
func (s *state) rescan() {
	dirs, files := s.scanAll()
	for d := range s.watched {
		if !dirs[d] {
			s.fsw.Remove(s.abs(d)) // an error only says the watch is already gone
			delete(s.watched, d)
		}
	}
	for f := range files {
		if !s.known[f] {
			s.pending[f] = true
		}
	}
	for f := range s.known {
		if !files[f] {
			s.pending[f] = true
		}
	}
}

// scanAll watches every folder in scope and returns the folders and files.
func (s *state) scanAll() (dirs, files map[string]bool) {
	dirs, files = map[string]bool{}, map[string]bool{}
	for _, top := range []string{"content", "templates"} {
		s.walk(top, func(r string, dir bool) {
			if dir {
				s.watch(r)
				dirs[r] = true
			} else {
				files[r] = true
			}
		})
	}
	if s.exists("limber.yaml") && !s.isDir("limber.yaml") && !s.skip("limber.yaml") {
		files["limber.yaml"] = true
	}
	return dirs, files
}

// exists reports whether anything is at the site-relative path rel.
func (s *state) exists(rel string) bool {
	_, err := os.Lstat(s.abs(rel))
	return err == nil
}

// isDir reports whether rel is a folder (not a symlink to one).
func (s *state) isDir(rel string) bool {
	info, err := os.Lstat(s.abs(rel))
	return err == nil && info.IsDir()
}
