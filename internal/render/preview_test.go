package render

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestWritePreview writes the test site to $LIMBER_PREVIEW_DIR, with simple
// pictures, so that it can be served and looked at in a browser. It is
// skipped unless the variable is set.
func TestWritePreview(t *testing.T) {
	dir := os.Getenv("LIMBER_PREVIEW_DIR")
	if dir == "" {
		t.Skip("set LIMBER_PREVIEW_DIR to write the preview site")
	}
	tm, s := mustLoad(t, ""), testSite(t)
	out := filepath.Join(dir, strings.Trim(s.Root, "/"))
	write := func(rel string, b []byte) {
		p := filepath.Join(out, filepath.FromSlash(rel))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, p := range s.Pages {
		write(p.Out, []byte(render(t, tm, s, p)))
	}
	for _, a := range tm.Assets() {
		write(a.Path, a.Data)
	}
	for _, st := range s.Stretches {
		for _, img := range st.Images {
			write(strings.TrimPrefix(img.URL, s.Root), []byte(previewSVG))
		}
	}
	write("images/logo.svg", []byte(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 40"><circle cx="20" cy="20" r="18" fill="#0d5c63"/><path d="M12 26c4-10 12-10 16 0" stroke="#fff" stroke-width="3" fill="none"/></svg>`))
}

const previewSVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 260"><rect width="400" height="260" fill="#f4f7f6"/>` +
	`<line x1="40" y1="220" x2="360" y2="220" stroke="#9aa" stroke-width="4"/><circle cx="110" cy="120" r="22" fill="#0d5c63"/>` +
	`<path d="M130 135 Q200 100 260 150 L300 218 M260 150 L220 218 M150 140 L140 218" stroke="#0d5c63" stroke-width="14" fill="none" stroke-linecap="round"/></svg>`
