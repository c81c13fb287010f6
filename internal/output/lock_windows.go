//go:build windows

package output

import (
	"errors"
	"fmt"
	"os"
	"time"

	"golang.org/x/sys/windows"
)

// lockPoll is how often a build waiting for another one's lock tries again.
const lockPoll = 50 * time.Millisecond

// errBusy says that another build held the lock for the whole wait.
var errBusy = errors.New("the output is locked by another build")

// lock takes the exclusive lock on out's lock file, ".<base>.limber-lock"
// beside it, creating the file if needed: Windows' LockFileEx on its first
// byte, where Unix systems use flock. While another process or Tx holds it,
// lock tries again every lockPoll for up to wait, then returns errBusy.
// Closing the returned file releases the lock (Windows releases a handle's
// locks when it is closed, and when its process ends); the file stays.
func lock(out string, wait time.Duration) (*os.File, error) {
	f, err := os.OpenFile(lockName(out), os.O_RDWR|os.O_CREATE, filePerm)
	if err != nil {
		return nil, err
	}
	if info, err := f.Stat(); err != nil || !info.Mode().IsRegular() {
		f.Close()
		return nil, fmt.Errorf("the lock file %q is not a regular file", lockName(out))
	}
	deadline := time.Now().Add(wait)
	for {
		err := lockFile(f)
		switch {
		case err == nil:
			return f, nil
		case !errors.Is(err, windows.ERROR_LOCK_VIOLATION):
			f.Close()
			return nil, err
		case !time.Now().Before(deadline):
			f.Close()
			return nil, errBusy
		}
		time.Sleep(lockPoll)
	}
}

// lockFile takes the exclusive lock on f's first byte without waiting.
func lockFile(f *os.File) error {
	var ov windows.Overlapped
	flags := uint32(windows.LOCKFILE_EXCLUSIVE_LOCK | windows.LOCKFILE_FAIL_IMMEDIATELY)
	return windows.LockFileEx(windows.Handle(f.Fd()), flags, 0, 1, 0, &ov)
}
