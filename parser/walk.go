package parser

// The one tree walker of the repository: every pass over the syntax tree
// (the checks of check.go, the runtime's resolver and compiler) goes
// through Inspect, WalkStmts or WalkExpr, so that a new node type is added
// here once and no pass silently skips it.

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
	switch n := n.(type) {
	// Expressions.
	case *Ident, *IntLit, *RealLit, *CurrencyLit, *NumericLit, *DurationLit,
		*StringLit, *BoolLit, *NullLit, *Omitted:
	case *InterpString:
		inspectExprs(n.Parts, f)
	case *ArrayLit:
		inspectExprs(n.Elems, f)
	case *TupleLit:
		inspectExprs(n.Elems, f)
	case *Paren:
		inspectExpr(n.X, f)
	case *Indirection:
		inspectExpr(n.Name, f)
		inspectExpr(n.Kind, f)
	case *Cast:
		inspectExpr(n.X, f)
	case *Unary:
		inspectExpr(n.X, f)
	case *Postfix:
		inspectExpr(n.X, f)
	case *Binary:
		inspectExpr(n.L, f)
		inspectExpr(n.R, f)
	case *Between:
		inspectExpr(n.X, f)
		inspectExpr(n.Lo, f)
		inspectExpr(n.Hi, f)
	case *In:
		inspectExpr(n.X, f)
		inspectExprs(n.List, f)
	case *Cond:
		inspectExpr(n.C, f)
		inspectExpr(n.A, f)
		inspectExpr(n.B, f)
	case *Call:
		inspectExpr(n.Fun, f)
		inspectExprs(n.Args, f)
	case *Member:
		inspectExpr(n.X, f)
	case *Index:
		inspectExpr(n.X, f)
		inspectExprs(n.Idx, f)
	case *Extract:
		inspectExpr(n.X, f)
		inspectExpr(n.From, f)
		inspectExpr(n.To, f)
		inspectExpr(n.Len, f)
	case *SelonExpr:
		inspectExpr(n.X, f)
		inspectExprs(n.Cases, f)
		inspectExpr(n.Else, f)
	case *NewExpr:
		inspectExprs(n.Args, f)
	case *TypeTest:
		inspectExpr(n.X, f)
	case *ObjCast:
		inspectExpr(n.X, f)

	// Types and the parts of statements.
	case *TypeRef:
		if a := n.Array; a != nil {
			inspectExprs(a.Dims, f)
			inspectExpr(a.Grow, f)
			inspectExprs(a.Options, f)
			inspectType(a.Elem, f)
		}
	case *Case:
		for _, m := range n.Matchers {
			if m != nil {
				Inspect(m, f)
			}
		}
		inspectStmts(n.Body, f)
	case *CaseMatch:
		inspectExpr(n.Value, f)
		inspectExpr(n.Lo, f)
		inspectExpr(n.Hi, f)
	case *Param:
		inspectType(n.Type, f)
		inspectExpr(n.Default, f)

	// Statements.
	case *VarDecl:
		inspectType(n.Type, f)
		inspectExprs(n.Init, f)
		inspectExprs(n.Args, f)
	case *StructDecl:
		for _, d := range n.Fields {
			if d != nil {
				Inspect(d, f)
			}
		}
	case *ConstDecl:
		inspectExprs(n.Values, f)
	case *ClassDecl:
		for _, m := range n.Members {
			if m != nil && m.Decl != nil {
				Inspect(m.Decl, f)
			}
		}
		for _, c := range n.Consts {
			if c != nil {
				Inspect(c, f)
			}
		}
		for _, sd := range n.Structs {
			if sd != nil {
				Inspect(sd, f)
			}
		}
		for _, ed := range n.Enums {
			if ed != nil {
				Inspect(ed, f)
			}
		}
	case *EnumDecl:
		for _, it := range n.Items {
			if it != nil {
				inspectExpr(it.Value, f)
			}
		}
	case *Free:
		inspectExpr(n.X, f)
	case *CtorCall:
		inspectExprs(n.Args, f)
	case *Assign:
		inspectExprs(n.Targets, f)
		inspectExpr(n.Value, f)
	case *ExprStmt:
		inspectExpr(n.X, f)
	case *If:
		inspectExpr(n.Cond, f)
		inspectStmts(n.Then, f)
		inspectStmts(n.Else, f)
	case *Switch:
		inspectExpr(n.X, f)
		for _, c := range n.Cases {
			if c != nil {
				Inspect(c, f)
			}
		}
		inspectStmts(n.Other, f)
	case *For:
		inspectExpr(n.From, f)
		inspectExpr(n.To, f)
		inspectExpr(n.Step, f)
		inspectStmts(n.Body, f)
	case *ForFile:
		inspectExpr(n.Key, f)
		inspectExpr(n.Where, f)
		inspectStmts(n.Body, f)
	case *ForRows:
		inspectExpr(n.Control, f)
		inspectStmts(n.Body, f)
	case *ForEach:
		inspectExpr(n.Seq, f)
		inspectExpr(n.Where, f)
		inspectExprs(n.Sep, f)
		inspectStmts(n.Body, f)
	case *While:
		inspectExpr(n.Cond, f)
		inspectStmts(n.Body, f)
	case *Loop:
		inspectExpr(n.Count, f)
		inspectStmts(n.Body, f)
		inspectExpr(n.Until, f)
	case *Break:
		inspectExpr(n.N, f)
	case *Continue:
		inspectExpr(n.N, f)
	case *Return:
		inspectExprs(n.Values, f)
	case *ProcDecl:
		for _, p := range n.Params {
			if p != nil {
				Inspect(p, f)
			}
		}
		for _, r := range n.Results {
			inspectType(r, f)
		}
		inspectStmts(n.Body, f)
	case *When:
		inspectStmts(n.Handler, f)
	case *Try:
		inspectStmts(n.Body, f)
		inspectStmts(n.Handler, f)
		inspectStmts(n.Else, f)
	case *Label, *Rethrow, *QueryDecl, *ExternDecl:
		// Leaves. TestInspectCoversEveryNode fails when a node type of
		// ast.go has no case in this switch.
	}
}

// InspectFile inspects the main traitement then each procedure of f.
func InspectFile(file *File, f func(Node) bool) {
	inspectStmts(file.Main, f)
	for _, p := range file.Procs {
		if p != nil {
			Inspect(p, f)
		}
	}
}

// Typed nil pointers must not reach Inspect as non-nil interfaces.
func inspectExpr(e Expr, f func(Node) bool) {
	if e != nil {
		Inspect(e, f)
	}
}

func inspectExprs(list []Expr, f func(Node) bool) {
	for _, e := range list {
		if e != nil { // an omitted argument or multiple-assignment target
			Inspect(e, f)
		}
	}
}

func inspectType(t *TypeRef, f func(Node) bool) {
	if t != nil {
		Inspect(t, f)
	}
}

func inspectStmts(list []Stmt, f func(Node) bool) {
	for _, s := range list {
		if s != nil {
			Inspect(s, f)
		}
	}
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
		if s == nil || !fn(s) {
			continue
		}
		for _, sub := range Children(s) {
			WalkStmts(sub, fn)
		}
	}
}

// Children returns the statement lists nested directly in s, in source
// order (a SELON's CAS bodies then its AUTRE CAS).
func Children(s Stmt) [][]Stmt {
	switch s := s.(type) {
	case *If:
		return [][]Stmt{s.Then, s.Else}
	case *Switch:
		out := make([][]Stmt, 0, len(s.Cases)+1)
		for _, c := range s.Cases {
			out = append(out, c.Body)
		}
		return append(out, s.Other)
	case *For:
		return [][]Stmt{s.Body}
	case *ForEach:
		return [][]Stmt{s.Body}
	case *ForFile:
		return [][]Stmt{s.Body}
	case *ForRows:
		return [][]Stmt{s.Body}
	case *While:
		return [][]Stmt{s.Body}
	case *Loop:
		return [][]Stmt{s.Body}
	case *When:
		return [][]Stmt{s.Handler}
	case *Try:
		return [][]Stmt{s.Body, s.Handler, s.Else}
	case *ProcDecl:
		return [][]Stmt{s.Body}
	}
	return nil
}
