//go:build unix

package output

import (
	"bufio"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

func TestSecondBuildWaitsForTheFirst(t *testing.T) {
	_, site := newSite(t)
	out := filepath.Join(site, "public")
	first, err := Begin(Options{Site: site, Out: out})
	if err != nil {
		t.Fatal(err)
	}
	type begun struct {
		tx  *Tx
		err error
	}
	second := make(chan begun, 1)
	go func() {
		tx, err := Begin(Options{Site: site, Out: out})
		second <- begun{tx, err}
	}()
	select {
	case b := <-second:
		t.Fatalf("a second Begin returned (%v) while the first build was running", b.err)
	case <-time.After(300 * time.Millisecond):
	}
	if _, err := os.Stat(first.tmp); err != nil {
		t.Fatalf("the waiting build touched the first one's temporary folder: %v", err)
	}
	mustNoErr(t, first.WriteFile("index.html", []byte("first")))
	if _, err := first.Commit(); err != nil {
		t.Fatalf("first Commit: %v", err)
	}
	b := <-second
	if b.err != nil {
		t.Fatalf("second Begin after the first committed: %v", b.err)
	}
	mustNoErr(t, b.tx.WriteFile("index.html", []byte("second")))
	if _, err := b.tx.Commit(); err != nil {
		t.Fatalf("second Commit: %v", err)
	}
	if got := files(t, out); !reflect.DeepEqual(got, withMarker(map[string]string{"index.html": "second"})) {
		t.Errorf("output = %v, want the second build", got)
	}
	noLeftovers(t, site)
}

func TestSecondBuildGivesUp(t *testing.T) {
	_, site := newSite(t)
	out := filepath.Join(site, "public")
	first, err := Begin(Options{Site: site, Out: out})
	if err != nil {
		t.Fatal(err)
	}
	defer first.Abort()
	start := time.Now()
	_, err = Begin(Options{Site: site, Out: out, wait: 200 * time.Millisecond})
	want := `another limber build is writing "` + out + `"; try again when it has finished`
	if err == nil || err.Error() != want {
		t.Fatalf("Begin while locked = %v, want %q", err, want)
	}
	if waited := time.Since(start); waited < 200*time.Millisecond {
		t.Errorf("gave up after %v, want it to wait 200ms", waited)
	}
	if _, err := os.Stat(first.tmp); err != nil {
		t.Fatalf("the refused build touched the first one's temporary folder: %v", err)
	}
	mustNoErr(t, first.WriteFile("index.html", []byte("first")))
	if _, err := first.Commit(); err != nil {
		t.Fatalf("first Commit after a refused second build: %v", err)
	}
}

func TestLockReleased(t *testing.T) {
	tests := []struct {
		name string
		end  func(t *testing.T, site, out string)
	}{
		{"commit", func(t *testing.T, site, out string) { build(t, site, out, false, nil) }},
		{"abort", func(t *testing.T, site, out string) {
			tx, err := Begin(Options{Site: site, Out: out})
			mustNoErr(t, err)
			mustNoErr(t, tx.Abort())
		}},
		{"refused begin", func(t *testing.T, site, out string) {
			mustWrite(t, filepath.Join(out, "mine.txt"), "mine")
			if _, err := Begin(Options{Site: site, Out: out}); err == nil {
				t.Fatal("Begin over a foreign folder = nil")
			}
			mustNoErr(t, os.Remove(filepath.Join(out, "mine.txt")))
		}},
		{"refused commit, then abort", func(t *testing.T, site, out string) {
			tx, err := Begin(Options{Site: site, Out: out})
			mustNoErr(t, err)
			mustWrite(t, filepath.Join(out, "mine.txt"), "mine")
			if _, err := tx.Commit(); err == nil {
				t.Fatal("Commit over a foreign folder = nil")
			}
			mustNoErr(t, tx.Abort())
			mustNoErr(t, os.Remove(filepath.Join(out, "mine.txt")))
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, site := newSite(t)
			out := filepath.Join(site, "public")
			tt.end(t, site, out)
			tx, err := Begin(Options{Site: site, Out: out, wait: time.Nanosecond})
			if err != nil {
				t.Fatalf("Begin after the build ended: %v", err)
			}
			mustNoErr(t, tx.Abort())
			if info, err := os.Lstat(filepath.Join(site, ".public.limber-lock")); err != nil || !info.Mode().IsRegular() {
				t.Errorf("lock file: %v, %v; want it left beside the output", info, err)
			}
		})
	}
}

// TestLockHelperProcess is the other process of TestLockAcrossProcesses: it
// begins a build of the output named by LIMBER_LOCK_OUT, says "locked" and
// aborts the build when its standard input closes.
func TestLockHelperProcess(t *testing.T) {
	out := os.Getenv("LIMBER_LOCK_OUT")
	if out == "" {
		t.Skip("run by TestLockAcrossProcesses")
	}
	tx, err := Begin(Options{Site: filepath.Dir(out), Out: out})
	if err != nil {
		t.Fatal(err)
	}
	os.Stdout.WriteString("locked\n")
	_, _ = bufio.NewReader(os.Stdin).ReadString('\n')
	mustNoErr(t, tx.Abort())
}

func TestLockAcrossProcesses(t *testing.T) {
	_, site := newSite(t)
	out := filepath.Join(site, "public")
	cmd := exec.Command(os.Args[0], "-test.run=^TestLockHelperProcess$")
	cmd.Env = append(os.Environ(), "LIMBER_LOCK_OUT="+out)
	stdin, err := cmd.StdinPipe()
	mustNoErr(t, err)
	stdout, err := cmd.StdoutPipe()
	mustNoErr(t, err)
	mustNoErr(t, cmd.Start())
	said := bufio.NewReader(stdout)
	line, err := said.ReadString('\n')
	if err != nil || line != "locked\n" {
		stdin.Close()
		t.Fatalf("helper process said %q, %v; want locked", line, err)
	}
	_, err = Begin(Options{Site: site, Out: out, wait: 100 * time.Millisecond})
	if err == nil || !strings.Contains(err.Error(), "another limber build is writing") {
		t.Errorf("Begin while another process builds = %v, want a refusal", err)
	}
	stdin.Close()
	_, _ = io.Copy(io.Discard, said) // read all before Wait
	if err := cmd.Wait(); err != nil {
		t.Fatalf("helper process: %v", err)
	}
	build(t, site, out, false, map[string]string{"index.html": "home"})
}
