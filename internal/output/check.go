// Package output owns the folder a build is written to (public/ by default):
// where it may be, and how a build replaces it. A build is written into a
// temporary folder beside the output and swapped in only when it is complete:
// in one exchanging rename where the system has one (Linux), by two renames
// elsewhere and when --force moves a foreign folder to its backup. A failed
// build leaves the old output exactly as it was, and a build stopped in the
// middle of a swap leaves folders that the next build puts back or finishes
// before anything else (Recover). Nothing is ever written or deleted outside the output folder and its
// own temporary siblings, and a folder limber did not write is never deleted.
package output

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// Check reports whether out may be used as the output folder of the site at
// site. Relative paths are taken from the working directory. Both paths are
// made absolute and, where they exist, symlink-resolved before comparing.
//
// It refuses the site folder itself; the site's limber.yaml, its content/ or
// templates/ folder, or any path inside them; any folder that contains the
// site (including /) or one of those three, so that a site whose content/
// links to /X/content may not build into /X; a path that exists but is not a
// folder; and the places of system (see placer.systemProblem): a folder at
// the top of the file system, a mount point, the home folder or a folder
// that contains it, and a folder outside the site folder that holds files
// limber did not make. --force changes none of this. Symlinks, also those of
// content/, templates/ and limber.yaml, are compared by their targets.
// Errors are plain sentences that name out as given.
func Check(site, out string) error {
	return systemPlacer().check(site, out)
}

// check is Check, asking p about the system.
func (p placer) check(site, out string) error {
	siteAbs, err := resolve(site)
	if err != nil {
		return fmt.Errorf("cannot find the site folder %q: %v", site, err)
	}
	outAbs, err := resolve(out)
	if err != nil {
		return fmt.Errorf("cannot use output folder %q: %v", out, err)
	}
	msg := placeProblem(siteAbs, outAbs)
	if msg == "" {
		msg = p.systemProblem(outAbs)
	}
	if msg != "" {
		return fmt.Errorf("output folder %q %s: choose another --out, such as public", out, msg)
	}
	info, err := os.Stat(outAbs)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil
	case err != nil:
		return fmt.Errorf("cannot use output folder %q: %v", out, err)
	case !info.IsDir():
		return fmt.Errorf("output folder %q is a file, not a folder: choose another --out, such as public", out)
	}
	if msg := outsideProblem(siteAbs, outAbs); msg != "" {
		return fmt.Errorf("output folder %q %s", out, msg)
	}
	return nil
}

// placeProblem says why the resolved output folder out may not be used for
// the resolved site folder site, or returns "" when the place is fine.
func placeProblem(site, out string) string {
	if out == site {
		return "is the site folder itself"
	}
	parts := siteParts(site)
	for _, p := range parts {
		if within(out, p.path) {
			return p.inside
		}
	}
	if within(site, out) {
		return "contains the site folder, so a build would replace the site"
	}
	for _, p := range parts {
		if within(p.path, out) {
			return "contains the site's " + p.name + ", so a build could move it away"
		}
	}
	if out == resolved(filepath.Dir(out)) {
		return "is the top of the file system"
	}
	return ""
}

// sitePart is a path the site reads, resolved, with how to name it.
type sitePart struct {
	path   string // absolute and symlink-resolved
	name   string // as the site's own
	inside string // why an output at or inside it is refused
}

// siteParts returns the paths inside the resolved site folder site that a
// build reads: limber.yaml, content/ and templates/, each resolved, so that
// a symlinked one is its target.
func siteParts(site string) []sitePart {
	return []sitePart{
		{resolved(filepath.Join(site, "limber.yaml")), "settings file limber.yaml", "is the site's settings file limber.yaml"},
		{resolved(filepath.Join(site, "content")), "content/ folder", "is inside content/"},
		{resolved(filepath.Join(site, "templates")), "templates/ folder", "is inside templates/"},
	}
}

// within reports whether the clean absolute path p is dir or lies inside it.
func within(p, dir string) bool {
	if p == dir {
		return true
	}
	rel, err := filepath.Rel(dir, p)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) && !filepath.IsAbs(rel)
}

// resolved is resolve for paths already known to be absolute; on error it
// returns the cleaned path unchanged.
func resolved(p string) string {
	r, err := resolve(p)
	if err != nil {
		return filepath.Clean(p)
	}
	return r
}

// resolve makes p absolute and resolves symlinks in the longest part of it
// that exists, keeping the missing rest as written.
func resolve(p string) (string, error) {
	abs, err := filepath.Abs(p)
	if err != nil {
		return "", err
	}
	rest := ""
	for {
		real, err := filepath.EvalSymlinks(abs)
		if err == nil {
			return filepath.Join(real, rest), nil
		}
		parent := filepath.Dir(abs)
		if parent == abs {
			return filepath.Join(abs, rest), nil
		}
		rest = filepath.Join(filepath.Base(abs), rest)
		abs = parent
	}
}
