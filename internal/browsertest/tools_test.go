package browsertest

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/limber/limber/internal/devserver"
)

// chromiumPath is Debian's chromium, which playwright-core launches; no
// browser is downloaded.
const chromiumPath = "/usr/bin/chromium"

// requireTools skips the test when a tool the sheet tests need is missing,
// or fails it when CI=true, where every tool must be installed (.ci/run
// does that).
func requireTools(t *testing.T) {
	t.Helper()
	require(t, append(missingBrowser("playwright-core"), missingCommands(
		[2]string{"pdfinfo", "poppler-utils"}, [2]string{"pdftoppm", "poppler-utils"}, [2]string{"zbarimg", "zbar-tools"})...))
}

// require skips the test when something is missing, or fails it under
// CI=true, where browser tests must run.
func require(t testing.TB, missing []string) {
	t.Helper()
	if len(missing) == 0 {
		return
	}
	msg := "missing: " + strings.Join(missing, ", ")
	if os.Getenv("CI") == "true" {
		t.Fatal(msg + "; under CI=true browser tests must run, not skip")
	}
	t.Skip(msg)
}

// missingBrowser lists what is missing to drive Chromium from Node:
// Chromium, Node and the given npm packages of this folder.
func missingBrowser(npmPackages ...string) []string {
	var missing []string
	if _, err := os.Stat(chromiumPath); err != nil {
		missing = append(missing, chromiumPath+" (apt-get install chromium)")
	}
	missing = append(missing, missingCommands([2]string{"node", "nodejs"})...)
	return append(missing, missingNPM(npmPackages...)...)
}

// missingCommands lists the commands that are not on PATH, each given with
// the Debian package that has it.
func missingCommands(cmds ...[2]string) []string {
	var missing []string
	for _, c := range cmds {
		if _, err := exec.LookPath(c[0]); err != nil {
			missing = append(missing, c[0]+" (apt-get install "+c[1]+")")
		}
	}
	return missing
}

// missingNPM lists the npm packages of this folder that are not installed.
func missingNPM(packages ...string) []string {
	var missing []string
	for _, p := range packages {
		if _, err := os.Stat(filepath.Join("node_modules", p, "package.json")); err != nil {
			missing = append(missing, p+" (npm ci --prefix internal/browsertest)")
		}
	}
	return missing
}

// artifactDir returns the folder for PDFs and PNGs: $LIMBER_ARTIFACTS, or a
// temporary folder that is removed when the test passes and kept (and
// named in the log) when it fails.
func artifactDir(t *testing.T, name string) string {
	t.Helper()
	if root := os.Getenv("LIMBER_ARTIFACTS"); root != "" {
		dir := filepath.Join(root, name)
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		t.Logf("artifacts in %s", dir)
		return dir
	}
	dir, err := os.MkdirTemp("", "limber-"+name+"-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if t.Failed() {
			t.Logf("test failed: its PDFs and PNGs are kept in %s", dir)
			return
		}
		os.RemoveAll(dir)
	})
	return dir
}

// serve serves the folder out under the base path (such as "/handouts/")
// on 127.0.0.1 and returns the server's origin.
func serve(t *testing.T, out, base string) string {
	t.Helper()
	mux := http.NewServeMux()
	mux.Handle(base, http.StripPrefix(strings.TrimSuffix(base, "/"), http.FileServer(http.Dir(out))))
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv.URL
}

// run runs a command with a time limit and returns its standard output.
func run(t testing.TB, limit time.Duration, name string, args ...string) []byte {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), limit)
	defer cancel()
	cmd := exec.CommandContext(ctx, name, args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, stderr.String())
	}
	return out
}

// pdfInfo is what pdfinfo tells about a PDF.
type pdfInfo struct {
	Pages  int
	Width  float64 // page width in points
	Height float64
}

// readPDF runs pdfinfo on path.
func readPDF(t *testing.T, path string) pdfInfo {
	t.Helper()
	var info pdfInfo
	for _, line := range strings.Split(string(run(t, time.Minute, "pdfinfo", path)), "\n") {
		key, val, _ := strings.Cut(line, ":")
		val = strings.TrimSpace(val)
		switch key {
		case "Pages":
			info.Pages, _ = strconv.Atoi(val)
		case "Page size": // "612 x 792 pts (letter)"
			f := strings.Fields(val)
			if len(f) >= 3 {
				info.Width, _ = strconv.ParseFloat(f[0], 64)
				info.Height, _ = strconv.ParseFloat(f[2], 64)
			}
		}
	}
	if info.Pages == 0 {
		t.Fatalf("pdfinfo %s: no page count", path)
	}
	return info
}

// toPNG renders one page of a PDF to pngBase+".png" at dpi and returns the
// PNG's path.
func toPNG(t *testing.T, pdf string, page, dpi int, pngBase string) string {
	t.Helper()
	p := strconv.Itoa(page)
	run(t, time.Minute, "pdftoppm", "-r", strconv.Itoa(dpi), "-f", p, "-l", p, "-png", "-singlefile", pdf, pngBase)
	return pngBase + ".png"
}

// decodeQR returns every code zbarimg finds in a picture, one a line.
func decodeQR(t *testing.T, png string) []string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	out, err := exec.CommandContext(ctx, "zbarimg", "--raw", "-q", png).Output()
	if err != nil && len(out) == 0 {
		return nil // zbarimg exits 4 when it finds no code
	}
	return strings.Fields(strings.TrimSpace(string(out)))
}

// printJob is the input of print.mjs.
type printJob struct {
	Out    string       `json:"out"`
	Sheets []printSheet `json:"sheets"`
}

type printSheet struct {
	Name string `json:"name"`
	URL  string `json:"url"`
}

// report is what print.mjs measured on one sheet.
type report struct {
	Name   string   `json:"name"`
	Status int      `json:"status"`
	Errors []string `json:"errors"`
	Screen measured `json:"screen"`
	Print  measured `json:"print"`
	// Preview is what print.mjs found on a 1280-pixel screen: how many
	// marks show where page 1 ends on paper, and the text they cover.
	Preview struct {
		Marks   int      `json:"marks"`
		Covered []string `json:"covered"`
	} `json:"preview"`
}

// measured is what print.mjs measured in one media (screen or print).
type measured struct {
	MinPt       float64        `json:"minPt"`
	MinWhere    string         `json:"minWhere"`
	Italic      []string       `json:"italic"`
	NotBlack    []string       `json:"notBlack"`
	Rows        []logRow       `json:"rows"`
	Cards       int            `json:"cards"`
	ButtonShown bool           `json:"buttonShown"`
	HeightMM    float64        `json:"heightMM"`
	PartsMM     map[string]int `json:"partsMM"`
	SplitCards  []string       `json:"splitCards"` // cards in more than one column
}

// logRow is one row of a sheet's week log.
type logRow struct {
	Label string `json:"label"`
	Sides bool   `json:"sides"`
	Boxes int    `json:"boxes"`
}

// printSheets runs print.mjs on the job and returns its reports, one per
// sheet, in order.
func printSheets(t *testing.T, job printJob) []report {
	t.Helper()
	var reports []report
	runJSON(t, "print.mjs", job, &reports)
	if len(reports) != len(job.Sheets) {
		t.Fatalf("print.mjs reported %d sheets, want %d", len(reports), len(job.Sheets))
	}
	return reports
}

// pdfPath is where print.mjs writes a sheet's PDF for a paper size.
func pdfPath(dir, name, paper string) string {
	return filepath.Join(dir, fmt.Sprintf("%s-%s.pdf", name, paper))
}

// runJSON runs a script of this folder on job (as JOB.json) and decodes
// its JSON output into report.
func runJSON(t testing.TB, script string, job any, report any) {
	t.Helper()
	b, err := json.Marshal(job)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "job.json")
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	out := run(t, 10*time.Minute, "node", script, path)
	if err := json.Unmarshal(out, report); err != nil {
		t.Fatalf("%s: %v\n%s", script, err, out)
	}
}

// serveLogged serves out under base with limber serve's security headers
// (the strict Content-Security-Policy among them) and returns the origin
// and a function that gives every request so far: method, the address as
// sent, the body and the cookies, for tests that check that no request
// carries a patient's program.
func serveLogged(t *testing.T, out, base string) (string, func() []string) {
	t.Helper()
	var mu sync.Mutex
	var log []string
	files := http.StripPrefix(strings.TrimSuffix(base, "/"), http.FileServer(http.Dir(out)))
	headers := devserver.SecurityHeaders()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body := make([]byte, 4096)
		n, _ := r.Body.Read(body)
		mu.Lock()
		log = append(log, r.Method+" "+r.RequestURI+" "+string(body[:n])+" "+r.Header.Get("Cookie"))
		mu.Unlock()
		for k, v := range headers {
			w.Header().Set(k, v)
		}
		if !strings.HasPrefix(r.URL.Path, base) {
			http.NotFound(w, r)
			return
		}
		files.ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	return srv.URL, func() []string {
		mu.Lock()
		defer mu.Unlock()
		return slices.Clone(log)
	}
}
