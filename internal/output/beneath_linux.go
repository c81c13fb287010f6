package output

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"os"
	"path"
	"strconv"
	"sync"

	"golang.org/x/sys/unix"
)

// maxDirFDs bounds how many folders a beneath keeps open to create
// folders in: the top of the build and the section folders, typically.
const maxDirFDs = 64

// beneath writes files inside one folder with openat2(2), which resolves
// each path in the kernel and refuses any that would leave the folder or
// pass through a symbolic link. It does what os.Root does with a few
// system calls per file instead of one per path part, and without
// registering every file with Go's network poller.
type beneath struct {
	root    int  // the build folder, opened with O_PATH
	umaskOK bool // the umask keeps 0644 and 0755 as they are: no chmod needed

	mu   sync.Mutex
	dirs map[string]int // folders opened with O_PATH, by slash path
}

// resolveFlags keeps every lookup inside the root and off symbolic links.
const resolveFlags = unix.RESOLVE_BENEATH | unix.RESOLVE_NO_SYMLINKS | unix.RESOLVE_NO_MAGICLINKS

// openBeneath opens dir for a beneath. It fails where the kernel has no
// openat2 (before Linux 5.6) or a sandbox forbids it; callers then use
// os.Root.
func openBeneath(dir string) (*beneath, error) {
	fd, err := unix.Open(dir, unix.O_PATH|unix.O_DIRECTORY|unix.O_CLOEXEC, 0)
	if err != nil {
		return nil, err
	}
	b := &beneath{root: fd, umaskOK: umaskKeeps(), dirs: map[string]int{}}
	probe, err := unix.Openat2(fd, ".", &unix.OpenHow{Flags: unix.O_PATH | unix.O_DIRECTORY | unix.O_CLOEXEC, Resolve: resolveFlags})
	if err != nil {
		unix.Close(fd)
		return nil, err
	}
	unix.Close(probe)
	return b, nil
}

// umaskKeeps reports whether the process umask leaves modes 0644 and 0755
// alone, read from /proc/self/status (setting the umask to read it would
// race with other goroutines creating files). When it cannot tell, it
// says no, and every file and folder is chmodded.
func umaskKeeps() bool {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return false
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if v, ok := bytes.CutPrefix(sc.Bytes(), []byte("Umask:")); ok {
			m, err := strconv.ParseUint(string(bytes.TrimSpace(v)), 8, 32)
			return err == nil && m&^0o022 == 0
		}
	}
	return false
}

// close closes every folder the beneath holds open.
func (b *beneath) close() {
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, fd := range b.dirs {
		unix.Close(fd)
	}
	b.dirs = nil
	unix.Close(b.root)
}

// dir returns an O_PATH descriptor of the folder dir (a checked slash path,
// "." for the root) and a function that releases it.
func (b *beneath) dir(dir string) (int, func(), error) {
	if dir == "." {
		return b.root, func() {}, nil
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	if fd, ok := b.dirs[dir]; ok {
		return fd, func() {}, nil
	}
	fd, err := unix.Openat2(b.root, dir, &unix.OpenHow{Flags: unix.O_PATH | unix.O_DIRECTORY | unix.O_CLOEXEC, Resolve: resolveFlags})
	if err != nil {
		return -1, nil, err
	}
	if len(b.dirs) >= maxDirFDs {
		return fd, func() { unix.Close(fd) }, nil
	}
	b.dirs[dir] = fd
	return fd, func() {}, nil
}

// mkdir creates the folder dir, whose parent exists, with mode 0755. An
// existing folder is fine; an existing file or link is an error.
func (b *beneath) mkdir(dir string) error {
	parent, done, err := b.dir(path.Dir(dir))
	if err != nil {
		return err
	}
	defer done()
	name := path.Base(dir)
	err = unix.Mkdirat(parent, name, dirPerm)
	if errors.Is(err, unix.EEXIST) {
		var st unix.Stat_t
		if err := unix.Fstatat(parent, name, &st, unix.AT_SYMLINK_NOFOLLOW); err != nil {
			return err
		}
		if st.Mode&unix.S_IFMT != unix.S_IFDIR {
			return fmt.Errorf("%q is already a file, so it cannot be a folder", dir)
		}
		return nil
	}
	if err != nil || b.umaskOK {
		return err
	}
	fd, err := unix.Openat(parent, name, unix.O_RDONLY|unix.O_DIRECTORY|unix.O_NOFOLLOW|unix.O_CLOEXEC, 0)
	if err != nil {
		return err
	}
	defer unix.Close(fd)
	return unix.Fchmod(fd, dirPerm)
}

// create opens the file rel (a checked slash path whose folder exists) for
// writing, truncated, with mode 0644.
func (b *beneath) create(rel string) (int, error) {
	how := unix.OpenHow{
		Flags:   unix.O_WRONLY | unix.O_CREAT | unix.O_TRUNC | unix.O_NOFOLLOW | unix.O_CLOEXEC,
		Mode:    filePerm,
		Resolve: resolveFlags,
	}
	fd, err := unix.Openat2(b.root, rel, &how)
	for errors.Is(err, unix.EINTR) {
		fd, err = unix.Openat2(b.root, rel, &how)
	}
	if err != nil {
		return -1, err
	}
	if !b.umaskOK {
		if err := unix.Fchmod(fd, filePerm); err != nil {
			unix.Close(fd)
			return -1, err
		}
	}
	return fd, nil
}

// writeFile writes data to the file rel, whose folder exists.
func (b *beneath) writeFile(rel string, data []byte) error {
	fd, err := b.create(rel)
	if err != nil {
		return err
	}
	err = writeAll(fd, data)
	if cerr := unix.Close(fd); err == nil {
		err = cerr
	}
	return err
}

// writeAll writes all of data to fd.
func writeAll(fd int, data []byte) error {
	for len(data) > 0 {
		n, err := unix.Write(fd, data)
		if errors.Is(err, unix.EINTR) {
			continue
		}
		if err != nil {
			return err
		}
		data = data[n:]
	}
	return nil
}

// copyFile copies the rest of the regular file src, of size bytes, to rel,
// whose folder exists.
func (b *beneath) copyFile(rel string, src *os.File, size int64) error {
	conn, err := src.SyscallConn()
	if err != nil {
		return err
	}
	fd, err := b.create(rel)
	if err != nil {
		return err
	}
	cerr := conn.Control(func(in uintptr) { err = copyFD(fd, int(in), size) })
	if err == nil {
		err = cerr
	}
	if cerr := unix.Close(fd); err == nil {
		err = cerr
	}
	return err
}

// copyFD copies the file in, of size bytes, to out: in the kernel with
// copy_file_range where the file systems allow it, and by reading and
// writing otherwise.
func copyFD(out, in int, size int64) error {
	copied := int64(0)
	for copied < size {
		n, err := unix.CopyFileRange(in, nil, out, nil, int(min(size-copied, 1<<30)), 0)
		if errors.Is(err, unix.EINTR) {
			continue
		}
		if err != nil && copied == 0 {
			return copyByReading(out, in)
		}
		if err != nil {
			return err
		}
		if n == 0 && copied == 0 { // some file systems copy nothing this way: read and write
			return copyByReading(out, in)
		}
		if n == 0 { // the file shrank while being copied
			break
		}
		copied += int64(n)
	}
	return nil
}

// copyByReading copies the rest of in to out through a buffer.
func copyByReading(out, in int) error {
	buf := make([]byte, 128<<10)
	for {
		n, err := unix.Read(in, buf)
		if errors.Is(err, unix.EINTR) {
			continue
		}
		if err != nil {
			return err
		}
		if n == 0 {
			return nil
		}
		if err := writeAll(out, buf[:n]); err != nil {
			return err
		}
	}
}
