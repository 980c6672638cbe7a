package runtime

import "github.com/wlangage/wl/parser"

// keepsNoRef reports whether a loop's body and condition cannot keep a
// reference to the loop variable (key): the variable appears only as
// the structure of a member (e.X, read or written) or as the target of
// `=`, and there is no `<-`, no call but of a built-in, no declaration,
// no indirection. POUR TOUT over an unboxed array of structures then
// keeps the current element in one structure of its own.
func (c *compiler) keepsNoRef(b *procBuild, key string, body []parser.Stmt, where parser.Expr) bool {
	safe := true
	var check func(n parser.Node) bool
	check = func(n parser.Node) bool {
		if !safe {
			return false
		}
		switch n := n.(type) {
		case *parser.Member:
			if id, ok := n.X.(*parser.Ident); ok && id.Key == key {
				return false // e.X
			}
		case *parser.Assign:
			if n.Op == "<-" {
				safe = false
			} else if id, ok := n.Targets[0].(*parser.Ident); ok && id.Key == key && len(n.Targets) == 1 && n.Op == "=" {
				parser.Inspect(n.Value, check) // e = v
				return false
			}
		case *parser.VarDecl, *parser.Indirection:
			// Conservative: a declared object runs its class's code.
			safe = false
		case *parser.Ident:
			if n.Key == key || c.lookupProc(b, n.Key) != nil {
				safe = false
			}
		case *parser.Call:
			id, ok := n.Fun.(*parser.Ident)
			if !ok || c.lookupProc(b, id.Key) != nil || c.eng.reg.LookupFunc(id.Key) == nil {
				safe = false
			} else if vi := c.lookupVar(b, id.Key); vi != nil {
				safe = false
			}
		}
		return safe
	}
	for _, st := range body {
		parser.Inspect(st, check)
	}
	if where != nil {
		parser.Inspect(where, check)
	}
	return safe
}
