package runtime

import "slices"

// Arrays of simple values kept unboxed.
//
// A dynamic array declared with entier, réel or booléen elements
// (`t est un tableau d'entiers`) starts with its elements stored as their
// int64 payload alone (Array.ints): 8 bytes an element instead of a
// 24-byte Value, and no pointer word for the garbage collector to scan
// or to guard with write barriers. Ajoute, `t += v`, t[i] read, the
// element count and TableauTrie of entiers use that storage as it is.
//
// Everything else sees ordinary Values: Value.Array boxes the array
// (Data is rebuilt from ints, once) before returning it, so code that
// reads or writes Data, in this package or outside, is unchanged. An
// array never goes back to the unboxed form, so a *Array obtained from
// Value.Array keeps valid Data for as long as it is held; only the few
// paths below, which reach the array through arrayRaw, handle both
// forms, and they check the form again after anything that may run
// script code.

// unboxable reports whether an empty dynamic array of elem elements can
// start unboxed: the element type's values are Value{k: elem.Kind, n: x},
// nothing else (no pointer, no decimals, no flag).
func unboxable(elem *Type) bool {
	if elem == nil || elem.Any || elem.Enum != nil || elem.Struct != nil || elem.Dynamic {
		return false
	}
	switch elem.Kind {
	case KInt, KReal, KBool:
		return true
	}
	return false
}

// newUnboxed makes an empty array of elem elements, unboxed.
func newUnboxed(elem *Type) *Array {
	return &Array{Elem: elem, unboxed: true}
}

// arrayRaw returns the array of a KArray value as it is stored (unboxed
// or not), else nil. Its users handle both forms.
func (v Value) arrayRaw() *Array {
	if v.k != KArray {
		return nil
	}
	return (*Array)(v.p)
}

// box turns an unboxed array into ordinary Values, for good.
func (a *Array) box() {
	if a.unboxed {
		a.boxAll()
	}
}

func (a *Array) boxAll() {
	data := make([]Value, len(a.ints), max(cap(a.ints), len(a.ints)))
	k := a.Elem.Kind
	for i, n := range a.ints {
		data[i] = Value{k: k, n: n}
	}
	a.Data, a.ints, a.unboxed = data, nil, false
}

// unboxedAt returns element i (0-based, in range) of an unboxed array.
func (a *Array) unboxedAt(i int) Value { return Value{k: a.Elem.Kind, n: a.ints[i]} }

// appendRaw appends v (converted to the element type) to a, keeping an
// unboxed array unboxed when the converted value fits; it returns the new
// 1-based index.
func (a *Array) appendRaw(v Value) int {
	if a.unboxed {
		c := convertLoose(v, a.Elem)
		if c.k == a.Elem.Kind && c.p == nil && c.sc == 0 && c.fl == 0 {
			if l := len(a.ints); l == cap(a.ints) && l >= doubleFrom {
				a.ints = slices.Grow(a.ints, l)
			}
			a.ints = append(a.ints, c.n)
			return len(a.ints)
		}
		a.box()
	}
	return a.Append(v)
}

// ArrayAppend is Ajoute(t, v) for a v that is not an array (an array is
// concatenated, which Ajoute does itself): v, converted to the element
// type, is appended to the array t holds (a structure is copied), and
// its 1-based index is returned. ok is false, and nothing done, when t
// holds no array or v is an array.
func ArrayAppend(t, v Value) (index int, ok bool) {
	a := t.First().arrayRaw()
	if a == nil {
		return 0, false
	}
	if v = v.First(); v.k == KArray {
		return 0, false
	}
	return a.appendRaw(v), true
}

// ArrayLen returns the element count of the one-dimensional array v
// holds, without boxing it; ok is false when v holds no array or one of
// several dimensions.
func ArrayLen(v Value) (n int, ok bool) {
	a := v.First().arrayRaw()
	if a == nil || len(a.Dims) > 1 {
		return 0, false
	}
	return a.Len(), true
}

// SortInts sorts the array v holds when its elements are entiers stored
// unboxed (ascending, or descending when desc), and reports whether it
// did; otherwise it does nothing. Equal entiers cannot be told apart, so
// the unstable sort gives the stable result.
func SortInts(v Value, desc bool) bool {
	a := v.First().arrayRaw()
	if a == nil || !a.unboxed || a.Elem.Kind != KInt {
		return false
	}
	slices.Sort(a.ints)
	if desc {
		slices.Reverse(a.ints)
	}
	return true
}
