package runtime

import (
	"slices"
	"unsafe"
)

// Arrays of simple values and of simple structures kept unboxed.
//
// A dynamic array declared with entier, réel or booléen elements
// (`t est un tableau d'entiers`) starts with its elements stored as their
// int64 payload alone (Array.ints): 8 bytes an element instead of a
// 24-byte Value, and no pointer word for the garbage collector to scan
// or to guard with write barriers. Ajoute, `t += v`, t[i] read, the
// element count, POUR TOUT (loops.go) and TableauTrie of entiers use
// that storage as it is.
//
// A dynamic array of structures whose members are all such simple
// values (entiers, réels, booléens, dates, heures, durées) starts with
// the payloads of its elements' members one after the other in ints,
// without a Struct or a Value per element: Ajoute copies the structure's
// members there, and POUR TOUT loads them into one structure per loop
// (loops.go, loopref.go). Boxing makes the Structs and their members,
// in two blocks.
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
	if elem == nil || elem.Any || elem.Enum != nil || elem.Dynamic {
		return false
	}
	switch elem.Kind {
	case KInt, KReal, KBool:
		return elem.Struct == nil
	case KStruct:
		st := elem.Struct
		if st == nil || len(st.Fields) == 0 || st.New != nil || st.Class != nil {
			return false
		}
		for _, f := range st.Fields {
			if !payloadMember(f.Type) {
				return false
			}
		}
		return true
	}
	return false
}

// payloadMember reports whether the values of a member of type t are
// Value{k: t.Kind, n: x} (the member's conversion gives them that form).
func payloadMember(t *Type) bool {
	if t == nil || t.Any || t.Dynamic || t.Struct != nil || t.Enum != nil {
		return false
	}
	switch t.Kind {
	case KInt, KReal, KBool, KDuration, KDate, KTime, KDateTime:
		return true
	}
	return false
}

// payload reports whether v is Value{k: k, n: x}: no pointer, no
// decimals, no flag.
func payload(v Value, k Kind) bool { return v.k == k && v.p == nil && v.sc == 0 && v.fl == 0 }

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
	if a.Elem.Kind == KStruct {
		a.boxStructs()
		return
	}
	data := make([]Value, len(a.ints), max(cap(a.ints), len(a.ints)))
	k := a.Elem.Kind
	for i, n := range a.ints {
		data[i] = Value{k: k, n: n}
	}
	a.Data, a.ints, a.unboxed = data, nil, false
}

// boxStructs makes the Structs of an unboxed array of structures, in
// one block, and their members, in another.
func (a *Array) boxStructs() {
	st := a.Elem.Struct
	nf := len(st.Fields)
	n := len(a.ints) / nf
	hdrs := make([]Struct, n)
	fields := make([]Value, n*nf)
	data := make([]Value, n, max(n, cap(a.ints)/nf))
	for i := range hdrs {
		h := &hdrs[i]
		h.Type, h.Fields = st, fields[i*nf:(i+1)*nf:(i+1)*nf]
		for j, x := range a.ints[i*nf : (i+1)*nf] {
			h.Fields[j] = Value{k: st.Fields[j].Type.Kind, n: x}
		}
		data[i] = StructValue(h)
	}
	if a.live != nil && a.liveAt < n {
		data[a.liveAt] = StructValue(a.live)
	}
	a.Data, a.ints, a.unboxed, a.live = data, nil, false, nil
}

// payloads reports whether every member of s has the payload form of its
// type.
func payloads(s *Struct) bool {
	for i, f := range s.Fields {
		if !payload(f, s.Type.Fields[i].Type.Kind) {
			return false
		}
	}
	return true
}

// unboxedAt returns element i (0-based, in range) of an unboxed array
// of simple values.
func (a *Array) unboxedAt(i int) Value { return Value{k: a.Elem.Kind, n: a.ints[i]} }

// appendRaw appends v (converted to the element type) to a, keeping an
// unboxed array unboxed when the converted value fits; it returns the new
// 1-based index.
func (a *Array) appendRaw(v Value) int {
	if a.unboxed && a.Elem.Kind == KStruct {
		// A structure of the element type: its members' payloads copied
		// (what the copy convertLoose makes would hold).
		if s := v.First().Struct(); s != nil && s.Type == a.Elem.Struct && s.Native == nil && payloads(s) {
			if l := len(a.ints); l+len(s.Fields) > cap(a.ints) && l >= doubleFrom {
				a.ints = growChunked(a.ints, l)
			}
			for _, f := range s.Fields {
				a.ints = append(a.ints, f.n)
			}
			return len(a.ints) / len(s.Fields)
		}
		a.box()
	}
	if a.unboxed {
		if c := convertLoose(v, a.Elem); payload(c, a.Elem.Kind) {
			if l := len(a.ints); l == cap(a.ints) && l >= doubleFrom {
				a.ints = growChunked(a.ints, l)
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

// growChunked returns s with room for n more elements, in a new array
// whose old part is copied 64 KiB at a time. One copy of a large array
// cannot be preempted: a collector waiting to scan the goroutine's stack
// sends it signal after signal, each page fault of the copy delivering
// one (memint: up to 600 signals and 4 times the CPU time, from run to
// run); between chunks the goroutine stops for the collector at once.
// Pointer-free elements only: a chunked copy of Values, with its write
// barriers, was slower.
func growChunked[T any](s []T, n int) []T {
	ns := make([]T, len(s), len(s)+n)
	chunk := max(1, 64<<10/int(unsafe.Sizeof(*new(T))))
	for i := 0; i < len(s); i += chunk {
		j := min(i+chunk, len(s))
		copy(ns[i:j], s[i:j])
	}
	return ns
}
