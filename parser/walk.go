package parser

// The one tree walker of the repository: every pass over the syntax tree
// (the checks of check.go, the runtime's resolver and compiler) goes
// through Inspect, WalkStmts or WalkExpr.
//
// Each node type lists its children, in source order, in its walk method
// below: one line a type. walk is a method of Expr and Stmt, so a node
// type without one does not compile, and TestInspectReachesEveryField
// checks that every field that can hold a child is walked.

// Inspect traverses the tree rooted at n depth-first, in source order: it
// calls f(n) and, when f returns true, inspects n's children. Children are
// the statements, expressions, types (*TypeRef), CAS items (*Case,
// *CaseMatch) and parameters (*Param) held by n; absent (nil) ones are
// skipped, so f never receives a nil node. Names (Name) are not visited:
// they are leaves of the node that holds them.
func Inspect(n Node, f func(Node) bool) {
	if n == nil || !f(n) {
		return
	}
	if w, ok := n.(walker); ok {
		w.walk(visitor{f: f})
	}
}

// InspectFile inspects the main traitement then each procedure of f.
func InspectFile(file *File, f func(Node) bool) {
	v := visitor{f: f}
	v.stmts(file.Main)
	visit(v, file.Procs...)
}

// WalkExpr calls fn for e and every expression nested in it, depth-first
// (every expression node type, Cast included). A nil e is ignored.
func WalkExpr(e Expr, fn func(Expr)) {
	if e == nil {
		return
	}
	Inspect(e, func(n Node) bool {
		if x, ok := n.(Expr); ok {
			fn(x)
		}
		return true
	})
}

// WalkStmts calls fn for every statement of body and, when fn returns
// true, for the statements nested in it (the bodies of Children).
// Expressions are not visited; use Inspect for them.
func WalkStmts(body []Stmt, fn func(Stmt) bool) {
	for _, s := range body {
		if s != nil && fn(s) {
			s.walk(visitor{each: fn})
		}
	}
}

// Children returns the statement lists nested directly in s, in source
// order (a SELON's CAS bodies then its AUTRE CAS); nil for a statement
// that holds none.
func Children(s Stmt) [][]Stmt {
	var out [][]Stmt
	s.walk(visitor{lists: &out})
	return out
}

// A walker is a node that visits its children: every expression and
// statement, and the parts (*TypeRef, *Case, *CaseMatch, *Param).
type walker interface {
	Node
	walk(v visitor)
}

// A visitor is what a walk method hands its children to. Inspect sets f,
// called for every child. WalkStmts and Children set each or lists
// instead: then only the statement lists of the node and of the parts it
// holds (a SELON's CAS) are visited, walked with each or appended to lists.
type visitor struct {
	f     func(Node) bool
	each  func(Stmt) bool
	lists *[][]Stmt
}

func (v visitor) expr(e Expr) {
	if e != nil && v.f != nil {
		Inspect(e, v.f)
	}
}

func (v visitor) exprs(list []Expr) {
	for _, e := range list {
		v.expr(e) // a nil e: an omitted argument or multiple-assignment target
	}
}

func (v visitor) stmts(list []Stmt) {
	switch {
	case v.each != nil:
		WalkStmts(list, v.each)
	case v.lists != nil:
		*v.lists = append(*v.lists, list)
	default:
		for _, s := range list {
			if s != nil {
				Inspect(s, v.f)
			}
		}
	}
}

// visit visits children of a node type: a part, or a statement declared
// inside a node (a structure's *VarDecl). Typed nil pointers are skipped,
// so they never reach Inspect as non-nil interfaces.
func visit[T interface {
	comparable
	walker
}](v visitor, list ...T) {
	var none T
	for _, n := range list {
		if n == none {
			continue
		}
		if v.f != nil {
			Inspect(n, v.f)
		} else if _, isStmt := any(n).(Stmt); !isStmt {
			n.walk(v) // a part's statement lists are its node's
		}
	}
}

// Expressions.

func (*Ident) walk(visitor)            {}
func (*IntLit) walk(visitor)           {}
func (*RealLit) walk(visitor)          {}
func (*CurrencyLit) walk(visitor)      {}
func (*NumericLit) walk(visitor)       {}
func (*DurationLit) walk(visitor)      {}
func (*StringLit) walk(visitor)        {}
func (*BoolLit) walk(visitor)          {}
func (*NullLit) walk(visitor)          {}
func (*Omitted) walk(visitor)          {}
func (n *InterpString) walk(v visitor) { v.exprs(n.Parts) }
func (n *ArrayLit) walk(v visitor)     { v.exprs(n.Elems) }
func (n *TupleLit) walk(v visitor)     { v.exprs(n.Elems) }
func (n *Paren) walk(v visitor)        { v.expr(n.X) }
func (n *Indirection) walk(v visitor)  { v.expr(n.Name); v.expr(n.Kind) }
func (n *Cast) walk(v visitor)         { v.expr(n.X) }
func (n *Unary) walk(v visitor)        { v.expr(n.X) }
func (n *Postfix) walk(v visitor)      { v.expr(n.X) }
func (n *Binary) walk(v visitor)       { v.expr(n.L); v.expr(n.R) }
func (n *Between) walk(v visitor)      { v.expr(n.X); v.expr(n.Lo); v.expr(n.Hi) }
func (n *In) walk(v visitor)           { v.expr(n.X); v.exprs(n.List) }
func (n *Cond) walk(v visitor)         { v.expr(n.C); v.expr(n.A); v.expr(n.B) }
func (n *Call) walk(v visitor)         { v.expr(n.Fun); v.exprs(n.Args) }
func (n *Member) walk(v visitor)       { v.expr(n.X) }
func (n *Index) walk(v visitor)        { v.expr(n.X); v.exprs(n.Idx) }
func (n *Extract) walk(v visitor)      { v.expr(n.X); v.expr(n.From); v.expr(n.To); v.expr(n.Len) }
func (n *SelonExpr) walk(v visitor)    { v.expr(n.X); v.exprs(n.Cases); v.expr(n.Else) }
func (n *NewExpr) walk(v visitor)      { v.exprs(n.Args) }
func (n *TypeTest) walk(v visitor)     { v.expr(n.X) }
func (n *ObjCast) walk(v visitor)      { v.expr(n.X) }

// Types and the parts of statements.

func (n *TypeRef) walk(v visitor) {
	if a := n.Array; a != nil {
		v.exprs(a.Dims)
		v.expr(a.Grow)
		v.exprs(a.Options)
		visit(v, a.Elem)
	}
}

func (n *Case) walk(v visitor)      { visit(v, n.Matchers...); v.stmts(n.Body) }
func (n *CaseMatch) walk(v visitor) { v.expr(n.Value); v.expr(n.Lo); v.expr(n.Hi) }
func (n *Param) walk(v visitor)     { visit(v, n.Type); v.expr(n.Default) }

// Statements.

func (n *VarDecl) walk(v visitor)    { visit(v, n.Type); v.exprs(n.Init); v.exprs(n.Args) }
func (n *StructDecl) walk(v visitor) { visit(v, n.Fields...) }
func (n *ConstDecl) walk(v visitor)  { v.exprs(n.Values) }

func (n *ClassDecl) walk(v visitor) {
	for _, m := range n.Members {
		if m != nil {
			visit(v, m.Decl)
		}
	}
	visit(v, n.Consts...)
	visit(v, n.Structs...)
	visit(v, n.Enums...)
}

func (n *EnumDecl) walk(v visitor) {
	for _, it := range n.Items {
		if it != nil {
			v.expr(it.Value)
		}
	}
}

func (n *Free) walk(v visitor)     { v.expr(n.X) }
func (n *CtorCall) walk(v visitor) { v.exprs(n.Args) }
func (n *Assign) walk(v visitor)   { v.exprs(n.Targets); v.expr(n.Value) }
func (n *ExprStmt) walk(v visitor) { v.expr(n.X) }
func (n *If) walk(v visitor)       { v.expr(n.Cond); v.stmts(n.Then); v.stmts(n.Else) }
func (n *Switch) walk(v visitor)   { v.expr(n.X); visit(v, n.Cases...); v.stmts(n.Other) }
func (n *For) walk(v visitor)      { v.expr(n.From); v.expr(n.To); v.expr(n.Step); v.stmts(n.Body) }
func (n *ForFile) walk(v visitor)  { v.expr(n.Key); v.expr(n.Where); v.stmts(n.Body) }
func (n *ForRows) walk(v visitor)  { v.expr(n.Control); v.stmts(n.Body) }
func (n *ForEach) walk(v visitor)  { v.expr(n.Seq); v.expr(n.Where); v.exprs(n.Sep); v.stmts(n.Body) }
func (n *While) walk(v visitor)    { v.expr(n.Cond); v.stmts(n.Body) }
func (n *Loop) walk(v visitor)     { v.expr(n.Count); v.stmts(n.Body); v.expr(n.Until) }
func (n *Break) walk(v visitor)    { v.expr(n.N) }
func (n *Continue) walk(v visitor) { v.expr(n.N) }
func (n *Return) walk(v visitor)   { v.exprs(n.Values) }
func (n *ProcDecl) walk(v visitor) { visit(v, n.Params...); visit(v, n.Results...); v.stmts(n.Body) }
func (n *When) walk(v visitor)     { v.stmts(n.Handler) }
func (n *Try) walk(v visitor)      { v.stmts(n.Body); v.stmts(n.Handler); v.stmts(n.Else) }
func (*Label) walk(visitor)        {}
func (*Goto) walk(visitor)         {}
func (*GotoLabel) walk(visitor)    {}
func (*Rethrow) walk(visitor)      {}
func (*QueryDecl) walk(visitor)    {}
func (*ExternDecl) walk(visitor)   {}
