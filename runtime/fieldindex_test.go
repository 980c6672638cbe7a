package runtime

import "testing"

// TestFieldIndex checks the scan of small structures against the map used
// by the others: folded names, aliases, a repeated name (last wins).
func TestFieldIndex(t *testing.T) {
	small := &StructType{Fields: []Field{{Name: "Été"}, {Name: "Y"}, {Name: "y"}}}
	aliased := &StructType{Fields: []Field{{Name: "Nom", Aliases: []string{"Name"}}, {Name: "Y"}}}
	for _, c := range []struct {
		st   *StructType
		key  string
		want int
	}{
		{small, "été", 0},
		{small, "y", 2},
		{small, "z", -1},
		{aliased, "name", 0},
		{aliased, "nom", 0},
		{aliased, "y", 1},
		{aliased, "x", -1},
	} {
		if got := c.st.FieldIndex(Fold(c.key)); got != c.want {
			t.Errorf("FieldIndex(%q) = %d, want %d", c.key, got, c.want)
		}
	}
	if small.names == nil || aliased.names != nil {
		t.Errorf("scan used for small=%v aliased=%v", small.names != nil, aliased.names != nil)
	}
}

// TestAllocStruct: a structure of up to four fields is one allocation
// with its fields (none for no field), a larger one two; every field
// starts Null.
func TestAllocStruct(t *testing.T) {
	for n := range 7 {
		want := 1.0
		if n > 4 {
			want = 2
		}
		var s *Struct
		if got := testing.AllocsPerRun(20, func() { s = allocStruct(n) }); got != want {
			t.Errorf("allocStruct(%d): %v allocations, want %v", n, got, want)
		}
		if len(s.Fields) != n {
			t.Fatalf("allocStruct(%d) has %d fields", n, len(s.Fields))
		}
		for i, f := range s.Fields {
			if f.Kind() != KNull {
				t.Errorf("allocStruct(%d): field %d is %v, want Null", n, i, f.Kind())
			}
		}
	}
}
