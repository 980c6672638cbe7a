package runtime

import "github.com/wlangage/wl/parser"

// Writing the members of structures and the properties of values.

// assignMember compiles x.P = v, x.P += v and x.P -= v: a structure
// member, or a property of a scalar value (d.Jour = 31, du.EnSecondes =
// 128) written back into the variable.
func (c *compiler) assignMember(b *procBuild, m *parser.Member, op string, value parser.Expr) stmtFn {
	base := c.lvalue(b, m.X)
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
			ft := st.Fields[i].Type
			intField := ft.Kind == KInt && !ft.Any
			ref := base.ref
			if slot := c.localSlot(b, m.X); slot >= 0 {
				ref = func(f *frame) *Value { return &f.locals[slot] }
			}
			return func(f *frame) ctl {
				p := ref(f)
				v := val(f)
				s := p.Struct()
				if s == nil || s.Type != st {
					return c.setMember(f, p, v, key, name, pos, op)
				}
				if op != "=" {
					r, err := arith(op[:1], s.Fields[i], v)
					if err != nil {
						f.run.raiseOp(pos, err)
					}
					v = r
				}
				if intField && v.Kind() == KInt && checkInt(v.RawInt(), ft) {
					s.Fields[i] = v
					return ctlNone
				}
				s.Fields[i] = c.assigned(f, v, ft, pos)
				return ctlNone
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
