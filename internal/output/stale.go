package output

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// MarkerName is the file at the top of every output folder that limber wrote.
const MarkerName = ".limber-output"

// Marker is the first line of the marker file. The lines after it list the
// files limber wrote, one slash path per line, sorted: anything else found in
// the output folder was put there by someone else and is never deleted.
const Marker = "This folder is written by limber build. It is replaced on every build; do not edit files here.\n"

const (
	newTag       = "limber-new-"    // temporary folder a build is written into
	oldTag       = "limber-old-"    // the previous output, moved aside on commit
	backupSuffix = ".before-limber" // a foreign output, moved aside with Force
	lockSuffix   = ".limber-lock"   // the lock file beside the output
	dirPerm      = 0o755
	filePerm     = 0o644
)

// sibling returns the name prefix ".<base>.<tag>" of out's temporary siblings.
func sibling(out, tag string) string {
	return "." + filepath.Base(out) + "." + tag
}

// tidy deals with the leftovers of earlier interrupted builds of out. If out
// is missing but a marked old output survives (a crash between the two
// renames of a commit), it is renamed back to out. Then every marked
// temporary or old sibling is removed. Unmarked siblings are left alone.
func tidy(out string) error {
	if _, err := os.Lstat(out); errors.Is(err, fs.ErrNotExist) {
		if old := leftovers(out, oldTag); len(old) > 0 {
			if err := os.Rename(old[0], out); err != nil {
				return err
			}
		}
	}
	for _, dir := range append(leftovers(out, newTag), leftovers(out, oldTag)...) {
		if err := removeAll(dir); err != nil {
			return err
		}
	}
	return nil
}

// leftovers lists, sorted, the real folders beside out whose name starts with
// ".<base>.<tag>" and that hold the marker.
func leftovers(out, tag string) []string {
	parent := filepath.Dir(out)
	entries, err := os.ReadDir(parent)
	if err != nil {
		return nil
	}
	prefix := sibling(out, tag)
	var found []string
	for _, e := range entries { // ReadDir sorts by name
		dir := filepath.Join(parent, e.Name())
		if e.IsDir() && strings.HasPrefix(e.Name(), prefix) && hasMarker(dir) {
			found = append(found, dir)
		}
	}
	sort.Strings(found)
	return found
}

// oldName returns a free name ".<base>.limber-old-XXXXXXXX" beside out.
func oldName(out string) (string, error) {
	for range 10 {
		var b [4]byte
		_, _ = rand.Read(b[:])
		name := filepath.Join(filepath.Dir(out), sibling(out, oldTag)+hex.EncodeToString(b[:]))
		if _, err := os.Lstat(name); errors.Is(err, fs.ErrNotExist) {
			return name, nil
		}
	}
	return "", errors.New("cannot find a free name to move the old output aside")
}

// backupName returns the first free name among "<base>.before-limber",
// "<base>.before-limber-2", "-3"... beside out.
func backupName(out string) (string, error) {
	base := out + backupSuffix
	for i := 1; i <= 1000; i++ {
		name := base
		if i > 1 {
			name = fmt.Sprintf("%s-%d", base, i)
		}
		if _, err := os.Lstat(name); errors.Is(err, fs.ErrNotExist) {
			return name, nil
		}
	}
	return "", fmt.Errorf("cannot find a free backup name beside %q", out)
}
