package main

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/limber/limber/internal/cli"
	"github.com/rogpeppe/go-internal/testscript"
)

// TestMain lets the test binary run as the real limber command inside
// scripts.
func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"limber": func() { os.Exit(cli.Main(os.Args[1:], os.Stdout, os.Stderr)) },
	})
}

// TestScripts runs the end-to-end scripts in testdata/script: each one is a
// small site written inline and the limber commands run on it.
func TestScripts(t *testing.T) {
	repo, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	testscript.Run(t, testscript.Params{
		Dir:                 "testdata/script",
		RequireExplicitExec: true,
		Setup: func(env *testscript.Env) error {
			env.Setenv("REPO", repo)
			env.Setenv("TZ", "America/Los_Angeles")
			return nil
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"treehash":   cmdTreehash,
			"copysample": cmdCopySample,
		},
	})
}

// cmdTreehash writes a digest of every path, mode and content under a folder
// to a file: "treehash DIR FILE". Comparing two digests with cmp shows a
// folder was left exactly as it was.
func cmdTreehash(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 2 {
		ts.Fatalf("usage: treehash DIR FILE")
	}
	root := ts.MkAbs(args[0])
	var lines []string
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, p)
		info, err := d.Info()
		if err != nil {
			return err
		}
		sum := ""
		if d.Type().IsRegular() {
			data, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			h := sha256.Sum256(data)
			sum = hex.EncodeToString(h[:])
		}
		lines = append(lines, fmt.Sprintf("%s %v %s", filepath.ToSlash(rel), info.Mode(), sum))
		return nil
	})
	ts.Check(err)
	sort.Strings(lines)
	ts.Check(os.WriteFile(ts.MkAbs(args[1]), []byte(strings.Join(lines, "\n")+"\n"), 0o644))
}

// cmdCopySample copies the bundled sample site (limber.yaml and content/)
// into a folder of the script: "copysample DIR".
func cmdCopySample(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 1 {
		ts.Fatalf("usage: copysample DIR")
	}
	repo, dst := ts.Getenv("REPO"), ts.MkAbs(args[0])
	ts.Check(os.MkdirAll(dst, 0o755))
	data, err := os.ReadFile(filepath.Join(repo, "limber.yaml"))
	ts.Check(err)
	ts.Check(os.WriteFile(filepath.Join(dst, "limber.yaml"), data, 0o644))
	ts.Check(os.CopyFS(filepath.Join(dst, "content"), os.DirFS(filepath.Join(repo, "content"))))
}
