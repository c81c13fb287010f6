package output

import (
	"errors"
	"io/fs"
	"os"
)

// errOccupied says that the output folder holds files, so that the new build
// cannot simply be renamed to it.
var errOccupied = errors.New("the output folder is not empty")

// moveIn renames the complete build tmp to out when out is missing or an
// empty folder, and returns errOccupied when out holds files. Where rename
// cannot replace an empty folder, the folder is removed first; a build
// stopped between the two steps leaves out missing and the complete build
// beside it, which the next build's tidy moves in (see restore).
func moveIn(tmp, out string) error {
	err := os.Rename(tmp, out)
	if err == nil {
		return nil
	}
	if _, serr := os.Lstat(out); errors.Is(serr, fs.ErrNotExist) {
		return err
	}
	if os.Remove(out) != nil {
		return errOccupied
	}
	return os.Rename(tmp, out)
}

// replaceByRenames swaps the complete build tmp in as out, which holds
// limber's previous output, by two renames: out to a free old sibling, then
// tmp to out. It returns where the old output now is. A build stopped
// between the two leaves out missing and the old output, still marked,
// beside it, which the next build's tidy puts back (see restore). If the
// second rename fails, the old output is put back at once.
func replaceByRenames(tmp, out string) (string, error) {
	old, err := freeName(out, oldTag)
	if err != nil {
		return "", err
	}
	if err := os.Rename(out, old); err != nil {
		return "", err
	}
	if err := os.Rename(tmp, out); err != nil {
		if rerr := os.Rename(old, out); rerr != nil {
			return "", errors.Join(err, rerr)
		}
		return "", err
	}
	return old, nil
}
