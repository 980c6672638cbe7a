package runtime

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestNoValueEquality keeps == and != away from Value: they would
// compare a string's pointer, not its text. Value used to be made
// incomparable by a zero-size func array, but a fifth field stops the
// compiler from keeping a Value in registers (doc.go), so this test
// type-checks the package and rejects such comparisons instead.
func TestNoValueEquality(t *testing.T) {
	if testing.Short() {
		t.Skip("type-checks the package from source")
	}
	fset := token.NewFileSet()
	names, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	var files []*ast.File
	for _, n := range names {
		if strings.HasSuffix(n, "_test.go") {
			continue
		}
		src, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		f, err := parser.ParseFile(fset, n, src, 0)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
	}
	info := &types.Info{Types: map[ast.Expr]types.TypeAndValue{}}
	conf := types.Config{Importer: importer.ForCompiler(fset, "source", nil)}
	pkg, err := conf.Check("github.com/wlangage/wl/runtime", fset, files, info)
	if err != nil {
		t.Fatal(err)
	}
	value := pkg.Scope().Lookup("Value").Type()
	for _, f := range files {
		ast.Inspect(f, func(n ast.Node) bool {
			if b, ok := n.(*ast.BinaryExpr); ok && (b.Op == token.EQL || b.Op == token.NEQ) {
				if types.Identical(info.Types[b.X].Type, value) || types.Identical(info.Types[b.Y].Type, value) {
					t.Errorf("%s: Value compared with %s", fset.Position(b.Pos()), b.Op)
				}
			}
			return true
		})
	}
}
