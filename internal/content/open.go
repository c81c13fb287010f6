package content

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/limber/limber/internal/diag"
)

// origin is where a content file's bytes are: a path beneath the content
// folder that passes through no symlink, and what the walk found there.
// Every read of a file under content/ goes through it, so that limber reads
// exactly what it checked.
type origin struct {
	dir  string      // the content folder, symlinks resolved
	real string      // slash path below dir: the file itself, or a symlink's target
	info fs.FileInfo // what the walk stat'ed at real
}

// changed is the message for a file that is no longer what the walk found:
// another file, or one reached through a symlink.
const changed = "changed while limber was reading the site; build again"

// open opens the file beneath the content folder, following no symlink, and
// refuses anything but a regular file. When same is true it also refuses a
// file other than the one the walk saw. It returns a message saying why it
// could not open the file, placed by the caller at the file's path.
func (s origin) open(same bool) (*os.File, string) {
	f, err := openBeneath(s.dir, filepath.FromSlash(s.real))
	switch {
	case errors.Is(err, errEscapes):
		return nil, changed
	case err != nil:
		return nil, "cannot read this file: " + unwrapPathError(err).Error()
	}
	info, err := f.Stat()
	msg := ""
	switch {
	case err != nil:
		msg = "cannot read this file: " + unwrapPathError(err).Error()
	case !info.Mode().IsRegular():
		msg = notRegular
	case same && !os.SameFile(info, s.info):
		msg = changed
	}
	if msg != "" {
		f.Close()
		return nil, msg
	}
	return f, ""
}

// read reads the whole file the walk saw (see open), refusing one of more
// than limit bytes with the message over gives for its size: from the
// walk's size before anything is read, and again should the file have grown
// since, reading no more than limit and one byte.
func (s origin) read(limit int64, over func(size int64) string) ([]byte, string) {
	if s.info.Size() > limit {
		return nil, over(s.info.Size())
	}
	f, msg := s.open(true)
	if msg != "" {
		return nil, msg
	}
	defer f.Close()
	src, err := readSized(io.LimitReader(f, limit+1), s.info.Size())
	switch {
	case err != nil:
		return nil, "cannot read this file: " + unwrapPathError(err).Error()
	case int64(len(src)) > limit:
		return nil, over(int64(len(src)))
	}
	return src, ""
}

// readSized reads r to its end into a buffer sized for the size the walk
// saw, as os.ReadFile does from its own stat.
func readSized(r io.Reader, size int64) ([]byte, error) {
	data := make([]byte, 0, size+512)
	for {
		n, err := r.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err == io.EOF {
			return data, nil
		}
		if err != nil {
			return nil, err
		}
		if len(data) == cap(data) {
			data = append(data, 0)[:len(data)]
		}
	}
}

// Open opens the file to copy it, beneath the content folder and through no
// symlink (a symlink the walk accepted is read at its target). It refuses a
// file that is not the one Load checked, such as one replaced by a symlink
// since, with an error at the file's path. The caller closes the file.
func (f File) Open() (*os.File, error) {
	in, msg := f.src.open(true)
	if msg != "" {
		return nil, &diag.Error{Pos: pos(f.Rel), Msg: msg}
	}
	return in, nil
}

// OpenNow opens the file as it is now, for limber serve, which shows a
// copied file's latest bytes: whatever regular file is at the same place
// beneath the content folder, reached through no symlink. It refuses
// anything else, such as a symlink swapped in since Load.
func (f File) OpenNow() (*os.File, error) {
	in, msg := f.src.open(false)
	if msg != "" {
		return nil, &diag.Error{Pos: pos(f.Rel), Msg: msg}
	}
	return in, nil
}
