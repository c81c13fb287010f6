//go:build !unix && !windows

package output

import (
	"errors"
	"os"
	"time"
)

// errBusy says that another build held the lock for the whole wait. It is
// never returned where flock is missing.
var errBusy = errors.New("the output is locked by another build")

// lock creates out's lock file, ".<base>.limber-lock" beside it, and returns
// it open. Without flock it does not keep other builds out.
func lock(out string, wait time.Duration) (*os.File, error) {
	return os.OpenFile(lockName(out), os.O_RDWR|os.O_CREATE, filePerm)
}
