package content

import (
	"errors"
	"os"
	"path/filepath"

	"golang.org/x/sys/unix"
)

// openBeneath opens rel (a path with the OS's separators) beneath the
// folder dir for reading with openat2(2), which resolves the path in the
// kernel and refuses one that passes through any symlink or leaves dir.
// O_NONBLOCK keeps a named pipe from blocking the open; the caller refuses
// anything but a regular file. Where the kernel has no openat2 (before
// Linux 5.6) or a sandbox forbids it, it uses os.Root (see openInRoot).
func openBeneath(dir, rel string) (*os.File, error) {
	dfd, err := unix.Open(dir, unix.O_PATH|unix.O_DIRECTORY|unix.O_CLOEXEC, 0)
	if err != nil {
		return nil, &os.PathError{Op: "open", Path: dir, Err: err}
	}
	defer unix.Close(dfd)
	how := unix.OpenHow{
		Flags:   unix.O_RDONLY | unix.O_NONBLOCK | unix.O_NOCTTY | unix.O_NOFOLLOW | unix.O_CLOEXEC,
		Resolve: unix.RESOLVE_BENEATH | unix.RESOLVE_NO_SYMLINKS | unix.RESOLVE_NO_MAGICLINKS,
	}
	fd, err := unix.Openat2(dfd, rel, &how)
	for try := 0; try < 8 && (errors.Is(err, unix.EINTR) || errors.Is(err, unix.EAGAIN)); try++ {
		fd, err = unix.Openat2(dfd, rel, &how) // EAGAIN: a rename raced the lookup
	}
	switch {
	case errors.Is(err, unix.ENOSYS), errors.Is(err, unix.EPERM):
		return openInRoot(dir, rel)
	case errors.Is(err, unix.ELOOP), errors.Is(err, unix.EXDEV):
		return nil, errEscapes
	case err != nil:
		return nil, &os.PathError{Op: "open", Path: rel, Err: err}
	}
	return os.NewFile(uintptr(fd), filepath.Join(dir, rel)), nil
}
