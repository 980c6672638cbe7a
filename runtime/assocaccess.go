package runtime

import "github.com/wlangage/wl/parser"

// The subscripts of an associative array in compiled code: A[k] and
// A[k, n] read or as places (doc 1514058).

// missing returns what reading a missing key gives, and the value of a
// new element: the declared default value, else the element type's (doc
// 1514058; with r, a Date or Heure element is the run's today or now).
func (a *Assoc) missing(r *Run) Value {
	if a.hasDef {
		return copyValue(a.def)
	}
	return zeroRun(r, a.Elem)
}

// addCharged is a.Add(k), the new element charged to the memory limit.
func addCharged(f *frame, a *Assoc, k Value, pos Position) *Value {
	n := a.Len()
	p := a.Add(k)
	if a.Len() > n {
		f.run.charge(pos, assocEntrySize)
	}
	return p
}

// assocPlace returns the element of a that A[k] or A[k, n] names as a
// place (assigned, incremented, passed by reference); A[k] adds k when
// absent, or a new element under k with duplicates (doc 1514058).
func assocPlace(f *frame, a *Assoc, idx []exprFn, ck *concatParts, pos Position) *Value {
	switch len(idx) {
	case 1:
		if ck != nil {
			return ck.slot(f, a, pos)
		}
		return addCharged(f, a, idx[0](f), pos)
	case 2:
		return assocNth(f, a, idx[0](f), idx[1](f), pos)
	}
	f.run.raise(pos, 0, "Nombre d'indices incorrect pour un tableau associatif : [clé] ou [clé, indice]",
		"Wrong number of subscripts for an associative array: [key] or [key, index]")
	return nil
}

// assocRead returns the value of A[k] (or A[k, n]) read: a missing key
// gives the default value and adds nothing; with duplicates, A[k] is
// refused, as several elements may have the key (doc 1514058).
func assocRead(f *frame, a *Assoc, idx []exprFn, ck *concatParts, pos Position) Value {
	if len(idx) != 1 {
		return *assocPlace(f, a, idx, ck, pos)
	}
	if a.Dup {
		f.run.raise(pos, 0, "Accès impossible à un élément d'un tableau associatif avec doublons par sa seule clé : utilisez [clé, indice]",
			"Cannot read an element of an associative array with duplicates by its key alone: use [key, index]")
	}
	if ck != nil {
		return ck.get(f, a)
	}
	if x, ok := a.Get(idx[0](f)); ok {
		return x
	}
	return a.missing(f.run)
}

// assocNth returns the n-th element under key k, A[k, n]: an error when
// k is absent or n out of 1..the key's elements (1 without duplicates).
func assocNth(f *frame, a *Assoc, k, n Value, pos Position) *Value {
	i := n.ToInt()
	if p := a.At(k, i); p != nil {
		return p
	}
	c := a.Count(k)
	if c == 0 {
		f.run.raise(pos, 0, "L'élément « "+k.Text()+" » n'existe pas dans le tableau associatif",
			"Element '"+k.Text()+"' does not exist in the associative array")
	}
	f.run.raise(pos, 0, "Indice "+Int(i).Text()+" en dehors des éléments de la clé « "+k.Text()+" » (1 à "+Int(int64(c)).Text()+")",
		"Index "+Int(i).Text()+" out of the elements of key '"+k.Text()+"' (1 to "+Int(int64(c)).Text()+")")
	return nil
}

// assocMemberBase is the place of A[clé] in A[clé]:Membre = v when A is
// an associative array: the element must exist, the member of an absent
// key is not created (doc 1514058); with duplicates it is the key's only
// element. lv (the general place) is kept for any other base.
func (c *compiler) assocMemberBase(b *procBuild, x parser.Expr, lv lval) lval {
	if ref := c.assocExisting(b, x); ref != nil {
		general := lv.ref
		lv.ref = func(f *frame) *Value {
			if p := ref(f); p != nil {
				return p
			}
			return general(f)
		}
	}
	return lv
}

// assocMemberObject is assocMemberBase for an object member: bf, the
// object A[clé], read only when the element exists.
func (c *compiler) assocMemberObject(b *procBuild, x parser.Expr, bf exprFn) exprFn {
	if ref := c.assocExisting(b, x); ref != nil {
		return func(f *frame) Value {
			if p := ref(f); p != nil {
				return *p
			}
			return bf(f)
		}
	}
	return bf
}

// assocExisting compiles x, when it is A[clé] with A an associative
// array, to the pointer to the element, a runtime error when the key has
// none (or several, with duplicates); the pointer is nil when A holds no
// associative array. It returns nil for any other x.
func (c *compiler) assocExisting(b *procBuild, x parser.Expr) func(*frame) *Value {
	ix, ok := x.(*parser.Index)
	if !ok || len(ix.Idx) != 1 {
		return nil
	}
	base := c.expr(b, ix.X)
	if base.typ == nil || base.typ.Kind != KAssoc {
		return nil
	}
	bf, key, pos := base.fn, c.expr(b, ix.Idx[0]).fn, ix.P
	return func(f *frame) *Value {
		a := bf(f).Assoc()
		if a == nil {
			return nil
		}
		k := key(f)
		if a.Dup && a.Count(k) > 1 {
			f.run.raise(pos, 0, "Accès impossible à un élément d'un tableau associatif avec doublons par sa seule clé : utilisez [clé, indice]",
				"Cannot read an element of an associative array with duplicates by its key alone: use [key, index]")
		}
		if p := a.At(k, 1); p != nil {
			return p
		}
		f.run.raise(pos, 0, "L'élément « "+k.Text()+" » n'existe pas dans le tableau associatif : affectez-le avant d'affecter ses membres",
			"Element '"+k.Text()+"' does not exist in the associative array: assign it before its members")
		return nil
	}
}
