package output

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"strings"
)

// WriteFile writes data to the file at rel inside the build, creating its
// folders. rel is a slash path inside the output; it may not be empty,
// absolute, contain "." or ".." parts, empty parts, backslashes, NUL or line
// breaks, nor be the marker file. Files get mode 0644 and folders 0755.
func (t *Tx) WriteFile(rel string, data []byte) error {
	if t.fast != nil {
		return t.fastWrite(rel, func() error { return t.fast.writeFile(rel, data) })
	}
	f, err := t.create(rel)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	return t.finish(rel, f, err)
}

// CopyFile copies the rest of src, a regular file the caller opened and
// checked, to rel inside the build, as WriteFile does. The writer never
// opens the source by path, so it copies exactly the file the caller read.
// It refuses a src that is not a regular file, such as a folder or a
// device. The caller closes src.
func (t *Tx) CopyFile(rel string, src *os.File) error {
	info, err := src.Stat()
	if err == nil && !info.Mode().IsRegular() {
		err = errors.New("it is not a regular file")
	}
	if err != nil {
		return fmt.Errorf("cannot copy %q: %v", src.Name(), err)
	}
	if t.fast != nil {
		return t.fastWrite(rel, func() error { return t.fast.copyFile(rel, src, info.Size()) })
	}
	f, err := t.create(rel)
	if err != nil {
		return err
	}
	_, err = io.Copy(f, src)
	return t.finish(rel, f, err)
}

// create checks rel, makes its folders and opens the file for writing with
// its permissions set. It holds the Tx open until finish.
func (t *Tx) create(rel string) (*os.File, error) {
	if err := CheckPath(rel); err != nil {
		return nil, err
	}
	t.life.RLock()
	if t.root == nil {
		t.life.RUnlock()
		return nil, fmt.Errorf("cannot write %q: the build was already committed or aborted", rel)
	}
	f, err := t.openFile(rel)
	if err != nil {
		t.life.RUnlock()
		return nil, fmt.Errorf("cannot write %q: %v", rel, err)
	}
	return f, nil
}

// fastWrite checks rel, makes its folders and runs write, which writes the
// file with t.fast, holding the Tx open, then records rel.
func (t *Tx) fastWrite(rel string, write func() error) error {
	if err := CheckPath(rel); err != nil {
		return err
	}
	t.life.RLock()
	defer t.life.RUnlock()
	if t.root == nil {
		return fmt.Errorf("cannot write %q: the build was already committed or aborted", rel)
	}
	err := t.ensureDir(path.Dir(rel))
	if err == nil {
		err = write()
	}
	return t.written(rel, err)
}

// openFile makes rel's folders and opens rel truncated, with mode 0644.
func (t *Tx) openFile(rel string) (*os.File, error) {
	if err := t.ensureDir(path.Dir(rel)); err != nil {
		return nil, err
	}
	f, err := t.root.OpenFile(rel, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, filePerm)
	if err != nil {
		return nil, err
	}
	if err := f.Chmod(filePerm); err != nil {
		f.Close()
		return nil, err
	}
	return f, nil
}

// finish closes f after a write that ended with err, records rel and releases
// the hold create took on the Tx.
func (t *Tx) finish(rel string, f *os.File, err error) error {
	defer t.life.RUnlock()
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return t.written(rel, err)
}

// written records rel as written, or says why it could not be.
func (t *Tx) written(rel string, err error) error {
	if err != nil {
		return fmt.Errorf("cannot write %q: %v", rel, err)
	}
	t.mu.Lock()
	t.files[rel] = true
	t.mu.Unlock()
	return nil
}

// ensureDir creates the folder dir (a checked slash path) and its parents
// inside the build, each with mode 0755, remembering those already made.
func (t *Tx) ensureDir(dir string) error {
	t.mu.Lock()
	known := t.dirs[dir]
	t.mu.Unlock()
	if known {
		return nil
	}
	if err := t.ensureDir(path.Dir(dir)); err != nil {
		return err
	}
	if err := t.mkdir(dir); err != nil {
		return err
	}
	t.mu.Lock()
	t.dirs[dir] = true
	t.mu.Unlock()
	return nil
}

// mkdir creates the folder dir, whose parent exists, with mode 0755. A
// folder already there is fine, anything else an error.
func (t *Tx) mkdir(dir string) error {
	if t.fast != nil {
		return t.fast.mkdir(dir)
	}
	err := t.root.Mkdir(dir, dirPerm)
	if errors.Is(err, fs.ErrExist) {
		return t.mustBeDir(dir)
	}
	if err != nil {
		return err
	}
	return t.root.Chmod(dir, dirPerm)
}

// mustBeDir reports an error unless dir inside the build is a real folder.
func (t *Tx) mustBeDir(dir string) error {
	info, err := t.root.Lstat(dir)
	if err != nil {
		return err
	}
	if !info.IsDir() {
		return fmt.Errorf("%q is already a file, so it cannot be a folder", dir)
	}
	return nil
}

// The longest output path CheckPath accepts, in bytes: a part (a file or
// folder name) as long as common file systems allow, and a whole path as
// long as macOS allows (Linux allows 4,095), so that a site written on one
// system can be copied to another.
const (
	MaxPartBytes = 255
	MaxPathBytes = 1024
)

// CheckPath reports whether rel may name a file inside the output: a
// non-empty slash path, not absolute, without empty, "." or ".." parts,
// backslashes or control characters (NUL, line breaks and the rest of
// U+0000-U+001F, U+007F-U+009F: the marker lists one path per line), no
// part over MaxPartBytes and no more than MaxPathBytes in all, and not the
// marker file (nor the name its final version is written under) or a path
// inside it.
func CheckPath(rel string) error {
	switch {
	case rel == "":
		return errors.New("cannot write a file with an empty name")
	case strings.HasPrefix(rel, "/"):
		return fmt.Errorf("cannot write %q: the path must be relative to the output folder", rel)
	case strings.ContainsFunc(rel, badPathRune):
		return fmt.Errorf("cannot write %q: the path may not contain a backslash, NUL, line break or other control character, nor a direction mark", rel)
	case top(rel) == MarkerName, top(rel) == markerPart:
		return fmt.Errorf("cannot write %q: limber keeps that name for its marker file", rel)
	case len(rel) > MaxPathBytes:
		return fmt.Errorf("cannot write %.30q...: the path is %d bytes long, and limber writes at most %d", rel, len(rel), MaxPathBytes)
	}
	for part := range strings.SplitSeq(rel, "/") {
		switch {
		case part == "" || part == "." || part == "..":
			return fmt.Errorf("cannot write %q: the path may not have empty, \".\" or \"..\" parts", rel)
		case len(part) > MaxPartBytes:
			return fmt.Errorf("cannot write a file or folder named %.30q...: it is %d bytes long, and file systems allow at most %d",
				part, len(part), MaxPartBytes)
		}
	}
	return nil
}

// top returns the first part of the slash path rel.
func top(rel string) string {
	first, _, _ := strings.Cut(rel, "/")
	return first
}

// badPathRune reports whether r may not appear in an output path: a
// backslash, a C0 or C1 control character (DEL included), or a
// bidirectional control (U+061C, U+200E, U+200F, U+202A to U+202E, U+2066
// to U+2069), which can make a name read as another ("photo\u202egnp.exe"
// shows as "photoexe.png").
func badPathRune(r rune) bool {
	switch {
	case r == '\\' || r < 0x20 || (r >= 0x7f && r <= 0x9f):
		return true
	case r == 0x061c || r == 0x200e || r == 0x200f:
		return true
	}
	return (r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069)
}

// writeMarker writes the marker file, listing files, at the top of the build.
func (t *Tx) writeMarker(files []string) error {
	return t.writeMarkerAs(MarkerName, files)
}

// finalMarker replaces the marker with one listing files, by writing it as
// markerPart and renaming it, so that a marker that lists files is always
// whole: only a complete build has one (see restore).
func (t *Tx) finalMarker(files []string) error {
	if err := t.writeMarkerAs(markerPart, files); err != nil {
		return err
	}
	return t.root.Rename(markerPart, MarkerName)
}

// writeMarkerAs writes the marker's text, listing files, to the file name at
// the top of the build.
func (t *Tx) writeMarkerAs(name string, files []string) error {
	f, err := t.root.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, filePerm)
	if err != nil {
		return err
	}
	if err := f.Chmod(filePerm); err != nil {
		f.Close()
		return err
	}
	_, err = f.WriteString(markerText(files))
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}
