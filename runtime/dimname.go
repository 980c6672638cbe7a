package runtime

import "github.com/wlangage/wl/parser"

// dimensionError reports an array dimension whose value is not known at
// compile time. A bare name that nothing declares is WinDev's unknown
// identifier (301), as anywhere else: in a project, often a constant of
// another file (`tableau fixe de csMax entiers`).
func (c *compiler) dimensionError(d parser.Expr) {
	if id, ok := d.(*parser.Ident); ok && !c.isBuiltinName(id.Key) && !c.declaredAnywhere(id.Key) {
		c.errorf(id.P, codeUnknownIdent, "Identificateur inconnu « "+c.spell(id.Name)+" »", "Unknown identifier '"+c.spell(id.Name)+"'")
		return
	}
	c.errorf(d.Position(), codeConstRequired, "La dimension d'un tableau doit être une constante", "An array dimension must be a constant")
}

// declaredAnywhere tells whether some variable, parameter or constant of
// the program is named key (only on this error path: a walk of the file).
func (c *compiler) declaredAnywhere(key string) bool {
	found := c.released[key] // the bodies check mode released (compile.go)
	visit := func(body []parser.Stmt) {
		parser.WalkStmts(body, func(st parser.Stmt) bool {
			switch st := st.(type) {
			case *parser.VarDecl:
				for _, n := range st.Names {
					found = found || n.Key == key
				}
			case *parser.ConstDecl:
				for _, n := range st.Names {
					found = found || n.Key == key
				}
			}
			return !found
		})
	}
	visit(c.file.Main)
	for _, pd := range c.file.Procs {
		for _, p := range pd.Params {
			found = found || p.Name.Key == key
		}
		visit(pd.Body)
	}
	return found
}
