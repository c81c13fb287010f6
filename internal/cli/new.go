package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/limber/limber/internal/site"
)

// sectionOf maps the kind named on the command line to its content folder.
func sectionOf(kind string) (string, bool) {
	switch kind {
	case "stretch":
		return "stretches", true
	case "routine":
		return "routines", true
	case "condition":
		return "conditions", true
	case "article":
		return "articles", true
	}
	return "", false
}

func runNew(e *env, args []string) int {
	fs := newFlags(e, "new")
	siteDir := fs.String("site", ".", "the site `folder` to add the file to")
	lang := fs.String("lang", "", "write the translation into this `language` (one of limber.yaml's languages after "+
		"the first) of the page named by its slug or title")
	rest, code, ok := parse(fs, args)
	if !ok {
		return code
	}
	if len(rest) != 2 {
		fmt.Fprintln(e.stderr, "limber new: want a kind and a title, such as: limber new stretch \"Cat-cow\"")
		fs.Usage()
		return exitUsage
	}
	section, known := sectionOf(rest[0])
	title := strings.TrimSpace(rest[1])
	slug := site.Slugify(title)
	if !known || title == "" || slug == "-" {
		fmt.Fprintf(e.stderr, "limber new: want stretch, routine, condition or article and a title with letters, got %q %q\n", rest[0], rest[1])
		return exitUsage
	}
	if *lang != "" {
		return newTranslation(e, *siteDir, rest[0], title, *lang)
	}
	rel := filepath.Join("content", section, slug+".md")
	if err := createFile(filepath.Join(*siteDir, rel), scaffold(rest[0], title)); err != nil {
		fmt.Fprintf(e.stderr, "limber new: %v\n", err)
		return exitFailed
	}
	fmt.Fprintf(e.stdout, "limber: wrote %s (a draft: set draft: false to publish it)\n", filepath.ToSlash(rel))
	return exitOK
}

// createFile writes a new file, never replacing one that exists.
func createFile(path string, text string) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if errors.Is(err, fs.ErrExist) {
		return fmt.Errorf("%s already exists; choose another title or edit that file", filepath.ToSlash(path))
	}
	if err != nil {
		return err
	}
	if _, err := f.WriteString(text); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// scaffold returns the text of a new content file of the given kind.
func scaffold(kind, title string) string {
	head := "---\ntitle: " + yamlQuote(title) + "\n"
	section, _ := sectionOf(kind)
	w := englishNewWords()
	return head + frontFields(section, w.summary[kind]) + "---\n\n" + w.body[kind]
}

// yamlQuote writes s as a YAML double-quoted string.
func yamlQuote(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `"`, `\"`)
	return `"` + r.Replace(s) + `"`
}
