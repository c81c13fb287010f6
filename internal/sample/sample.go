// Package sample locates limber's bundled sample site (limber.yaml and
// content/ at the top of the repository) and copies it, for tests that
// build, serve or print a real site without touching the original.
package sample

import (
	"os"
	"path/filepath"
	"regexp"
	"runtime"
)

// Dir returns the repository folder that holds the sample site.
func Dir() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..")
}

// CopyTo copies limber.yaml, content/ and templates/lang/ (the site's own
// words in Spanish) of the sample site into dst, which is created if
// needed.
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
	if err := os.CopyFS(filepath.Join(dst, "content"), os.DirFS(filepath.Join(src, "content"))); err != nil {
		return err
	}
	return os.CopyFS(filepath.Join(dst, "templates", "lang"), os.DirFS(filepath.Join(src, "templates", "lang")))
}

// CopyEnglishTo copies the sample site into dst in English only: without
// its Spanish translations (*.es.md), its Spanish words (templates/lang)
// and limber.yaml's languages. For tests of what limber serve does on a
// site of one language, such as its fast paths, which a site with
// translations does not take.
func CopyEnglishTo(dst string) error {
	if err := CopyTo(dst); err != nil {
		return err
	}
	if err := os.RemoveAll(filepath.Join(dst, "templates")); err != nil {
		return err
	}
	translations, _ := filepath.Glob(filepath.Join(dst, "content", "*", "*.es.md"))
	for _, f := range translations {
		if err := os.Remove(f); err != nil {
			return err
		}
	}
	yaml := filepath.Join(dst, "limber.yaml")
	data, err := os.ReadFile(yaml)
	if err != nil {
		return err
	}
	data = regexp.MustCompile(`(?m)^languages:.*$`).ReplaceAll(data, []byte("language: en"))
	return os.WriteFile(yaml, data, 0o644)
}
