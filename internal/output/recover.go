package output

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// Recover checks the output folder with Check and then, under the lock
// that Begin takes, finishes or undoes a swap that an earlier build left
// half done and removes the leftovers of earlier builds (see tidy). limber
// build runs it first, before it reads the site, so that a build that then
// fails on its content still puts the output back. When nothing beside the
// output looks like a leftover, it takes no lock and writes nothing; when
// another build holds the lock, it does not wait: what it saw is likely that
// build's own temporary folder, and Begin tidies once the lock is free.
func Recover(site, out string) error {
	if err := Check(site, out); err != nil {
		return err
	}
	abs, err := resolve(out)
	if err != nil {
		return fmt.Errorf("cannot use output folder %q: %v", out, err)
	}
	if !untidy(abs) {
		return nil
	}
	held, err := lock(abs, 0) // one try: a build holding the lock owns the leftovers
	if errors.Is(err, errBusy) {
		return nil // another build is running: it tidies when it begins
	}
	if err != nil {
		return fmt.Errorf("cannot lock output folder %q against other builds: %v", out, err)
	}
	defer held.Close()
	if err := tidy(abs); err != nil {
		return fmt.Errorf("cannot clean up after an earlier build of %q: %v", out, err)
	}
	return nil
}

// untidy reports whether anything beside out is named like one of limber's
// temporary folders, so that tidy may have work to do.
func untidy(out string) bool {
	entries, err := os.ReadDir(filepath.Dir(out))
	if err != nil {
		return false
	}
	for _, e := range entries {
		for _, tag := range []string{newTag, oldTag, trashTag} {
			if strings.HasPrefix(e.Name(), sibling(out, tag)) {
				return true
			}
		}
	}
	return false
}

// tidy deals with the leftovers of earlier interrupted builds of out, with
// out's lock held. First, when out is missing, it puts back what a swap cut
// short had moved away (see restore). Then it removes every temporary, old
// and trash sibling that is limber's own (see ours); any other is left alone.
func tidy(out string) error {
	if err := restore(out); err != nil {
		return err
	}
	var errs []error
	for _, tag := range []string{newTag, oldTag, trashTag} {
		for _, dir := range leftovers(out, tag) {
			errs = append(errs, discard(out, dir))
		}
	}
	return errors.Join(errs...)
}

// restore moves an output back to out when out is missing: limber's
// previous output, if a swap moved it aside to an old sibling and stopped
// there; otherwise the newest complete build (its marker lists its files)
// that a swap stopped before moving in, after a foreign out was moved to its
// backup or an empty one was removed.
func restore(out string) error {
	if _, err := os.Lstat(out); !errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if old := leftovers(out, oldTag); len(old) > 0 {
		return os.Rename(old[0], out)
	}
	if done := newestComplete(leftovers(out, newTag)); done != "" {
		return os.Rename(done, out)
	}
	return nil
}

// newestComplete returns the folder among dirs whose marker lists files and
// was written last, or "" when none does.
func newestComplete(dirs []string) string {
	best, bestTime := "", int64(0)
	for _, dir := range dirs {
		data, ok := readMarker(dir)
		if !ok || len(data) == len(Marker) {
			continue
		}
		info, err := os.Lstat(filepath.Join(dir, MarkerName))
		if err == nil && (best == "" || info.ModTime().UnixNano() > bestTime) {
			best, bestTime = dir, info.ModTime().UnixNano()
		}
	}
	return best
}

// discard removes dir, one of limber's folders beside out: it first renames
// it to a trash name, so that a removal cut short is never mistaken for an
// output to put back, and then removes it, its marker last (see removeAll).
func discard(out, dir string) error {
	if strings.HasPrefix(filepath.Base(dir), sibling(out, trashTag)) {
		return removeAll(dir)
	}
	if trash, err := freeName(out, trashTag); err == nil && os.Rename(dir, trash) == nil {
		dir = trash
	}
	return removeAll(dir)
}
