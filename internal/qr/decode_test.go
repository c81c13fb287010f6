package qr

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

const chromium = "/usr/bin/chromium"

// needTools returns the path of zbarimg, skipping the test when zbarimg or
// chromium is missing, except on CI (CI=true), where it fails instead.
func needTools(t *testing.T) string {
	t.Helper()
	zbar, err := exec.LookPath("zbarimg")
	_, cerr := os.Stat(chromium)
	if err == nil && cerr == nil {
		return zbar
	}
	msg := "the decode test needs zbarimg (Debian zbar-tools) and " + chromium
	if os.Getenv("CI") == "true" {
		t.Fatal(msg + "; install them on CI")
	}
	t.Skip(msg)
	return ""
}

// TestDecode rasterises each code with headless Chromium at about 300 px and
// reads it back with zbarimg: the decoded text must equal the input exactly.
func TestDecode(t *testing.T) {
	zbar := needTools(t)
	tests := []struct {
		name, url string
		binary    bool // read the raw bytes; zbar guesses a charset for non-ASCII
	}{
		{"short", "https://ex.org/", false},
		{"routine", "https://clinic.example.org/handouts/routines/morning-back/", false},
		{"long", "https://clinic.example.org/handouts/routines/" + strings.Repeat("lower-back-and-hips-", 5) +
			"gentle-morning-stretches-for-desk-workers/?lang=en", false},
		{"percent-encoded path", "https://clinic.example.org/fiches/%C3%A9tirement-du-dos/", false},
		{"utf-8 path", "https://clinic.example.org/fiches/étirement-du-dos/", true},
		{"plus sign", "+12345", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			svg, err := SVG(tt.url, "QR code for the routine page")
			if err != nil {
				t.Fatal(err)
			}
			png := screenshot(t, string(svg))
			if got := decode(t, zbar, png, tt.binary); got != tt.url {
				t.Errorf("decoded %q, want %q (%d chars)", got, tt.url, len(tt.url))
			}
		})
	}
}

// screenshot renders svg at 300 px on white in a 400x400 window and returns
// the path of the PNG.
func screenshot(t *testing.T, svg string) string {
	dir := t.TempDir()
	page := filepath.Join(dir, "qr.html")
	html := `<!doctype html><html><body style="margin:0;background:#fff">` +
		`<div style="padding:50px">` + strings.Replace(svg, "<svg ", `<svg style="width:300px;height:300px;display:block" `, 1) +
		`</div></body></html>`
	if err := os.WriteFile(page, []byte(html), 0o644); err != nil {
		t.Fatal(err)
	}
	png := filepath.Join(dir, "qr.png")
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	out, err := exec.CommandContext(ctx, chromium, "--headless", "--no-sandbox", "--disable-gpu",
		"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
		"--hide-scrollbars", "--user-data-dir="+filepath.Join(dir, "profile"), "--screenshot="+png,
		"--window-size=400,400", "file://"+page).CombinedOutput()
	if _, serr := os.Stat(png); err != nil || serr != nil {
		t.Fatalf("chromium screenshot failed: %v %v\n%s", err, serr, out)
	}
	return png
}

// decode reads the one QR code in png with zbarimg and returns its text, or
// with binary its bytes as they are (zbar reads UTF-8 without an ECI header,
// as the encoder writes it, as Big5 or Shift JIS).
func decode(t *testing.T, zbar, png string, binary bool) string {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	var stdout, stderr bytes.Buffer
	args := []string{"--raw", "-q", "-Sdisable", "-Sqrcode.enable"}
	if binary {
		args = append(args, "-Sbinary")
	}
	args = append(args, png) // options apply to the images after them
	cmd := exec.CommandContext(ctx, zbar, args...)
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("zbarimg found no QR code in %s: %v %s", png, err, stderr.String())
	}
	return strings.TrimSuffix(stdout.String(), "\n")
}
