package runtime

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strings"
	"testing"
)

// TestEveryCompileErrorHasCode reads the compiler's sources: every
// diagnostic it reports (errorf, warnf, stop) passes a code, never 0.
func TestEveryCompileErrorHasCode(t *testing.T) {
	files, _ := filepath.Glob("*.go")
	fset := token.NewFileSet()
	calls := 0
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			sel, ok := call.Fun.(*ast.SelectorExpr)
			if !ok || (sel.Sel.Name != "errorf" && sel.Sel.Name != "warnf" && sel.Sel.Name != "stop") || len(call.Args) < 2 {
				return true
			}
			if id, ok := sel.X.(*ast.Ident); !ok || id.Name != "c" {
				return true
			}
			calls++
			if lit, ok := call.Args[1].(*ast.BasicLit); ok && lit.Value == "0" {
				t.Errorf("%s: a compile diagnostic without a code", fset.Position(call.Pos()))
			}
			return true
		})
	}
	if calls < 20 {
		t.Fatalf("only %d diagnostic calls found: the test no longer sees the compiler", calls)
	}
}
