package runtime

import "github.com/wlangage/wl/parser"

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
			return func(f *frame) int64 { return f.refs[slot].n }
		}
		return func(f *frame) int64 { return vr.ref(f).n }
	case *parser.Binary:
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
			return fc.int
		}
		call := c.callUser(b, pe, e.Args, e.P).fn
		return func(f *frame) int64 { return call(f).n }
	}
	return nil
}

func intOverflow(f *frame, pos Position) {
	f.run.raise(pos, 0, "Dépassement de capacité d'un entier sur 8 octets", "Overflow of an 8-byte integer")
}
