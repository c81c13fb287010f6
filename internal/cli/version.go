package cli

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"
)

// version is the release version, such as "v1.2.3", set when a release is
// built with
//
//	go build -ldflags "-X github.com/limber/limber/internal/cli.version=v1.2.3" ./cmd/limber
//
// as GoReleaser does (.goreleaser.yaml). It is the one package-level
// variable limber has: the linker sets it before the program starts and
// nothing assigns it afterwards. When it is empty, the version comes from
// the build information the go command records (see buildVersion).
var version string

// devel is the version of a build that has no release version and no
// commit recorded.
const devel = "(devel)"

// buildInfo is what the version line is made from, gathered by readBuild
// so that formatting it is a pure function.
type buildInfo struct {
	release     string            // the linker-set version, or ""
	mainVersion string            // debug.BuildInfo's Main.Version, or ""
	settings    map[string]string // debug.BuildInfo's settings (vcs.revision, vcs.time, vcs.modified)
	goVersion   string            // such as "go1.26.8"
	platform    string            // such as "linux/amd64"
}

// readBuild gathers the build information of the running binary.
func readBuild() buildInfo {
	b := buildInfo{release: version, settings: map[string]string{},
		goVersion: runtime.Version(), platform: runtime.GOOS + "/" + runtime.GOARCH}
	if info, ok := debug.ReadBuildInfo(); ok {
		b.mainVersion = info.Main.Version
		for _, s := range info.Settings {
			b.settings[s.Key] = s.Value
		}
	}
	return b
}

// buildVersion returns limber's version and whether it names a module
// version that "go install github.com/limber/limber/cmd/limber@VERSION"
// can install: the release version if the linker set one, else the module
// version "go install ...@vX.Y.Z" records, else, for a development build,
// "devel", the commit and its date when the go command recorded them
// (with "dirty" when the work tree had changes), else "(devel)".
func (b buildInfo) buildVersion() (v string, pinnable bool) {
	switch {
	case b.release != "":
		return b.release, strings.HasPrefix(b.release, "v")
	case b.mainVersion != "" && b.mainVersion != devel:
		return b.mainVersion, true
	case b.settings["vcs.revision"] != "":
		v = "devel " + shortRevision(b.settings["vcs.revision"])
		if t := b.settings["vcs.time"]; t != "" {
			v += " " + t
		}
		if b.settings["vcs.modified"] == "true" {
			v += " dirty"
		}
		return v, false
	}
	return devel, false
}

// shortRevision returns the first 12 characters of a commit hash.
func shortRevision(rev string) string {
	if len(rev) > 12 {
		return rev[:12]
	}
	return rev
}

// versionLine is what "limber version" prints, such as
// "limber v1.2.3 (go1.26.8 linux/amd64)".
func (b buildInfo) versionLine() string {
	v, _ := b.buildVersion()
	return fmt.Sprintf("%s %s (%s %s)", programName, v, b.goVersion, b.platform)
}

func runVersion(e *env, args []string) int {
	fs := newFlags(e, "version")
	rest, code, ok := parse(fs, args)
	if !ok {
		return code
	}
	if len(rest) > 0 {
		fmt.Fprintf(e.stderr, "limber version: unexpected argument %q\n", rest[0])
		return exitUsage
	}
	fmt.Fprintln(e.stdout, readBuild().versionLine())
	return exitOK
}
