package runtime

import (
	"errors"
	"fmt"
	"math"
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
		// Two computed arguments, converted to their parameters' types
		// (a number to a chaîne, an entier to a réel), a chaîne result,
		// and an internal procedure called on the typed path.
		{"two", "Trace(Joint(1 + 1, 3 * 2))\nTrace(Moitié(7 + 0, \"x\" + \"y\"))\nPROCÉDURE Joint(a est une chaîne, b est un entier) : chaîne\nRENVOYER a + \"-\" + b\nPROCÉDURE Moitié(r est un réel, s est une chaîne) : chaîne\nPROCÉDURE INTERNE Deux() : chaîne\n\tRENVOYER s + s\nFIN\nRENVOYER Deux() + \" \" + (r / 2)\n", "2-6\nxyxy 3.5\n"},
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

// x op k, k a literal, is compiled as one range check (intCond): every
// operator against Go's, at and around the limits of 64 bits, for a local
// variable and for a parameter.
func TestIntCondRange(t *testing.T) {
	xs := []int64{math.MinInt64, math.MinInt64 + 1, -1, 0, 1, 2, math.MaxInt64 - 1, math.MaxInt64}
	ks := []int64{0, 1, 2, math.MaxInt64 - 1, math.MaxInt64}
	ops := []struct {
		op string
		fn func(x, k int64) bool
	}{
		{"<", func(x, k int64) bool { return x < k }},
		{"<=", func(x, k int64) bool { return x <= k }},
		{">", func(x, k int64) bool { return x > k }},
		{">=", func(x, k int64) bool { return x >= k }},
		{"=", func(x, k int64) bool { return x == k }},
		{"<>", func(x, k int64) bool { return x != k }},
	}
	var src, want strings.Builder
	src.WriteString("x est un entier sur 8 octets\n")
	var proc strings.Builder
	proc.WriteString("PROCÉDURE P(p est un entier sur 8 octets)\n")
	for _, x := range xs {
		if x == math.MinInt64 {
			src.WriteString("x = -9223372036854775807 - 1\n")
		} else {
			fmt.Fprintf(&src, "x = %d\n", x)
		}
		src.WriteString("P(x + 0)\nP(x)\n")
		for _, o := range ops {
			for _, k := range ks {
				fmt.Fprintf(&src, "SI x %s %d ALORS Trace(1) SINON Trace(0)\n", o.op, k)
				b := 0
				if o.fn(x, k) {
					b = 1
				}
				fmt.Fprintf(&want, "%d\n", b)
			}
		}
	}
	// P prints the same answers from its parameter.
	for _, o := range ops {
		for _, k := range ks {
			fmt.Fprintf(&proc, "SI p %s %d ALORS Trace(1) SINON Trace(0)\n", o.op, k)
		}
	}
	// For each x, P(x + 0) (typed path) and P(x) (by reference) print
	// their answers, then the local tests do.
	lines := strings.SplitAfter(want.String(), "\n")
	per := len(ops) * len(ks)
	var expect2 strings.Builder
	for i := range xs {
		block := strings.Join(lines[i*per:(i+1)*per], "")
		expect2.WriteString(block + block + block)
	}
	out, err := run(t, src.String()+proc.String())
	if err != nil {
		t.Fatal(err)
	}
	if out != expect2.String() {
		t.Errorf("got\n%s\nwant\n%s", out, expect2.String())
	}
}
