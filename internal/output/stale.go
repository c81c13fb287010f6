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

// markerPart is the name a build's final marker is written under before it
// is renamed to MarkerName.
const markerPart = MarkerName + ".part"

const (
	newTag       = "limber-new-"    // temporary folder a build is written into
	oldTag       = "limber-old-"    // the previous output, moved aside on commit
	trashTag     = "limber-trash-"  // a folder of limber's being removed
	backupSuffix = ".before-limber" // a foreign output, moved aside with Force
	lockSuffix   = ".limber-lock"   // the lock file beside the output
	dirPerm      = 0o755
	filePerm     = 0o644
)

// sibling returns the name prefix ".<base>.<tag>" of out's temporary siblings.
func sibling(out, tag string) string {
	return "." + filepath.Base(out) + "." + tag
}

// leftovers lists, sorted, the real folders beside out whose name starts with
// ".<base>.<tag>" and that are limber's own (see ours).
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
		if e.IsDir() && strings.HasPrefix(e.Name(), prefix) && ours(dir) {
			found = append(found, dir)
		}
	}
	sort.Strings(found)
	return found
}

// ours reports whether the folder dir, named as a temporary sibling, is
// limber's to remove: it holds the marker, or nothing, or nothing but a
// marker cut short (a build stopped while creating it). A folder holding
// anything else without a marker was not made by limber and is left alone.
func ours(dir string) bool {
	if hasMarker(dir) {
		return true
	}
	entries, err := os.ReadDir(dir)
	if err != nil || len(entries) > 1 {
		return false
	}
	if len(entries) == 0 {
		return true
	}
	name := filepath.Join(dir, MarkerName)
	info, err := os.Lstat(name)
	if err != nil || !info.Mode().IsRegular() || info.Size() > int64(len(Marker)) {
		return false
	}
	data, err := os.ReadFile(name)
	return err == nil && strings.HasPrefix(Marker, string(data))
}

// freeName returns a free name ".<base>.<tag>XXXXXXXX" beside out.
func freeName(out, tag string) (string, error) {
	for range 10 {
		var b [4]byte
		_, _ = rand.Read(b[:])
		name := filepath.Join(filepath.Dir(out), sibling(out, tag)+hex.EncodeToString(b[:]))
		if _, err := os.Lstat(name); errors.Is(err, fs.ErrNotExist) {
			return name, nil
		}
	}
	return "", fmt.Errorf("cannot find a free name beside %q", out)
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
