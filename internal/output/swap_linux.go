package output

import (
	"errors"

	"golang.org/x/sys/unix"
)

// replace swaps the complete build tmp in as out, which holds limber's
// previous output, in one step: renameat2(2) with RENAME_EXCHANGE, after
// which the old output is at tmp's name, still marked. There is no instant
// without an output at out. Where the file system cannot exchange (an
// older kernel, some network or overlay file systems) it falls back to
// replaceByRenames. It returns where the old output now is.
func replace(tmp, out string) (string, error) {
	err := unix.Renameat2(unix.AT_FDCWD, tmp, unix.AT_FDCWD, out, unix.RENAME_EXCHANGE)
	switch {
	case err == nil:
		return tmp, nil
	case errors.Is(err, unix.EINVAL), errors.Is(err, unix.ENOSYS), errors.Is(err, unix.EOPNOTSUPP):
		return replaceByRenames(tmp, out)
	}
	return "", err
}
