package parser

import (
	"go/ast"
	goparser "go/parser"
	"go/token"
	"strings"
	"testing"
)

// TestInspectCoversEveryNode checks that the type switch of Inspect has a
// case for every node type declared in ast.go (every type with an
// exprNode or stmtNode method, and the non-statement parts it visits).
func TestInspectCoversEveryNode(t *testing.T) {
	fset := token.NewFileSet()
	astFile, err := goparser.ParseFile(fset, "ast.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]bool{"TypeRef": true, "Case": true, "CaseMatch": true, "Param": true}
	for _, d := range astFile.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || fd.Recv == nil || (fd.Name.Name != "exprNode" && fd.Name.Name != "stmtNode") {
			continue
		}
		star := fd.Recv.List[0].Type.(*ast.StarExpr)
		want[star.X.(*ast.Ident).Name] = true
	}
	if len(want) < 45 {
		t.Fatalf("found only %d node types in ast.go", len(want))
	}
	walkFile, err := goparser.ParseFile(fset, "walk.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	have := map[string]bool{}
	ast.Inspect(walkFile, func(n ast.Node) bool {
		fd, ok := n.(*ast.FuncDecl)
		if ok && fd.Name.Name != "Inspect" {
			return false
		}
		if cc, ok := n.(*ast.CaseClause); ok {
			for _, e := range cc.List {
				if s, ok := e.(*ast.StarExpr); ok {
					have[s.X.(*ast.Ident).Name] = true
				}
			}
		}
		return true
	})
	for name := range want {
		if !have[name] {
			t.Errorf("Inspect has no case for *%s", name)
		}
	}
}

// TestWalkExprSeesCastOperand: the operand of a conversion is walked like
// any other (the call under `(entier)` used to be skipped by a walker).
func TestWalkExprSeesCastOperand(t *testing.T) {
	f, err := Parse("t.wl", "SI (entier) f(1) = 0 ALORS\n\tTrace(Val(g()))\nFIN\n")
	if err != nil {
		t.Fatal(err)
	}
	var calls []string
	InspectFile(f, func(n Node) bool {
		if c, ok := n.(*Call); ok {
			calls = append(calls, c.Fun.(*Ident).Key)
		}
		return true
	})
	if got := strings.Join(calls, ","); got != "F,TRACE,VAL,G" {
		t.Fatalf("calls seen = %s, want F,TRACE,VAL,G", got)
	}
	cond := f.Main[0].(*If).Cond
	n := 0
	WalkExpr(cond, func(e Expr) {
		if _, ok := e.(*Call); ok {
			n++
		}
	})
	if n != 1 {
		t.Fatalf("WalkExpr found %d calls in the condition, want 1", n)
	}
}

// TestInspectPrune: returning false skips a node's children.
func TestInspectPrune(t *testing.T) {
	f, err := Parse("t.wl", "PROCEDURE P()\n\tx est un entier = 1 + 2\n")
	if err != nil {
		t.Fatal(err)
	}
	ints := 0
	InspectFile(f, func(n Node) bool {
		if _, ok := n.(*IntLit); ok {
			ints++
		}
		_, isDecl := n.(*VarDecl)
		return !isDecl
	})
	if ints != 0 {
		t.Fatalf("children of a pruned VarDecl were visited (%d literals)", ints)
	}
}
