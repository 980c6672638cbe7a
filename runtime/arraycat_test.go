package runtime

import "testing"

// TestConcatArray: rows follow rows and the first dimension counts them;
// arrays whose other dimensions differ are refused and left as they were.
func TestConcatArray(t *testing.T) {
	mk := func(rows, cols int) *Array {
		a := NewArray(TypeInt, rows*cols)
		a.Dims = []int{rows, cols}
		for i := range a.Data {
			a.Data[i] = Int(int64(rows*100 + i))
		}
		return a
	}
	a, b := mk(2, 2), mk(3, 2)
	typeDims := a.Dims
	if !ConcatArray(a, b) {
		t.Fatal("2x2 + 3x2 refused")
	}
	if len(a.Dims) != 2 || a.Dims[0] != 5 || a.Dims[1] != 2 || len(a.Data) != 10 {
		t.Fatalf("dims %v, %d elements; want [5 2], 10", a.Dims, len(a.Data))
	}
	if typeDims[0] != 2 {
		t.Errorf("the old dimensions slice was changed: %v", typeDims)
	}
	if a.Data[4].ToInt() != 300 || a.Data[9].ToInt() != 305 {
		t.Errorf("row 3 starts with %v, row 5 ends with %v; want 300, 305", a.Data[4], a.Data[9])
	}
	c := mk(2, 3)
	if ConcatArray(c, b) {
		t.Error("2x3 + 3x2 accepted")
	}
	if c.Dims[0] != 2 || len(c.Data) != 6 {
		t.Errorf("refused concatenation changed the array: %v, %d elements", c.Dims, len(c.Data))
	}
	one := NewArray(TypeInt, 2)
	if ConcatArray(one, b) {
		t.Error("1-D + 2-D accepted")
	}
	x, y := NewArray(TypeInt, 1), NewArray(TypeInt, 2)
	if !ConcatArray(x, y) || len(x.Data) != 3 {
		t.Errorf("1-D + 1-D: %d elements, want 3", len(x.Data))
	}
}
