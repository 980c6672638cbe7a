package runtime

import "github.com/wlangage/wl/parser"

// Lambdas (doc 1514084): a lambda is an anonymous internal procedure, so
// it is compiled as one, in the traitement where it is written, and its
// value is a Procédure that keeps that traitement's frame (closure): the
// lambda reads and writes the variables around it as an internal
// procedure does. It is called wherever a procedure value is (a
// Procédure variable or parameter, TableauTrie with ttFonction...). Its
// parameters are untyped; arguments past them are ignored and missing
// ones are empty, as the doc says (callProc already does both).

// lambdaName is the name a lambda shows in the call stack and as text:
// the doc gives it none.
const lambdaName = "lambda"

// lambda compiles a lambda written in b.
func (c *compiler) lambda(b *procBuild, e *parser.Lambda) compiled {
	code := &procCode{name: lambdaName, internal: true, pos: e.P}
	// The lambda's value keeps b's frame, which must then not be reused
	// by the next call at the same depth (as for PROCÉDURE INTERNE).
	b.code.hasInner = true
	// The body is compiled apart from the expression around it: it runs
	// later, called back, not inside that expression.
	avec, depth, base, concat := c.avec, c.depth, c.lastBase, c.concat
	c.avec, c.depth = nil, 0
	ib := &procBuild{code: code, vars: map[string]*varInfo{}, parent: b, decl: e.Proc}
	c.compileBody(ib, e.Proc)
	c.avec, c.depth, c.lastBase, c.concat = avec, depth, base, concat
	return compiled{func(f *frame) Value { return procValue(&Proc{code: code, up: f}) }, TypeProc}
}

// hasLambda reports whether body holds a lambda (fastcall.go's
// declaresInner: its frame must not be reused).
func hasLambda(body []parser.Stmt) bool {
	found := false
	for _, s := range body {
		parser.Inspect(s, func(n parser.Node) bool {
			if _, ok := n.(*parser.Lambda); ok {
				found = true
			}
			return !found
		})
		if found {
			return true
		}
	}
	return false
}

// lambdaCondition reports a lambda written as a condition: `SI x=>2`
// reads as the lambda x => 2 (WLangage has no `=>` comparison, >= is
// meant), and a procedure is no boolean.
func (c *compiler) lambdaCondition(e parser.Expr) {
	if _, ok := e.(*parser.Lambda); ok {
		c.errorf(e.Position(), codeUnsupported, "Une procédure lambda ne peut pas être une condition (« => » n'est pas une comparaison : >= ?)",
			"A lambda procedure cannot be a condition ('=>' is no comparison: >= ?)")
	}
}
