package release

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/goreleaser/goreleaser/v2/pkg/config"
)

// root is the top of limber's repository, from this folder.
const root = "../../.."

// platforms are the release targets the README promises.
var platforms = []string{
	"darwin/amd64", "darwin/arm64", "linux/amd64", "linux/arm64", "windows/amd64", "windows/arm64",
}

// load reads .goreleaser.yaml as GoReleaser does: strictly, so that a
// misspelt or unknown key fails.
func load(t *testing.T) config.Project {
	t.Helper()
	p, err := config.Load(filepath.Join(root, ".goreleaser.yaml"))
	if err != nil {
		t.Fatalf(".goreleaser.yaml: %v", err)
	}
	if p.Version != 2 {
		t.Fatalf(".goreleaser.yaml: version %d, want 2", p.Version)
	}
	return p
}

// TestBuild checks the one build: limber's command, every platform, no cgo,
// -trimpath, and the version stamped where internal/cli reads it.
func TestBuild(t *testing.T) {
	p := load(t)
	if len(p.Builds) != 1 {
		t.Fatalf("%d builds, want 1", len(p.Builds))
	}
	b := p.Builds[0]
	if b.Main != "./cmd/limber" || b.Binary != "limber" {
		t.Errorf("main %q, binary %q; want ./cmd/limber, limber", b.Main, b.Binary)
	}
	var got []string
	for _, goos := range b.Goos {
		for _, goarch := range b.Goarch {
			got = append(got, goos+"/"+goarch)
		}
	}
	slices.Sort(got)
	if !slices.Equal(got, platforms) {
		t.Errorf("platforms %v, want %v", got, platforms)
	}
	if !slices.Contains(b.Env, "CGO_ENABLED=0") {
		t.Errorf("env %v lacks CGO_ENABLED=0", b.Env)
	}
	if !slices.Contains([]string(b.Flags), "-trimpath") {
		t.Errorf("flags %v lack -trimpath", b.Flags)
	}
	ld := strings.Join(b.Ldflags, " ")
	for _, want := range []string{"-s", "-w", "-X github.com/limber/limber/internal/cli.version=v{{ .Version }}"} {
		if !strings.Contains(ld, want) {
			t.Errorf("ldflags %q lack %q", ld, want)
		}
	}
}

// TestArchives checks the archives: tar.gz, zip on Windows, and files that
// exist.
func TestArchives(t *testing.T) {
	p := load(t)
	if len(p.Archives) != 1 {
		t.Fatalf("%d archives, want 1", len(p.Archives))
	}
	a := p.Archives[0]
	if !slices.Equal([]string(a.Formats), []string{"tar.gz"}) {
		t.Errorf("formats %v, want [tar.gz]", a.Formats)
	}
	if len(a.FormatOverrides) != 1 || a.FormatOverrides[0].Goos != "windows" ||
		!slices.Equal([]string(a.FormatOverrides[0].Formats), []string{"zip"}) {
		t.Errorf("format overrides %+v, want zip for windows", a.FormatOverrides)
	}
	for _, f := range a.Files {
		matches, err := filepath.Glob(filepath.Join(root, f.Source))
		if err != nil || len(matches) == 0 {
			t.Errorf("archive file %q matches nothing", f.Source)
		}
	}
	if !slices.ContainsFunc(a.Files, func(f config.File) bool { return f.Source == "README.md" }) {
		t.Error("the archives lack README.md")
	}
}

// TestChecksums checks that checksums.txt is made, with SHA-256.
func TestChecksums(t *testing.T) {
	c := load(t).Checksum
	if c.Disable || c.NameTemplate != "checksums.txt" || c.Algorithm != "sha256" {
		t.Errorf("checksum %+v, want checksums.txt with sha256", c)
	}
}

// TestWorkflowRunsPinnedGoReleaser checks that the release workflow runs the
// GoReleaser of this module, the one these tests read the configuration with.
func TestWorkflowRunsPinnedGoReleaser(t *testing.T) {
	wf, err := os.ReadFile(filepath.Join(root, ".github/workflows/release.yml"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"go tool -modfile=internal/tools/release/go.mod goreleaser release --clean",
		"fetch-depth: 0", "go-version-file: go.mod", "GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}", `tags: ["v*"]`,
	} {
		if !strings.Contains(string(wf), want) {
			t.Errorf("release.yml lacks %q", want)
		}
	}
}
