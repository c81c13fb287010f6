package content

import (
	"fmt"
	goast "go/ast"
	goparser "go/parser"
	"go/token"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/parser"
	yamltoken "github.com/goccy/go-yaml/token"

	"github.com/limber/limber/internal/diag"
)

// dumpNode writes out what the decoders read of a goccy node tree: node
// types, token types and values, line:column positions, flow style and
// children, one node a line.
func dumpNode(b *strings.Builder, n ast.Node, depth int) {
	fmt.Fprintf(b, "%*s%T", depth*2, "", n)
	if n == nil {
		b.WriteString("\n")
		return
	}
	if tk := n.GetToken(); tk != nil {
		fmt.Fprintf(b, " %v %q", tk.Type, tk.Value)
		if tk.Position != nil {
			fmt.Fprintf(b, " %d:%d", tk.Position.Line, tk.Position.Column)
		}
	}
	switch n := n.(type) {
	case *ast.MappingNode:
		fmt.Fprintf(b, " flow=%v\n", n.IsFlowStyle)
		for _, mv := range n.Values {
			dumpNode(b, mv, depth+1)
		}
	case *ast.MappingValueNode:
		b.WriteString("\n")
		dumpNode(b, n.Key, depth+1)
		dumpNode(b, n.Value, depth+1)
	case *ast.SequenceNode:
		fmt.Fprintf(b, " flow=%v\n", n.IsFlowStyle)
		for _, v := range n.Values {
			dumpNode(b, v, depth+1)
		}
	default:
		b.WriteString("\n")
	}
}

// dump returns dumpNode's text for n.
func dump(n ast.Node) string {
	var b strings.Builder
	dumpNode(&b, n, 0)
	return b.String()
}

// goccyBody parses src with goccy as doc.parse does, returning the body of
// its one document.
func goccyBody(src string) (ast.Node, error) {
	f, err := parser.ParseBytes([]byte(src), 0, parser.AllowDuplicateMapKey())
	switch {
	case err != nil:
		return nil, err
	case len(f.Docs) != 1:
		return nil, fmt.Errorf("%d documents", len(f.Docs))
	}
	return f.Docs[0].Body, nil
}

// sameAsGoccy fails the test if fastParse accepts yaml but builds another
// tree than goccy's parser, and reports whether it accepted it.
func sameAsGoccy(t *testing.T, yaml string) bool {
	t.Helper()
	fast, ok := fastParse(strings.Split(yaml, "\n"))
	if !ok {
		return false
	}
	slow, err := goccyBody(yaml)
	if err != nil {
		t.Fatalf("fastParse accepted what goccy rejects (%v):\n%s", err, yaml)
	}
	if got, want := dump(fast), dump(slow); got != want {
		t.Fatalf("fastParse differs from goccy on\n%s\nfast:\n%s\ngoccy:\n%s", yaml, got, want)
	}
	return true
}

// samePage fails the test unless parseMarkdownFile gives the same page and
// problems with and without the fast path.
func samePage(t *testing.T, path string, src []byte) {
	t.Helper()
	fp, ferrs := parseMarkdownFile(path, src, true)
	sp, serrs := parseMarkdownFile(path, src, false)
	if !reflect.DeepEqual(ferrs, serrs) {
		t.Fatalf("problems differ for %s:\n%s\nfast:  %q\ngoccy: %q", path, src, messages(ferrs), messages(serrs))
	}
	if !reflect.DeepEqual(fp, sp) {
		t.Fatalf("pages differ for %s:\n%s\nfast:  %+v\ngoccy: %+v", path, src, fp.Source(), sp.Source())
	}
}

// frontMatter returns the YAML between a Markdown file's --- lines, as the
// loader hands it to doc.parse, or "" and false.
func frontMatter(src []byte) (string, bool) {
	var errs diag.List
	sp, ok := splitFrontMatter("x.md", normalize(src), &errs)
	return string(sp.yaml), ok
}

func TestFastYAMLAccepts(t *testing.T) {
	accepted := []string{
		"title: T\nsummary: S",
		"title: 'it''s'\nsummary: \"a # b\"   # c\n",
		"a: 1\nb: 1.5\nc: yes\nd: on\ne: ~\nf: null\ng: 0x1F\nh: 1e3\ni: .5\nj: +1\nk: '1'\nl: 2024-05-01\nm: -3\nn: .inf\n",
		"t: héllo wörld\nregions: [néck, \"b\", 'c', 1, ~]\nx: []\ny: {}\n",
		"a:\n  - x\n  -\n  - 'y'\nb:\n",
		"a:\n  - src: x\n    alt: y\n  - src:\n    alt: z\nb: c\n",
		"a:\n  b: 1\n  c:\n    d: e\n# end\n",
		"s:\n  - {ref: a, hold: \"15s\", reps: 3}\n  - b\n",
		"a: http://x.org/a?b=c&d=e\nb: O'Brien, PT (DPT)\nc: a - b\n",
		"a:\n    -   k: v\n        l: w\n",
		"a: [é, b]\n",
	}
	for _, y := range accepted {
		if !sameAsGoccy(t, y) {
			t.Errorf("declined:\n%s", y)
		}
	}
}

func TestFastYAMLDeclines(t *testing.T) {
	declined := []string{
		"", "# only\n", "- a\n", "a: &x 1\n", "a: *x\n", "a: !!str 1\n", "a: |\n  x\n", "a: >\n  x\n",
		"a: b\n  c\n", "a: 'b\n  c'\n", "a: \"\\n\"\n", "a:\tb\n", "a: 1\na: 2\n", "\"a\": 1\n",
		"a: [b, ]\n", "a: [b\n", "a: {b: [c]}\n", "a: b: c\n", "a:\n- b\n", "a:\n  - b\n - c\n",
		"a: 1\n  b: 2\n", "<<: {a: 1}\n", "a: [[b]]\n", "? a\n: b\n", "---\na: 1\n", "a: 1\n...\n",
		"a:b\n", "a: -\n", "a: - b\n", "a: [a: b]\n", "a: {b: 1, b: 2}\n", "true: 1\n", "a: @x\n",
		"a: `x`\n", "a: %x\n", "a: c#\n", "a: x\\y\n", "a:\n  -\n    b\n", "a: 'x' y\n", "a: \"x\"#c\n", "a:\n-\n",
	}
	for _, y := range declined {
		if sameAsGoccy(t, y) {
			t.Errorf("accepted:\n%s", y)
		}
	}
}

// corpus is the 10,000-stretch benchmark site, read when present.
const corpus = "/dev/shm/lb/c10000"

// seedFile is one Markdown file to seed the differential tests with: its
// site path (which says its section) and its bytes.
type seedFile struct {
	path string
	src  []byte
}

// sampleFiles returns the sample site's Markdown files and the corpus files
// kept in testdata/fastyaml (named section--slug.md).
func sampleFiles(t testing.TB) []seedFile {
	var out []seedFile
	names, _ := filepath.Glob("../../content/*/*.md")
	for _, name := range names {
		out = append(out, readSeed(t, name, "content/"+filepath.Base(filepath.Dir(name))+"/"+filepath.Base(name)))
	}
	names, _ = filepath.Glob("testdata/fastyaml/*.md")
	for _, name := range names {
		section, file, _ := strings.Cut(filepath.Base(name), "--")
		out = append(out, readSeed(t, name, "content/"+section+"/"+file))
	}
	return out
}

// readSeed reads one seed file.
func readSeed(t testing.TB, name, path string) seedFile {
	src, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return seedFile{path: path, src: src}
}

// corpusFiles returns every nth Markdown file of the benchmark corpus, or
// none when it is absent.
func corpusFiles(t testing.TB, nth int) []seedFile {
	names, _ := filepath.Glob(corpus + "/content/*/*.md")
	var out []seedFile
	for i, name := range names {
		if i%nth == 0 {
			rel, _ := filepath.Rel(corpus, name)
			out = append(out, readSeed(t, name, filepath.ToSlash(rel)))
		}
	}
	return out
}

// testCaseSources evaluates the md, baseStretch and stretchMD calls with
// literal arguments in this package's tests, giving their Markdown files.
func testCaseSources(t testing.TB) []string {
	names, _ := filepath.Glob("*_test.go")
	var out []string
	fset := token.NewFileSet()
	for _, name := range names {
		f, err := goparser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		goast.Inspect(f, func(n goast.Node) bool {
			if src, ok := evalCall(n); ok {
				out = append(out, src)
			}
			return true
		})
	}
	return out
}

// evalCall evaluates n if it is a call of md, baseStretch or stretchMD
// with string literal arguments.
func evalCall(n goast.Node) (string, bool) {
	call, ok := n.(*goast.CallExpr)
	if !ok || call.Ellipsis.IsValid() {
		return "", false
	}
	fn, ok := call.Fun.(*goast.Ident)
	if !ok {
		return "", false
	}
	var args []string
	for _, a := range call.Args {
		lit, ok := a.(*goast.BasicLit)
		if !ok || lit.Kind != token.STRING {
			return "", false
		}
		s, err := strconv.Unquote(lit.Value)
		if err != nil {
			return "", false
		}
		args = append(args, s)
	}
	switch {
	case fn.Name == "md":
		return md(args...), true
	case fn.Name == "baseStretch":
		return baseStretch(args...), true
	case fn.Name == "stretchMD" && len(args) > 0:
		return stretchMD(args[0], args[1:]...), true
	}
	return "", false
}

func TestFastYAMLSampleSite(t *testing.T) {
	files := sampleFiles(t)
	fast := 0
	for _, f := range files {
		samePage(t, f.path, f.src)
		if y, ok := frontMatter(f.src); ok && sameAsGoccy(t, y) {
			fast++
		} else {
			t.Errorf("%s: front matter not on the fast path", f.path)
		}
	}
	t.Logf("fast path: %d of %d sample files", fast, len(files))
}

func TestFastYAMLTestCases(t *testing.T) {
	srcs := testCaseSources(t)
	fast := 0
	for i, src := range srcs {
		samePage(t, fuzzPaths()[i%len(fuzzPaths())], []byte(src))
		if y, ok := frontMatter([]byte(src)); ok && sameAsGoccy(t, y) {
			fast++
		}
	}
	if len(srcs) < 50 {
		t.Errorf("only %d test cases found", len(srcs))
	}
	t.Logf("fast path: %d of %d test cases", fast, len(srcs))
}

func TestFastYAMLCorpus(t *testing.T) {
	files := corpusFiles(t, 10)
	if len(files) == 0 {
		t.Skip("the benchmark corpus is absent")
	}
	fast := 0
	for _, f := range files {
		samePage(t, f.path, f.src)
		if y, ok := frontMatter(f.src); ok && sameAsGoccy(t, y) {
			fast++
		}
	}
	t.Logf("fast path: %d of %d corpus files", fast, len(files))
}

func FuzzFastYAML(f *testing.F) {
	for _, s := range append(sampleFiles(f), corpusFiles(f, 37)...) {
		if y, ok := frontMatter(s.src); ok {
			f.Add(uint8(0), []byte(y))
		}
	}
	for i, src := range testCaseSources(f) {
		if y, ok := frontMatter([]byte(src)); ok {
			f.Add(uint8(i), []byte(y))
		}
	}
	f.Fuzz(func(t *testing.T, which uint8, yaml []byte) {
		sameAsGoccy(t, string(yaml))
		sameAsGoccy(t, string(yaml)+"\n")
		paths := fuzzPaths()
		samePage(t, paths[int(which)%len(paths)], []byte("---\n"+string(yaml)+"\n---\nBody.\n"))
	})
}

func TestFastYAMLNodesAsGoccyMakesThem(t *testing.T) {
	r := newFastReader([]string{"key: 'it''s' x"})
	pos := func(col int) *yamltoken.Position { return &yamltoken.Position{Line: 1, Column: col} }
	key := r.str(&r.plainTk, 0, 0, "key", "key")
	checks := []struct {
		got, want any
	}{
		{key, ast.String(yamltoken.String("key", "key", pos(1)))},
		{r.str(&r.sq, 0, 5, "it's", "'it''s'"), ast.String(yamltoken.SingleQuote("it's", "'it''s'", pos(6)))},
		{r.str(&r.dq, 0, 5, "a", `"a"`), ast.String(yamltoken.DoubleQuote("a", `"a"`, pos(6)))},
		{r.pair(0, 3, key, nil), ast.MappingValue(yamltoken.MappingValue(pos(4)), key, nil)},
	}
	for i, c := range checks {
		if !reflect.DeepEqual(c.got, c.want) {
			t.Errorf("%d: got %+v, want %+v", i, c.got, c.want)
		}
	}
}

func TestMaybeTyped(t *testing.T) {
	words := []string{"null", "Null", "NULL", "~", "true", "True", "TRUE", "false", "False", "FALSE", ".inf",
		"-.Inf", "+.INF", ".nan", ".NaN", "1", "-1", "+1", "_1", "-_1", "+-.5", "0x1F", "0o7", "0b1", "1e3", "1.5e3",
		"inf", "Infinity", "nan", "NaN", "yes", "no", "on", "off", "y", "n", "neck", "both", "static", "30s", "a1",
		"2024-05-01", "1_000", ".5", "5.", "-", "+", "_", "nulls", "Nothing", "t", "f", "tRUE", "é1", "1é"}
	for _, w := range words {
		if typ := yamltoken.New(w, w, nil).Type; typ != yamltoken.StringType && !maybeTyped(w) {
			t.Errorf("maybeTyped(%q) = false, but goccy types it %v", w, typ)
		}
	}
}
