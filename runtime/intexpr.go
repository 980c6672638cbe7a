package runtime

import (
	"math"

	"github.com/wlangage/wl/parser"
)

// intExpr compiles e to a closure returning an int64 when e is statically
// an entier: literals, entier variables and parameters, + - * % of such, and
// calls of procedures declared `: entier`. It returns nil otherwise. This
// path avoids building a Value at every step of integer code (loops,
// recursion); an overflow of 64 bits raises an error instead of turning
// into a real.
func (c *compiler) intExpr(b *procBuild, e parser.Expr) func(*frame) int64 {
	// Deciding first, without compiling, keeps every sub-expression
	// compiled once (and each of its errors reported once) whether or not
	// the integer path applies.
	if !c.isIntExpr(b, e) {
		return nil
	}
	return c.intCode(b, e)
}

// isIntExpr reports whether intExpr applies to e; it compiles nothing.
func (c *compiler) isIntExpr(b *procBuild, e parser.Expr) bool {
	for {
		p, ok := e.(*parser.Paren)
		if !ok {
			break
		}
		e = p.X
	}
	switch e := e.(type) {
	case *parser.IntLit:
		return true
	case *parser.Ident:
		vi := c.lookupVar(b, e.Key)
		return vi != nil && !vi.isConst && isIntType(vi.typ)
	case *parser.Binary:
		return (e.Op == "+" || e.Op == "-" || e.Op == "*" || e.Op == "%") && c.isIntExpr(b, e.L) && c.isIntExpr(b, e.R)
	case *parser.Call:
		id, ok := e.Fun.(*parser.Ident)
		if !ok || c.lookupVar(b, id.Key) != nil {
			return false
		}
		pe := c.lookupProc(b, id.Key)
		return pe != nil && len(pe.decl.Results) == 1 && isIntType(c.resolveType(pe.decl.Results[0]))
	}
	return false
}

// intCode compiles an expression isIntExpr accepted.
func (c *compiler) intCode(b *procBuild, e parser.Expr) func(*frame) int64 {
	switch e := e.(type) {
	case *parser.IntLit:
		v := e.Value
		return func(*frame) int64 { return v }
	case *parser.Paren:
		return c.intCode(b, e.X)
	case *parser.Ident:
		vr := c.varRef(b, e.Key, e.P)
		switch {
		case vr.local >= 0:
			slot := vr.local
			return func(f *frame) int64 { return f.locals[slot].n }
		case vr.param && vr.hops == 0:
			slot := vr.slot
			return func(f *frame) int64 { return f.paramInt(slot) }
		}
		return func(f *frame) int64 { return vr.ref(f).n }
	case *parser.Binary:
		if fn := c.intConstOp(b, e); fn != nil {
			return fn
		}
		l, r := c.intCode(b, e.L), c.intCode(b, e.R)
		pos := e.P
		switch e.Op {
		case "+":
			return func(f *frame) int64 {
				x, y := l(f), r(f)
				s := x + y
				if (s > x) != (y > 0) {
					intOverflow(f, pos)
				}
				return s
			}
		case "-":
			return func(f *frame) int64 {
				x, y := l(f), r(f)
				s := x - y
				if (s < x) != (y > 0) {
					intOverflow(f, pos)
				}
				return s
			}
		case "%":
			// The remainder of two entiers is an entier, with the sign of
			// the dividend, as arith computes it.
			return func(f *frame) int64 {
				x, y := l(f), r(f)
				if y == 0 {
					f.run.raiseOp(pos, errDivZero)
				}
				if y == -1 {
					return 0 // MinInt64 % -1 without a hardware trap
				}
				return x % y
			}
		default:
			return func(f *frame) int64 {
				x, y := l(f), r(f)
				if x == 0 || y == 0 {
					return 0
				}
				s := x * y
				if s/y != x {
					intOverflow(f, pos)
				}
				return s
			}
		}
	case *parser.Call:
		pe := c.lookupProc(b, e.Fun.(*parser.Ident).Key)
		if fc := c.fastCallFor(b, pe, e.Args, e.P); fc != nil {
			return fc.intFn()
		}
		call := c.callUser(b, pe, e.Args, e.P).fn
		return func(f *frame) int64 { return call(f).n }
	}
	return nil
}

func intOverflow(f *frame, pos Position) {
	f.run.raise(pos, 0, "Dépassement de capacité d'un entier sur 8 octets", "Overflow of an 8-byte integer")
}

// Operands read without a closure call (leaves of integer code).
const (
	leafNone  = iota
	leafLocal // f.locals[slot]
	leafParam // f.paramInt(slot), a parameter of this frame
)

// intLeaf returns how intCode would read e when it is an entier variable
// of the current frame, with its slot.
func (c *compiler) intLeaf(b *procBuild, e parser.Expr) (kind, slot int) {
	for {
		p, ok := e.(*parser.Paren)
		if !ok {
			break
		}
		e = p.X
	}
	id, ok := e.(*parser.Ident)
	if !ok {
		return leafNone, 0
	}
	vr := c.varRef(b, id.Key, id.P)
	switch {
	case vr.local >= 0:
		return leafLocal, vr.local
	case vr.param && vr.hops == 0:
		return leafParam, vr.slot
	}
	return leafNone, 0
}

// intConst returns the value of e when it is an entier literal.
func intConst(e parser.Expr) (int64, bool) {
	for {
		p, ok := e.(*parser.Paren)
		if !ok {
			break
		}
		e = p.X
	}
	if l, ok := e.(*parser.IntLit); ok {
		return l.Value, true
	}
	return 0, false
}

// intConstOp compiles x + k and x - k, k an entier literal, in one
// closure (the literal is not called, and x is read in place when it is
// a variable of the frame): the steps of counters and recursions
// (n - 1). It returns nil for other expressions.
func (c *compiler) intConstOp(b *procBuild, e *parser.Binary) func(*frame) int64 {
	k, ok := intConst(e.R)
	if !ok || (e.Op != "+" && e.Op != "-") {
		return nil
	}
	if e.Op == "-" {
		if k == math.MinInt64 {
			return nil // -k overflows: the general path reports it
		}
		k = -k
	}
	// x + k overflows exactly when the sum wraps: below x for k > 0,
	// above it for k < 0.
	pos, up := e.P, k > 0
	switch kind, slot := c.intLeaf(b, e.L); kind {
	case leafLocal:
		return func(f *frame) int64 {
			x := f.locals[slot].n
			s := x + k
			if (s > x) != up {
				intOverflow(f, pos)
			}
			return s
		}
	case leafParam:
		return func(f *frame) int64 {
			x := f.paramInt(slot)
			s := x + k
			if (s > x) != up {
				intOverflow(f, pos)
			}
			return s
		}
	}
	l := c.intCode(b, e.L)
	return func(f *frame) int64 {
		x := l(f)
		s := x + k
		if (s > x) != up {
			intOverflow(f, pos)
		}
		return s
	}
}

// Comparison operators of intCond.
const (
	cmpLT = iota
	cmpLE
	cmpGT
	cmpGE
	cmpEQ
	cmpNE
)

// intCmpOp returns the code of a comparison operator intCond compiles.
func intCmpOp(op string) (int, bool) {
	switch op {
	case "<":
		return cmpLT, true
	case "<=":
		return cmpLE, true
	case ">":
		return cmpGT, true
	case ">=":
		return cmpGE, true
	case "=":
		return cmpEQ, true
	case "<>":
		return cmpNE, true
	}
	return 0, false
}

// intCond compiles a comparison of two entier expressions (isIntExpr),
// op one of < <= > >= = <>: one closure for x op k, k a literal and x a
// variable of the frame (a loop's or a recursion's test), else the two
// operands' closures.
func (c *compiler) intCond(b *procBuild, e *parser.Binary, op int) func(*frame) bool {
	if k, ok := intConst(e.R); ok {
		// x op k is x in [lo, hi], or not in it for <>: one unsigned
		// comparison whatever the operator.
		lo, hi, out := int64(math.MinInt64), int64(math.MaxInt64), false
		switch op {
		case cmpLT:
			if k == math.MinInt64 {
				return func(*frame) bool { return false }
			}
			hi = k - 1
		case cmpLE:
			hi = k
		case cmpGT:
			if k == math.MaxInt64 {
				return func(*frame) bool { return false }
			}
			lo = k + 1
		case cmpGE:
			lo = k
		case cmpEQ:
			lo, hi = k, k
		default:
			lo, hi, out = k, k, true
		}
		span := uint64(hi - lo)
		switch kind, slot := c.intLeaf(b, e.L); kind {
		case leafLocal:
			return func(f *frame) bool { return (uint64(f.locals[slot].n-lo) <= span) != out }
		case leafParam:
			return func(f *frame) bool { return (uint64(f.paramInt(slot)-lo) <= span) != out }
		}
	}
	li, ri := c.intCode(b, e.L), c.intCode(b, e.R)
	switch op {
	case cmpLT:
		return func(f *frame) bool { return li(f) < ri(f) }
	case cmpLE:
		return func(f *frame) bool { return li(f) <= ri(f) }
	case cmpGT:
		return func(f *frame) bool { return li(f) > ri(f) }
	case cmpGE:
		return func(f *frame) bool { return li(f) >= ri(f) }
	case cmpEQ:
		return func(f *frame) bool { return li(f) == ri(f) }
	}
	return func(f *frame) bool { return li(f) != ri(f) }
}
