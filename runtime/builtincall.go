package runtime

import "github.com/wlangage/wl/parser"

// Calls of built-in functions: arguments on the run's stacks, one reused
// Call context per nesting level.

// callBuiltin compiles a call of a built-in function.
func (c *compiler) callBuiltin(b *procBuild, fn *Func, name string, args []parser.Expr, pos Position) compiled {
	if len(args) < fn.Min || (fn.Max >= 0 && len(args) > fn.Max) {
		c.errorf(pos, codeArgCount, "Nombre de paramètres incorrect pour « "+name+" »", "Wrong number of parameters for '"+name+"'")
	}
	ac := c.args(b, args)
	wantRefs := false
	for _, a := range ac {
		if a.ref != nil {
			wantRefs = true
		}
	}
	if len(ac) == 2 && !ac[0].omitted && !ac[1].omitted {
		return compiled{c.callBuiltin2(fn, name, pos, ac[0], ac[1]), TypeVariant}
	}
	return compiled{func(f *frame) Value {
		// The arguments go on the run's argument stack (and the places on
		// its reference stack): no allocation per call. A nested call
		// while evaluating them pushes above and pops back to where it
		// started; a builtin sees a slice capped at its own arguments.
		r := f.run
		base := len(r.argStack)
		var omitted []bool
		for i, a := range ac {
			r.argStack = append(r.argStack, a.val(f))
			if a.omitted {
				if omitted == nil {
					omitted = make([]bool, len(ac))
				}
				omitted[i] = true
			}
		}
		top := len(r.argStack)
		var refs []*Value
		rbase := len(r.refStack)
		if wantRefs {
			for _, a := range ac {
				var p *Value
				if a.ref != nil {
					p = a.ref(f)
				}
				r.refStack = append(r.refStack, p)
			}
			refs = r.refStack[rbase:len(r.refStack):len(r.refStack)]
		}
		v := invokeBuiltin(f, fn, name, pos, r.argStack[base:top:top], omitted, refs)
		// An exception thrown through here leaves the stacks as they are:
		// the handler that catches it cuts them back (protect).
		r.dropArgs(base, top)
		if wantRefs {
			r.dropRefs(rbase)
		}
		return v
	}, TypeVariant}
}

// callBuiltin2 is callBuiltin's closure for two arguments, neither
// omitted (Ajoute(t, v), Position(s, x)...): the same stacks, in the same
// order, without the loops.
func (c *compiler) callBuiltin2(fn *Func, name string, pos Position, a0, a1 argCode) exprFn {
	wantRefs := a0.ref != nil || a1.ref != nil
	if fast := fn.Fast2; fast != nil {
		// Both arguments evaluated first, as below; the general path
		// takes them from there when fast declines. The closure keeps
		// what it reads in its own variables: a small frame.
		val0, val1, readsError := a0.val, a1.val, fn.ReadsError
		return func(f *frame) Value {
			v0, v1 := val0(f), val1(f)
			if v, ok := fast(v0, v1); ok {
				if !readsError {
					f.run.errDetected = false
				}
				setPos(f, pos)
				return v
			}
			return declined2(f, fn, name, pos, a0, a1, wantRefs, v0, v1)
		}
	}
	return func(f *frame) Value {
		r := f.run
		base := len(r.argStack)
		r.argStack = append(r.argStack, a0.val(f))
		r.argStack = append(r.argStack, a1.val(f))
		return invokeBuiltin2(f, fn, name, pos, a0, a1, wantRefs, base)
	}
}

// declined2 calls fn the general way with v0 and v1, the arguments its
// Fast2 declined.
func declined2(f *frame, fn *Func, name string, pos Position, a0, a1 argCode, wantRefs bool, v0, v1 Value) Value {
	r := f.run
	base := len(r.argStack)
	r.argStack = append(r.argStack, v0, v1)
	return invokeBuiltin2(f, fn, name, pos, a0, a1, wantRefs, base)
}

// invokeBuiltin2 calls fn with the two arguments on the run's argument
// stack from base (and their places when one is a place), then pops them.
func invokeBuiltin2(f *frame, fn *Func, name string, pos Position, a0, a1 argCode, wantRefs bool, base int) Value {
	r := f.run
	top := len(r.argStack)
	if !wantRefs {
		v := invokeBuiltin(f, fn, name, pos, r.argStack[base:top:top], nil, nil)
		r.dropArgs(base, top)
		return v
	}
	rbase := len(r.refStack)
	var p0, p1 *Value
	if a0.ref != nil {
		p0 = a0.ref(f)
	}
	if a1.ref != nil {
		p1 = a1.ref(f)
	}
	r.refStack = append(r.refStack, p0, p1)
	n := len(r.refStack)
	v := invokeBuiltin(f, fn, name, pos, r.argStack[base:top:top], nil, r.refStack[rbase:n:n])
	r.dropArgs(base, top)
	r.dropRefs(rbase)
	return v
}

// invokeBuiltin calls a built-in with the WLangage error conventions.
func invokeBuiltin(f *frame, fn *Func, name string, pos Position, vals []Value, omitted []bool, refs []*Value) Value {
	r := f.run
	if len(vals) == 1 && vals[0].k == KTuple {
		vals = vals[0].TupleValues()
		omitted, refs = nil, nil
	}
	if len(vals) < fn.Min || (fn.Max >= 0 && len(vals) > fn.Max) {
		r.raise(pos, 0, "Nombre de paramètres incorrect pour « "+name+" »", "Wrong number of parameters for '"+name+"'")
	}
	// Every built-in call resets ErreurDétectée, except the ones that read
	// the error state (DECISIONS 9f).
	if !fn.ReadsError {
		r.errDetected = false
	}
	// A Call context per nesting level, reused from one call to the next
	// (a built-in must not keep its *Call after it returns).
	if r.ncall == len(r.callPool) {
		r.callPool = append(r.callPool, new(Call))
	}
	// Its fields are set one by one and not cleared after the call: a
	// whole-struct copy costs a bulk write barrier while the collector
	// runs, and what a stale Call keeps (the run, static names, slices
	// of the run's stacks) is alive anyway.
	call := r.callPool[r.ncall]
	call.Run, call.Name, call.Pos, call.Omitted, call.Refs = r, name, pos, omitted, refs
	r.ncall++
	setPos(f, pos)
	v, err := fn.Fn(call, vals)
	r.ncall--
	if err != nil {
		if e, ok := err.(*Error); ok {
			if e.Pos.Line == 0 {
				e.Pos = pos
			}
			e.Stack = r.stackTrace(pos)
			panic(&throw{err: e})
		}
		r.raise(pos, 0, err.Error(), err.Error())
	}
	return v
}

// dropArgs pops the arguments [base, top) of a built-in call, clearing
// them for the collector: element by element, cheaper than clear's
// bulk path for the one or two values of a call.
func (r *Run) dropArgs(base, top int) {
	for i := base; i < top; i++ {
		r.argStack[i] = Value{}
	}
	r.argStack = r.argStack[:base]
}

// dropRefs pops the places of a built-in call from base.
func (r *Run) dropRefs(base int) {
	for i := base; i < len(r.refStack); i++ {
		r.refStack[i] = nil
	}
	r.refStack = r.refStack[:base]
}

// setPos records pos as the position f is running, writing it only when
// it changed (a loop calls from the same place again and again).
func setPos(f *frame, pos Position) {
	if f.pos.Line != pos.Line || f.pos.Col != pos.Col || f.pos.Offset != pos.Offset || f.pos.File != pos.File {
		f.pos = pos
	}
}
