package output

import (
	"errors"
	"os"
	"path/filepath"

	"github.com/limber/limber/internal/parallel"
)

// removeAll removes dir and everything in it, as os.RemoveAll does, but
// with what lies two levels down (a site's page folders and files, such
// as stretches/cat-cow/) removed on every CPU: removing a large old output
// is most of the time a commit takes. The marker at the top of dir goes
// last, so that a removal cut short leaves a folder that is still marked
// (or empty) and the next build's tidy finishes it.
func removeAll(dir string) error {
	var files, dirs []string
	top, err := os.ReadDir(dir)
	if err != nil {
		return os.RemoveAll(dir) // missing, or not a folder
	}
	for _, e := range top {
		p := filepath.Join(dir, e.Name())
		if e.Name() == MarkerName {
			continue
		}
		if !e.IsDir() {
			files = append(files, p)
			continue
		}
		sub, err := os.ReadDir(p)
		if err != nil {
			dirs = append(dirs, p)
		}
		for _, s := range sub {
			if s.IsDir() {
				dirs = append(dirs, filepath.Join(p, s.Name()))
			} else {
				files = append(files, filepath.Join(p, s.Name()))
			}
		}
	}
	errs := make([]error, len(files)+len(dirs))
	parallel.For(len(files), func(i int) { errs[i] = removeFile(files[i]) })
	parallel.For(len(dirs), func(i int) { errs[len(files)+i] = os.RemoveAll(dirs[i]) })
	if err := errors.Join(errs...); err != nil {
		return err
	}
	if err := removeFile(filepath.Join(dir, MarkerName)); err != nil {
		return err
	}
	return os.RemoveAll(dir)
}

// removeFile removes the file (or link) p with one system call, and
// anything that turned into a folder meanwhile with os.RemoveAll.
func removeFile(p string) error {
	err := os.Remove(p)
	if err == nil || errors.Is(err, os.ErrNotExist) {
		return nil
	}
	return os.RemoveAll(p)
}
