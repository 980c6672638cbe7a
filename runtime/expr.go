package runtime

import (
	"math"
	"strconv"
	"strings"

	"github.com/wlangage/wl/parser"
)

// compiled is a compiled expression with its static type (Variant when
// unknown).
type compiled struct {
	fn  exprFn
	typ *Type
}

// cond compiles a condition: numbers are true when not 0; a string used
// as a boolean is a runtime error (SPEC §4.1).
func (c *compiler) cond(b *procBuild, e parser.Expr) func(*frame) bool {
	if bin, ok := e.(*parser.Binary); ok {
		if op, ok := intCmpOp(bin.Op); ok && c.isIntExpr(b, bin.L) && c.isIntExpr(b, bin.R) {
			return c.intCond(b, bin, op)
		}
		if isCompareOp(bin.Op) {
			l, r := c.expr(b, bin.L), c.expr(b, bin.R)
			lf, rf := l.fn, r.fn
			if l.typ.Kind == KInt && r.typ.Kind == KInt && !l.typ.Any && !r.typ.Any {
				switch bin.Op {
				case "<":
					return func(f *frame) bool { return lf(f).n < rf(f).n }
				case "<=":
					return func(f *frame) bool { return lf(f).n <= rf(f).n }
				case ">":
					return func(f *frame) bool { return lf(f).n > rf(f).n }
				case ">=":
					return func(f *frame) bool { return lf(f).n >= rf(f).n }
				case "=":
					return func(f *frame) bool { return lf(f).n == rf(f).n }
				case "<>":
					return func(f *frame) bool { return lf(f).n != rf(f).n }
				}
			}
			op := bin.Op
			return func(f *frame) bool { return compareOp(op, lf(f), rf(f)) }
		}
	}
	c.lambdaCondition(e) // lambda.go
	x := c.expr(b, e).fn
	pos := e.Position()
	return func(f *frame) bool { return truth(f, x(f), pos) }
}

func truth(f *frame, v Value, pos Position) bool {
	t, ok := v.Truth()
	if !ok {
		f.run.raise(pos, 0, "Une chaîne (« "+clip(v.Text())+" ») ne peut pas être utilisée comme un booléen", "A string ('"+clip(v.Text())+"') cannot be used as a boolean")
	}
	return t
}

func clip(s string) string {
	if len(s) > 40 {
		return s[:40] + "…"
	}
	return s
}

// expr compiles an expression. Every recursive compile path goes
// through it, so the nesting guard and the compile budget live here.
func (c *compiler) expr(b *procBuild, e parser.Expr) compiled {
	if !c.enter(e.Position()) {
		return compiled{func(*frame) Value { return Null }, TypeVariant}
	}
	defer c.leave()
	return c.exprNode(b, e)
}

func (c *compiler) exprNode(b *procBuild, e parser.Expr) compiled {
	pos := e.Position()
	if cm, ok := c.enumExpr(b, e); ok {
		return cm
	}
	switch e := e.(type) {
	case *parser.IntLit:
		v := Int(e.Value)
		return compiled{func(*frame) Value { return v }, TypeInt64}
	case *parser.RealLit:
		v := Real(e.Value)
		return compiled{func(*frame) Value { return v }, TypeReal}
	case *parser.CurrencyLit:
		v := CurrencyFromText(e.Text)
		return compiled{func(*frame) Value { return v }, TypeCurrency}
	case *parser.NumericLit:
		v := NumericFromText(e.Text)
		return compiled{func(*frame) Value { return v }, TypeNumeric}
	case *parser.DurationLit:
		v := Duration(e.Millis)
		return compiled{func(*frame) Value { return v }, TypeDuration}
	case *parser.StringLit:
		v := Str(e.Value)
		return compiled{func(*frame) Value { return v }, TypeString}
	case *parser.BoolLit:
		v := Bool(e.Value)
		return compiled{func(*frame) Value { return v }, TypeBool}
	case *parser.NullLit:
		return compiled{func(*frame) Value { return Null }, TypeVariant}
	case *parser.InterpString:
		var parts []exprFn
		for _, p := range e.Parts {
			parts = append(parts, c.expr(b, p).fn)
		}
		return compiled{func(f *frame) Value {
			var sb strings.Builder
			for _, p := range parts {
				t := p(f).Text()
				f.run.charge(pos, int64(len(t)))
				sb.WriteString(t)
			}
			return Str(sb.String())
		}, TypeString}
	case *parser.Paren:
		return c.expr(b, e.X)
	case *parser.Cast:
		// (chaîne) 378: an explicit conversion [fr:1515004].
		t := c.resolveType(&parser.TypeRef{At: e.At, Name: e.Type})
		x := c.expr(b, e.X).fn
		pos := e.P
		return compiled{func(f *frame) Value {
			v, err := castValue(x(f), t)
			if err != nil {
				f.run.raiseOp(pos, err)
			}
			return v
		}, t}
	case *parser.Ident:
		return c.ident(b, e)
	case *parser.Lambda:
		return c.lambda(b, e) // lambda.go
	case *parser.Indirection:
		find := c.indirection(b, e)
		return compiled{func(f *frame) Value { v, _ := find(f); return *v }, TypeVariant}
	case *parser.ArrayLit:
		var elems []exprFn
		for _, x := range e.Elems {
			elems = append(elems, c.expr(b, x).fn)
		}
		return compiled{func(f *frame) Value {
			a := &Array{Elem: TypeVariant, Data: make([]Value, len(elems))}
			for i, x := range elems {
				a.Data[i] = x(f)
			}
			return ArrayValue(a)
		}, &Type{Kind: KArray, Name: "tableau", Elem: TypeVariant}}
	case *parser.TupleLit:
		var elems []exprFn
		for _, x := range e.Elems {
			elems = append(elems, c.expr(b, x).fn)
		}
		return compiled{func(f *frame) Value {
			out := make([]Value, len(elems))
			for i, x := range elems {
				out[i] = x(f).First()
			}
			return Tuple(out)
		}, TypeVariant}
	case *parser.Unary:
		return c.unary(b, e)
	case *parser.Postfix:
		if m, ok := e.X.(*parser.Member); ok {
			d := int64(1)
			if e.Op == "--" {
				d = -1
			}
			return c.incMember(b, m, d, true)
		}
		lv := c.lvalue(b, e.X)
		delta := int64(1)
		if e.Op == "--" {
			delta = -1
		}
		return compiled{func(f *frame) Value {
			p := lv.ref(f)
			old := *p
			n, _ := arith("+", numeric(old), Int(delta))
			*p = convertLoose(n, lv.typ)
			return old
		}, lv.typ}
	case *parser.Binary:
		return c.binary(b, e)
	case *parser.Between:
		x, lo, hi := c.expr(b, e.X).fn, c.expr(b, e.Lo).fn, c.expr(b, e.Hi).fn
		loOp, hiOp := e.LoOp, e.HiOp
		return compiled{func(f *frame) Value {
			v := x(f)
			return Bool(compareOp(loOp, lo(f), v) && compareOp(hiOp, v, hi(f)))
		}, TypeBool}
	case *parser.In:
		x := c.expr(b, e.X).fn
		var list []exprFn
		for _, l := range e.List {
			list = append(list, c.expr(b, l).fn)
		}
		not, short := e.Not, e.Short
		return compiled{func(f *frame) Value {
			v := x(f)
			found := false
			for _, l := range list {
				if compare(v, l(f)) == 0 {
					found = true
					if short {
						break
					}
				}
			}
			return Bool(found != not)
		}, TypeBool}
	case *parser.Cond:
		cond := c.cond(b, e.C)
		a, bb := c.expr(b, e.A).fn, c.expr(b, e.B).fn
		return compiled{func(f *frame) Value {
			if cond(f) {
				return a(f)
			}
			return bb(f)
		}, TypeVariant}
	case *parser.Call:
		return c.call(b, e)
	case *parser.Member:
		return c.member(b, e)
	case *parser.Index:
		p := c.index(b, e)
		return compiled{p.read, p.typ}
	case *parser.Extract:
		return c.extract(b, e)
	case *parser.SelonExpr:
		x := c.expr(b, e.X).fn
		var cases []exprFn
		for _, cs := range e.Cases {
			cases = append(cases, c.expr(b, cs).fn)
		}
		var els exprFn
		if e.Else != nil {
			els = c.expr(b, e.Else).fn
		}
		return compiled{func(f *frame) Value {
			i := x(f).ToInt()
			if i >= 1 && int(i) <= len(cases) {
				return cases[i-1](f)
			}
			if els != nil {
				return els(f)
			}
			f.run.raise(pos, 0, "SELON : aucune valeur pour "+strconv.FormatInt(i, 10)+" et pas de SINON", "SWITCH: no value for "+strconv.FormatInt(i, 10)+" and no ELSE")
			return Null
		}, TypeVariant}
	case *parser.Omitted:
		return compiled{func(*frame) Value { return Null }, TypeVariant}
	case *parser.NewExpr:
		return c.newExpr(b, e)
	case *parser.TypeTest:
		return c.typeTest(b, e)
	case *parser.ObjCast:
		return c.objCast(b, e)
	}
	c.errorf(pos, codeUnsupported, "Expression non prise en charge", "Unsupported expression")
	return compiled{func(*frame) Value { return Null }, TypeVariant}
}

func (c *compiler) unary(b *procBuild, e *parser.Unary) compiled {
	pos := e.P
	switch e.Op {
	case "PAS":
		x := c.cond(b, e.X)
		return compiled{func(f *frame) Value { return Bool(!x(f)) }, TypeBool}
	case "-":
		x := c.expr(b, e.X)
		fn := x.fn
		return compiled{func(f *frame) Value {
			v := fn(f)
			if v.k == KDuration {
				return Duration(-v.n)
			}
			r, err := arith("-", Int(0), v)
			if err != nil {
				f.run.raiseOp(pos, err)
			}
			return r
		}, x.typ}
	case "++", "--":
		delta := int64(1)
		if e.Op == "--" {
			delta = -1
		}
		if m, ok := e.X.(*parser.Member); ok {
			return c.incMember(b, m, delta, false)
		}
		lv := c.lvalue(b, e.X)
		return compiled{func(f *frame) Value {
			p := lv.ref(f)
			n, _ := arith("+", numeric(*p), Int(delta))
			*p = convertLoose(n, lv.typ)
			return *p
		}, lv.typ}
	}
	c.errorf(pos, codeUnsupported, "Opérateur inconnu "+e.Op, "Unknown operator "+e.Op)
	return compiled{func(*frame) Value { return Null }, TypeVariant}
}

func (r *Run) raiseOp(pos Position, err error) {
	if oe, ok := err.(*opError); ok {
		r.raise(pos, 0, oe.fr, oe.en)
	}
	r.raise(pos, 0, err.Error(), err.Error())
}

func isIntType(t *Type) bool { return t != nil && t.Kind == KInt && !t.Any }

func (c *compiler) binary(b *procBuild, e *parser.Binary) compiled {
	pos := e.P
	switch e.Op {
	case "ET", "OU":
		l, r := c.cond(b, e.L), c.cond(b, e.R)
		if e.Op == "ET" {
			return compiled{func(f *frame) Value { x, y := l(f), r(f); return Bool(x && y) }, TypeBool}
		}
		return compiled{func(f *frame) Value { x, y := l(f), r(f); return Bool(x || y) }, TypeBool}
	case "_ET_":
		l, r := c.cond(b, e.L), c.cond(b, e.R)
		return compiled{func(f *frame) Value { return Bool(l(f) && r(f)) }, TypeBool}
	case "_OU_":
		l, r := c.cond(b, e.L), c.cond(b, e.R)
		return compiled{func(f *frame) Value { return Bool(l(f) || r(f)) }, TypeBool}
	case "+", "-", "*", "/", "%", "^":
		// Optional concatenation: s + [sep] / [début] + s (SPEC §5.2).
		if e.Op == "+" {
			if al, ok := e.R.(*parser.ArrayLit); ok && len(al.Elems) == 1 {
				return c.optConcat(b, e.L, al.Elems[0], nil)
			}
			if al, ok := e.L.(*parser.ArrayLit); ok && len(al.Elems) == 1 {
				pre, rest := c.expr(b, al.Elems[0]).fn, c.expr(b, e.R).fn
				return compiled{func(f *frame) Value {
					p, s := pre(f).Text(), rest(f).Text()
					if strings.HasPrefix(s, p) {
						return Str(s)
					}
					return Str(p + s)
				}, TypeString}
			}
			if inner, ok := e.L.(*parser.Binary); ok && inner.Op == "+" {
				if al, ok := inner.R.(*parser.ArrayLit); ok && len(al.Elems) == 1 {
					return c.optConcat(b, inner.L, al.Elems[0], e.R)
				}
			}
		}
		if ie := c.intExpr(b, e); ie != nil {
			return compiled{func(f *frame) Value { return Value{k: KInt, n: ie(f)} }, TypeInt64}
		}
		l, r := c.expr(b, e.L), c.expr(b, e.R)
		lf, rf := l.fn, r.fn
		op := e.Op
		if isIntType(l.typ) && isIntType(r.typ) && (op == "+" || op == "-" || op == "*") {
			switch op {
			case "+":
				return compiled{func(f *frame) Value {
					x, y := lf(f), rf(f)
					if x.k == KInt && y.k == KInt {
						s := x.n + y.n
						if (s > x.n) == (y.n > 0) {
							return Value{k: KInt, n: s}
						}
					}
					v, _ := arith("+", x, y)
					return v
				}, TypeInt64}
			case "-":
				return compiled{func(f *frame) Value {
					x, y := lf(f), rf(f)
					if x.k == KInt && y.k == KInt {
						s := x.n - y.n
						if (s < x.n) == (y.n > 0) {
							return Value{k: KInt, n: s}
						}
					}
					v, _ := arith("-", x, y)
					return v
				}, TypeInt64}
			}
		}
		t := TypeVariant
		if l.typ.Kind == KString && op == "+" {
			t = TypeString
		}
		if op == "+" {
			// An associative array's subscript reads the operands to
			// build the key without making its string (index).
			c.concat = concatParts{e, lf, rf, pos}
			return compiled{func(f *frame) Value {
				x := lf(f)
				xb, xcap := bufOf(x)
				return addValues(f, pos, x, xb, xcap, rf(f))
			}, t}
		}
		if lit, ok := e.R.(*parser.IntLit); ok && (op == "-" || op == "*") {
			k := Int(lit.Value)
			// x * 2, x - 1 with x a Variant: the constant is not
			// re-evaluated, an entier x is computed here.
			mul, y := op == "*", k.RawInt()
			return compiled{func(f *frame) Value {
				x := lf(f)
				if x.Kind() == KInt {
					if mul {
						if s, ok := mulInts(x.RawInt(), y); ok {
							return Int(s)
						}
					} else if s, ok := subInts(x.RawInt(), y); ok {
						return Int(s)
					}
				}
				v, err := arith(op, x, k)
				if err != nil {
					f.run.raiseOp(pos, err)
				}
				return v
			}, t}
		}
		if op == "-" || op == "*" {
			// Two entiers (Variants holding them): computed here unless
			// the result overflows (arith then gives a réel).
			mul := op == "*"
			return compiled{func(f *frame) Value {
				x, y := lf(f), rf(f)
				if x.Kind() == KInt && y.Kind() == KInt {
					if mul {
						if s, ok := mulInts(x.RawInt(), y.RawInt()); ok {
							return Int(s)
						}
					} else if s, ok := subInts(x.RawInt(), y.RawInt()); ok {
						return Int(s)
					}
				}
				v, err := arith(op, x, y)
				if err != nil {
					f.run.raiseOp(pos, err)
				}
				return v
			}, t}
		}
		return compiled{func(f *frame) Value {
			v, err := arith(op, lf(f), rf(f))
			if err != nil {
				f.run.raiseOp(pos, err)
			}
			return v
		}, t}
	}
	if isCompareOp(e.Op) {
		cf := c.cond(b, e)
		return compiled{func(f *frame) Value { return Bool(cf(f)) }, TypeBool}
	}
	c.errorf(pos, codeUnsupported, "Opérateur inconnu "+e.Op, "Unknown operator "+e.Op)
	return compiled{func(*frame) Value { return Null }, TypeVariant}
}

// addValues is x + y for the compiled + of operands that are not both
// known entiers: two entiers (Variants holding them) are added,
// anything else goes to arith; a concatenation grows strings, charged
// to the memory limit. xb and xcap are x's append buffer and its
// capacity before y was evaluated (bufOf).
func addValues(f *frame, pos Position, x Value, xb *strBuf, xcap int, y Value) Value {
	if x.Kind() == KInt && y.Kind() == KInt {
		if s, ok := addInts(x.RawInt(), y.RawInt()); ok {
			return Int(s)
		}
	}
	v, err := arith("+", x, y)
	if err != nil {
		f.run.raiseOp(pos, err)
	}
	f.run.charge(pos, growth(xb, xcap, v))
	return v
}

// isCompareOp reports whether op is a comparison (a switch, so that no
// table is built at package initialisation).
func isCompareOp(op string) bool {
	switch op {
	case "=", "<>", "<", "<=", ">", ">=", "~=", "~~", "[=", "=]", "[=]", "[~", "[~~", "[~]", "~]":
		return true
	}
	return false
}

// optConcat compiles s + [sep] (+ fin): sep is added only when s does not
// already end with it, fin does not start with it, and s is not empty.
func (c *compiler) optConcat(b *procBuild, base, sep, fin parser.Expr) compiled {
	pos := base.Position()
	bf, sf := c.expr(b, base).fn, c.expr(b, sep).fn
	var ff exprFn
	if fin != nil {
		ff = c.expr(b, fin).fn
	}
	return compiled{func(f *frame) Value {
		s, p := bf(f), sf(f).Text()
		st := s.Text()
		tail := ""
		if ff != nil {
			tail = ff(f).Text()
		}
		add := st != "" && !strings.HasSuffix(st, p) && !strings.HasPrefix(tail, p)
		if ff == nil {
			add = !strings.HasSuffix(st, p)
		}
		out := s
		if out.k != KString {
			out = Str(st)
		}
		xb, xcap := bufOf(out)
		if add {
			out = appendString(out, p)
		}
		if tail != "" {
			out = appendString(out, tail)
		}
		f.run.charge(pos, growth(xb, xcap, out))
		return out
	}, TypeString}
}

// extractRange is a compiled [[ ]] range: its bounds are evaluated once
// per use by bounds.
type extractRange struct {
	from, to, ln exprFn
	rng          bool
}

func (c *compiler) extractRange(b *procBuild, e *parser.Extract) extractRange {
	opt := func(p parser.Expr) exprFn {
		if p == nil {
			return nil
		}
		return c.expr(b, p).fn
	}
	return extractRange{from: opt(e.From), to: opt(e.To), ln: opt(e.Len), rng: e.Range}
}

// bounds returns the 1-based inclusive range [start, end] in a value of n
// characters (or bytes): [[a]], [[a À b]], [[a À]], [[À b]], [[a SUR n]].
// Only the lower bound is clamped here; callers clamp the rest as their
// read or write needs.
func (x extractRange) bounds(f *frame, n int64) (start, end int64) {
	start, end = 1, n
	if x.from != nil {
		start = x.from(f).ToInt()
	}
	switch {
	case x.ln != nil:
		end = start + x.ln(f).ToInt() - 1
	case x.rng && x.to != nil:
		end = x.to(f).ToInt()
	case !x.rng:
		end = start
	}
	if start < 1 {
		start = 1
	}
	return start, end
}

// extract compiles s[[a]], s[[a À b]], s[[a SUR n]] (1-based, characters;
// bytes for a Buffer [fr:1514042]).
func (c *compiler) extract(b *procBuild, e *parser.Extract) compiled {
	x := c.expr(b, e.X).fn
	r := c.extractRange(b, e)
	return compiled{func(f *frame) Value {
		xv := x(f)
		if xv.k == KBuffer {
			start, end := r.bounds(f, xv.n)
			end = min(end, xv.n)
			if start > end {
				return Value{k: KBuffer}
			}
			return bytesValue(KBuffer, xv.strRaw()[start-1:end])
		}
		rs := []rune(xv.Text())
		start, end := r.bounds(f, int64(len(rs)))
		end = min(end, int64(len(rs)))
		if start > end {
			return Str("")
		}
		return Str(string(rs[start-1 : end]))
	}, TypeString}
}

// Proc is a procedure value (the Procédure type, or a name passed
// without parentheses).
type Proc struct {
	code *procCode
	up   *frame
}

// frame returns the frame the procedure runs in: its declaring frame for
// an internal procedure, the globals otherwise.
func (p *Proc) frame(f *frame) *frame {
	if p.up != nil {
		return p.up
	}
	return f.run.globals
}

// Text returns the procedure's name.
func (p *Proc) Text() string { return p.code.name }

// addInts adds two entiers; ok is false when the sum overflows.
func addInts(x, y int64) (int64, bool) {
	s := x + y
	return s, (s > x) == (y > 0)
}

// subInts subtracts y from x; ok is false when the difference overflows.
func subInts(x, y int64) (int64, bool) {
	s := x - y
	return s, (s < x) == (y > 0)
}

// mulInts multiplies two entiers; ok is false when the product
// overflows (as arith decides).
func mulInts(x, y int64) (int64, bool) {
	if x == 0 || y == 0 {
		return 0, true
	}
	s := x * y
	return s, s/y == x && !(x == -1 && y == math.MinInt64) && !(y == -1 && x == math.MinInt64)
}
