package deploytest

import (
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"

	"github.com/limber/limber/internal/sample"
)

// netlifyConfig is the part of netlify.toml that limber uses. A key the
// file has and this type does not (a typo such as [[header]]) fails the
// test, since Netlify would ignore it without a word.
type netlifyConfig struct {
	Build struct {
		Command     string
		Publish     string
		Environment map[string]string
	}
	Context map[string]struct {
		Command string
	}
	Headers []headerRule
}

// headerRule is one [[headers]] table: a path pattern and its headers.
type headerRule struct {
	For    string `toml:"for"`
	Values map[string]string
}

// readNetlify reads netlify.toml at the top of the repository.
func readNetlify(t *testing.T) netlifyConfig {
	t.Helper()
	var cfg netlifyConfig
	md, err := toml.DecodeFile(filepath.Join(sample.Dir(), "netlify.toml"), &cfg)
	if err != nil {
		t.Fatalf("netlify.toml: %v", err)
	}
	if keys := md.Undecoded(); len(keys) > 0 {
		t.Fatalf("netlify.toml: keys this test does not know (a typo? Netlify ignores them): %v", keys)
	}
	return cfg
}

// TestNetlifyBuild checks that each deploy context builds the site for its
// own address into the published folder: it runs each command with make -n
// and reads the limber command make would run.
func TestNetlifyBuild(t *testing.T) {
	cfg := readNetlify(t)
	if cfg.Build.Publish != "public" {
		t.Errorf("publish = %q, want \"public\", the folder make site writes", cfg.Build.Publish)
	}
	env := []string{"URL=https://clinic.example", "DEPLOY_PRIME_URL=https://deploy-preview-7--clinic.netlify.app"}
	tests := []struct{ context, command, wantBase string }{
		{"(build)", cfg.Build.Command, "https://clinic.example"},
		{"production", cfg.Context["production"].Command, "https://clinic.example"},
		{"deploy-preview", cfg.Context["deploy-preview"].Command, "https://deploy-preview-7--clinic.netlify.app"},
		{"branch-deploy", cfg.Context["branch-deploy"].Command, "https://deploy-preview-7--clinic.netlify.app"},
	}
	for _, tt := range tests {
		t.Run(tt.context, func(t *testing.T) {
			got := dryRun(t, tt.command, env)
			want := "./bin/limber build --site . --base-url '" + tt.wantBase + "'"
			if !strings.Contains(got, want) {
				t.Errorf("command %q runs:\n%s\nwant a line %s", tt.command, got, want)
			}
		})
	}
}

// dryRun runs a deploy's build command, which must start with "make site",
// with make -n in the repository, and returns what make would run.
func dryRun(t *testing.T, command string, env []string) string {
	t.Helper()
	rest, ok := strings.CutPrefix(command, "make site ")
	if !ok {
		t.Fatalf("command %q: want it to start with \"make site \"", command)
	}
	for _, tool := range []string{"bash", "make"} {
		if _, err := exec.LookPath(tool); err != nil && os.Getenv("CI") != "true" {
			t.Skipf("%s is not installed", tool)
		}
	}
	cmd := exec.Command("bash", "-c", "make -n site "+rest)
	cmd.Dir = sample.Dir()
	cmd.Env = append(os.Environ(), env...)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("%s: %v\n%s", cmd, err, out)
	}
	return string(out)
}

// TestNetlifyGoVersion checks that Netlify installs a Go release at least
// as new as go.mod asks for.
func TestNetlifyGoVersion(t *testing.T) {
	cfg := readNetlify(t)
	got := cfg.Build.Environment["GO_VERSION"]
	if !regexp.MustCompile(`^\d+\.\d+\.\d+$`).MatchString(got) {
		t.Fatalf("GO_VERSION = %q, want a release such as 1.26.8, so every deploy uses the same Go", got)
	}
	want := goModVersion(t)
	if compareVersions(got, want) < 0 {
		t.Errorf("GO_VERSION = %s is older than go %s in go.mod", got, want)
	}
}

// goModVersion returns the version on the go line of go.mod.
func goModVersion(t *testing.T) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(sample.Dir(), "go.mod"))
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(data), "\n") {
		if v, ok := strings.CutPrefix(strings.TrimSpace(line), "go "); ok {
			return strings.TrimSpace(v)
		}
	}
	t.Fatal("go.mod has no go line")
	return ""
}

// compareVersions compares dotted versions such as 1.26 and 1.26.8 number
// by number; a missing number counts as 0.
func compareVersions(a, b string) int {
	as, bs := strings.Split(a, "."), strings.Split(b, ".")
	for i := range max(len(as), len(bs)) {
		x, y := versionPart(as, i), versionPart(bs, i)
		if x != y {
			return x - y
		}
	}
	return 0
}

func versionPart(parts []string, i int) int {
	if i >= len(parts) {
		return 0
	}
	n, _ := strconv.Atoi(parts[i])
	return n
}

func TestCompareVersions(t *testing.T) {
	tests := []struct {
		a, b string
		want int // its sign
	}{
		{"1.26.8", "1.26", 1}, {"1.26.0", "1.26", 0}, {"1.25.9", "1.26", -1}, {"1.27.0", "1.26.8", 1}, {"2.0.0", "1.99", 1},
	}
	for _, tt := range tests {
		got := compareVersions(tt.a, tt.b)
		if (got > 0) != (tt.want > 0) || (got < 0) != (tt.want < 0) {
			t.Errorf("compareVersions(%s, %s) = %d, want the sign of %d", tt.a, tt.b, got, tt.want)
		}
	}
}

// headersFor returns the headers Netlify sends for a path: those of every
// rule whose pattern matches it, with names in canonical form. It fails the
// test when two rules set one header for the path, since Netlify may then
// send a joined value that means something else.
func headersFor(t *testing.T, rules []headerRule, path string) http.Header {
	t.Helper()
	h := http.Header{}
	from := map[string]string{}
	for _, r := range rules {
		if !patternMatches(t, r.For, path) {
			continue
		}
		for _, name := range sortedKeys(r.Values) {
			key := http.CanonicalHeaderKey(name)
			if prev, dup := from[key]; dup {
				t.Errorf("%s: %s is set both for %q and for %q: keep one rule per header", path, key, prev, r.For)
			}
			from[key] = r.For
			h.Set(key, r.Values[name])
		}
	}
	return h
}

// patternMatches reports whether a Netlify path pattern (an exact path, or
// one ending in *, which matches anything after it) matches path. Other
// pattern forms fail the test, so that this check never silently misses.
func patternMatches(t *testing.T, pattern, path string) bool {
	t.Helper()
	if strings.Contains(pattern, ":") || strings.Count(pattern, "*") > 1 ||
		strings.Contains(pattern, "*") && !strings.HasSuffix(pattern, "*") {
		t.Fatalf("headers for = %q: this test reads only exact paths and paths ending in *", pattern)
	}
	if prefix, ok := strings.CutSuffix(pattern, "*"); ok {
		return strings.HasPrefix(path, prefix)
	}
	return pattern == path
}

func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func TestPatternMatches(t *testing.T) {
	tests := []struct {
		pattern, path string
		want          bool
	}{
		{"/*", "/", true}, {"/*", "/stretches/cat-cow/", true}, {"/assets/*", "/assets/style.css", true},
		{"/assets/*", "/stretches/cat-cow.svg", false}, {"/404.html", "/404.html", true}, {"/404.html", "/404", false},
	}
	for _, tt := range tests {
		if got := patternMatches(t, tt.pattern, tt.path); got != tt.want {
			t.Errorf("patternMatches(%q, %q) = %v, want %v", tt.pattern, tt.path, got, tt.want)
		}
	}
}
