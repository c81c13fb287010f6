package check

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestRuleRegistry checks that the rules are declared once and used only
// by their constants: every RuleID constant is in Rules and the other way
// round, every rule has a row in docs/check.md's table, and every finding
// the package makes (each call of add) names its rule with a RuleID
// constant, never a string, so that no id can be misspelt or left out of
// the list and the docs.
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
	if len(calls) < len(listed)-4 { // the build's four rules come from FromDiag
		t.Errorf("found only %d calls of add: the test no longer reads the package", len(calls))
	}
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
				if sel, ok := n.Fun.(*ast.SelectorExpr); ok && sel.Sel.Name == "add" && len(n.Args) == 4 {
					calls = append(calls, ruleUse{pos: fset.Position(n.Pos()), expr: exprString(n.Args[2])})
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
