package parser

import (
	"go/ast"
	goparser "go/parser"
	"go/token"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/wlangage/wl/tests/bench/bigscript"
)

// TestInspectReachesEveryField builds a node of every type of the
// package with a marker in each field that can hold a child (through the
// structs that are no node, such as *ArrayType and *ClassMember), and
// checks that Inspect visits every marker once, in field order, and that
// Children returns every statement list that is not inside a child
// expression or statement.
func TestInspectReachesEveryField(t *testing.T) {
	samples := map[string]Node{}
	for _, n := range []Node{
		&Ident{}, &Indirection{}, &IntLit{}, &RealLit{}, &CurrencyLit{}, &NumericLit{},
		&DurationLit{}, &StringLit{}, &InterpString{}, &BoolLit{}, &NullLit{}, &ArrayLit{},
		&TupleLit{}, &Paren{}, &Cast{}, &Unary{}, &Postfix{}, &Binary{}, &Between{}, &In{},
		&Cond{}, &Call{}, &Member{}, &Index{}, &Extract{}, &SelonExpr{}, &Omitted{},
		&NewExpr{}, &TypeTest{}, &ObjCast{}, &Lambda{},
		&TypeRef{}, &Case{}, &CaseMatch{}, &Param{},
		&VarDecl{}, &StructDecl{}, &ConstDecl{}, &ClassDecl{}, &Free{}, &CtorCall{},
		&Assign{}, &ExprStmt{}, &If{}, &Switch{}, &For{}, &ForFile{}, &ForRows{},
		&ForEach{}, &While{}, &Loop{}, &Break{}, &Continue{}, &Return{}, &ProcDecl{},
		&When{}, &Try{}, &Label{}, &Rethrow{}, &QueryDecl{}, &ExternDecl{}, &EnumDecl{}, &Goto{}, &GotoLabel{},
	} {
		samples[reflect.TypeOf(n).Elem().Name()] = n
	}
	for name := range declaredNodeTypes(t) {
		if samples[name] == nil {
			t.Errorf("*%s is missing from the samples of this test", name)
		}
	}
	for name, n := range samples {
		var m markers
		m.fill(reflect.ValueOf(n).Elem(), 0, false)
		var seen []Node
		Inspect(n, func(c Node) bool {
			if c != n {
				seen = append(seen, c)
			}
			return true
		})
		if len(seen) != len(m.nodes) {
			t.Errorf("Inspect(*%s) visited %d nodes, want %d", name, len(seen), len(m.nodes))
			continue
		}
		for i := range seen {
			if seen[i] != m.nodes[i] {
				t.Errorf("Inspect(*%s): child %d is %T, want %T", name, i, seen[i], m.nodes[i])
			}
		}
		s, ok := n.(Stmt)
		if !ok {
			continue
		}
		lists := Children(s)
		if len(lists) != len(m.lists) {
			t.Errorf("Children(*%s) has %d lists, want %d", name, len(lists), len(m.lists))
			continue
		}
		for i := range lists {
			if len(lists[i]) != 1 || lists[i][0] != m.lists[i][0] {
				t.Errorf("Children(*%s): list %d is not the one of the field", name, i)
			}
		}
	}
}

// declaredNodeTypes returns the names of the types of the package with an
// exprNode or stmtNode method.
func declaredNodeTypes(t *testing.T) map[string]bool {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	names := map[string]bool{}
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := goparser.ParseFile(token.NewFileSet(), name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Recv == nil || (fd.Name.Name != "exprNode" && fd.Name.Name != "stmtNode") {
				continue
			}
			names[fd.Recv.List[0].Type.(*ast.StarExpr).X.(*ast.Ident).Name] = true
		}
	}
	if len(names) < 45 {
		t.Fatalf("found only %d node types", len(names))
	}
	return names
}

// markers fills a node's fields and records, in order, the child nodes
// it put there and the statement lists.
type markers struct {
	nodes []Node
	lists [][]Stmt
}

// fill puts a marker in every field of the struct v that can hold a
// child: an identifier for an Expr, a label for a Stmt, a new node for a
// pointer to a node type (itself filled, two levels deep), and a new
// struct for a pointer to a struct that is no node (filled). inNode tells
// that v is inside a child expression or statement.
func (m *markers) fill(v reflect.Value, depth int, inNode bool) {
	for i := range v.NumField() {
		fv := v.Field(i)
		ft := fv.Type()
		if ft.Kind() == reflect.Slice {
			elem := reflect.New(ft.Elem()).Elem()
			if !m.one(elem, depth, inNode) {
				continue
			}
			list := reflect.Append(reflect.MakeSlice(ft, 0, 1), elem)
			fv.Set(list)
			if ft == reflect.TypeFor[[]Stmt]() && !inNode {
				m.lists = append(m.lists, list.Interface().([]Stmt))
			}
			continue
		}
		m.one(fv, depth, inNode)
	}
}

// one fills the settable v (a field or a slice element) when its type can
// hold a child, and reports whether it did.
func (m *markers) one(v reflect.Value, depth int, inNode bool) bool {
	t := v.Type()
	switch {
	case t == reflect.TypeFor[Expr]():
		x := &Ident{}
		m.nodes = append(m.nodes, x)
		v.Set(reflect.ValueOf(x))
	case t == reflect.TypeFor[Stmt]():
		s := &Label{}
		m.nodes = append(m.nodes, s)
		v.Set(reflect.ValueOf(s))
	case t.Kind() == reflect.Pointer && t.Elem().Kind() == reflect.Struct:
		p := reflect.New(t.Elem())
		isPart := t == reflect.TypeFor[*TypeRef]() || t == reflect.TypeFor[*Case]() ||
			t == reflect.TypeFor[*CaseMatch]() || t == reflect.TypeFor[*Param]()
		_, isExpr := p.Interface().(Expr)
		_, isStmt := p.Interface().(Stmt)
		if isPart || isExpr || isStmt {
			m.nodes = append(m.nodes, p.Interface().(Node))
			if depth < 2 {
				m.fill(p.Elem(), depth+1, inNode || isExpr || isStmt)
			}
		} else {
			before := len(m.nodes) + len(m.lists)
			m.fill(p.Elem(), depth, inNode)
			if len(m.nodes)+len(m.lists) == before {
				return false
			}
		}
		v.Set(p)
	default:
		return false
	}
	return true
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

// BenchmarkInspect walks every node of a large script; BenchmarkWalkStmts
// its statements only (what the checks and the compiler do).
func BenchmarkInspect(b *testing.B) {
	f := benchTree(b)
	for b.Loop() {
		n := 0
		InspectFile(f, func(Node) bool { n++; return true })
		if n == 0 {
			b.Fatal("nothing visited")
		}
	}
}

func BenchmarkWalkStmts(b *testing.B) {
	f := benchTree(b)
	for b.Loop() {
		n := 0
		for _, p := range f.Procs {
			WalkStmts(p.Body, func(Stmt) bool { n++; return true })
		}
		if n == 0 {
			b.Fatal("nothing visited")
		}
	}
}

func benchTree(b *testing.B) *File {
	f, err := Parse("big.wl", bigscript.Script(1<<18))
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	return f
}
