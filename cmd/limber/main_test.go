package main

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"github.com/limber/limber/internal/sample"
	"io"
	"io/fs"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

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
			"freeport":   cmdFreeport,
			"fetch":      cmdFetch,
			"event":      cmdEvent,
			"repeat":     cmdRepeat,
			"tomlcheck":  cmdTomlcheck,
			"actionlint": cmdActionlint,
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
	ts.Check(sample.CopyTo(ts.MkAbs(args[0])))
}

// cmdRepeat appends the contents of a file to another N times, to make a
// large file without storing it: "repeat N SRC DST".
func cmdRepeat(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 3 {
		ts.Fatalf("usage: repeat N SRC DST")
	}
	n, err := strconv.Atoi(args[0])
	ts.Check(err)
	src, err := os.ReadFile(ts.MkAbs(args[1]))
	ts.Check(err)
	f, err := os.OpenFile(ts.MkAbs(args[2]), os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
	ts.Check(err)
	_, err = f.Write(bytes.Repeat(src, n))
	ts.Check(errors.Join(err, f.Close()))
}

// cmdFreeport sets an environment variable to a TCP port that is free on
// 127.0.0.1 right now: "freeport VAR".
func cmdFreeport(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 1 {
		ts.Fatalf("usage: freeport VAR")
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	ts.Check(err)
	port := l.Addr().(*net.TCPAddr).Port
	ts.Check(l.Close())
	ts.Setenv(args[0], strconv.Itoa(port))
}

// cmdFetch gets a URL, without following redirects, and writes the body
// (for a redirect, "Location: URL") to a file: "fetch [-status N] [-until
// REGEXP] URL FILE". It retries for up to 30 seconds until the server
// answers with the status (200 by default) and, with -until, a body that
// matches, so that it can wait for a server to start or a rebuild to land.
func cmdFetch(ts *testscript.TestScript, neg bool, args []string) {
	fs := flag.NewFlagSet("fetch", flag.ContinueOnError)
	status := fs.Int("status", 200, "the status code to wait for")
	until := fs.String("until", "", "a regular expression the body must match")
	if neg || fs.Parse(args) != nil || fs.NArg() != 2 {
		ts.Fatalf("usage: fetch [-status N] [-until REGEXP] URL FILE")
	}
	rx, err := regexp.Compile(*until)
	ts.Check(err)
	client := &http.Client{Timeout: 10 * time.Second, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	var last string
	for end := time.Now().Add(30 * time.Second); time.Now().Before(end); time.Sleep(20 * time.Millisecond) {
		code, body, err := fetchOnce(client, fs.Arg(0))
		if err != nil {
			last = err.Error()
			continue
		}
		if code == *status && rx.MatchString(body) {
			ts.Check(os.WriteFile(ts.MkAbs(fs.Arg(1)), []byte(body), 0o644))
			return
		}
		last = fmt.Sprintf("status %d, body %.300q", code, body)
	}
	ts.Fatalf("fetch %s: no status %d with a body matching %q in 30s; last: %s", fs.Arg(0), *status, *until, last)
}

// fetchOnce makes one request and returns the status and the body, or
// "Location: URL" for a redirect.
func fetchOnce(client *http.Client, url string) (int, string, error) {
	resp, err := client.Get(url)
	if err != nil {
		return 0, "", err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if loc := resp.Header.Get("Location"); loc != "" {
		body = []byte("Location: " + loc + "\n")
	}
	return resp.StatusCode, string(body), err
}

// cmdEvent connects to limber serve's event stream and waits up to 30
// seconds for an event of the given name, then writes its data to a file:
// "event URL NAME FILE". The stream starts with the current state, so
// "event URL problems FILE" returns at once while the site is broken.
func cmdEvent(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 3 {
		ts.Fatalf("usage: event URL NAME FILE")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, "GET", args[0], nil)
	ts.Check(err)
	resp, err := http.DefaultClient.Do(req)
	ts.Check(err)
	defer resp.Body.Close()
	sc := bufio.NewScanner(resp.Body)
	sc.Buffer(nil, 1<<22)
	name := ""
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), "event: "); ok {
			name = v
		}
		if v, ok := strings.CutPrefix(sc.Text(), "data: "); ok && name == args[1] {
			ts.Check(os.WriteFile(ts.MkAbs(args[2]), []byte(v+"\n"), 0o644))
			return
		}
	}
	ts.Fatalf("event %s: no %q event within 30s (%v)", args[0], args[1], sc.Err())
}
