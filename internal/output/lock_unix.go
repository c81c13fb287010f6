//go:build unix

package output

import (
	"errors"
	"fmt"
	"os"
	"syscall"
	"time"
)

// lockPoll is how often a build waiting for another one's lock tries again.
const lockPoll = 50 * time.Millisecond

// errBusy says that another build held the lock for the whole wait.
var errBusy = errors.New("the output is locked by another build")

// lock takes the exclusive lock on out's lock file, ".<base>.limber-lock"
// beside it, creating the file if needed. While another process or Tx holds
// it, lock tries again every lockPoll for up to wait, then returns errBusy.
// Closing the returned file releases the lock; the file itself stays.
func lock(out string, wait time.Duration) (*os.File, error) {
	f, err := os.OpenFile(lockName(out), os.O_RDWR|os.O_CREATE|syscall.O_NOFOLLOW, filePerm)
	if err != nil {
		return nil, err
	}
	if info, err := f.Stat(); err != nil || !info.Mode().IsRegular() {
		f.Close()
		return nil, fmt.Errorf("the lock file %q is not a regular file", lockName(out))
	}
	deadline := time.Now().Add(wait)
	for {
		err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
		switch {
		case err == nil:
			return f, nil
		case errors.Is(err, syscall.EINTR):
			continue
		case !errors.Is(err, syscall.EWOULDBLOCK):
			f.Close()
			return nil, err
		case !time.Now().Before(deadline):
			f.Close()
			return nil, errBusy
		}
		time.Sleep(lockPoll)
	}
}
