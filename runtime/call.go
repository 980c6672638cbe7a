package runtime

import (
	"github.com/wlangage/wl/parser"
)

func (c *compiler) member(b *procBuild, e *parser.Member) compiled {
	if cm, ok := c.assocKeyProp(b, e); ok {
		return cm
	}
	if cm, ok := c.objMember(b, e); ok {
		return cm
	}
	if cm, ok := c.dynProp(b, e); ok {
		return cm
	}
	return c.memberOf(b, e, c.takeBase(b, e.X))
}

// dynProp compiles v.m..Existe and v.m..Valeur when v is a Variant
// (doc 1514019): whether the named sub-element m exists, creating
// nothing, and its value, Null when absent. A member that is itself
// named Existe or Valeur is read as such.
func (c *compiler) dynProp(b *procBuild, e *parser.Member) (compiled, bool) {
	exist := false
	switch e.Name.Key {
	case "EXISTE", "EXIST":
		exist = true
	case "VALEUR", "VALUE":
	default:
		return compiled{}, false
	}
	in, ok := e.X.(*parser.Member)
	if !ok {
		return compiled{}, false
	}
	ob := c.expr(b, in.X)
	if ob.typ != nil && !(ob.typ.Any && ob.typ.Kind == KNull) {
		return compiled{}, false
	}
	of, inName, name := ob.fn, c.spell(in.Name), c.spell(e.Name)
	inKey, inPos, key, pos := in.Name.Key, in.P, e.Name.Key, e.P
	// general reads in.m then its member e.m from o, the value of in.X
	// already computed (in.X is evaluated once).
	general := func(f *frame, o Value) Value {
		return memberAny(f, memberAny(f, o, inKey, inName, inPos), key, name, pos)
	}
	return compiled{func(f *frame) Value {
		o := of(f)
		a := variantObject(o)
		if o.k != KNull && a == nil {
			return general(f, o)
		}
		var m Value
		if a != nil {
			m, _ = a.Get(Str(inName))
		}
		if x := variantObject(m); x != nil && x.Has(Str(name)) {
			return general(f, o)
		}
		if exist {
			return Bool(a != nil && a.Has(Str(inName)))
		}
		return m
	}, TypeVariant}, true
}

// isExiste reports whether e is T[k]..Existe, T[k]..Vide or
// T[k]..Occurrence (assocKeyProp): a value, not a place.
func isExiste(e *parser.Member) bool {
	switch e.Name.Key {
	case "EXISTE", "EXIST", "VIDE", "EMPTY", "OCCURRENCE", "COUNT":
	default:
		return false
	}
	ix, ok := e.X.(*parser.Index)
	return ok && len(ix.Idx) == 1
}

// memberOf compiles x.m (a structure member, a property, or a method
// called without parentheses such as x.FermeSession) once x is compiled.
func (c *compiler) memberOf(b *procBuild, e *parser.Member, base compiled) compiled {
	bf := base.fn
	key, name, pos := e.Name.Key, c.spell(e.Name), e.P
	st, hinted := base.typ.Struct, false
	if st == nil {
		st = c.structHint(b, e.X)
		hinted = st != nil
	}
	if st != nil {
		if i := st.FieldIndex(key); i >= 0 {
			// The member's index is known: one pointer comparison checks
			// the structure's type. A hinted Variant may hold anything
			// else: its type stays Variant and the general path reads it.
			ft := st.Fields[i].Type
			slow := func(f *frame, v Value) Value { return memberValue(f, v, key, name, pos) }
			if hinted {
				ft = TypeVariant
				slow = func(f *frame, v Value) Value { return memberAny(f, v, key, name, pos) }
			}
			if slot := c.localSlot(b, e.X); slot >= 0 {
				return compiled{func(f *frame) Value {
					if s := f.locals[slot].Struct(); s != nil && s.Type == st {
						return s.Fields[i]
					}
					return slow(f, bf(f))
				}, ft}
			}
			return compiled{func(f *frame) Value {
				v := bf(f)
				if s := v.Struct(); s != nil && s.Type == st {
					return s.Fields[i]
				}
				return slow(f, v)
			}, ft}
		}
	}
	return compiled{func(f *frame) Value { return memberAny(f, bf(f), key, name, pos) }, TypeVariant}
}

// memberAny reads member key of a value whose type is not known when
// compiling: a structure's field, a method called without parentheses,
// or a property.
func memberAny(f *frame, v Value, key, name string, pos Position) Value {
	if s := v.Struct(); s != nil {
		if i := s.Type.FieldIndex(key); i >= 0 {
			return s.Fields[i]
		}
		if m := s.Type.Method(key); m != nil {
			return invokeBuiltin(f, m, name, pos, []Value{v}, nil, nil)
		}
	}
	return memberValue(f, v, key, name, pos)
}

// structHint returns the structure type that the Variant named by x holds
// while it is the variable of a POUR TOUT over an array of structures
// (forEach sets it), else nil. It only spares a field lookup by name: the
// type is checked at every read.
func (c *compiler) structHint(b *procBuild, x parser.Expr) *StructType {
	id, ok := x.(*parser.Ident)
	if !ok {
		return nil
	}
	if vi := c.lookupVar(b, id.Key); vi != nil && !vi.isConst {
		return vi.hint
	}
	return nil
}

// argCode is a compiled call argument.
type argCode struct {
	val     exprFn
	ref     func(*frame) *Value // non-nil when the argument is a place
	omitted bool
}

func (c *compiler) args(b *procBuild, args []parser.Expr) []argCode {
	out := make([]argCode, len(args))
	for i, a := range args {
		switch a := a.(type) {
		case *parser.Omitted:
			out[i] = argCode{val: func(*frame) Value { return Null }, omitted: true}
		case *parser.Ident:
			if vi := c.lookupVar(b, a.Key); vi != nil && !vi.isConst {
				lv := c.lvalue(b, a)
				if slot := c.localSlot(b, a); slot >= 0 {
					out[i] = argCode{val: func(f *frame) Value { return f.locals[slot] }, ref: lv.ref}
					continue
				}
				out[i] = argCode{val: func(f *frame) Value { return *lv.ref(f) }, ref: lv.ref}
				continue
			}
			out[i] = argCode{val: c.expr(b, a).fn}
		case *parser.Index, *parser.Member:
			p := c.place(b, a)
			out[i] = argCode{val: p.read, ref: p.ref}
		default:
			out[i] = argCode{val: c.expr(b, a).fn}
		}
	}
	return out
}

func (c *compiler) call(b *procBuild, e *parser.Call) compiled {
	pos := e.P
	switch fun := e.Fun.(type) {
	case *parser.Ident:
		key := fun.Key
		name := c.spell(fun.Name)
		if vi := c.lookupVar(b, key); vi != nil && !vi.isConst {
			// A Procédure value held in a variable.
			x := c.expr(b, fun).fn
			args := c.args(b, e.Args)
			cost := c.stackCost()
			return compiled{func(f *frame) Value {
				p := x(f).Proc()
				if p == nil {
					f.run.raise(pos, 0, "« "+name+" » n'est pas une procédure", "'"+name+"' is not a procedure")
				}
				return callProc(f, p.code, p.frame(f), args, &StackEntry{Proc: p.code.name, Pos: pos, cost: cost})
			}, TypeVariant}
		}
		if cm, ok := c.classCall(b, fun, e.Args, pos); ok {
			return cm
		}
		if pe := c.lookupProc(b, key); pe != nil {
			return c.callUser(b, pe, e.Args, pos)
		}
		if sp := c.special(b, key, e.Args, pos); sp != nil {
			return *sp
		}
		if fn := c.eng.reg.LookupFunc(key); fn != nil {
			return c.callBuiltin(b, fn, name, e.Args, pos)
		}
		if g := c.eng.reg.LookupGlobal(key); g != nil && g.Callable && len(e.Args) == 0 {
			return c.expr(b, fun)
		}
		if np, ok := c.notProvided(b, key, name, e.Args, fun.P); ok {
			return np
		}
		c.errorf(fun.P, 301, "Identificateur inconnu « "+name+" »", "Unknown identifier '"+name+"'")
		return compiled{func(*frame) Value { return Null }, TypeVariant}
	case *parser.Member:
		return c.methodCall(b, fun, e.Args, pos)
	}
	x := c.expr(b, e.Fun).fn
	args := c.args(b, e.Args)
	cost := c.stackCost()
	return compiled{func(f *frame) Value {
		p := x(f).Proc()
		if p == nil {
			f.run.raise(pos, 0, "Appel d'une valeur qui n'est pas une procédure", "Call of a value that is not a procedure")
		}
		return callProc(f, p.code, p.frame(f), args, &StackEntry{Proc: p.code.name, Pos: pos, cost: cost})
	}, TypeVariant}
}

// methodCall compiles recv.Name(args): a method of a built-in type, or
// the prefixed syntax of a built-in function (`s.Remplace(a, b)` is
// `Remplace(s, a, b)`, SPEC §7).
func (c *compiler) methodCall(b *procBuild, m *parser.Member, args []parser.Expr, pos Position) compiled {
	if cm, ok := c.objMethodCall(b, m, args, pos); ok {
		return cm
	}
	if pe := c.globals[m.Name.Key]; pe != nil && pe.decl.Extension {
		// s.P(b) calls the procedure d'extension P(s, b) (doc 1514086).
		return c.callUser(b, pe, append([]parser.Expr{m.X}, args...), pos)
	}
	key, name := m.Name.Key, c.spell(m.Name)
	var rf exprFn
	var recvRef func(*frame) *Value
	switch m.X.(type) {
	case *parser.Ident, *parser.Index, *parser.Member:
		p := c.place(b, m.X)
		rf, recvRef = p.read, p.ref
	default:
		rf = c.expr(b, m.X).fn
	}
	ac := c.args(b, args)
	prefixed := c.eng.reg.LookupFunc(key)
	return compiled{func(f *frame) Value {
		v := rf(f)
		if s := v.Struct(); s != nil {
			if fn := s.Type.Method(key); fn != nil {
				vals, omitted := evalArgsWith(f, v, ac)
				return invokeBuiltin(f, fn, name, pos, vals, omitted, nil)
			}
		}
		if prefixed != nil {
			// On the run's stacks as in callBuiltin: the receiver first,
			// then the arguments; only the receiver is passed as a place.
			r := f.run
			base := len(r.argStack)
			r.argStack = append(r.argStack, v)
			var omitted []bool
			for i, a := range ac {
				r.argStack = append(r.argStack, a.val(f))
				if a.omitted {
					if omitted == nil {
						omitted = make([]bool, len(ac)+1)
					}
					omitted[i+1] = true
				}
			}
			top := len(r.argStack)
			var recv *Value
			if recvRef != nil {
				recv = recvRef(f)
			}
			rbase := len(r.refStack)
			r.refStack = append(r.refStack, recv)
			for range ac {
				r.refStack = append(r.refStack, nil)
			}
			rtop := len(r.refStack)
			res := invokeBuiltin(f, prefixed, name, pos, r.argStack[base:top:top], omitted, r.refStack[rbase:rtop:rtop])
			r.dropArgs(base, top)
			r.dropRefs(rbase)
			return res
		}
		f.run.raise(pos, 0, "Méthode inconnue « "+name+" » pour une valeur de type "+typeName(v), "Unknown method '"+name+"' for a value of type "+typeName(v))
		return Null
	}, TypeVariant}
}

// evalArgsWith evaluates the arguments of a method call into one slice
// whose first element is the receiver.
func evalArgsWith(f *frame, recv Value, ac []argCode) ([]Value, []bool) {
	vals := make([]Value, len(ac)+1)
	vals[0] = recv
	var omitted []bool
	for i, a := range ac {
		vals[i+1] = a.val(f)
		if a.omitted {
			if omitted == nil {
				omitted = make([]bool, len(ac)+1)
			}
			omitted[i+1] = true
		}
	}
	return vals, omitted
}

// special compiles the functions that act on control flow.
// They are the built-ins marked with a Control in their registration.
func (c *compiler) special(b *procBuild, key string, args []parser.Expr, pos Position) *compiled {
	fn := c.eng.reg.LookupFunc(key)
	if fn == nil {
		return nil
	}
	switch fn.Control {
	case CtlEndProgram:
		return &compiled{func(*frame) Value { panic(endProgram{}) }, TypeVariant}
	case CtlExceptionThrow, CtlErrorThrow:
		if len(args) < 1 || len(args) > 2 {
			c.errorf(pos, codeArgCount, "Nombre de paramètres incorrect", "Wrong number of parameters")
			return &compiled{func(*frame) Value { return Null }, TypeVariant}
		}
		code := c.expr(b, args[0]).fn
		var msg exprFn
		if len(args) == 2 {
			msg = c.expr(b, args[1]).fn
		}
		exception := fn.Control == CtlExceptionThrow
		return &compiled{func(f *frame) Value {
			n := int(code(f).ToInt())
			m := ""
			if msg != nil {
				m = msg(f).Text()
			}
			if exception {
				e := &Error{Kind: ErrException, Pos: pos, Code: n, FR: m, EN: m, Lang: f.run.Lang, Stack: f.run.stackTrace(pos)}
				panic(&throw{err: e})
			}
			info := &ErrInfo{Code: n, FR: m, EN: m, Func: "ErreurDéclenche", Pos: pos}
			if f.proc != nil && f != f.run.globals {
				f.pendingErr = info
			} else {
				f.run.setError(info)
			}
			return Null
		}, TypeVariant}
	case CtlExceptionEnable:
		// Re-arms the general QUAND EXCEPTION handler that is running.
		return &compiled{func(f *frame) Value { f.run.rearm = true; return Null }, TypeVariant}
	}
	return nil
}

func (c *compiler) callUser(b *procBuild, pe *procEntry, args []parser.Expr, pos Position) compiled {
	if pe.syntaxes != nil {
		return c.callOverloaded(b, pe, args, pos)
	}
	c.enumArgs(b, pe.decl, args)
	nparams := len(pe.decl.Params)
	if len(args) > nparams && !pe.decl.Variadic {
		c.errorf(pos, codeArgCount, "Trop de paramètres pour « "+c.spell(pe.decl.Name)+" »", "Too many parameters for '"+c.spell(pe.decl.Name)+"'")
	}
	_, single := singleCall(args)
	for i := len(args); i < nparams && !single; i++ {
		if pe.decl.Params[i].Default == nil {
			c.errorf(pos, codeArgCount, "Paramètre « "+c.spell(pe.decl.Params[i].Name)+" » manquant dans l'appel de « "+c.spell(pe.decl.Name)+" »",
				"Parameter '"+c.spell(pe.decl.Params[i].Name)+"' missing in the call of '"+c.spell(pe.decl.Name)+"'")
			break
		}
	}
	var t *Type = TypeVariant
	if len(pe.decl.Results) == 1 {
		t = c.resolveType(pe.decl.Results[0])
	}
	if fc := c.fastCallFor(b, pe, args, pos); fc != nil {
		return compiled{fc.valueFn(), t}
	}
	ac := c.args(b, args)
	code := pe.code
	if pe.owner == nil {
		site := &StackEntry{Proc: code.name, Pos: pos, cost: c.stackCost()}
		return compiled{func(f *frame) Value { return callProc(f, code, f.run.globals, ac, site) }, t}
	}
	h := hops(b, pe.owner)
	site := &StackEntry{Proc: code.name, Pos: pos, cost: c.stackCost()}
	return compiled{func(f *frame) Value {
		up := f
		for i := 0; i < h; i++ {
			up = up.up
		}
		return callProc(f, code, up, ac, site)
	}, t}
}

// The call-depth limit counts what really uses the Go stack: a call
// compiled n levels deep in statements and expressions (RENVOYER
// Abs(Abs(…P(n - 1)…))) holds about n closures on the Go stack beneath
// the callee, so it costs n units. A run may hold MaxDepth calls and
// MaxDepth × stackUnitsPerCall units, whichever comes first: ordinary
// recursion reaches the call count, deeply nested recursion the units,
// both well before the Go stack (1 GB) runs out.
const (
	stackUnitsPerCall = 8
	builtinCallCost   = 8 // a procedure called back by a built-in (TableauTrie)
)

// stackCost is the cost of a call compiled at the current nesting.
func (c *compiler) stackCost() int { return c.depth + 1 }

// callProc calls a user procedure: arguments that are places are passed
// by reference unless the parameter is LOCAL or typed differently.
func callProc(f *frame, code *procCode, up *frame, ac []argCode, site *StackEntry) Value {
	r := f.run
	pos := site.Pos
	r.tick(pos)
	var vbuf [6]Value
	var rbuf [6]*Value
	var vals []Value
	var refs []*Value
	if n := len(ac); n <= len(vbuf) {
		vals, refs = vbuf[:n], rbuf[:n]
	} else {
		vals, refs = make([]Value, n), make([]*Value, n)
	}
	for i := range ac {
		// By index: an argCode is four words.
		if a := &ac[i]; a.ref != nil {
			p := a.ref(f)
			refs[i], vals[i] = p, *p
		} else {
			vals[i] = a.val(f)
		}
	}
	// g(f()): the values of a multiple RENVOYER fill g's parameters.
	if len(vals) == 1 && vals[0].k == KTuple && len(code.params) > 1 {
		vals = vals[0].TupleValues()
		refs = make([]*Value, len(vals))
		spread := make([]argCode, len(vals))
		ac = spread
	}
	if r.depth >= r.maxDepth || r.stackUse+site.cost > r.maxUse {
		r.tooDeep(pos)
	}
	r.depth++
	r.stackUse += site.cost
	r.calls = append(r.calls, site)
	nf := r.frameFor(code, up)
	// Every parameter reads its own slot until an argument passed by
	// reference replaces it: a default value may read a parameter, through
	// refs while they are set up. The frame keeps reading through refs
	// only when one is bound to a place of the caller.
	for i := range nf.refs {
		nf.refs[i] = &nf.locals[i]
	}
	nf.byRef = true
	bound := false
	for i := range code.params {
		prm := &code.params[i]
		if i < len(vals) && !ac[i].omitted {
			p := refs[i]
			if p != nil && !prm.local && (prm.typ.Any || prm.typ.Kind == p.k) {
				nf.refs[i] = p
				bound = true
				continue
			}
			v := vals[i]
			if !prm.typ.Any {
				if v.k != prm.typ.Kind || v.k == KStruct || v.k == KArray {
					v = convertLoose(v, prm.typ)
				}
			} else if p != nil {
				v = copyValue(v)
			}
			nf.locals[i] = v
		} else if prm.hasDef {
			nf.locals[i] = convertLoose(prm.def(nf), prm.typ)
		} else {
			nf.locals[i] = zeroRun(r, prm.typ)
		}
		nf.refs[i] = &nf.locals[i]
	}
	nf.byRef = bound
	if code.variadic {
		nf.args = append([]Value(nil), vals...)
	}
	code.body(nf)
	ret := nf.ret
	if nf.pendingErr != nil {
		r.setError(nf.pendingErr)
	}
	r.calls = r.calls[:len(r.calls)-1]
	r.depth--
	r.stackUse -= site.cost
	return ret
}

// stackTrace returns the WLangage call stack, innermost first.
func (r *Run) stackTrace(pos Position) []StackEntry {
	out := make([]StackEntry, 0, len(r.calls)+1)
	for i := len(r.calls) - 1; i >= 0; i-- {
		out = append(out, *r.calls[i])
	}
	return out
}

func (c *compiler) exprStmt(b *procBuild, s *parser.ExprStmt) stmtFn {
	switch x := s.X.(type) {
	case *parser.Member:
		// A method called without parentheses.
		call := c.methodCall(b, x, nil, x.P)
		return func(f *frame) ctl { call.fn(f); return ctlNone }
	case *parser.Ident:
		if c.lookupVar(b, x.Key) == nil {
			if pe := c.lookupProc(b, x.Key); pe != nil {
				call := c.callUser(b, pe, nil, x.P)
				return func(f *frame) ctl { call.fn(f); return ctlNone }
			}
			if sp := c.special(b, x.Key, nil, x.P); sp != nil {
				return func(f *frame) ctl { sp.fn(f); return ctlNone }
			}
		}
	}
	e := c.expr(b, s.X).fn
	return func(f *frame) ctl { e(f); return ctlNone }
}

// singleCall reports whether args is one call, whose several results may
// fill several parameters.
func singleCall(args []parser.Expr) (*parser.Call, bool) {
	if len(args) == 1 {
		if c, ok := args[0].(*parser.Call); ok {
			return c, true
		}
	}
	return nil, false
}

// CallProc calls a procedure value from a built-in (TableauTrie with
// ttFonction), passing args by value; an exception it raises propagates
// to the script as if the built-in had raised it.
func (r *Run) CallProc(p *Proc, pos Position, args ...Value) Value {
	ac := make([]argCode, len(args))
	for i := range args {
		v := args[i]
		ac[i] = argCode{val: func(*frame) Value { return v }}
	}
	up := p.up
	if up == nil {
		up = r.globals
	}
	return callProc(&frame{run: r}, p.code, up, ac, &StackEntry{Proc: p.code.name, Pos: pos, cost: builtinCallCost})
}
