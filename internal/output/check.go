// Package output owns the folder a build is written to (public/ by default):
// where it may be, and how a build replaces it. A build is written into a
// temporary folder beside the output and swapped in by renames only when it is
// complete, so a failed or interrupted build leaves the old output exactly as
// it was. Nothing is ever written or deleted outside the output folder and its
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
// It refuses the site folder itself, the site's content/ or templates/ folder
// or any folder inside them, any folder that contains the site (including /),
// the home folder, and a path that exists but is not a folder. Errors are
// plain sentences that name out as given.
func Check(site, out string) error {
	siteAbs, err := resolve(site)
	if err != nil {
		return fmt.Errorf("cannot find the site folder %q: %v", site, err)
	}
	outAbs, err := resolve(out)
	if err != nil {
		return fmt.Errorf("cannot use output folder %q: %v", out, err)
	}
	if msg := placeProblem(siteAbs, outAbs); msg != "" {
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
	return nil
}

// placeProblem says why the resolved output folder out may not be used for
// the resolved site folder site, or returns "" when the place is fine.
func placeProblem(site, out string) string {
	switch {
	case out == site:
		return "is the site folder itself"
	case within(out, resolved(filepath.Join(site, "content"))):
		return "is inside content/"
	case within(out, resolved(filepath.Join(site, "templates"))):
		return "is inside templates/"
	case within(site, out):
		return "contains the site folder, so a build would replace the site"
	case out == resolved(filepath.Dir(out)):
		return "is the top of the file system"
	case isHome(out):
		return "is your home folder"
	}
	return ""
}

// isHome reports whether the resolved path p is the user's home folder.
func isHome(p string) bool {
	home, err := os.UserHomeDir()
	return err == nil && home != "" && resolved(home) == p
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
