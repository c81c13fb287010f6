//go:build windows

package output

import (
	"errors"
	"os"
	"time"

	"golang.org/x/sys/windows"
)

// Windows refuses to rename a folder while any program has a file in it
// open (a virus scanner or the search indexer reading a new page, Explorer
// showing the folder), usually for a moment. replace tries again for about
// renameWait before it gives up.
const (
	renameWait  = 2 * time.Second
	renamePause = 100 * time.Millisecond
)

// replace swaps the complete build tmp in as out, which holds limber's
// previous output, by two renames (see replaceByRenames), trying again
// while another program holds a file open and nothing has moved yet.
func replace(tmp, out string) (string, error) {
	deadline := time.Now().Add(renameWait)
	for {
		old, err := replaceByRenames(tmp, out)
		if err == nil || !inUse(err) || !exists(tmp) || !exists(out) || !time.Now().Before(deadline) {
			return old, err
		}
		time.Sleep(renamePause)
	}
}

// inUse reports whether err says another program has a file open.
func inUse(err error) bool {
	return errors.Is(err, windows.ERROR_ACCESS_DENIED) || errors.Is(err, windows.ERROR_SHARING_VIOLATION) ||
		errors.Is(err, windows.ERROR_LOCK_VIOLATION)
}

// exists reports whether p is there.
func exists(p string) bool {
	_, err := os.Lstat(p)
	return err == nil
}
