package runtime

import "github.com/wlangage/wl/parser"

// The named sub-elements of a Variant (doc 1514019, "Sous-éléments
// nommés"): assigning v.nom on a Variant that holds nothing makes it an
// object whose members are created on assignment; reading a missing member
// gives Null and creates nothing. The object is an associative array
// marked Dyn, keyed by the members' names as first written, compared
// without case (WLangage names ignore case), in insertion order.

// NewVariantObject makes an empty object of named sub-elements, what
// JSONVersVariant makes of a JSON object (doc 1000021052).
func NewVariantObject() *Assoc {
	a := NewAssoc(TypeVariant)
	a.Cmp = CmpNoCase
	a.Dyn = true
	return a
}

// variantObject returns the object of named sub-elements v holds, nil
// when v holds none.
func variantObject(v Value) *Assoc {
	if a := v.Assoc(); a != nil && a.Dyn {
		return a
	}
	return nil
}

// dynMember returns the place of member name of the Variant in *p, made
// an object first when *p is Null, the member created (Null) when absent.
// It returns nil when *p holds neither Null nor such an object.
func dynMember(f *frame, p *Value, name string, pos Position) *Value {
	if p.k == KNull {
		*p = AssocValue(NewVariantObject())
	}
	a := variantObject(*p)
	if a == nil {
		return nil
	}
	return addCharged(f, a, Str(name), pos)
}

// dynRead reads member name of v when v is Null or an object of named
// sub-elements: Null when absent (doc 1514019). v..Membre (key MEMBRE),
// unless v has a member of that name, is the array of its named
// sub-elements, each with the members Nom and Valeur (doc 1000021078):
// a copy, which POUR TOUT and Occurrence read.
func dynRead(f *frame, v Value, key, name string, pos Position) (Value, bool) {
	if v.k == KNull {
		return Null, true
	}
	a := variantObject(v)
	if a == nil {
		return Null, false
	}
	if x, ok := a.Get(Str(name)); ok || key != "MEMBRE" && key != "MEMBER" {
		if !ok && a.entry && (key == "NAME" || key == "VALUE") {
			x = a.Vals[0]
			if key == "VALUE" {
				x = a.Vals[1]
			}
		}
		return x, true
	}
	f.run.charge(pos, int64(a.Len())*2*assocEntrySize)
	out := NewArray(TypeVariant, 0)
	for i, k := range a.Keys {
		m := NewVariantObject()
		m.entry = true
		*m.Slot(Str("Nom")) = k
		*m.Slot(Str("Valeur")) = a.Vals[i]
		out.Append(AssocValue(m))
	}
	return ArrayValue(out), true
}

// baseAndRef compiles x, the base of x.m or x[i], once: its value and,
// when x is a variable, a member or a subscript, its place, so that a
// Variant holding nothing can become an object or an array as x.m or
// x[i] is written (doc 1514019); ref is nil for any other x.
func (c *compiler) baseAndRef(b *procBuild, x parser.Expr) (compiled, func(*frame) *Value) {
	switch x := x.(type) {
	case *parser.Ident:
		cm := c.takeBase(b, x)
		if vi := c.lookupVar(b, x.Key); vi != nil && !vi.isConst {
			return cm, c.lvalue(b, x).ref
		}
		return cm, nil
	case *parser.Member, *parser.Index:
		if c.lastBase.x == parser.Expr(x) {
			return c.takeBase(b, x), nil
		}
		if !c.enter(x.Position()) {
			return compiled{func(*frame) Value { return Null }, TypeVariant}, nil
		}
		defer c.leave()
		p := c.place(b, x)
		return compiled{p.read, p.typ}, p.ref
	}
	return c.takeBase(b, x), nil
}

// dynIndexRef is the place of V[i] (at, given V's value) when V is a
// Variant: V[i] = x on a Variant that holds nothing makes it an array of
// Variants that grows as it is written (doc 1514019, "Sous-éléments
// indicés"), through bref, the place of V itself.
func dynIndexRef(bf exprFn, bref func(*frame) *Value, at func(*frame, Value) *Value) func(*frame) *Value {
	return func(f *frame) *Value {
		v := bf(f)
		if v.k == KNull {
			p := bref(f)
			if p.k == KNull {
				a := NewArray(TypeVariant, 0)
				a.Grow = 1
				*p = ArrayValue(a)
			}
			v = *p
		}
		return at(f, v)
	}
}

// chainBase reports whether x, the base of a place x.m, is a member or a
// subscript compiled first as a place (baseAndRef) — not :Base:M nor
// an identifier, which may name a class.
func chainBase(x parser.Expr) bool {
	switch x := x.(type) {
	case *parser.Index:
		return true
	case *parser.Member:
		id, ok := x.X.(*parser.Ident)
		return !ok || id.Key != parser.SelfKey
	}
	return false
}
