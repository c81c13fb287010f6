package benchrun

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// HugoVersion is the Hugo release limber is compared with. It is pinned so
// that figures stay comparable from run to run (see ../shared/bench).
const HugoVersion = "v0.166.0"

// tools are the programs a run measures, by path.
type tools struct {
	limber, hugo, floor string
}

// prepareTools builds limber and the floor program into dir and finds or
// installs Hugo.
func prepareTools(cfg Config, dir string) (tools, error) {
	t := tools{limber: filepath.Join(dir, "limber"), floor: filepath.Join(dir, "floor")}
	if err := goCmd(cfg.Repo, nil, "build", "-o", t.limber, "./cmd/limber"); err != nil {
		return t, fmt.Errorf("building limber: %v", err)
	}
	if err := goCmd(filepath.Join(cfg.Shared, "floor"), []string{"GOWORK=off"}, "build", "-o", t.floor, "."); err != nil {
		return t, fmt.Errorf("building the floor program: %v", err)
	}
	hugo, err := findHugo(cfg)
	t.hugo = hugo
	return t, err
}

// goCmd runs the go command in dir with extra environment variables.
func goCmd(dir string, env []string, args ...string) error {
	cmd := exec.Command("go", args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	if out, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("go %s: %v\n%s", strings.Join(args, " "), err, tail(out, 2000))
	}
	return nil
}

// findHugo returns cfg.Hugo when set; otherwise the pinned Hugo in the
// repository's bin/bench/, installing it there first (once, about two
// minutes) when it is missing or another version.
func findHugo(cfg Config) (string, error) {
	if cfg.Hugo != "" {
		return cfg.Hugo, nil
	}
	bin := filepath.Join(cfg.Repo, "bin", "bench")
	hugo := filepath.Join(bin, "hugo")
	if out, err := exec.Command(hugo, "version").Output(); err == nil && strings.Contains(string(out), HugoVersion) {
		return hugo, nil
	}
	fmt.Fprintf(cfg.Log, "installing Hugo %s into %s (once; about 2 minutes)\n", HugoVersion, bin)
	err := goCmd(cfg.Repo, []string{"GOBIN=" + bin, "GOTOOLCHAIN=auto"}, "install", "github.com/gohugoio/hugo@"+HugoVersion)
	if err != nil {
		return "", fmt.Errorf("installing Hugo: %v", err)
	}
	return hugo, nil
}

// checkShared reports a missing part of the shared benchmark folder.
func checkShared(shared string) error {
	for _, name := range []string{"gencorpus.py", "hugo-serve-latency.py", "hugo-anchor/hugo.toml", "hugo-anchor/layouts", "floor/main.go"} {
		if _, err := os.Stat(filepath.Join(shared, name)); err != nil {
			return fmt.Errorf("the shared benchmark folder %s is incomplete (%v): pass -shared with the folder "+
				"that holds gencorpus.py, hugo-anchor/ and floor/ (in a checkout it is ../shared/bench)", shared, err)
		}
	}
	if _, err := exec.LookPath("python3"); err != nil {
		return fmt.Errorf("python3 is needed to make the corpora and to drive hugo server: %v", err)
	}
	return nil
}

// workFolder makes the temporary folder a run works in: under /dev/shm
// when that is a tmpfs (disk-bound figures are not comparable between
// runs), else under parent or the system's temporary folder, with a
// warning.
func workFolder(cfg Config) (string, bool, error) {
	parent, onTmpfs := cfg.Work, false
	if parent == "" {
		parent = os.TempDir()
		if isTmpfs("/dev/shm") {
			parent, onTmpfs = "/dev/shm", true
		}
	} else {
		onTmpfs = isTmpfs(parent)
	}
	dir, err := os.MkdirTemp(parent, "limber-bench-")
	return dir, onTmpfs, err
}
