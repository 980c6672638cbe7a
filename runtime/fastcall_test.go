package runtime

import (
	"errors"
	"strings"
	"testing"
)

// Frames are reused by depth, by the typed path (parameters in their
// slots) and by callProc (parameters bound to the caller's places): a
// parameter always reads and writes where its argument lives, whichever
// path used the frame before.
func TestParamsAcrossPaths(t *testing.T) {
	runScripts(t, []scriptCase{
		// G(x) binds v to x at the depth where F's recursion then calls
		// F(n - 1) by value, and back.
		{"alternate", "x est un entier = 5\nTrace(F(3))\nTrace(x)\nPROCÉDURE F(n est un entier) : entier\nSI n < 1 ALORS RENVOYER 0\nG(x)\nRENVOYER n + F(n - 1)\nPROCÉDURE G(v est un entier)\nv += 1\n", "6\n8\n"},
		// K(7) after H(x) at the same depth reads its own argument.
		{"reuse", "x est un entier = 1\nH(x)\nTrace(K(7))\nH(x)\nTrace(x, K(x + 0))\nPROCÉDURE H(v est un entier)\nv = v * 10\nPROCÉDURE K(n est un entier) : entier\nn++\nRENVOYER n\n", "8\n100 101\n"},
		// A parameter written by the callee stays local on the typed path
		// (a value) and reaches the caller's variable on the other.
		{"write", "a est un entier = 3\nTrace(Inc(a + 0), a)\nTrace(Inc(a), a)\nPROCÉDURE Inc(n est un entier) : entier\nn += 1\nRENVOYER n\n", "4 3\n4 4\n"},
		// An internal procedure reads its enclosing procedure's parameter,
		// bound or not.
		{"inner", "y est un entier = 2\nTrace(Outer(y), Outer(y + 1))\nPROCÉDURE Outer(p est un entier) : entier\nPROCÉDURE INTERNE Twice() : entier\n\tRENVOYER p * 2\nFIN\nRENVOYER Twice()\n", "4 6\n"},
		// A default value reads an earlier parameter bound by reference.
		{"default", "z est un entier = 4\nD(z)\nTrace(z)\nPROCÉDURE D(a est un entier, b est un entier = a + 1)\na = a + b\n", "9\n"},
		// Comparisons and steps of an entier against a literal, at the
		// limits of 64 bits.
		{"consts", "m est un entier sur 8 octets = 9223372036854775807\nSI m > 9223372036854775806 ALORS Trace(\"max\")\nSI m <> 0 ET m >= 1 ALORS Trace(\"ok\")\nn est un entier sur 8 octets = -9223372036854775807\nTrace(n - 1)\nSI n - 1 < -9223372036854775807 ALORS Trace(\"min\")\n", "max\nok\n-9223372036854775808\nmin\n"},
	})
	for _, src := range []string{
		"m est un entier sur 8 octets = 9223372036854775807\nTrace(m + 1)\n",
		"n est un entier sur 8 octets = -9223372036854775807\nTrace(n - 2)\n",
		"Trace(P(9223372036854775807))\nPROCÉDURE P(n est un entier sur 8 octets) : entier sur 8 octets\nRENVOYER n + 1\n",
	} {
		_, err := run(t, src)
		var re *Error
		if !errors.As(err, &re) || !strings.Contains(re.FR, "Dépassement") {
			t.Errorf("%q: got %v, want the overflow", src, err)
		}
	}
}
