package jstest

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/limber/limber/internal/lang"
)

var update = flag.Bool("update", false, "write testdata/words-<code>.js from the built-in tables")

// TestWordFiles checks testdata/words-<code>.js, the words the Node tests
// give the scripts, against what limber build writes for each built-in
// language (go test ./internal/jstest -update writes them again).
func TestWordFiles(t *testing.T) {
	for _, code := range lang.Builtin().Codes() {
		path := filepath.Join("testdata", "words-"+code+".js")
		want := lang.Builtin().Table(code).Script()
		if *update {
			if err := os.WriteFile(path, want, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		got, err := os.ReadFile(path)
		if err != nil || !bytes.Equal(got, want) {
			t.Errorf("%s is not the %s table's words (go test ./internal/jstest -update): %v", path, code, err)
		}
	}
}

// keyUse matches a key of the words in a script: a quoted "js.", "sheet."
// or "count." key, or the start of one the script completes ("js.bad." + key).
var keyUse = regexp.MustCompile(`"((?:js|sheet|count)\.[a-z0-9.]+)"`)

// completed lists the keys the scripts make by adding to a start, with
// every ending they add: a new one must be listed here.
var completed = map[string][]string{
	"js.advice.":    {"error", "warning", "note"},
	"js.bad.":       {"hold", "reps", "sets"},
	"js.field.":     {"hold", "reps", "sets"},
	"js.paper.":     {"letter", "a4"},
	"js.sides.":     {"both", "left", "right", "none"},
	"js.item.moved": {"up", "down"},
}

// TestScriptKeys fails when a key a script of templates/assets looks up is
// missing from a built-in table (English or Spanish), is not one limber
// build writes for the browser, or has markup the scripts would show as text.
func TestScriptKeys(t *testing.T) {
	files, _ := filepath.Glob("../../templates/assets/*.js")
	var keys []string
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range keyUse.FindAllStringSubmatch(string(src), -1) {
			keys = append(keys, usedKeys(m[1])...)
		}
	}
	slices.Sort(keys)
	keys = slices.Compact(keys)
	if len(keys) < 50 {
		t.Fatalf("found %d keys in templates/assets/*.js, want the scripts' 90 or so", len(keys))
	}
	for _, code := range lang.Builtin().Codes() {
		table := lang.Builtin().Table(code)
		for _, k := range keys {
			checkKey(t, code, table, k)
		}
	}
}

// usedKeys returns the keys a quoted string of a script stands for.
func usedKeys(s string) []string {
	ends, ok := completed[s]
	if !ok {
		return []string{s}
	}
	var out []string
	for _, e := range ends {
		out = append(out, s+e)
	}
	return out
}

// checkKey reports a key the scripts use that table cannot give them.
func checkKey(t *testing.T, code string, table *lang.Table, k string) {
	t.Helper()
	switch {
	case strings.HasSuffix(k, "."):
		t.Errorf("a script completes the key %q: list its endings in this test's completed", k)
	case !table.Has(k):
		t.Errorf("internal/lang/%s.yaml has no %q, which a script of templates/assets uses", code, k)
	case !lang.IsBrowserKey(k):
		t.Errorf("%q is used by a script but limber build does not write it for the browser (lang.BrowserPrefixes)", k)
	}
	for _, f := range table.Forms(k) {
		if strings.Contains(f, "<") {
			t.Errorf("%s %q has markup, which a script shows as text: %q", code, k, f)
		}
	}
}
