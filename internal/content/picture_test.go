package content

import (
	"bytes"
	"image"
	"image/gif"
	"image/jpeg"
	"image/png"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestSVGAspect checks an SVG's shape against how Chromium sizes an <img>
// of it.
func TestSVGAspect(t *testing.T) {
	for _, c := range []struct {
		svg  string
		want float64
	}{
		{`<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100"/>`, 0.5},
		{`<svg width="40mm" height="60mm" viewBox="0 0 10 10"/>`, 1.5}, // width and height win
		{`<svg width="1in" height="48pt"/>`, 48.0 / 72},
		{`<svg viewBox="0 0 120 240"/>`, 2},
		{`<svg viewBox="0,0,300,150"/>`, 0.5},
		{`<svg width="100%" height="50%" viewBox="0 0 100 80"/>`, 0.8}, // percentages give way to the viewBox
		{`<svg width="200" viewBox="0 0 100 300"/>`, 3},
		{`<?xml version="1.0"?><!-- drawn --><svg width="3em" height="2em"/>`, 0}, // relative units: unknown
		{`<svg/>`, 0},                        // Chromium draws it 150 pixels high: as tall as the box allows
		{`<svg viewBox="0 0 0 10"/>`, 0},     // an empty viewBox
		{`<svg width="-5" height="10"/>`, 0}, // a negative width
		{`not xml at all`, 0},
	} {
		if got := svgAspect(strings.NewReader(c.svg)); math.Abs(got-c.want) > 1e-9 {
			t.Errorf("%s: aspect %v, want %v", c.svg, got, c.want)
		}
	}
}

// writePicture writes a w by h picture in the format of path's extension.
func writePicture(t *testing.T, path string, w, h int) {
	t.Helper()
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	var b bytes.Buffer
	switch filepath.Ext(path) {
	case ".png":
		png.Encode(&b, img)
	case ".jpg":
		jpeg.Encode(&b, img, nil)
	case ".gif":
		gif.Encode(&b, img, nil)
	}
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestPictureAspect: Load reads each picture's shape from its header, and
// a cache notices a changed picture.
func TestPictureAspect(t *testing.T) {
	root := t.TempDir()
	dir := filepath.Join(root, "content", "stretches")
	os.MkdirAll(dir, 0o755)
	writePicture(t, filepath.Join(dir, "wide.png"), 40, 20)
	writePicture(t, filepath.Join(dir, "tall.jpg"), 16, 48)
	writePicture(t, filepath.Join(dir, "square.gif"), 10, 10)
	os.WriteFile(filepath.Join(dir, "tall.svg"), []byte(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 50 100"/>`), 0o644)
	os.WriteFile(filepath.Join(dir, "broken.png"), []byte("not a png"), 0o644)
	os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("400x200"), 0o644)
	want := map[string]float64{"stretches/wide.png": 0.5, "stretches/tall.jpg": 3, "stretches/square.gif": 1,
		"stretches/tall.svg": 2, "stretches/broken.png": 0, "stretches/notes.txt": 0}
	c := NewCache()
	check := func(want map[string]float64) {
		t.Helper()
		s, _ := Load(root, Options{Cache: c})
		for _, f := range s.Files {
			if f.Aspect != want[f.Rel] {
				t.Errorf("%s: aspect %v, want %v", f.Rel, f.Aspect, want[f.Rel])
			}
		}
	}
	check(want)
	check(want) // from the cache
	writePicture(t, filepath.Join(dir, "wide.png"), 40, 10)
	later := time.Now().Add(time.Hour)
	os.Chtimes(filepath.Join(dir, "wide.png"), later, later)
	want["stretches/wide.png"] = 0.25
	check(want)
	writePicture(t, filepath.Join(dir, "wide.png"), 10, 40) // same size and time: only Forget tells
	os.Chtimes(filepath.Join(dir, "wide.png"), later, later)
	c.Forget("stretches/wide.png")
	want["stretches/wide.png"] = 4
	check(want)
}
