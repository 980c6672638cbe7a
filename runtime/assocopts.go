package runtime

import "github.com/wlangage/wl/parser"

// assocKeyProp compiles the properties of a key of an associative array
// (doc 1514058): A[k]..Existe (at least one element under k), A[k]..Vide
// (none) and A[k]..Occurrence (how many: 0 or 1 without duplicates). ok
// is false for another property or form, or a base that cannot be an
// associative array: the property then applies to the element.
func (c *compiler) assocKeyProp(b *procBuild, e *parser.Member) (compiled, bool) {
	var prop int
	switch e.Name.Key {
	case "EXISTE", "EXIST":
		prop = 0
	case "VIDE", "EMPTY":
		prop = 1
	case "OCCURRENCE", "COUNT":
		prop = 2
	default:
		return compiled{}, false
	}
	ix, ok := e.X.(*parser.Index)
	if !ok || len(ix.Idx) != 1 {
		return compiled{}, false
	}
	base := c.expr(b, ix.X)
	if prop != 0 && base.typ != nil && base.typ.Kind != KAssoc && !base.typ.Any {
		return compiled{}, false
	}
	bf, key := base.fn, c.expr(b, ix.Idx[0]).fn
	if prop == 0 {
		// ..Existe of anything else is Faux.
		return compiled{func(f *frame) Value {
			if a := bf(f).Assoc(); a != nil {
				return Bool(a.Has(key(f)))
			}
			return Bool(false)
		}, TypeBool}, true
	}
	// A Variant may hold an array of arrays: the element's property.
	var other exprFn
	if base.typ == nil || base.typ.Kind != KAssoc {
		other = c.memberOf(b, e, c.expr(b, e.X)).fn
	}
	typ := TypeBool
	if prop == 2 {
		typ = TypeInt
	}
	return compiled{func(f *frame) Value {
		a := bf(f).Assoc()
		if a == nil {
			if other == nil {
				return Bool(false)
			}
			return other(f)
		}
		n := a.Count(key(f))
		if prop == 1 {
			return Bool(n == 0)
		}
		return Int(int64(n))
	}, typ}, true
}
