package lexer

import "testing"

// TestLambdaBraceLines checks the line breaks of a lambda's body written
// inside a call (doc 1514084): a brace block keeps its line breaks even
// within ( ), a `;` separates statements inside a one-line brace, and the
// call's own line breaks are still continuations.
func TestLambdaBraceLines(t *testing.T) {
	for _, c := range []struct {
		src  string
		want int // Newline tokens
	}{
		{"f(x => {\n\ta = 1\n\tb = 2\n}, 3)\n", 4},      // after {, a = 1, b = 2, the call
		{"f(x => {a = 1; b = 2}, 3)\n", 2},              // the ; and the call
		{"f(1,\n 2)\n", 1},                              // a continuation, as before
		{"f(1; 2)\n", 1},                                // ; inside ( ) only
		{"f({a}, g(1;\n 2))\n", 1},                      // ; in a call inside nothing
		{"f(x => {\n\tg(1,\n\t\t2)\n}, 3)\ny = 1\n", 4}, // continuation inside the block
	} {
		toks, err := Tokenize("t.wl", c.src)
		if err != nil {
			t.Fatalf("%q: %v", c.src, err)
		}
		n := 0
		for _, tk := range toks {
			if tk.Type == Newline {
				n++
			}
		}
		if n != c.want {
			t.Errorf("%q: %d line breaks, want %d", c.src, n, c.want)
		}
	}
}
