package parser

import plexer "github.com/alecthomas/participle/v2/lexer"

// converter turns participle's structures into the AST.
type converter struct {
	file *File
	errs ErrorList
}

func pos(p plexer.Position) Pos {
	return Pos{File: p.Filename, Offset: p.Offset, Line: p.Line, Col: p.Column}
}

func (c *converter) name(n gName) Name { return Name{At: At{pos(n.Pos)}, Key: n.Key} }

func exprOf(e *pExpr) Expr {
	if e == nil {
		return nil
	}
	return e.X
}

func (c *converter) stmts(in []*gStmt) []Stmt {
	out := make([]Stmt, 0, len(in))
	for _, s := range in {
		if st := c.stmt(s); st != nil {
			out = append(out, st)
		}
	}
	return out
}

func (c *converter) stmt(s *gStmt) Stmt {
	at := At{pos(s.Pos)}
	switch {
	case s.If != nil:
		return c.ifStmt(s.If, at)
	case s.Selon != nil:
		sw := &Switch{At: at, X: exprOf(s.Selon.X)}
		for _, gc := range s.Selon.Cases {
			cs := &Case{At: At{pos(gc.Pos)}, Body: c.stmts(gc.Body)}
			for _, it := range gc.Items {
				cs.Matchers = append(cs.Matchers, it.M)
			}
			sw.Cases = append(sw.Cases, cs)
		}
		if s.Selon.Other != nil {
			sw.Has = true
			sw.Other = c.stmts(s.Selon.Other.Body)
		}
		return sw
	case s.For != nil:
		if n := s.For.Num; n != nil {
			f := &For{At: at, Var: c.name(n.Var), From: exprOf(n.From), To: exprOf(n.Lim), Step: exprOf(n.Step), Body: c.stmts(n.Body)}
			f.Once, f.StepOnce = n.To == "_A_", n.StKw == "_PAS_"
			return f
		}
		if r := s.For.Rows; r != nil {
			fr := &ForRows{At: at, Row: c.name(gName{Pos: r.Row.Pos, Key: r.Row.Key}), Control: exprOf(r.Control), Selected: r.Selected, Body: c.stmts(r.Body)}
			if r.Var != nil {
				n := c.name(*r.Var)
				fr.Var = &n
			}
			if r.Counter != nil {
				n := c.name(*r.Counter)
				fr.Counter = &n
			}
			return fr
		}
		if ff := s.For.File; ff != nil {
			key := exprOf(ff.Key)
			if key == nil {
				key = exprOf(ff.KeyAfter) // AVEC filtre SUR clé (1510013)
			}
			return &ForFile{At: at, Source: c.name(ff.Source), Key: key, Where: exprOf(ff.Where),
				Reverse: ff.Dir == "DEPUISFIN" || ff.Dir == "FROMEND", NoSave: ff.NoSave, NoFilter: ff.NoFilter, Body: c.stmts(ff.Body)}
		}
		e := s.For.Each
		fe := &ForEach{At: at, Seq: exprOf(e.Seq), Where: exprOf(e.Where), Strings: e.Str != nil, Body: c.stmts(e.Body)}
		for _, v := range e.Vars {
			fe.Vars = append(fe.Vars, c.name(v))
		}
		for _, sep := range e.Sep {
			fe.Sep = append(fe.Sep, sep.X)
		}
		if len(fe.Sep) > 0 {
			fe.Strings = true
		}
		fe.Reverse = e.Dir == "DEPUISFIN" || e.Dir == "FROMEND"
		return fe
	case s.While != nil:
		return &While{At: at, Cond: exprOf(s.While.Cond), Body: c.stmts(s.While.Body)}
	case s.Loop != nil:
		l := &Loop{At: at, Count: exprOf(s.Loop.Count), Body: c.stmts(s.Loop.Body)}
		if s.Loop.Until != nil {
			l.Until = exprOf(s.Loop.Until.Cond)
		}
		return l
	case s.When != nil:
		if t := s.When.Try; t != nil {
			tr := &Try{At: at, Body: c.stmts(t.Body), Handler: c.stmts(t.Handler)}
			if t.Else != nil {
				tr.Else = c.stmts(t.Else.Body)
			}
			return tr
		}
		return &When{At: at, Handler: c.stmts(s.When.Body)}
	case s.Label != nil:
		k := s.Label.Kind
		switch k {
		case "ERROR":
			k = "ERREUR"
		case "FIN:":
			k = "FIN"
		}
		return &Label{At: at, Kind: k}
	case s.Break != nil:
		return &Break{At: at, N: exprOf(s.Break.N), Switch: s.Break.Selon}
	case s.Continue != nil:
		return &Continue{At: at, N: exprOf(s.Continue.N)}
	case s.Return != nil:
		if s.Return.Value != nil {
			return &Return{At: at, Values: tupleValues(s.Return.Value.X), Result: true, Kw: "RETOUR"}
		}
		return &Return{At: at, Kw: "RETOUR"}
	case s.Result != nil:
		var vals []Expr
		for _, v := range s.Result.Values {
			vals = append(vals, v.X)
		}
		if len(vals) == 1 {
			vals = tupleValues(vals[0])
		}
		return &Return{At: at, Values: vals, Result: true, Kw: "RENVOYER"}
	case s.Internal != nil:
		pd := c.procHead(s.Internal.Head, s.Internal.Pos, true)
		pd.Body = c.stmts(s.Internal.Body)
		return pd
	case s.Const != nil:
		cd := &ConstDecl{At: at}
		for _, it := range s.Const.Items {
			cd.Names = append(cd.Names, c.name(it.Name))
			cd.Values = append(cd.Values, exprOf(it.Value))
		}
		return cd
	case s.Let != nil && s.Let.Name == nil:
		// soit (a, b) = f(): one variable per result.
		d := &VarDecl{At: at, Init: []Expr{exprOf(s.Let.Value)}, Infer: true, Spread: true}
		for _, n := range s.Let.Names {
			d.Names = append(d.Names, c.name(n))
		}
		return d
	case s.Let != nil:
		d := &VarDecl{At: at, Names: []Name{c.name(*s.Let.Name)}, Init: []Expr{exprOf(s.Let.Value)}, Infer: s.Let.Type == nil}
		if s.Let.Type != nil {
			d.Type = s.Let.Type.T
		}
		return d
	case s.Rethrow:
		return &Rethrow{at}
	case s.Scope:
		return nil
	case s.Simple != nil:
		return s.Simple.S
	}
	return nil
}

// tupleValues spreads RENVOYER (a, b) into its values.
func tupleValues(e Expr) []Expr {
	if t, ok := e.(*TupleLit); ok {
		return t.Elems
	}
	return []Expr{e}
}

func (c *converter) ifStmt(g *gIf, at At) Stmt {
	st := &If{At: at, Cond: exprOf(g.Cond)}
	if g.Line != nil && !g.Alors {
		c.errs = append(c.errs, &Error{Pos: at.P, Code: CodeAlorsMissing, FR: "Le mot-clé ALORS est attendu après la condition du SI", EN: "The THEN keyword is expected after the IF condition"})
	}
	if g.Line != nil {
		if s := c.stmt(g.Line.Then); s != nil {
			st.Then = []Stmt{s}
		}
		if g.Line.Else != nil {
			if s := c.stmt(g.Line.Else); s != nil {
				st.Else = []Stmt{s}
			}
		}
		return st
	}
	b := g.Block
	st.Then = c.stmts(b.Then)
	tail := st
	for _, el := range b.Elifs {
		n := &If{At: At{pos(el.Pos)}, Cond: exprOf(el.Cond), Then: c.stmts(el.Body)}
		tail.Else = []Stmt{n}
		tail = n
	}
	if b.Else != nil {
		tail.Else = c.stmts(b.Else.Body)
	}
	return st
}

func (c *converter) procHead(h *gProcHead, p plexer.Position, internal bool) *ProcDecl {
	pd := &ProcDecl{At: At{pos(p)}, Name: c.name(h.Name), Internal: internal}
	if h.Sub != nil {
		// PROCÉDURE C.M(): a method of class C (6010006).
		pd.Class, pd.Name = pd.Name, c.name(*h.Sub)
	}
	if h.Mods != nil {
		pd.Mods = h.Mods.Words
	}
	// <extension> before or after the result type (doc 1514086).
	pd.Extension = h.Pre != nil && h.Pre.First == "EXTENSION" || h.Attrs != nil && h.Attrs.First == "EXTENSION"
	for _, gp := range h.Params {
		if gp.Star {
			pd.Variadic = true
			continue
		}
		prm := &Param{At: At{pos(gp.Pos)}, Name: c.name(*gp.Name), Local: gp.Local, Default: exprOf(gp.Default)}
		if gp.Type != nil {
			prm.Type = gp.Type.T
		} else if gp.Bare != nil {
			prm.Type = gp.Bare.T
		}
		if gp.Are && prm.Type != nil {
			// `(a, b sont des entiers)`: the untyped names just before
			// share the type.
			for k := len(pd.Params) - 1; k >= 0 && pd.Params[k].Type == nil && pd.Params[k].Default == nil; k-- {
				pd.Params[k].Type = prm.Type
			}
		}
		pd.Params = append(pd.Params, prm)
	}
	for _, r := range h.Results {
		pd.Results = append(pd.Results, r.T)
	}
	return pd
}

// procs converts procedures and appends them to the file.
func (c *converter) procs(gps []*gProc) {
	for _, gp := range gps {
		pd := c.procHead(gp.Head, gp.Pos, false)
		pd.Body = c.stmts(gp.Body)
		c.file.Procs = append(c.file.Procs, pd)
	}
}
