package content

import (
	"testing"
)

// TestLoadActiveFiles checks that files that can run script are reported
// at their paths, SVGs at the place of their first problem, unless
// limber.yaml allows them with a reason; and that an allowance of a file
// that is not there is reported too.
func TestLoadActiveFiles(t *testing.T) {
	const hint = " (or, if you trust the file, allow it in limber.yaml's allow_files with the reason)"
	root := writeSite(t, map[string]string{
		"limber.yaml": "title: C\nallow_files:\n  - {path: embeds/map.html, reason: our own map (reviewed)}\n" +
			"  - path: stretches/animated.svg\n    reason: drawn by us\n  - {path: gone.js, reason: old}\n",
		"content/embeds/map.html":        "<script>map()</script>",
		"content/embeds/Page.HTM":        "<p>",
		"content/app.mjs":                "export {}",
		"content/old.es":                 "alert(1)",
		"content/doc.XHTM":               "<html/>",
		"content/lib/x.wasm":             "\x00asm",
		"content/feed.xml":               "<rss/>",
		"content/pic.svgz":               "\x1f\x8b",
		"content/stretches/ok.svg":       `<svg xmlns="http://www.w3.org/2000/svg"><path d="M0 0"/></svg>`,
		"content/stretches/animated.svg": `<svg xmlns="http://www.w3.org/2000/svg" onload="go()"/>`,
		"content/stretches/bad.SVG":      "<svg xmlns=\"http://www.w3.org/2000/svg\">\n  <a href=\"javascript:x()\"/></svg>",
		"content/stretches/cat-cow.md":   stretchMD("ok.svg"),
		"content/notes.txt":              "<script>not run: plain text</script>",
	})
	_, errs := Load(root, Options{})
	checkMessages(t, errs, []string{
		`content/app.mjs: scripts can run script in a visitor's browser, so limber does not publish them: remove this file, or allow it in limber.yaml (allow_files: [{path: app.mjs, reason: why you trust it}])`,
		`content/doc.XHTM: web pages can run script in a visitor's browser, so limber does not publish them: remove this file, or allow it in limber.yaml (allow_files: [{path: doc.XHTM, reason: why you trust it}])`,
		`content/embeds/Page.HTM: web pages can run script in a visitor's browser, so limber does not publish them: remove this file, or allow it in limber.yaml (allow_files: [{path: embeds/Page.HTM, reason: why you trust it}])`,
		`content/feed.xml: XML files (which can hold a web page or an XSLT program) can run script in a visitor's browser, so limber does not publish them: remove this file, or allow it in limber.yaml (allow_files: [{path: feed.xml, reason: why you trust it}])`,
		`content/lib/x.wasm: WebAssembly programs can run script in a visitor's browser, so limber does not publish them: remove this file, or allow it in limber.yaml (allow_files: [{path: lib/x.wasm, reason: why you trust it}])`,
		`content/old.es: scripts can run script in a visitor's browser, so limber does not publish them: remove this file, or allow it in limber.yaml (allow_files: [{path: old.es, reason: why you trust it}])`,
		`content/pic.svgz: compressed SVG pictures (which limber cannot check: save the picture as .svg) can run script in a visitor's browser, so limber does not publish them: remove this file, or allow it in limber.yaml (allow_files: [{path: pic.svgz, reason: why you trust it}])`,
		`content/stretches/bad.SVG:2:3: <a> has a javascript link in href=, which runs script: remove it` + hint,
		`limber.yaml:6:5: allow_files: there is no file content/gone.js to allow (the path is relative to the content folder)`,
	})
}

func TestAllowFilesConfig(t *testing.T) {
	const y = "limber.yaml"
	c, errs := ParseConfig(y, []byte("allow_files:\n"+
		"  - {path: a.html, reason: ours}\n"+
		"  - {path: ./a.html, reason: again}\n"+
		"  - {path: ../x.js, reason: out}\n"+
		"  - {path: b.js}\n"+
		"  - {reason: no path}\n"+
		"  - {path: c.js, reason: \"\", extra: 1}\n"+
		"  - d.js\n"))
	checkMessages(t, errs, []string{
		y + `:3:5: allow_files[1]: "a.html" is already allowed (line 2): list each file once`,
		y + `:4:12: allow_files[2].path: "../x.js" points outside the content folder`,
		y + `:5:5: allow_files[3]: missing required field "reason"`,
		y + `:6:5: allow_files[4]: missing required field "path"`,
		y + `:7:26: allow_files[5].reason: must not be empty`,
		y + `:7:30: allow_files[5]: unknown key "extra" (allowed here: path, reason)`,
		y + `:8:5: allow_files[6]: want a group of key: value fields, got "d.js"`,
	})
	if len(c.AllowFiles) != 1 || c.AllowFiles[0] != (AllowFile{Path: "a.html", Reason: "ours", Pos: c.AllowFiles[0].Pos}) || c.AllowFiles[0].Pos.Line != 2 {
		t.Errorf("AllowFiles = %+v", c.AllowFiles)
	}
}
