package check

import (
	"go/ast"
	"go/constant"
	"go/parser"
	"go/token"
	"go/types"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/limber/limber/internal/diag"
)

// TestRuleRegistry checks that the rules are declared once and used only
// by their constants: every RuleID constant is in Rules and the other way
// round, every rule has a row in docs/check.md's table, every finding
// the package makes (each call of add, and each Advice, which add passes
// on as its .Rule) names its rule with a RuleID constant, never a string,
// and the ids findings can name (add's, Advice's, and buildRule's for the
// build's problems) are exactly the listed ones, so that no id can be
// misspelt or left out of the list and the docs.
func TestRuleRegistry(t *testing.T) {
	consts, calls := parseRuleUses(t)
	listed := map[RuleID]bool{}
	for _, r := range Rules() {
		listed[r.ID] = true
		if !consts[string(r.ID)] {
			t.Errorf("rule %q is listed by Rules but has no RuleID constant", r.ID)
		}
	}
	if len(consts) != len(listed) {
		t.Errorf("%d RuleID constants, %d rules in Rules: each constant needs a Rule", len(consts), len(listed))
	}
	docs, err := os.ReadFile(filepath.Join("..", "..", "docs", "check.md"))
	if err != nil {
		t.Fatal(err)
	}
	for id := range listed {
		row := regexp.MustCompile("(?m)^\\| `" + regexp.QuoteMeta(string(id)) + "` \\|")
		if !row.Match(docs) {
			t.Errorf("rule %q has no row in docs/check.md's table", id)
		}
	}
	for _, c := range calls {
		if c.id == "" {
			t.Errorf("%s: add names its rule with %s, not a RuleID constant", c.pos, c.expr)
		}
	}
	emitted := emittedIDs(calls)
	for id := range listed {
		if !emitted[id] {
			t.Errorf("rule %q is listed, but no call of add and no diag.Code emits it", id)
		}
	}
	for id := range emitted {
		if !listed[id] {
			t.Errorf("rule %q is emitted but not listed by Rules", id)
		}
	}
}

// emittedIDs returns every rule id a finding can name: those of the calls
// of add, and those buildRule gives the build's problems, for every Code
// (a Code is a byte, so all of them are tried).
func emittedIDs(calls []ruleUse) map[RuleID]bool {
	out := map[RuleID]bool{}
	for _, c := range calls {
		out[RuleID(c.id)] = true
	}
	for c := range 256 {
		out[buildRule(diag.Code(c))] = true
	}
	return out
}

// TestBuildRuleCodes checks that every diag.Code, the kind a build stage
// gives the problems it reports, has a build rule of its own: a Code that
// buildRule forgets would be filed under content unnoticed.
func TestBuildRuleCodes(t *testing.T) {
	codes := diagCodes(t)
	if len(codes) < 3 {
		t.Fatalf("found %d diag.Code constants: the test no longer reads package diag", len(codes))
	}
	byRule := map[RuleID]string{}
	for _, name := range slices.Sorted(maps.Keys(codes)) {
		id := buildRule(codes[name])
		r, ok := rule(id)
		switch {
		case !ok:
			t.Errorf("diag.%s: buildRule gives %q, which Rules does not list", name, id)
		case r.Family != "build" || r.Off:
			t.Errorf("diag.%s: buildRule gives %q, which is not a build rule that cannot be switched off", name, id)
		case byRule[id] != "":
			t.Errorf("diag.%s and diag.%s both give the rule %q: give each Code its own rule in buildRule", name, byRule[id], id)
		}
		byRule[id] = name
	}
}

// diagCodes returns the Code constants of package diag, by name, read
// from its source and type-checked, so that their values are known
// however they are declared. The package's imports are not read: errors
// they cause are ignored, as constants of type Code do not use them.
func diagCodes(t *testing.T) map[string]diag.Code {
	t.Helper()
	fset := token.NewFileSet()
	names, err := filepath.Glob(filepath.Join("..", "diag", "*.go"))
	if err != nil {
		t.Fatal(err)
	}
	var files []*ast.File
	for _, name := range names {
		if !strings.HasSuffix(name, "_test.go") {
			f, err := parser.ParseFile(fset, name, nil, 0)
			if err != nil {
				t.Fatal(err)
			}
			files = append(files, f)
		}
	}
	conf := types.Config{Importer: emptyImporter{}, Error: func(error) {}}
	pkg, _ := conf.Check("diag", fset, files, nil)
	out := map[string]diag.Code{}
	for _, name := range pkg.Scope().Names() {
		c, ok := pkg.Scope().Lookup(name).(*types.Const)
		if !ok || c.Type().String() != "diag.Code" {
			continue
		}
		v, ok := constant.Uint64Val(c.Val())
		if !ok {
			t.Fatalf("diag.%s: the value %s is not known", name, c.Val())
		}
		out[name] = diag.Code(v)
	}
	return out
}

// emptyImporter imports every package as an empty one.
type emptyImporter struct{}

// Import returns an empty, complete package at path.
func (emptyImporter) Import(path string) (*types.Package, error) {
	p := types.NewPackage(path, path)
	p.MarkComplete()
	return p, nil
}

// ruleUse is one call of add: where it is, and the constant that names its
// rule ("" when it is anything else).
type ruleUse struct {
	pos  token.Position
	expr string
	id   string
}

// parseRuleUses reads the package's source files and returns the values of
// its RuleID constants, by value, and its calls of add.
func parseRuleUses(t *testing.T) (map[string]bool, []ruleUse) {
	t.Helper()
	fset := token.NewFileSet()
	names, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	consts, values := map[string]bool{}, map[string]string{}
	var calls []ruleUse
	for _, name := range names {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.ValueSpec:
				if id, ok := n.Type.(*ast.Ident); ok && id.Name == "RuleID" && len(n.Values) == 1 {
					if lit, ok := n.Values[0].(*ast.BasicLit); ok {
						values[n.Names[0].Name] = strings.Trim(lit.Value, `"`)
						consts[strings.Trim(lit.Value, `"`)] = true
					}
				}
			case *ast.CallExpr:
				if sel, ok := n.Fun.(*ast.SelectorExpr); ok && sel.Sel.Name == "add" && len(n.Args) == 4 && !passesAdvice(n.Args[2]) {
					calls = append(calls, ruleUse{pos: fset.Position(n.Pos()), expr: exprString(n.Args[2])})
				}
			case *ast.CompositeLit:
				for _, lit := range adviceLits(n) {
					calls = append(calls, ruleUse{pos: fset.Position(lit.Pos()), expr: exprString(lit.Elts[0])})
				}
			}
			return true
		})
	}
	for i, c := range calls {
		calls[i].id = values[c.expr]
	}
	return consts, calls
}

// passesAdvice reports whether add's rule argument is an Advice's rule,
// such as a.Rule: the Advice literal that made it names the constant.
func passesAdvice(e ast.Expr) bool {
	sel, ok := e.(*ast.SelectorExpr)
	return ok && sel.Sel.Name == "Rule"
}

// adviceLits returns the Advice literals of lit: lit itself if it is an
// Advice{...}, or its elements if it is a []Advice{{...}}. Each must list
// its fields in order, the rule first.
func adviceLits(lit *ast.CompositeLit) []*ast.CompositeLit {
	if id, ok := lit.Type.(*ast.Ident); ok && id.Name == "Advice" && len(lit.Elts) > 0 {
		return []*ast.CompositeLit{lit}
	}
	arr, ok := lit.Type.(*ast.ArrayType)
	if !ok {
		return nil
	}
	if id, ok := arr.Elt.(*ast.Ident); !ok || id.Name != "Advice" {
		return nil
	}
	var out []*ast.CompositeLit
	for _, e := range lit.Elts {
		if el, ok := e.(*ast.CompositeLit); ok && len(el.Elts) > 0 {
			out = append(out, el)
		}
	}
	return out
}

// exprString returns an identifier's name, or a short description of any
// other expression.
func exprString(e ast.Expr) string {
	if id, ok := e.(*ast.Ident); ok {
		return id.Name
	}
	if lit, ok := e.(*ast.BasicLit); ok {
		return lit.Value
	}
	return "an expression"
}
