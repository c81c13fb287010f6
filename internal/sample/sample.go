// Package sample locates limber's bundled sample site (limber.yaml and
// content/ at the top of the repository) and copies it, for tests that
// build, serve or print a real site without touching the original.
package sample

import (
	"os"
	"path/filepath"
	"runtime"
)

// Dir returns the repository folder that holds the sample site.
func Dir() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..")
}

// CopyTo copies limber.yaml and content/ of the sample site into dst,
// which is created if needed.
func CopyTo(dst string) error {
	src := Dir()
	if err := os.MkdirAll(dst, 0o755); err != nil {
		return err
	}
	data, err := os.ReadFile(filepath.Join(src, "limber.yaml"))
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(dst, "limber.yaml"), data, 0o644); err != nil {
		return err
	}
	return os.CopyFS(filepath.Join(dst, "content"), os.DirFS(filepath.Join(src, "content")))
}
