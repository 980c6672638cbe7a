package runtime

import "github.com/wlangage/wl/parser"

// The typed call path (issue 10). A call of a user procedure whose
// arguments are all computed values (no variable, element or member: no
// place that WinDev would pass by reference) is compiled for its arity:
// the arguments are evaluated into Go locals (entier expressions without
// building a Value), written straight into the callee's parameter slots,
// and an entier result is read from the callee's frame. Anything the
// general path handles specially (a variadic procedure, one that declares
// internal procedures, omitted or defaulted arguments, a multiple result
// spread over parameters, places) keeps the general path, callProc.

// fastCall is a call site compiled for the typed path.
type fastCall struct {
	code  *procCode
	site  *StackEntry
	ac    []argCode // the same arguments for the general path
	ints  []func(*frame) int64
	hops  int
	local bool // an internal procedure: up is found by hops
	// int0, when not nil, is the one entier argument for a parameter
	// declared entier.
	int0 func(*frame) int64
}

// declaresInner reports whether the procedure of pe declares internal
// procedures (compileBody's hasInner), which the typed path cannot call:
// their frames are not reused. It reads the declaration, so that it is
// known at call sites compiled before the procedure.
func declaresInner(pe *procEntry) bool {
	if pe.inner == 0 {
		pe.inner = 1
		parser.WalkStmts(pe.decl.Body, func(s parser.Stmt) bool {
			if _, ok := s.(*parser.ProcDecl); ok {
				pe.inner = 2
			}
			return pe.inner == 1
		})
		if pe.inner == 1 && hasLambda(pe.decl.Body) {
			pe.inner = 2 // a lambda keeps the frame too (lambda.go)
		}
	}
	return pe.inner == 2
}

// fastCallFor returns the typed call of pe with args, or nil when the
// general path is needed.
func (c *compiler) fastCallFor(b *procBuild, pe *procEntry, args []parser.Expr, pos Position) *fastCall {
	d := pe.decl
	if d.Variadic || len(args) != len(d.Params) || len(args) == 0 || len(args) > 2 || declaresInner(pe) {
		return nil
	}
	for _, a := range args {
		switch a := a.(type) {
		case *parser.Omitted, *parser.Index, *parser.Member:
			return nil
		case *parser.Ident:
			if vi := c.lookupVar(b, a.Key); vi == nil || !vi.isConst {
				return nil
			}
		}
	}
	fc := &fastCall{code: pe.code, site: &StackEntry{Proc: pe.code.name, Pos: pos, cost: c.stackCost()}, ac: make([]argCode, len(args)), ints: make([]func(*frame) int64, len(args))}
	for i, a := range args {
		var t *Type
		if d.Params[i].Type != nil {
			t = c.resolveType(d.Params[i].Type)
		}
		if isIntType(t) && c.isIntExpr(b, a) {
			fn := c.intCode(b, a)
			fc.ints[i] = fn
			fc.ac[i] = argCode{val: func(f *frame) Value { return Value{k: KInt, n: fn(f)} }}
			continue
		}
		fc.ac[i] = argCode{val: c.expr(b, a).fn}
	}
	if len(args) == 1 {
		fc.int0 = fc.ints[0]
	}
	if pe.owner != nil {
		fc.local, fc.hops = true, hops(b, pe.owner)
	}
	return fc
}

// up returns the frame the callee's static link points at.
func (fc *fastCall) up(f *frame) *frame {
	if !fc.local {
		return f.run.globals
	}
	up := f
	for i := 0; i < fc.hops; i++ {
		up = up.up
	}
	return up
}

// param converts an argument to its parameter's type, as callProc does
// for a value that is not a place.
func param(v Value, prm *paramCode) Value {
	if !prm.typ.Any && (v.k != prm.typ.Kind || v.k == KStruct || v.k == KArray) {
		return convertLoose(v, prm.typ)
	}
	return v
}

// frameFn returns the call: it evaluates the arguments (entier ones
// without a Value), pushes the callee's frame — every parameter in its
// own slot, since no argument of the typed path is a place, and only the
// other locals cleared — runs the body and pops, leaving the frame for
// the caller to read the result from (before any other call at this
// depth). One closure, for the calls and set-up it saves; intFn does the
// same for one entier argument.
func (fc *fastCall) frameFn() func(*frame) *frame {
	site, pc, two := fc.site, fc.code, len(fc.ac) == 2
	i0, v0 := fc.ints[0], fc.ac[0].val
	var i1 func(*frame) int64
	var v1 exprFn
	if two {
		i1, v1 = fc.ints[1], fc.ac[1].val
	}
	return func(f *frame) *frame {
		r := f.run
		if r.memPoll--; r.memPoll <= 0 || r.stop.Load() != 0 {
			r.slowTick(site.Pos)
		}
		var a0, a1 Value
		if i0 != nil {
			a0 = Value{k: KInt, n: i0(f)}
		} else {
			a0 = v0(f)
		}
		if two {
			if i1 != nil {
				a1 = Value{k: KInt, n: i1(f)}
			} else {
				a1 = v1(f)
			}
		}
		nf := r.pushTyped(site, pc, pc.nparams)
		nf.locals[0] = param(a0, &pc.params[0])
		if two {
			nf.locals[1] = param(a1, &pc.params[1])
		}
		r.runTyped(nf, fc.upOf(f, r), pc, site)
		return nf
	}
}

// pushTyped enters a typed call with callProc's limits: the call stack
// and the callee's frame, indexed by the depth after the push as in
// frameFor, its locals from first on cleared (the parameters before
// first are the caller's to write).
func (r *Run) pushTyped(site *StackEntry, pc *procCode, first int) *frame {
	if r.depth >= r.maxDepth || r.stackUse+site.cost > r.maxUse {
		r.tooDeep(site.Pos)
	}
	r.depth++
	r.stackUse += site.cost
	r.calls = append(r.calls, site)
	var nf *frame
	if d := r.depth; d < len(r.stack.frames) {
		nf = r.stack.frames[d]
	} else {
		nf = r.stack.at(d)
	}
	if cap(nf.locals) < pc.nlocals {
		nf.locals = make([]Value, pc.nlocals)
	} else {
		nf.locals = nf.locals[:pc.nlocals]
		clear(nf.locals[first:])
	}
	return nf
}

// upOf is the frame the callee's free names resolve in: the globals, or
// the enclosing procedure's frame for an internal procedure.
func (fc *fastCall) upOf(f *frame, r *Run) *frame {
	if fc.local {
		return fc.up(f)
	}
	return r.globals
}

// runTyped runs the body in the frame pushTyped gave, then pops it; the
// frame stays for the caller to read the result from.
func (r *Run) runTyped(nf, up *frame, pc *procCode, site *StackEntry) {
	nf.byRef = false
	// Stores of pointers cost a write-barrier check each: the frame of a
	// recursion already holds most of them.
	if nf.up != up {
		nf.up = up
	}
	if nf.run != r {
		nf.run = r
	}
	if nf.proc != pc {
		nf.proc = pc
	}
	if nf.pendingErr != nil {
		nf.pendingErr = nil
	}
	if nf.args != nil {
		nf.args = nil
	}
	nf.ret, nf.levels = Null, 0
	pc.body(nf)
	if nf.pendingErr != nil {
		r.setError(nf.pendingErr)
	}
	r.calls = r.calls[:len(r.calls)-1]
	r.depth--
	r.stackUse -= site.cost
}

// valueFn returns the call as a Value.
func (fc *fastCall) valueFn() exprFn {
	call := fc.frameFn()
	return func(f *frame) Value { return call(f).ret }
}

// intFn returns the call of a procedure declared `: entier`, its result
// read without copying a Value. With one entier argument for an entier
// parameter (a recursion's fib(n - 1)), frameFn's steps and the result's
// read are one closure.
func (fc *fastCall) intFn() func(*frame) int64 {
	arg := fc.int0
	if arg == nil {
		call := fc.frameFn()
		return func(f *frame) int64 { return call(f).ret.n }
	}
	site, pc := fc.site, fc.code
	return func(f *frame) int64 {
		r := f.run
		if r.memPoll--; r.memPoll <= 0 || r.stop.Load() != 0 {
			r.slowTick(site.Pos)
		}
		x := arg(f)
		nf := r.pushTyped(site, pc, 1)
		nf.locals[0] = Value{k: KInt, n: x}
		r.runTyped(nf, fc.upOf(f, r), pc, site)
		return nf.ret.n
	}
}
