package runtime

import (
	"github.com/wlangage/wl/parser"
)

// block compiles a statement list. top is true for a traitement's body,
// where CAS ERREUR: / CAS EXCEPTION: labels and QUAND EXCEPTION apply.
func (c *compiler) block(b *procBuild, body []parser.Stmt, top bool) stmtFn {
	if top {
		if i := endLabelAt(body); i >= 0 {
			return c.endLabel(b, body, i)
		}
		for i, s := range body {
			switch s := s.(type) {
			case *parser.Label:
				if s.Kind == "ERREUR" || s.Kind == "EXCEPTION" {
					return c.labelled(b, body[:i], s, body[i+1:])
				}
			case *parser.When:
				return c.whenBlock(b, body[:i], s, body[i+1:])
			}
		}
	}
	if top {
		if fn, ok := c.gotoBlock(b, body); ok {
			return fn
		}
	} else {
		c.misplacedEndLabel(body)
	}
	fns := make([]stmtFn, 0, len(body))
	for _, s := range body {
		if fn := c.stmt(b, s); fn != nil {
			fns = append(fns, fn)
		}
	}
	switch len(fns) {
	case 0:
		return func(*frame) ctl { return ctlNone }
	case 1:
		return fns[0]
	case 2:
		a, bb := fns[0], fns[1]
		return func(f *frame) ctl {
			if r := a(f); r != ctlNone {
				return r
			}
			return bb(f)
		}
	}
	return func(f *frame) ctl {
		for _, fn := range fns {
			if r := fn(f); r != ctlNone {
				return r
			}
		}
		return ctlNone
	}
}

func (c *compiler) stmt(b *procBuild, s parser.Stmt) stmtFn {
	pos := s.Position()
	if !c.enter(pos) {
		return nil
	}
	defer c.leave()
	switch s := s.(type) {
	case *parser.VarDecl:
		return c.varDecl(b, s)
	case *parser.Assign:
		return c.assign(b, s)
	case *parser.ExprStmt:
		return c.exprStmt(b, s)
	case *parser.If:
		return c.ifStmt(b, s)
	case *parser.Switch:
		return c.switchStmt(b, s)
	case *parser.While:
		return c.while(b, s)
	case *parser.Loop:
		return c.loop(b, s)
	case *parser.For:
		return c.forStmt(b, s)
	case *parser.ForEach:
		return c.forEach(b, s)
	case *parser.Goto, *parser.GotoLabel:
		return c.gotoStmt(b, s)
	case *parser.Break:
		return c.breakStmt(b, s)
	case *parser.Continue:
		return c.continueStmt(b, s)
	case *parser.Return:
		return c.returnStmt(b, s)
	case *parser.Try:
		return c.tryStmt(b, s)
	case *parser.Rethrow:
		return rethrow
	case *parser.ForRows:
		if fe := c.rowsAsForEach(b, s); fe != nil {
			return c.forEach(b, fe)
		}
		return c.notRun(b, s)
	case *parser.ForFile, *parser.QueryDecl, *parser.ExternDecl:
		return c.notRun(b, s)
	case *parser.StructDecl, *parser.ConstDecl, *parser.EnumDecl, *parser.ProcDecl, *parser.Label, *parser.When:
		return nil // declared before the code runs, or handled by block
	}
	if fn, ok := c.classStmt(b, s); ok {
		return fn
	}
	c.errorf(pos, codeUnsupported, "Instruction non prise en charge", "Unsupported statement")
	return nil
}

func (c *compiler) ifStmt(b *procBuild, s *parser.If) stmtFn {
	cond := c.cond(b, s.Cond)
	then := c.block(b, s.Then, false)
	if len(s.Else) == 0 {
		return func(f *frame) ctl {
			if cond(f) {
				return then(f)
			}
			return ctlNone
		}
	}
	els := c.block(b, s.Else, false)
	return func(f *frame) ctl {
		if cond(f) {
			return then(f)
		}
		return els(f)
	}
}

func (c *compiler) switchStmt(b *procBuild, s *parser.Switch) stmtFn {
	x := c.expr(b, s.X).fn
	type caseCode struct {
		match []func(*frame, Value) bool
		body  stmtFn
	}
	var cases []caseCode
	for _, cs := range s.Cases {
		cc := caseCode{body: c.block(b, cs.Body, false)}
		for _, m := range cs.Matchers {
			cc.match = append(cc.match, c.caseMatch(b, m))
		}
		cases = append(cases, cc)
	}
	other := c.block(b, s.Other, false)
	return func(f *frame) ctl {
		v := x(f)
		for _, cs := range cases {
			for _, m := range cs.match {
				if m(f, v) {
					r := cs.body(f)
					if r == ctlBreak && f.levels == -1 {
						f.levels = 0
						return ctlNone
					}
					return r
				}
			}
		}
		r := other(f)
		if r == ctlBreak && f.levels == -1 {
			f.levels = 0
			return ctlNone
		}
		return r
	}
}

func (c *compiler) caseMatch(b *procBuild, m *parser.CaseMatch) func(*frame, Value) bool {
	opt := func(e parser.Expr) exprFn {
		if e == nil {
			return nil
		}
		return c.expr(b, e).fn
	}
	switch m.Kind {
	case "=":
		v := opt(m.Value)
		return func(f *frame, x Value) bool { return compare(x, v(f)) == 0 }
	case "range":
		lo, hi := opt(m.Lo), opt(m.Hi)
		return func(f *frame, x Value) bool {
			if lo != nil && compare(x, lo(f)) < 0 {
				return false
			}
			if hi != nil && compare(x, hi(f)) > 0 {
				return false
			}
			return true
		}
	case "between":
		lo, hi := opt(m.Lo), opt(m.Hi)
		return func(f *frame, x Value) bool {
			return compareOp(m.LoOp, lo(f), x) && compareOp(m.HiOp, x, hi(f))
		}
	}
	v := opt(m.Value)
	op := m.Kind
	return func(f *frame, x Value) bool { return compareOp(op, x, v(f)) }
}

func (c *compiler) returnStmt(b *procBuild, s *parser.Return) stmtFn {
	if s.Kw == "RETOUR" {
		b.usesRetour = true
	} else {
		b.usesRenvoyer = true
	}
	if len(s.Values) == 0 {
		return func(*frame) ctl { return ctlReturn }
	}
	results := b.code.results
	if len(s.Values) == 1 && len(results) == 1 && isIntType(results[0]) {
		if ie := c.intExpr(b, s.Values[0]); ie != nil {
			return func(f *frame) ctl {
				f.ret = Value{k: KInt, n: ie(f)}
				return ctlReturn
			}
		}
	}
	if len(s.Values) == 1 {
		v := c.expr(b, s.Values[0]).fn
		var rt *Type
		if len(results) == 1 {
			rt = results[0]
		}
		return func(f *frame) ctl {
			x := v(f)
			if rt != nil && (x.k != rt.Kind || rt.Kind == KStruct || rt.Kind == KArray) {
				x = convertLoose(x, rt)
			}
			f.ret = x
			return ctlReturn
		}
	}
	var vs []exprFn
	for _, e := range s.Values {
		vs = append(vs, c.expr(b, e).fn)
	}
	return func(f *frame) ctl {
		out := make([]Value, len(vs))
		for i, v := range vs {
			out[i] = v(f).First()
			if i < len(results) {
				out[i] = convertLoose(out[i], results[i])
			}
		}
		f.ret = Tuple(out)
		return ctlReturn
	}
}

func (c *compiler) varDecl(b *procBuild, s *parser.VarDecl) stmtFn {
	if isDataSource(s.Type) || c.notProvidedType(s.Type) {
		return c.notRun(b, s)
	}
	c.enumDeclInit(b, s)
	type one struct {
		ref  varRef
		init exprFn
		typ  *Type
		lit  *parser.ArrayLit // init, a literal array filling an array (arraylit.go)
	}
	if fn, ok := c.objDecl(b, s); ok {
		return fn
	}
	if s.Spread && len(s.Init) == 1 {
		init := c.expr(b, s.Init[0]).fn
		var refs []varRef
		for _, n := range s.Names {
			refs = append(refs, c.varRef(b, n.Key, n.P))
		}
		return func(f *frame) ctl {
			// soit (a, b) = ChaîneDécoupe(…) spreads the array as the
			// multiple assignment does (multiassign.go); doc 3087003 only
			// shows lists and procedures, a WinDev user expects the same.
			vals := spreadValues(f, init(f), s.P)
			for i, r := range refs {
				v := Null
				if i < len(vals) {
					v = vals[i]
				}
				*r.ref(f) = copyValue(v)
			}
			return ctlNone
		}
	}
	var ones []one
	for i, n := range s.Names {
		vr := c.varRef(b, n.Key, n.P)
		o := one{ref: vr, typ: vr.typ}
		init := initOf(s, i)
		if init != nil {
			o.init = c.expr(b, init).fn
			if lit, ok := arrayLiteral(init); ok && !s.Ref && o.typ.Kind == KArray && len(lit.Elems) > 0 {
				o.lit = lit
			}
		}
		ones = append(ones, o)
	}
	return func(f *frame) ctl {
		for _, o := range ones {
			var v Value
			if o.init != nil {
				v = o.init(f)
				shared := s.Ref && o.typ.Kind == v.k && (v.k == KArray || v.k == KAssoc) // <-: the same array, not a copy
				switch {
				case o.lit != nil:
					// t est un tableau de 2 par 2 entiers = [[1, 2], [3, 4]]
					// (doc 1514031): the declared array, filled.
					f.run.charge(s.P, arrayBytes(o.typ))
					lit := v
					v = zeroRun(f.run, o.typ)
					fillLiteral(f, v.Array(), lit, o.lit.P)
				case shared:
				case o.typ.Kind == KArray || o.typ.Kind == KAssoc:
					v = initContainer(f, o.typ, v, s.P)
				default:
					v = c.convertChecked(f, v, o.typ, s.P)
				}
			} else {
				f.run.charge(s.P, arrayBytes(o.typ))
				v = zeroRun(f.run, o.typ)
			}
			*o.ref.ref(f) = v
		}
		return ctlNone
	}
}

// initOf is the initial value of the i-th name s declares: its own when
// each name has one, the one they share, or nil.
func initOf(s *parser.VarDecl, i int) parser.Expr {
	switch len(s.Init) {
	case len(s.Names):
		return s.Init[i]
	case 1:
		return s.Init[0]
	}
	return nil
}
