package parser

import "testing"

// TestLambdaForms checks the tree of each lambda form of doc 1514084 and
// that the forms it resembles are not lambdas.
func TestLambdaForms(t *testing.T) {
	for _, c := range []struct {
		src    string
		params []string
		result bool // an expression lambda: one RENVOYER
		stmts  int
		typed  bool
	}{
		{"p = x => x + 1\n", []string{"X"}, true, 1, false},
		{"p = (x) => x\n", []string{"X"}, true, 1, false},
		{"p = (a, b) => a * b\n", []string{"A", "B"}, true, 1, false},
		{"p = () => 1\n", nil, true, 1, false},
		{"p = x => {Trace(x)}\n", []string{"X"}, false, 1, false},
		{"p = x => {Trace(x); Trace(2)}\n", []string{"X"}, false, 2, false},
		{"p = x => {\n\tTrace(x)\n\tTrace(2)\n}\n", []string{"X"}, false, 2, false},
		{"f(1, (r, f) => {\n\tTrace(f)\n})\n", []string{"R", "F"}, false, 1, false},
		{"p = PROCÉDURE(a est une chaîne, b) : entier {Trace(a); RENVOYER 1}\n", []string{"A", "B"}, false, 2, true},
	} {
		f, err := Parse("t.wl", c.src)
		if err != nil {
			t.Errorf("%q: %v", c.src, err)
			continue
		}
		var lams []*Lambda
		InspectFile(f, func(n Node) bool {
			if l, ok := n.(*Lambda); ok {
				lams = append(lams, l)
			}
			return true
		})
		if len(lams) != 1 {
			t.Errorf("%q: %d lambdas, want 1", c.src, len(lams))
			continue
		}
		pd := lams[0].Proc
		var names []string
		for _, p := range pd.Params {
			names = append(names, p.Name.Key)
		}
		if len(names) != len(c.params) {
			t.Errorf("%q: parameters %v, want %v", c.src, names, c.params)
			continue
		}
		for i := range names {
			if names[i] != c.params[i] {
				t.Errorf("%q: parameters %v, want %v", c.src, names, c.params)
			}
		}
		if len(pd.Body) != c.stmts {
			t.Errorf("%q: %d statements, want %d", c.src, len(pd.Body), c.stmts)
		}
		if r, ok := pd.Body[0].(*Return); ok != c.result || (ok && c.result && r.Kw != "RENVOYER") {
			t.Errorf("%q: body %T, expression lambda %v", c.src, pd.Body[0], c.result)
		}
		if typed := len(pd.Results) == 1 && pd.Params[0].Type != nil && pd.Params[1].Type == nil; typed != c.typed {
			t.Errorf("%q: typed %v, want %v", c.src, typed, c.typed)
		}
	}
	// Not lambdas: a comparison, a parenthesis, a spaced `= >`.
	for _, src := range []string{"SI a >= b ALORS Trace(1)\n", "x = (a + b)\n", "x = (a)\n", "p = (a, b)\n"} {
		f, err := Parse("t.wl", src)
		if err != nil {
			t.Errorf("%q: %v", src, err)
			continue
		}
		InspectFile(f, func(n Node) bool {
			if _, ok := n.(*Lambda); ok {
				t.Errorf("%q: parsed as a lambda", src)
			}
			return true
		})
	}
	for _, src := range []string{"x = a = > b\n", "p = (a,) => 1\n", "p = (1) => 2\n"} {
		if _, err := Parse("t.wl", src); err == nil {
			t.Errorf("%q: no error", src)
		}
	}
}
