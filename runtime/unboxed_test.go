package runtime

import "testing"

// TestUnboxedForm: an empty dynamic array of entiers starts unboxed and
// stays so while values that fit are appended; a copy is unboxed too and
// shares nothing; a value that does not fit, or Value.Array, boxes it for
// good with the same elements; arrays of other element types, or with
// dimensions, start boxed.
func TestUnboxedForm(t *testing.T) {
	v := Zero(&Type{Kind: KArray, Elem: TypeInt})
	a := v.arrayRaw()
	if !a.unboxed {
		t.Fatal("tableau d'entiers: not unboxed")
	}
	for i := range int64(3000) {
		a.appendRaw(Int(i))
	}
	a.appendRaw(Str("7"))
	a.appendRaw(Real(-2.9))
	if !a.unboxed || a.Len() != 3002 || len(a.Data) != 0 || a.ints[3000] != 7 || a.ints[3001] != -2 {
		t.Fatalf("after appends: unboxed %v, len %d, tail %v", a.unboxed, a.Len(), a.ints[2999:])
	}
	c := copyValue(v).arrayRaw()
	c.appendRaw(Int(1))
	c.ints[0] = 99
	if !c.unboxed || a.ints[0] != 0 || a.Len() != 3002 || c.Len() != 3003 {
		t.Fatal("the copy shares the original's elements")
	}
	if b := v.Array(); b != a || a.unboxed || len(a.Data) != 3002 || a.Data[3001].Kind() != KInt || a.Data[3001].RawInt() != -2 || a.Data[5].RawInt() != 5 {
		t.Fatalf("Value.Array did not box: %v %d", a.unboxed, len(a.Data))
	}
	a.appendRaw(Int(8))
	if a.unboxed || a.Data[3002].RawInt() != 8 {
		t.Fatal("a boxed array went back to the unboxed form")
	}
	r := Zero(&Type{Kind: KArray, Elem: TypeReal4}).arrayRaw()
	r.appendRaw(Real(1.23456789))
	if !r.unboxed || r.unboxedAt(0).Float() != 1.23457 {
		t.Fatalf("réel sur 4 octets: %v", r.unboxedAt(0))
	}
	for _, typ := range []*Type{
		{Kind: KArray, Elem: TypeString},
		{Kind: KArray, Elem: TypeCurrency},
		{Kind: KArray, Elem: TypeVariant},
		{Kind: KArray, Elem: TypeInt, Dims: []int{3}},
	} {
		if Zero(typ).arrayRaw().unboxed {
			t.Errorf("%v elements, dims %v: unboxed", typ.Elem.Name, typ.Dims)
		}
	}
}
