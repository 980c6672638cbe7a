package runtime

import (
	"bytes"
	"context"
	"testing"
)

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
	// Structures of simple members: their payloads, boxed into one
	// block of Structs whose members are the values appended.
	st := &StructType{Name: "ST", Fields: []Field{{Name: "X", Type: TypeInt}, {Name: "Y", Type: TypeReal}}}
	sv := Zero(&Type{Kind: KArray, Elem: &Type{Kind: KStruct, Struct: st}})
	sa := sv.arrayRaw()
	p := NewStruct(st)
	for i := range 3 {
		p.Fields[0], p.Fields[1] = Int(int64(i)), Real(float64(i)/2)
		sa.appendRaw(StructValue(p))
	}
	p.Fields[0] = Int(99)
	if !sa.unboxed || sa.Len() != 3 || len(sa.ints) != 6 {
		t.Fatalf("structures: unboxed %v, len %d", sa.unboxed, sa.Len())
	}
	if b := sv.Array(); b.unboxed || len(b.Data) != 3 || b.Data[2].Struct().Fields[1].Float() != 1 || b.Data[2].Struct().Fields[0].RawInt() != 2 || b.Data[1].Struct() == b.Data[2].Struct() {
		t.Fatalf("structures boxed: %v", b.Data)
	}
	strST := &StructType{Name: "S", Fields: []Field{{Name: "N", Type: TypeString}}}
	for _, typ := range []*Type{
		{Kind: KArray, Elem: &Type{Kind: KStruct, Struct: strST}},
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

// TestBuiltinPlaces: a built-in gets the places of its arguments only
// when it reads them (Func.Places). Otherwise a subscript is evaluated
// once, a missing key is not added to an associative array, and an array
// stored unboxed stays so; a built-in with Places writes through them.
func TestBuiltinPlaces(t *testing.T) {
	var out bytes.Buffer
	e := testEngine(&out)
	e.Register(&Func{Name: "Met", Min: 2, Max: 2, Places: true, Fn: func(c *Call, args []Value) (Value, error) {
		if len(c.Refs) > 0 && c.Refs[0] != nil {
			*c.Refs[0] = args[1]
		}
		return Null, nil
	}})
	src := `n est un entier
t est un tableau de 3 chaînes
t[1] = "a"
Trace(t[Compte()], n)
Trace(n)
m est un tableau associatif d'entiers
Trace(m["x"], m.Occurrence)
ti est un tableau d'entiers
ti += 5
Trace(ti[1])
Met(t[2], "b")
Met(ti[1], 6)
Trace(t[2], ti[1], ti.Occurrence)

PROCÉDURE Compte()
n++
RENVOYER 1
`
	p, err := e.Compile("t.wl", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := p.Run(context.Background()); err != nil {
		t.Fatal(err)
	}
	if want := "a 1\n1\n0 0\n5\nb 6 1\n"; out.String() != want {
		t.Errorf("got %q, want %q", out.String(), want)
	}
}
