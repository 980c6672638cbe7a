package parser

import "testing"

// TestCast: `(type) x` is an explicit conversion (1515004, SPEC §5.6:
// `(chaîne) 378 + (chaîne) 578` = "378578"); it binds like a unary
// operator. A parenthesised name that is not a simple type, or a type
// name followed by an operator, stays a parenthesised expression.
func TestCast(t *testing.T) {
	value := func(src string) Expr {
		t.Helper()
		f, err := Parse("t.wl", src)
		if err != nil {
			t.Fatalf("%q: %v", src, err)
		}
		return f.Main[0].(*Assign).Value
	}
	b, ok := value("x = (chaîne) 378 + (CHAINE) 578\n").(*Binary)
	if !ok || b.Op != "+" {
		t.Fatalf("want a + b, got %T", b)
	}
	for _, side := range []Expr{b.L, b.R} {
		c, ok := side.(*Cast)
		if !ok || c.Type.Key != "CHAINE" {
			t.Fatalf("operand %T, want a Cast to CHAINE", side)
		}
		if _, ok := c.X.(*IntLit); !ok {
			t.Fatalf("cast of %T, want an IntLit", c.X)
		}
	}
	if c, ok := value("x = (entier) n.Valeur\n").(*Cast); !ok || c.Type.Key != "ENTIER" {
		t.Fatalf("(entier) n.Valeur: %T", c)
	} else if _, ok := c.X.(*Member); !ok {
		t.Fatalf("(entier) n.Valeur casts %T, want the whole member access", c.X)
	}
	if c, ok := value("x = (string) (1 + 2)\n").(*Cast); !ok || c.Type.Key != "STRING" {
		t.Fatalf("(string) (1 + 2): %T", c)
	}
	// not casts
	if _, ok := value("x = (n) - 1\n").(*Binary); !ok {
		t.Fatal("(n) - 1 must stay a subtraction")
	}
	if _, ok := value("x = (n)\n").(*Paren); !ok {
		t.Fatal("(n) must stay a parenthesised expression")
	}
	// (Client) is a parenthesised name, so `y` is left over: two
	// juxtaposed operands are a syntax error, not a cast.
	if f, err := Parse("t.wl", "x = (Client) y\n"); err == nil {
		if _, ok := f.Main[0].(*Assign).Value.(*Cast); ok {
			t.Fatal("(Client) y: only simple types are casts")
		}
	}
}
