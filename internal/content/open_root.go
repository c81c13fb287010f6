package content

import (
	"errors"
	"os"
	"syscall"
)

// errEscapes says that a path beneath the content folder now passes through
// a symlink or leads out of the folder.
var errEscapes = errors.New("the path passes through a symlink")

// openInRoot opens rel (a path with the OS's separators) beneath dir with
// os.Root, which never leaves dir, for systems without openat2. os.Root
// follows symlinks that stay inside dir, so the file opened must also be
// the very file found at rel without following a symlink there.
func openInRoot(dir, rel string) (*os.File, error) {
	root, err := os.OpenRoot(dir)
	if err != nil {
		return nil, err
	}
	defer root.Close()
	f, err := root.OpenFile(rel, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, err
	}
	opened, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, err
	}
	if there, err := root.Lstat(rel); err != nil || !os.SameFile(opened, there) {
		f.Close()
		return nil, errEscapes
	}
	return f, nil
}
