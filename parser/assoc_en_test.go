package parser

import "testing"

// TestAssociativeArrayEnglish: the English order `associative array of T`
// (DECISIONS 9d) declares the same type as `tableau associatif de T`, with
// or without options.
func TestAssociativeArrayEnglish(t *testing.T) {
	for _, src := range []string{
		"Stock is an associative array of int\n",
		"Stock is associative array of int\n",
		"Stock est un tableau associatif d'entiers\n",
		"Stock is an associative array (WithDuplicates) of int\n",
	} {
		f, err := Parse("t.wl", src)
		if err != nil {
			t.Fatalf("%q: %v", src, err)
		}
		d, ok := f.Main[0].(*VarDecl)
		if !ok || d.Type == nil || d.Type.Array == nil {
			t.Fatalf("%q: %#v, want an array declaration", src, f.Main[0])
		}
		if !d.Type.Array.Assoc || d.Type.Array.Elem == nil {
			t.Errorf("%q: Assoc=%v Elem=%v, want an associative array of a type", src, d.Type.Array.Assoc, d.Type.Array.Elem)
		}
	}
	// `associative` alone is still a name
	if _, err := Parse("t.wl", "associative = 1\n"); err != nil {
		t.Fatalf("associative as a variable: %v", err)
	}
}
