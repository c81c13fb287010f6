// Package newsite makes the files of a new limber site, for "limber init":
// a commented limber.yaml, one short example of each kind of page (or the
// whole bundled sample), .gitignore, deploy files for Netlify and GitHub
// Pages that install the limber version that made the site, and a README
// for the clinic. It writes them only into an empty folder, and never over
// a file.
package newsite

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"

	"github.com/limber/limber"
)

// Module is the package path "go install" takes to install limber.
const Module = "github.com/limber/limber/cmd/limber"

// Options say what a new site is made with.
type Options struct {
	Version   string // the version of the limber that makes the site
	Pinned    bool   // whether Version is one "go install Module@Version" can install
	GoVersion string // the Go version the deploys install, such as "1.26.8"
	Sample    bool   // copy the whole bundled sample site instead of the short examples
	Date      string // today, such as "2026-12-06": the example article's last review
	// Languages are the site's languages, the default first, each one of
	// Known; none means English only. The sample has its own (en, es).
	Languages []string
}

// File is one file of a new site: its slash path in the site and its bytes.
type File struct {
	Path string
	Data []byte
}

// Files returns the files of a new site, sorted by path.
func Files(o Options) ([]File, error) {
	files := []File{
		{".gitignore", []byte(gitignoreText)},
		{".github/workflows/pages.yml", []byte(workflowText(o))},
		{"README.md", []byte(fmt.Sprintf(readmeText, o.pinnedVersion(), Module, translateText(o.languages())))},
		{"netlify.toml", []byte(netlifyText(o))},
	}
	content, err := siteContent(o)
	if err != nil {
		return nil, err
	}
	files = append(files, content...)
	slices.SortFunc(files, func(a, b File) int { return strings.Compare(a.Path, b.Path) })
	return files, nil
}

// pinnedVersion is the version the README names.
func (o Options) pinnedVersion() string {
	v, _ := o.pin()
	return v
}

// languages returns the site's languages, the default first: English
// when Options name none.
func (o Options) languages() []string {
	if len(o.Languages) == 0 {
		return Known()[:1]
	}
	return o.Languages
}

// siteContent returns limber.yaml and content/: the short examples, or
// the bundled sample site.
func siteContent(o Options) ([]File, error) {
	if o.Sample {
		return sampleFiles()
	}
	langs := o.languages()
	if _, err := ParseLanguages(strings.Join(langs, ",")); err != nil {
		return nil, err
	}
	files := append([]File{{"limber.yaml", []byte(configText(langs))}}, langFiles(langs)...)
	for _, x := range examples() {
		for i, code := range langs {
			files = append(files, x.file(code, i == 0, o.Date))
		}
	}
	return files, nil
}

// sampleFiles returns the files of the bundled sample site.
func sampleFiles() ([]File, error) {
	var files []File
	err := fs.WalkDir(limber.Sample(), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(limber.Sample(), p)
		files = append(files, File{p, data})
		return err
	})
	return files, err
}

// Refuse returns an error if dir has anything in it, naming what:
// "site: not empty: has a, b, c". A folder that does not exist is empty.
func Refuse(dir string) error {
	entries, err := os.ReadDir(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	if len(entries) == 0 {
		return nil
	}
	names := make([]string, 0, len(entries))
	for _, e := range entries {
		names = append(names, e.Name())
	}
	more := ""
	if len(names) > 10 {
		more = fmt.Sprintf(" and %d more", len(names)-10)
		names = names[:10]
	}
	return fmt.Errorf("%s: not empty: has %s%s; run limber init in a new or empty folder",
		filepath.ToSlash(dir), strings.Join(names, ", "), more)
}

// Create writes files into dir, which must be empty (see Refuse). Each file
// is created new: one that appeared meanwhile is not replaced, and Create
// stops there with an error.
func Create(dir string, files []File) error {
	if err := Refuse(dir); err != nil {
		return err
	}
	for _, f := range files {
		if err := createFile(dir, f); err != nil {
			return err
		}
	}
	return nil
}

// createFile writes one file, with the folders it needs, never replacing a
// file that exists.
func createFile(dir string, f File) error {
	name := filepath.Join(dir, filepath.FromSlash(f.Path))
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		return err
	}
	out, err := os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return fmt.Errorf("%s: %w", path.Join(filepath.ToSlash(dir), f.Path), err)
	}
	_, err = out.Write(f.Data)
	return errors.Join(err, out.Close())
}
