package benchrun

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// Serve is the edit-to-output latency of the development servers: from
// saving one stretch to the server giving out the page with the change.
type Serve struct {
	LimberBody  time.Duration // a line added to the body (limber serve, over HTTP)
	LimberFront time.Duration // the summary changed, which lists and routines show too
	Hugo        time.Duration // a line added to the body (hugo server)
	HugoMode    string        // how the Hugo script saw the change: "disk" or "http"
}

// serveLatency measures limber serve and hugo server on corpus c.
func serveLatency(cfg Config, t tools, c corpus) (Serve, error) {
	file, err := c.probeFile()
	if err != nil {
		return Serve{}, err
	}
	body, front, err := limberServe(cfg, t, c, file)
	if err != nil {
		return Serve{}, err
	}
	hugo, err := hugoServe(cfg, t, c, file)
	return Serve{LimberBody: body, LimberFront: front, Hugo: hugo, HugoMode: "disk"}, err
}

// limberServe starts limber serve on c, then edits file cfg.ServeIters
// times each way, at random moments 1 to 1.6 s apart (seeded, as the Hugo
// script does), and returns the median time until the page shows each edit.
func limberServe(cfg Config, t tools, c corpus, file string) (body, front time.Duration, err error) {
	port, err := freePort()
	if err != nil {
		return 0, 0, err
	}
	log, err := os.Create(filepath.Join(c.dir, "limber-serve.log"))
	if err != nil {
		return 0, 0, err
	}
	defer log.Close()
	srv := exec.Command(t.limber, "serve", "--site", c.limber, "--port", strconv.Itoa(port))
	srv.Stdout, srv.Stderr = log, log
	if err := srv.Start(); err != nil {
		return 0, 0, err
	}
	defer stop(srv)
	path := filepath.Join(c.limber, filepath.FromSlash(file))
	url := fmt.Sprintf("http://127.0.0.1:%d/stretches/%s/", port, strings.TrimSuffix(filepath.Base(file), ".md"))
	if err := waitFor(url, "", 10*time.Minute); err != nil {
		return 0, 0, fmt.Errorf("limber serve did not come up (see %s): %v", log.Name(), err)
	}
	edits := map[string]func(orig, token string) string{
		"body": func(orig, token string) string { return orig + "\nEdit " + token + ".\n" },
		"front": func(orig, token string) string {
			return strings.Replace(orig, "\nsummary: ", "\nsummary: "+token+" ", 1)
		},
	}
	if body, err = editLoop(cfg, path, url, edits["body"]); err == nil {
		front, err = editLoop(cfg, path, url, edits["front"])
	}
	return body, front, err
}

// editLoop edits the file at path cfg.ServeIters times with edit, each time
// from its original text, and returns the median time until url shows the
// edit's token. The file is restored at the end.
func editLoop(cfg Config, path, url string, edit func(orig, token string) string) (time.Duration, error) {
	orig, err := os.ReadFile(path)
	if err != nil {
		return 0, err
	}
	defer os.WriteFile(path, orig, 0o644)
	rng := rand.New(rand.NewPCG(1, 2))
	var took []time.Duration
	for i := range cfg.ServeIters {
		time.Sleep(time.Second + time.Duration(rng.Int64N(int64(600*time.Millisecond))))
		token := fmt.Sprintf("probe%dq%06d", i, rng.IntN(1_000_000))
		start := time.Now()
		if err := os.WriteFile(path, []byte(edit(string(orig), token)), 0o644); err != nil {
			return 0, err
		}
		if err := waitFor(url, token, time.Minute); err != nil {
			return 0, err
		}
		took = append(took, time.Since(start))
	}
	return median(took), nil
}

// waitFor polls url every 2 ms until it answers 200 with a body holding
// token, or the time is up.
func waitFor(url, token string, limit time.Duration) error {
	deadline := time.Now().Add(limit)
	client := &http.Client{Timeout: 5 * time.Second}
	for time.Now().Before(deadline) {
		if resp, err := client.Get(url); err == nil {
			b, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK && bytes.Contains(b, []byte(token)) {
				return nil
			}
		}
		time.Sleep(2 * time.Millisecond)
	}
	return fmt.Errorf("%s did not show %q within %s", url, token, limit)
}

// freePort returns a TCP port on 127.0.0.1 that was free a moment ago.
func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

// stop interrupts a server and waits for it, killing it after 20 s.
func stop(cmd *exec.Cmd) {
	_ = cmd.Process.Signal(syscall.SIGINT)
	done := make(chan struct{})
	go func() { _ = cmd.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(20 * time.Second):
		_ = cmd.Process.Kill()
		<-done
	}
}

// hugoServe runs the shared hugo-serve-latency.py on the Hugo copy of c
// and returns its median edit-to-output time.
func hugoServe(cfg Config, t tools, c corpus, file string) (time.Duration, error) {
	port, err := freePort()
	if err != nil {
		return 0, err
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, "python3", filepath.Join(cfg.Shared, "hugo-serve-latency.py"), c.hugo,
		"--file", file, "--iters", strconv.Itoa(cfg.ServeIters), "--hugo", t.hugo, "--port", strconv.Itoa(port))
	cmd.Env = append(os.Environ(), "HUGO_CACHEDIR="+filepath.Join(c.dir, "hugo-cache"))
	out, err := cmd.Output()
	if err != nil {
		return 0, fmt.Errorf("hugo-serve-latency.py: %v\n%s", err, tail(out, 2000))
	}
	var res struct {
		MS []float64 `json:"edit_to_output_ms_median_min_max"`
	}
	if err := json.Unmarshal(out, &res); err != nil || len(res.MS) == 0 {
		return 0, fmt.Errorf("hugo-serve-latency.py printed no median (%v):\n%s", err, tail(out, 2000))
	}
	return time.Duration(res.MS[0] * float64(time.Millisecond)), nil
}
