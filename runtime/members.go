package runtime

import "github.com/wlangage/wl/parser"

// Writing the members of structures and the properties of values.

// assignMember compiles x.P = v, x.P += v and x.P -= v: a structure
// member, or a property of a scalar value (d.Jour = 31, du.EnSecondes =
// 128) written back into the variable.
func (c *compiler) assignMember(b *procBuild, m *parser.Member, op string, value parser.Expr) stmtFn {
	base := c.assocMemberBase(b, m.X, c.lvalue(b, m.X))
	val := c.expr(b, value).fn
	key, name, pos := m.Name.Key, c.spell(m.Name), m.P
	st := (*StructType)(nil)
	if base.typ != nil {
		st = base.typ.Struct
	}
	if st == nil {
		st = c.structHint(b, m.X)
	}
	if st != nil {
		if i := st.FieldIndex(key); i >= 0 {
			// x.P = v on a structure whose type is known: the member by
			// index, an entier stored as is when it fits its type (what
			// assigned would give), any other value the general way.
			// The type is checked at every write.
			ms := &memberStore{c: c, st: st, i: i, ft: st.Fields[i].Type, key: key, name: name, pos: pos, op: op}
			ms.intField = op == "=" && ms.ft.Kind == KInt && !ms.ft.Any
			if slot := c.localSlot(b, m.X); slot >= 0 {
				// p.X = i on a local structure: the entier case inline.
				return func(f *frame) ctl {
					p := &f.locals[slot]
					v := val(f)
					if s := p.Struct(); s != nil && s.Type == st && ms.intField && v.Kind() == KInt && checkInt(v.RawInt(), ms.ft) {
						s.Fields[i] = v
						return ctlNone
					}
					return ms.store(f, p, v)
				}
			}
			ref := base.ref
			return func(f *frame) ctl {
				p := ref(f)
				v := val(f)
				return ms.store(f, p, v)
			}
		}
	}
	ref := base.ref
	return func(f *frame) ctl {
		p := ref(f)
		v := val(f)
		return c.setMember(f, p, v, key, name, pos, op)
	}
}

// memberStore writes member i of structures of type st (x.P = v, +=, -=
// compiled for a known type).
type memberStore struct {
	c        *compiler
	st       *StructType
	i        int
	ft       *Type
	intField bool // op is = and the member is an entier
	key      string
	name     string
	pos      Position
	op       string
}

// store writes v (or *p's member op v) into the member of *p: by index
// when *p holds a structure of type st, an entier stored as is when it
// fits the member's type (what assigned would give), any other value the
// general way.
func (ms *memberStore) store(f *frame, p *Value, v Value) ctl {
	s := p.Struct()
	if s == nil || s.Type != ms.st {
		return ms.c.setMember(f, p, v, ms.key, ms.name, ms.pos, ms.op)
	}
	if ms.op != "=" {
		r, err := arith(ms.op[:1], s.Fields[ms.i], v)
		if err != nil {
			f.run.raiseOp(ms.pos, err)
		}
		v = r
	}
	if ms.ft.Kind == KInt && !ms.ft.Any && v.Kind() == KInt && checkInt(v.RawInt(), ms.ft) {
		s.Fields[ms.i] = v
		return ctlNone
	}
	s.Fields[ms.i] = ms.c.assigned(f, v, ms.ft, ms.pos)
	return ctlNone
}

// setMember writes v into member key of *p (op is =, += or -=): a
// structure's field, or a property of a scalar value.
func (c *compiler) setMember(f *frame, p *Value, v Value, key, name string, pos Position, op string) ctl {
	if st := p.Struct(); st != nil {
		if i := st.Type.FieldIndex(key); i >= 0 {
			ft := st.Type.Fields[i].Type
			fp := &st.Fields[i]
			if op != "=" {
				r, err := arith(op[:1], *fp, v)
				if err != nil {
					f.run.raiseOp(pos, err)
				}
				v = r
			}
			*fp = c.assigned(f, v, ft, pos)
			return ctlNone
		}
	}
	switch op {
	case "=":
		memberSet(f, p, key, name, v, pos)
	case "+=":
		memberAdd(f, p, key, name, v, pos)
	default:
		neg, err := arith("-", Int(0), v)
		if err != nil {
			f.run.raiseOp(pos, err)
		}
		memberAdd(f, p, key, name, neg, pos)
	}
	return ctlNone
}

// incMember compiles ++x.P / x.P++ (and --): post tells which value the
// expression gives.
func (c *compiler) incMember(b *procBuild, m *parser.Member, delta int64, post bool) compiled {
	base := c.lvalue(b, m.X)
	key, name, pos := m.Name.Key, c.spell(m.Name), m.P
	return compiled{func(f *frame) Value {
		p := base.ref(f)
		if st := p.Struct(); st != nil {
			if i := st.Type.FieldIndex(key); i >= 0 {
				fp := &st.Fields[i]
				old := *fp
				n, _ := arith("+", numeric(old), Int(delta))
				*fp = convertLoose(n, st.Type.Fields[i].Type)
				if post {
					return old
				}
				return *fp
			}
		}
		old := memberValue(f, *p, key, name, pos)
		memberAdd(f, p, key, name, Int(delta), pos)
		if post {
			return old
		}
		return memberValue(f, *p, key, name, pos)
	}, TypeVariant}
}
