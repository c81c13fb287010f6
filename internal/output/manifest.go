package output

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
)

// maxMarker bounds how much of a marker file is read: a manifest of about a
// million files. A longer manifest is cut short, which can only make more
// files count as the user's, never fewer.
const maxMarker = 64 << 20

// markerText returns the content of the marker file of a build that wrote
// files: the Marker line, then one slash path per line, sorted.
func markerText(files []string) string {
	list := append([]string(nil), files...)
	sort.Strings(list)
	var b strings.Builder
	b.WriteString(Marker)
	for _, f := range list {
		b.WriteString(f)
		b.WriteByte('\n')
	}
	return b.String()
}

// readMarker returns the content of dir's marker file and whether it is one:
// a regular file (a symlink is not followed) whose first line is Marker.
// Markers of older limber versions, which hold only that line, count too.
func readMarker(dir string) ([]byte, bool) {
	name := filepath.Join(dir, MarkerName)
	info, err := os.Lstat(name)
	if err != nil || !info.Mode().IsRegular() {
		return nil, false
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, false
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxMarker))
	if err != nil || !bytes.HasPrefix(data, []byte(Marker)) {
		return nil, false
	}
	return data, true
}

// hasMarker reports whether dir holds a marker file.
func hasMarker(dir string) bool {
	_, ok := readMarker(dir)
	return ok
}

// manifest returns the files a marker lists, and every folder above them.
// Lines that are not valid output paths (see CheckPath) are skipped.
func manifest(marker []byte) (files, dirs map[string]bool) {
	files, dirs = map[string]bool{}, map[string]bool{}
	for _, line := range strings.Split(string(marker[len(Marker):]), "\n") {
		if CheckPath(line) != nil {
			continue
		}
		files[line] = true
		for d := path.Dir(line); d != "." && !dirs[d]; d = path.Dir(d) {
			dirs[d] = true
		}
	}
	return files, dirs
}

// strangers returns, sorted, the slash paths of what in out limber did not
// write and would be lost by replacing out: every entry of a folder without
// a marker, or each entry of a marked folder that its manifest does not
// list (a folder is listed by the files inside it, and such a folder is not
// entered). A missing or empty out has none; an out that is not a folder is
// reported as ".".
func strangers(out string) ([]string, error) {
	info, err := os.Lstat(out)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil, nil
	case err != nil:
		return nil, err
	case !info.IsDir():
		return []string{"."}, nil
	}
	data, marked := readMarker(out)
	files, dirs := map[string]bool{}, map[string]bool{}
	if marked {
		files, dirs = manifest(data)
	}
	var found []string
	err = unlisted(out, ".", marked, files, dirs, &found)
	return found, err
}

// unlisted appends to found each entry of the folder dir (a slash path
// inside root) that is neither a listed regular file, a folder above a
// listed file (which it enters), nor the top-level marker of a marked root.
func unlisted(root, dir string, marked bool, files, dirs map[string]bool, found *[]string) error {
	entries, err := os.ReadDir(filepath.Join(root, filepath.FromSlash(dir)))
	if err != nil {
		return err
	}
	for _, e := range entries { // ReadDir sorts by name
		rel := path.Join(dir, e.Name())
		switch {
		case marked && rel == MarkerName:
		case e.IsDir() && dirs[rel]:
			if err := unlisted(root, rel, marked, files, dirs, found); err != nil {
				return err
			}
		case e.Type().IsRegular() && files[rel]:
		default:
			*found = append(*found, rel)
		}
	}
	return nil
}

// strangersError explains that out holds things limber did not write,
// naming up to five of them, and how to go on.
func strangersError(display, backup string, found []string) error {
	if len(found) == 1 && found[0] == "." {
		return fmt.Errorf("output folder %q is not a folder: choose another --out, "+
			"or add --force to move it aside to %q and build anyway", display, filepath.Base(backup))
	}
	return fmt.Errorf("output folder %q holds files that limber did not write (%s): move them out of it, "+
		"choose another --out, or add --force to move the folder aside with them to %q and build anyway",
		display, listSome(found, 5), filepath.Base(backup))
}

// listSome joins up to n of list with commas, saying how many more there are.
func listSome(list []string, n int) string {
	if len(list) <= n {
		return strings.Join(list, ", ")
	}
	return fmt.Sprintf("%s and %d more", strings.Join(list[:n], ", "), len(list)-n)
}
