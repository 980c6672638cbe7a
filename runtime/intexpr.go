package runtime

import "github.com/wlangage/wl/parser"

// intExpr compiles e to a closure returning an int64 when e is statically
// an entier: literals, entier variables and parameters, + - * of such, and
// calls of procedures declared `: entier`. It returns nil otherwise. This
// path avoids building a Value at every step of integer code (loops,
// recursion); an overflow of 64 bits raises an error instead of turning
// into a real.
func (c *compiler) intExpr(b *procBuild, e parser.Expr) func(*frame) int64 {
	switch e := e.(type) {
	case *parser.IntLit:
		v := e.Value
		return func(*frame) int64 { return v }
	case *parser.Paren:
		return c.intExpr(b, e.X)
	case *parser.Ident:
		vi := c.lookupVar(b, e.Key)
		if vi == nil || vi.isConst || !isIntType(vi.typ) {
			return nil
		}
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
		if e.Op != "+" && e.Op != "-" && e.Op != "*" {
			return nil
		}
		l := c.intExpr(b, e.L)
		if l == nil {
			return nil
		}
		r := c.intExpr(b, e.R)
		if r == nil {
			return nil
		}
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
		id, ok := e.Fun.(*parser.Ident)
		if !ok || c.lookupVar(b, id.Key) != nil {
			return nil
		}
		pe := c.lookupProc(b, id.Key)
		if pe == nil || len(pe.decl.Results) != 1 || !isIntType(c.resolveType(pe.decl.Results[0])) {
			return nil
		}
		call := c.callUser(b, pe, e.Args, e.P).fn
		return func(f *frame) int64 { return call(f).n }
	}
	return nil
}

func intOverflow(f *frame, pos Position) {
	f.run.raise(pos, 0, "Dépassement de capacité d'un entier sur 8 octets", "Overflow of an 8-byte integer")
}
