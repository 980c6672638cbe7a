package parser

import (
	"strconv"
	"testing"
)

// TestArrayDimensionStar: `*` may stand for any dimension, not only when
// every dimension is one (doc 3075003: `tableau de * par 2 entiers`), and
// a constant name may follow PAR.
func TestArrayDimensionStar(t *testing.T) {
	for _, c := range []struct {
		src  string
		dims []string // "*" for a star (an IntLit 0), else the literal or name
	}{
		{"t est un tableau de * par 2 entiers\n", []string{"*", "2"}},
		{"t est un tableau de 2 par * entiers\n", []string{"2", "*"}},
		{"t est un tableau de * par * par 3 réels\n", []string{"*", "*", "3"}},
		{"t is an array of * by 2 int\n", []string{"*", "2"}},
		{"CONSTANTE N = 4\nt est un tableau de 3 par N chaînes\n", []string{"3", "N"}},
		{"t est un tableau de 5 entiers\n", []string{"5"}},
		{"t est un tableau d'entiers\n", nil},
	} {
		f, err := Parse("t.wl", c.src)
		if err != nil {
			t.Fatalf("%q: %v", c.src, err)
		}
		d, ok := f.Main[len(f.Main)-1].(*VarDecl)
		if !ok || d.Type == nil || d.Type.Array == nil || d.Type.Array.Elem == nil {
			t.Fatalf("%q: %#v, want an array declaration", c.src, f.Main[len(f.Main)-1])
		}
		got := d.Type.Array.Dims
		if len(got) != len(c.dims) {
			t.Fatalf("%q: %d dimensions, want %d", c.src, len(got), len(c.dims))
		}
		for i, want := range c.dims {
			switch x := got[i].(type) {
			case *IntLit:
				if (want == "*" && x.Value != 0) || (want != "*" && want != strconv.FormatInt(x.Value, 10)) {
					t.Errorf("%q: dimension %d = %d, want %s", c.src, i+1, x.Value, want)
				}
			case *Ident:
				if x.Key != want {
					t.Errorf("%q: dimension %d = %s, want %s", c.src, i+1, x.Key, want)
				}
			default:
				t.Errorf("%q: dimension %d is %T", c.src, i+1, x)
			}
		}
	}
}
