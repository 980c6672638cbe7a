package runtime

import (
	"strconv"

	"github.com/wlangage/wl/parser"
)

// A literal array [a, b, …] written into an array variable (doc 1514031,
// « Affectation multiple des tableaux »): each nested series is one
// dimension, [[1, 2], [3, 4]] fills a tableau de 2 par 2. The values go
// to their places; an array too small for them grows, and the elements
// the literal does not reach keep the value they had (their default in a
// declaration). All the series of one level must be series, or none
// (« tableau de valeurs interdit »), and the literal must have as many
// dimensions as the array.

// arrayLiteral returns e as a literal array, looking through brackets.
func arrayLiteral(e parser.Expr) (*parser.ArrayLit, bool) {
	for {
		switch x := e.(type) {
		case *parser.Paren:
			e = x.X
		case *parser.ArrayLit:
			return x, true
		default:
			return nil, false
		}
	}
}

// fillLiteral writes the literal array lit (the value of an ArrayLit)
// into a, an array of t, in place.
func fillLiteral(f *frame, a *Array, lit Value, pos Position) {
	src := lit.Array()
	if src == nil {
		return
	}
	a.box()
	nd := max(len(a.Dims), 1)
	ext := make([]int, nd)
	literalExtents(f, src, a.Elem, 0, ext, pos)
	if nd == 1 {
		if n := len(src.Data) - len(a.Data); n > 0 {
			f.run.charge(pos, int64(n)*valueSize)
			a.room(n)
			for range n {
				a.Data = append(a.Data, Zero(a.Elem))
			}
		}
		for i, e := range src.Data {
			a.Data[i] = literalElem(f, e, a.Elem, pos)
		}
		return
	}
	growDims(f, a, ext, pos)
	placeLiteral(f, a, src, 0, 0, pos)
}

// literalExtents checks the shape of the series at depth d and records in
// ext the longest series of each depth.
func literalExtents(f *frame, src *Array, elem *Type, d int, ext []int, pos Position) {
	ext[d] = max(ext[d], len(src.Data))
	if d == len(ext)-1 {
		return
	}
	for _, e := range src.Data {
		sub := e.Array()
		if sub == nil {
			f.run.raise(pos, 0, "Tableau de valeurs incohérent : le tableau a "+strconv.Itoa(len(ext))+" dimensions, une valeur simple se trouve au niveau "+strconv.Itoa(d+1),
				"Inconsistent array of values: the array has "+strconv.Itoa(len(ext))+" dimensions, a simple value stands at level "+strconv.Itoa(d+1))
		}
		literalExtents(f, sub, elem, d+1, ext, pos)
	}
}

// growDims enlarges each dimension of a to at least ext, moving the
// elements already there to their new places.
func growDims(f *frame, a *Array, ext []int, pos Position) {
	dims := a.Dims
	grown := false
	nd := make([]int, len(dims))
	total := int64(1)
	for k, d := range dims {
		nd[k] = max(d, ext[k])
		grown = grown || nd[k] != d
		total *= int64(nd[k])
		if total > maxArrayElems {
			f.run.raise(pos, 0, "Tableau trop grand pour ce tableau de valeurs", "Array too large for this array of values")
		}
	}
	if !grown {
		return
	}
	f.run.charge(pos, (total-int64(len(a.Data)))*valueSize)
	data := make([]Value, total)
	for i := range data {
		data[i] = Zero(a.Elem)
	}
	// The total is bounded as a declared array's (resolveType).
	// Each old element goes to the offset of its indices in the new shape.
	idx := make([]int, len(dims))
	for _, v := range a.Data {
		off := 0
		for k := range dims {
			off = off*nd[k] + idx[k]
		}
		data[off] = v
		for k := len(dims) - 1; k >= 0; k-- {
			idx[k]++
			if idx[k] < dims[k] {
				break
			}
			idx[k] = 0
		}
	}
	a.Data, a.Dims = data, nd
}

// placeLiteral writes the series src of depth d, whose first element is
// at offset base of the flattened array.
func placeLiteral(f *frame, a *Array, src *Array, d, base int, pos Position) {
	stride := 1
	for _, n := range a.Dims[d+1:] {
		stride *= n
	}
	for i, e := range src.Data {
		off := base + i*stride
		if d == len(a.Dims)-1 {
			a.Data[off] = literalElem(f, e, a.Elem, pos)
			continue
		}
		placeLiteral(f, a, e.Array(), d+1, off, pos)
	}
}

// literalElem converts one value of a literal to the element type: a
// series gives a structure (its members in order), an array or an
// associative array; a series where a simple value is expected has one
// dimension too many.
func literalElem(f *frame, e Value, elem *Type, pos Position) Value {
	if e.k != KArray || elem == nil || elem.Any {
		return convertLoose(e, elem)
	}
	switch elem.Kind {
	case KStruct:
		if elem.Struct != nil && !elem.Dynamic {
			s := NewStruct(elem.Struct)
			for i, x := range e.Array().Data {
				if i < len(s.Fields) {
					s.Fields[i] = literalElem(f, x, elem.Struct.Fields[i].Type, pos)
				}
			}
			return StructValue(s)
		}
	case KArray, KAssoc:
		return initContainer(f, elem, e, pos)
	case KBuffer:
		return convertLoose(e, elem)
	default:
		f.run.raise(pos, 0, "Tableau de valeurs incohérent : une série de valeurs à la place d'une valeur de type "+elem.Name,
			"Inconsistent array of values: a series of values instead of a value of type "+elem.Name)
	}
	return convertLoose(e, elem)
}
