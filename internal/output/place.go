package output

import (
	"os"
	"path/filepath"
)

// placer holds what Check asks the system about an output folder's place,
// so that tests can name a file system root and mount points of their own
// instead of the machine's.
type placer struct {
	topLevel func(dir string) bool // whether the resolved dir is the top of a file system
	mount    func(dir string) bool // whether the resolved dir is a mount point
	home     string                // the home folder, resolved, or "" when unknown
}

// systemPlacer returns the placer that asks the running system.
func systemPlacer() placer {
	return placer{topLevel: isTopLevel, mount: isMountPoint, home: homeDir()}
}

// isTopLevel reports whether the clean absolute path dir is the top of a
// file system: "/" or a volume such as C:\.
func isTopLevel(dir string) bool {
	return filepath.Dir(dir) == dir
}

// homeDir returns the user's home folder, resolved, or "" when there is none.
func homeDir() string {
	home, err := os.UserHomeDir()
	if err != nil || home == "" {
		return ""
	}
	return resolved(home)
}

// systemProblem says why the resolved output folder out is a place of the
// system that a build may never replace, even with --force, or returns "":
// a folder at the top of the file system (such as /etc or /root), the home
// folder or a folder that contains it, and a mount point, which cannot be
// renamed and is rarely only an output.
func (p placer) systemProblem(out string) string {
	parent := filepath.Dir(out)
	switch {
	case parent != out && p.topLevel(parent):
		return "is a folder at the top of the file system, which limber never replaces, even with --force"
	case p.home != "" && out == p.home:
		return "is your home folder"
	case p.home != "" && within(p.home, out):
		return "contains your home folder"
	case p.mount(out):
		return "is a mount point, which limber cannot replace (a build swaps in a new folder by renaming it); " +
			"build into a new folder inside it instead"
	}
	return ""
}

// outsideProblem says why the resolved output folder out, outside the
// resolved site folder site, may not be replaced, even with --force, or
// returns "": it holds files and has no marker, so limber did not make it.
// Inside the site folder (such as public/ or dist/), --force moves such a
// folder aside; outside it, the folder is likely the user's own work.
func outsideProblem(site, out string) string {
	if within(out, site) {
		return ""
	}
	info, err := os.Lstat(out)
	if err != nil {
		return ""
	}
	if info.IsDir() {
		entries, err := os.ReadDir(out)
		if err != nil || len(entries) == 0 || hasMarker(out) {
			return ""
		}
	}
	return "is outside the site folder and holds files that limber did not make, so limber will not replace " +
		"it or move it aside, even with --force: choose a new or empty folder, or one inside the site folder, such as public"
}
