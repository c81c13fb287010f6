package cli

import (
	"fmt"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"github.com/limber/limber/internal/newsite"
)

func runInit(e *env, args []string) int {
	fs := newFlags(e, "init")
	sample := fs.Bool("sample", false, "copy the full bundled sample site instead of one short example of each kind")
	langList := fs.String("languages", "", "the site's languages, a comma-separated `list` with the default first, "+
		"such as en,es (limber has words for "+strings.Join(newsite.Known(), ", ")+"): limber.yaml lists them, "+
		"and each example is written in each")
	rest, code, ok := parse(fs, args)
	if !ok {
		return code
	}
	if len(rest) > 1 {
		fmt.Fprintf(e.stderr, "limber init: want at most one folder, got %q\n", rest)
		return exitUsage
	}
	langs, msg := initLanguages(*langList, *sample)
	if msg != "" {
		fmt.Fprintf(e.stderr, "limber init: %s\n", msg)
		return exitUsage
	}
	dir := "."
	if len(rest) == 1 {
		dir = rest[0]
	}
	v, pinned := readBuild().buildVersion()
	opts := newsite.Options{Version: v, Pinned: pinned, GoVersion: goVersion(runtime.Version()), Sample: *sample,
		Date: time.Now().Format(time.DateOnly), Languages: langs}
	files, err := newsite.Files(opts)
	if err == nil {
		err = newsite.Create(dir, files)
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "limber init: %v\n", err)
		return exitFailed
	}
	printMade(e, dir, files)
	return exitOK
}

// initLanguages reads --languages and returns its languages, or why init
// cannot go on: an unknown language, or --languages with --sample (whose
// languages are its own).
func initLanguages(list string, sample bool) ([]string, string) {
	switch {
	case list == "":
		return nil, ""
	case sample:
		return nil, "--sample copies the sample site, its languages and all: leave --languages out"
	}
	langs, err := newsite.ParseLanguages(list)
	if err != nil {
		return nil, "--languages: " + err.Error()
	}
	return langs, ""
}

// printMade lists the files init made, content/ as a count, and the next
// two commands.
func printMade(e *env, dir string, files []newsite.File) {
	fmt.Fprintf(e.stdout, "limber: made a new site in %s:\n", filepath.ToSlash(dir))
	content := 0
	for _, f := range files {
		if strings.HasPrefix(f.Path, "content/") {
			content++
		} else {
			fmt.Fprintf(e.stdout, "  %s\n", f.Path)
		}
	}
	fmt.Fprintf(e.stdout, "  content/ (%d files)\n", content)
	site := ""
	if dir != "." {
		site = " --site " + shellQuote(filepath.ToSlash(dir))
	}
	fmt.Fprintf(e.stdout, "\nNext:\n  limber serve%s          # preview it, live, while you edit content/\n", site)
	fmt.Fprintf(e.stdout, "  limber check --strict%s # before you publish; README.md says how\n", site)
}

// goVersion turns runtime.Version ("go1.26.8") into the version the deploy
// files install ("1.26.8"). A development Go gives the oldest Go limber
// builds with.
func goVersion(rt string) string {
	v, ok := strings.CutPrefix(rt, "go")
	if !ok || strings.ContainsAny(v, " -+") {
		return "1.26.8"
	}
	return v
}

// shellQuote quotes s for a POSIX shell when it needs it.
func shellQuote(s string) string {
	if s != "" && !strings.ContainsFunc(s, func(r rune) bool {
		return !(r == '/' || r == '.' || r == '-' || r == '_' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z')
	}) {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}
