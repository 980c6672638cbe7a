package runtime

import (
	"strings"

	"github.com/wlangage/wl/parser"
)

// block compiles a statement list. top is true for a traitement's body,
// where CAS ERREUR: / CAS EXCEPTION: labels and QUAND EXCEPTION apply.
func (c *compiler) block(b *procBuild, body []parser.Stmt, top bool) stmtFn {
	if top {
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

// labelled compiles `code CAS ERREUR: handler` and `code CAS EXCEPTION:
// handler`: the handler runs when the code before the label raised a
// non-fatal error (ERREUR) or an exception (EXCEPTION), then the
// traitement ends; otherwise the code after the label is skipped.
func (c *compiler) labelled(b *procBuild, before []parser.Stmt, l *parser.Label, after []parser.Stmt) stmtFn {
	handler := c.block(b, after, true)
	if l.Kind == "EXCEPTION" {
		code := c.block(b, before, false)
		return func(f *frame) ctl {
			r, caught := protect(f, code)
			if caught {
				return handler(f)
			}
			return r
		}
	}
	// Automatic error handling is not triggered by a call whose result
	// is tested directly, nor when ErreurDétectée is tested right after
	// (SPEC §4.10).
	type step struct {
		fn     stmtFn
		tested bool
	}
	var steps []step
	for i, st := range before {
		fn := c.stmt(b, st)
		if fn == nil {
			continue
		}
		tested := testsCall(st)
		if i+1 < len(before) && mentions(before[i+1], "ERREURDETECTEE", "ERROROCCURRED") {
			tested = true
		}
		steps = append(steps, step{fn, tested})
	}
	return func(f *frame) ctl {
		for _, st := range steps {
			seq := f.run.errSeq
			if r := st.fn(f); r != ctlNone {
				return r
			}
			if !st.tested && f.run.errSeq != seq && f.run.errDetected {
				handler(f)
				return ctlReturn
			}
		}
		return ctlNone
	}
}

// testsCall reports whether st tests the result of a call directly
// (SI PAS f() ALORS ..., TANTQUE f() ...).
func testsCall(st parser.Stmt) bool {
	var cond parser.Expr
	switch st := st.(type) {
	case *parser.If:
		cond = st.Cond
	case *parser.While:
		cond = st.Cond
	default:
		return false
	}
	found := false
	walkExpr(cond, func(e parser.Expr) {
		if _, ok := e.(*parser.Call); ok {
			found = true
		}
	})
	return found
}

// mentions reports whether the statement's own expressions name one of keys.
func mentions(st parser.Stmt, keys ...string) bool {
	found := false
	visit := func(e parser.Expr) {
		walkExpr(e, func(x parser.Expr) {
			if id, ok := x.(*parser.Ident); ok {
				for _, k := range keys {
					if id.Key == k {
						found = true
					}
				}
			}
		})
	}
	switch st := st.(type) {
	case *parser.If:
		visit(st.Cond)
	case *parser.While:
		visit(st.Cond)
	case *parser.Assign:
		visit(st.Value)
	case *parser.ExprStmt:
		visit(st.X)
	case *parser.Switch:
		visit(st.X)
	}
	return found
}

// walkExpr calls fn for e and every expression inside it.
func walkExpr(e parser.Expr, fn func(parser.Expr)) {
	if e == nil {
		return
	}
	fn(e)
	switch e := e.(type) {
	case *parser.Unary:
		walkExpr(e.X, fn)
	case *parser.Postfix:
		walkExpr(e.X, fn)
	case *parser.Binary:
		walkExpr(e.L, fn)
		walkExpr(e.R, fn)
	case *parser.Paren:
		walkExpr(e.X, fn)
	case *parser.Call:
		walkExpr(e.Fun, fn)
		for _, a := range e.Args {
			walkExpr(a, fn)
		}
	case *parser.Member:
		walkExpr(e.X, fn)
	case *parser.Index:
		walkExpr(e.X, fn)
		for _, a := range e.Idx {
			walkExpr(a, fn)
		}
	case *parser.Between:
		walkExpr(e.X, fn)
		walkExpr(e.Lo, fn)
		walkExpr(e.Hi, fn)
	case *parser.In:
		walkExpr(e.X, fn)
		for _, a := range e.List {
			walkExpr(a, fn)
		}
	case *parser.Cond:
		walkExpr(e.C, fn)
		walkExpr(e.A, fn)
		walkExpr(e.B, fn)
	case *parser.ArrayLit:
		for _, a := range e.Elems {
			walkExpr(a, fn)
		}
	case *parser.TupleLit:
		for _, a := range e.Elems {
			walkExpr(a, fn)
		}
	case *parser.InterpString:
		for _, a := range e.Parts {
			walkExpr(a, fn)
		}
	case *parser.Extract:
		walkExpr(e.X, fn)
		walkExpr(e.From, fn)
		walkExpr(e.To, fn)
		walkExpr(e.Len, fn)
	case *parser.SelonExpr:
		walkExpr(e.X, fn)
		for _, a := range e.Cases {
			walkExpr(a, fn)
		}
		walkExpr(e.Else, fn)
	}
}

// whenBlock compiles a general QUAND EXCEPTION [fr:3034001]: from there to
// the end of the traitement (and in the procedures it calls) an exception
// runs the handler, once; the failing statement is then run again, as the
// doc shows, so a handler should end with RETOUR / RENVOYER / FinProgramme.
// A second exception goes up, unless the handler called ExceptionActive.
func (c *compiler) whenBlock(b *procBuild, before []parser.Stmt, w *parser.When, after []parser.Stmt) stmtFn {
	pre := c.block(b, before, false)
	handler := c.block(b, w.Handler, false)
	var fns []stmtFn
	for i, st := range after {
		if _, nested := st.(*parser.When); nested {
			// A later handler replaces this one from its position on.
			fns = append(fns, c.block(b, after[i:], true))
			break
		}
		if l, ok := st.(*parser.Label); ok && (l.Kind == "ERREUR" || l.Kind == "EXCEPTION") {
			fns = append(fns, c.block(b, after[i:], true))
			break
		}
		if fn := c.stmt(b, st); fn != nil {
			fns = append(fns, fn)
		}
	}
	return func(f *frame) ctl {
		if r := pre(f); r != ctlNone {
			return r
		}
		armed := true
		for i := 0; i < len(fns); {
			if !armed {
				if r := fns[i](f); r != ctlNone {
					return r
				}
				i++
				continue
			}
			r, caught := protect(f, fns[i])
			if caught {
				armed = false
				f.run.rearm = false
				if hr := handler(f); hr != ctlNone {
					return hr
				}
				armed, f.run.rearm = f.run.rearm, false
				continue // run the failing statement again
			}
			if r != ctlNone {
				return r
			}
			i++
		}
		return ctlNone
	}
}

// protect runs fn and reports whether a WLangage exception was caught;
// the exception is then available to ExceptionInfo. Host stops and
// FinProgramme pass through.
func protect(f *frame, fn stmtFn) (r ctl, caught bool) {
	run := f.run
	depth, calls := run.depth, len(run.calls)
	defer func() {
		if p := recover(); p != nil {
			t, ok := p.(*throw)
			if !ok || t.err.Kind != ErrException {
				panic(p)
			}
			run.depth = depth
			run.calls = run.calls[:calls]
			run.exc = t.err
			r, caught = ctlNone, true
		}
	}()
	return fn(f), false
}

func (c *compiler) stmt(b *procBuild, s parser.Stmt) stmtFn {
	pos := s.Position()
	switch s := s.(type) {
	case *parser.VarDecl:
		return c.varDecl(b, s)
	case *parser.StructDecl, *parser.ConstDecl, *parser.ProcDecl, *parser.Label:
		return nil
	case *parser.Assign:
		return c.assign(b, s)
	case *parser.ExprStmt:
		return c.exprStmt(b, s)
	case *parser.If:
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
	case *parser.While:
		cond := c.cond(b, s.Cond)
		body := c.block(b, s.Body, false)
		return func(f *frame) ctl {
			for cond(f) {
				f.run.tick(pos)
				if r := body(f); r != ctlNone {
					if r2, stop := loopCtl(f, r); stop {
						return r2
					}
				}
			}
			return ctlNone
		}
	case *parser.Loop:
		return c.loop(b, s)
	case *parser.For:
		return c.forStmt(b, s)
	case *parser.ForEach:
		return c.forEach(b, s)
	case *parser.Switch:
		return c.switchStmt(b, s)
	case *parser.Break:
		if s.Switch {
			return func(f *frame) ctl { f.levels = -1; return ctlBreak }
		}
		n := c.levelExpr(b, s.N)
		return func(f *frame) ctl { f.levels = n(f); return ctlBreak }
	case *parser.Continue:
		n := c.levelExpr(b, s.N)
		return func(f *frame) ctl { f.levels = n(f); return ctlContinue }
	case *parser.Return:
		return c.returnStmt(b, s)
	case *parser.Try:
		body := c.block(b, s.Body, false)
		handler := c.block(b, s.Handler, false)
		els := c.block(b, s.Else, false)
		return func(f *frame) ctl {
			r, caught := protect(f, body)
			if caught {
				return handler(f)
			}
			if r != ctlNone {
				return r
			}
			return els(f)
		}
	case *parser.When:
		return nil // handled by block
	case *parser.Rethrow:
		return func(f *frame) ctl {
			if e := f.run.exc; e != nil {
				panic(&throw{err: e})
			}
			return ctlNone
		}
	}
	c.errorf(pos, 0, "Instruction non prise en charge", "Unsupported statement")
	return nil
}

// loopCtl interprets a SORTIR / CONTINUER reaching a loop: stop reports
// whether the loop must end, returning r2 to its own caller.
func loopCtl(f *frame, r ctl) (r2 ctl, stop bool) {
	switch r {
	case ctlBreak:
		if f.levels == -1 { // SORTIR SELON reaching a loop: leave nothing more
			f.levels = 0
			return ctlNone, true
		}
		if f.levels > 1 {
			f.levels--
			return ctlBreak, true
		}
		return ctlNone, true
	case ctlContinue:
		if f.levels > 1 {
			f.levels--
			return ctlContinue, true
		}
		return ctlNone, false
	}
	return r, true
}

func (c *compiler) levelExpr(b *procBuild, e parser.Expr) func(*frame) int {
	if e == nil {
		return func(*frame) int { return 1 }
	}
	x := c.expr(b, e).fn
	return func(f *frame) int {
		n := int(x(f).ToInt())
		if n < 1 {
			n = 1
		}
		return n
	}
}

func (c *compiler) loop(b *procBuild, s *parser.Loop) stmtFn {
	pos := s.P
	body := c.block(b, s.Body, false)
	if s.Count != nil {
		count := c.expr(b, s.Count).fn
		return func(f *frame) ctl {
			n := count(f).ToInt()
			for i := int64(0); i < n; i++ {
				f.run.tick(pos)
				if r := body(f); r != ctlNone {
					if r2, stop := loopCtl(f, r); stop {
						return r2
					}
				}
			}
			return ctlNone
		}
	}
	var until func(*frame) bool
	if s.Until != nil {
		until = c.cond(b, s.Until)
	}
	return func(f *frame) ctl {
		for {
			f.run.tick(pos)
			if r := body(f); r != ctlNone {
				if r2, stop := loopCtl(f, r); stop {
					return r2
				}
			}
			if until != nil && !until(f) {
				return ctlNone
			}
		}
	}
}

func (c *compiler) forStmt(b *procBuild, s *parser.For) stmtFn {
	pos := s.P
	v := c.varRef(b, s.Var.Key, s.Var.P)
	from := c.expr(b, s.From).fn
	to := c.expr(b, s.To)
	var step exprFn
	if s.Step != nil {
		step = c.expr(b, s.Step).fn
	}
	body := c.block(b, s.Body, false)
	// Fast path: integer bounds, a local variable, no step or a constant
	// step, limit evaluated once (_À_) or constant.
	_, constLimit := c.constValue(s.To)
	stepConst := int64(1)
	stepOK := s.Step == nil
	if s.Step != nil {
		if sv, ok := c.constValue(s.Step); ok && sv.k == KInt && sv.n != 0 {
			stepConst, stepOK = sv.n, true
		}
	}
	if v.local >= 0 && stepOK && (s.Once || constLimit) {
		slot := v.local
		toFn := to.fn
		vt := v.typ
		return func(f *frame) ctl {
			start := from(f)
			limit := toFn(f)
			if start.k != KInt || limit.k != KInt {
				return forGeneric(f, pos, v, start, func(*frame) Value { return limit }, nil, stepConst, body)
			}
			i, lim := start.n, limit.n
			if !vt.Any && vt.Kind != KInt {
				return forGeneric(f, pos, v, start, func(*frame) Value { return limit }, nil, stepConst, body)
			}
			for ; (stepConst > 0 && i <= lim) || (stepConst < 0 && i >= lim); i += stepConst {
				f.locals[slot] = Value{k: KInt, n: i}
				f.run.tick(pos)
				if r := body(f); r != ctlNone {
					if r2, stop := loopCtl(f, r); stop {
						return r2
					}
				}
				i = f.locals[slot].ToInt()
			}
			f.locals[slot] = Value{k: KInt, n: i}
			return ctlNone
		}
	}
	if s.StepOnce && step != nil {
		// _PAS_: the step is evaluated once, before the first iteration.
		return func(f *frame) ctl {
			st := step(f)
			return forGeneric(f, pos, v, from(f), to.fn, func(*frame) Value { return st }, 1, body)
		}
	}
	if s.Once {
		// _À_: the limit is evaluated once.
		return func(f *frame) ctl {
			start := from(f)
			lim := to.fn(f)
			return forGeneric(f, pos, v, start, func(*frame) Value { return lim }, step, 1, body)
		}
	}
	return func(f *frame) ctl {
		return forGeneric(f, pos, v, from(f), to.fn, step, 1, body)
	}
}

// forGeneric runs a POUR with the limit and step re-evaluated at each
// iteration (the À form, SPEC §4.3).
func forGeneric(f *frame, pos Position, v varRef, start Value, to, step exprFn, stepConst int64, body stmtFn) ctl {
	p := v.ref(f)
	*p = numeric(start)
	for {
		st := Int(stepConst)
		if step != nil {
			st = numeric(step(f))
		}
		lim := to(f)
		cur := *p
		neg := compare(st, Int(0)) < 0
		if (!neg && compare(cur, lim) > 0) || (neg && compare(cur, lim) < 0) {
			return ctlNone
		}
		f.run.tick(pos)
		if r := body(f); r != ctlNone {
			if r2, stop := loopCtl(f, r); stop {
				return r2
			}
		}
		p = v.ref(f)
		n, _ := arith("+", numeric(*p), st)
		*p = n
	}
}

func (c *compiler) forEach(b *procBuild, s *parser.ForEach) stmtFn {
	pos := s.P
	seq := c.expr(b, s.Seq).fn
	var vars []varRef
	for _, n := range s.Vars {
		vars = append(vars, c.varRef(b, n.Key, n.P))
	}
	body := c.block(b, s.Body, false)
	var where func(*frame) bool
	if s.Where != nil {
		if len(vars) > 0 {
			saved := c.avec
			c.avec = &lval{ref: vars[0].ref}
			where = c.cond(b, s.Where)
			c.avec = saved
		} else {
			where = c.cond(b, s.Where)
		}
	}
	var seps []exprFn
	for _, e := range s.Sep {
		seps = append(seps, c.expr(b, e).fn)
	}
	set := func(f *frame, i int, v Value) {
		if i < len(vars) {
			*vars[i].ref(f) = v
		}
	}
	run := func(f *frame) (ctl, bool) {
		f.run.tick(pos)
		if where != nil && !where(f) {
			return ctlNone, false
		}
		if r := body(f); r != ctlNone {
			return loopCtl(f, r)
		}
		return ctlNone, false
	}
	return func(f *frame) ctl {
		sv := seq(f)
		if s.Strings || sv.k == KString {
			text := sv.Text()
			var parts []string
			if len(seps) == 0 {
				parts = strings.Split(text, "\t")
				if !s.Strings {
					parts = nil
					for _, r := range text {
						parts = append(parts, string(r))
					}
				}
			} else {
				parts = splitMulti(text, seps, f)
			}
			n := len(parts)
			for k := 0; k < n; k++ {
				i := k
				if s.Reverse {
					i = n - 1 - k
				}
				set(f, 0, Str(parts[i]))
				set(f, 1, Int(int64(i+1)))
				set(f, 2, Int(int64(k+1)))
				if r, stop := run(f); stop {
					return r
				}
			}
			return ctlNone
		}
		switch sv.k {
		case KArray:
			a := sv.Array()
			n := len(a.Data)
			for k := 0; k < n && k < len(a.Data); k++ {
				i := k
				if s.Reverse {
					i = n - 1 - k
				}
				set(f, 0, a.Data[i])
				set(f, 1, Int(int64(i+1)))
				set(f, 2, Int(int64(k+1)))
				r, stop := run(f)
				if len(vars) > 0 && i < len(a.Data) {
					a.Data[i] = convertLoose(*vars[0].ref(f), a.Elem)
				}
				if stop {
					return r
				}
			}
		case KAssoc:
			a := sv.Assoc()
			n := len(a.Keys)
			for k := 0; k < n && k < len(a.Keys); k++ {
				i := k
				if s.Reverse {
					i = n - 1 - k
				}
				set(f, 0, a.Vals[i])
				set(f, 1, a.Keys[i])
				set(f, 2, Int(int64(k+1)))
				r, stop := run(f)
				if len(vars) > 0 && i < len(a.Vals) {
					a.Vals[i] = convertLoose(*vars[0].ref(f), a.Elem)
				}
				if stop {
					return r
				}
			}
		case KNull:
		default:
			f.run.raise(pos, 0, "POUR TOUT sur une valeur qui n'est ni un tableau ni une chaîne ("+sv.k.String()+")", "FOR EACH over a value that is neither an array nor a string ("+sv.k.String()+")")
		}
		return ctlNone
	}
}

func splitMulti(text string, seps []exprFn, f *frame) []string {
	var ss []string
	for _, s := range seps {
		if t := s(f).Text(); t != "" {
			ss = append(ss, t)
		}
	}
	var out []string
	for {
		best, bl := -1, 0
		for _, s := range ss {
			if i := strings.Index(text, s); i >= 0 && (best < 0 || i < best) {
				best, bl = i, len(s)
			}
		}
		if best < 0 {
			return append(out, text)
		}
		out = append(out, text[:best])
		text = text[best+bl:]
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
	type one struct {
		ref  varRef
		init exprFn
		typ  *Type
	}
	if s.Spread && len(s.Init) == 1 {
		init := c.expr(b, s.Init[0]).fn
		var refs []varRef
		for _, n := range s.Names {
			refs = append(refs, c.varRef(b, n.Key, n.P))
		}
		return func(f *frame) ctl {
			vals := init(f).TupleValues()
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
		switch {
		case len(s.Init) == len(s.Names):
			o.init = c.expr(b, s.Init[i]).fn
		case len(s.Init) == 1:
			o.init = c.expr(b, s.Init[0]).fn
		}
		ones = append(ones, o)
	}
	return func(f *frame) ctl {
		for _, o := range ones {
			var v Value
			if o.init != nil {
				v = o.init(f)
				if o.typ.Kind == KArray || o.typ.Kind == KAssoc {
					v = initContainer(f, o.typ, v, s.P)
				} else {
					v = c.convertChecked(f, v, o.typ, s.P)
				}
			} else {
				v = zeroRun(f.run, o.typ)
			}
			*o.ref.ref(f) = v
		}
		return ctlNone
	}
}

// initContainer builds an array or associative array from a literal.
func initContainer(f *frame, t *Type, v Value, pos Position) Value {
	if v.k == KArray || v.k == KAssoc {
		src := v
		if t.Kind == KArray && v.k == KArray {
			a := NewArray(t.Elem, 0)
			for _, e := range src.Array().Data {
				a.Append(e)
			}
			return ArrayValue(a)
		}
		if t.Kind == KAssoc && v.k == KArray {
			a := NewAssoc(t.Elem)
			for _, kv := range src.Array().Data {
				if p := kv.Array(); p != nil && len(p.Data) == 2 {
					*a.Slot(p.Data[0]) = convertLoose(p.Data[1], t.Elem)
				}
			}
			return AssocValue(a)
		}
		return copyValue(v)
	}
	if t.Kind == KArray && v.k != KNull {
		// A single value assigned to an array makes a one-element array
		// (MonMessage.Destinataire = "x" [fr:3032002]).
		a := NewArray(t.Elem, 0)
		a.Append(v.First())
		return ArrayValue(a)
	}
	return zeroRun(f.run, t)
}

// convertChecked converts for an assignment to a typed variable and
// checks entier ranges (DECISIONS 5).
func (c *compiler) convertChecked(f *frame, v Value, t *Type, pos Position) Value {
	if t.Kind == KStruct && v.k == KArray && t.Struct != nil {
		// p est un point3D = [0, 0, 50]: members in order.
		s := NewStruct(t.Struct)
		for i, e := range v.Array().Data {
			if i < len(s.Fields) {
				s.Fields[i] = convertLoose(e, t.Struct.Fields[i].Type)
			}
		}
		return StructValue(s)
	}
	if t.Kind == KString && v.k == KString {
		return v
	}
	if t.Kind == KBool && v.k == KString {
		f.run.raise(pos, 0, "Une chaîne ne peut pas être utilisée comme un booléen", "A string cannot be used as a boolean")
	}
	out := convertLoose(v, t)
	if assignOverflow(v, out, t) {
		f.run.raise(pos, 0, "Dépassement de capacité : la valeur "+v.Text()+" ne tient pas dans un "+t.Name, "Overflow: the value "+v.Text()+" does not fit in "+t.Name)
	}
	return out
}
