package runtime

import (
	"github.com/wlangage/wl/lexer/diag"
	"github.com/wlangage/wl/parser"
)

// compiler turns a parsed file into closures.
type compiler struct {
	eng     *Engine
	file    *parser.File
	errs    []*parser.Error
	warns   []*parser.Error
	globals map[string]*procEntry
	structs map[string]*Type
	lang    string
	// consts are the script's CONSTANTE values, known before anything else
	// is compiled (they may size arrays).
	consts map[string]Value
	// avec, while a POUR TOUT ... AVEC condition is compiled, is the loop
	// element: unknown names there are its members.
	avec *lval
	// reported holds the errors already reported.
	reported map[errKey]bool
	// libs are the files compiled with the script (CompileWith), by name:
	// their names are spelled from their own text.
	libs map[string]*parser.File
	// cls holds the program's classes (class.go).
	cls *classState
}

func newCompiler(e *Engine, f *parser.File) *compiler {
	return &compiler{eng: e, file: f, globals: map[string]*procEntry{}, structs: map[string]*Type{}, consts: map[string]Value{}, lang: e.opts.Lang}
}

func (c *compiler) errorf(pos Position, code int, fr, en string) {
	// A sub-expression compiled on two paths must not report its error
	// twice: one error, one line.
	k := errKey{pos, code, fr}
	if c.reported[k] {
		return
	}
	if c.reported == nil {
		c.reported = map[errKey]bool{}
	}
	c.reported[k] = true
	c.errs = append(c.errs, &parser.Error{Pos: pos, Code: code, FR: fr, EN: en})
}

// errKey identifies a reported compile error.
type errKey struct {
	pos  Position
	code int
	fr   string
}

func (c *compiler) warnf(pos Position, fr, en string) {
	c.warns = append(c.warns, &parser.Error{Pos: pos, Severity: diag.SeverityWarning, FR: fr, EN: en})
}

func (c *compiler) spell(n parser.Name) string { return c.fileOf(n.P.File).Spell(n) }

func (c *compiler) compileProgram() (*Program, error) {
	// Global procedures first: a procedure may be called before its
	// declaration (DECISIONS 3).
	for _, pd := range c.file.Procs {
		if pd.Class.Key != "" {
			continue // a method (class.go)
		}
		if _, dup := c.globals[pd.Name.Key]; dup {
			c.errorf(pd.P, 0, "Procédure « "+c.spell(pd.Name)+" » déclarée deux fois", "Procedure '"+c.spell(pd.Name)+"' declared twice")
			continue
		}
		c.globals[pd.Name.Key] = &procEntry{decl: pd, code: &procCode{name: c.spell(pd.Name), pos: pd.P}}
	}
	// Constants and structures first: types and dimensions use them.
	collect := func(body []parser.Stmt) {
		parser.WalkStmts(body, func(st parser.Stmt) bool {
			if cd, ok := st.(*parser.ConstDecl); ok {
				for i, n := range cd.Names {
					if v, ok := c.constValue(cd.Values[i]); ok {
						c.consts[n.Key] = v
					}
				}
			}
			return true
		})
	}
	collect(c.file.Main)
	for _, pd := range c.file.Procs {
		collect(pd.Body)
	}
	c.collectStructs(c.file.Main)
	for _, pd := range c.file.Procs {
		c.collectStructs(pd.Body)
	}
	c.collectClasses()
	mainDecl := &parser.ProcDecl{Name: parser.Name{Key: "TRAITEMENT"}, Body: c.file.Main}
	mainB := &procBuild{code: &procCode{name: "Code du script", pos: Position{File: c.file.Name, Line: 1, Col: 1}}, vars: map[string]*varInfo{}, decl: mainDecl}
	c.classGlobals(mainB)
	c.compileBody(mainB, mainDecl)
	c.compileClasses(mainB)
	for _, pd := range c.file.Procs {
		e := c.globals[pd.Name.Key]
		if e == nil || e.decl != pd {
			continue
		}
		b := &procBuild{code: e.code, vars: map[string]*varInfo{}, parent: mainB, decl: pd}
		c.compileBody(b, pd)
	}
	if len(c.errs) > 0 {
		return nil, &CompileError{Errors: c.errs, Warnings: c.warns}
	}
	return &Program{eng: c.eng, file: c.file, main: mainB.code, Warnings: c.warns}, nil
}

// compileBody compiles one traitement: parameters, declarations, then the
// statements.
func (c *compiler) compileBody(b *procBuild, pd *parser.ProcDecl) {
	pc := b.code
	for _, p := range pd.Params {
		t := TypeVariant
		if p.Type != nil {
			t = c.resolveType(p.Type)
		}
		vi := &varInfo{slot: len(b.vars), typ: t, param: true, owner: b}
		if _, dup := b.vars[p.Name.Key]; dup {
			c.errorf(p.P, 0, "Paramètre « "+c.spell(p.Name)+" » déclaré deux fois", "Parameter '"+c.spell(p.Name)+"' declared twice")
		}
		b.vars[p.Name.Key] = vi
		pcp := paramCode{name: c.spell(p.Name), typ: t, local: p.Local}
		pc.params = append(pc.params, pcp)
	}
	pc.nparams = len(pd.Params)
	pc.variadic = pd.Variadic
	for _, r := range pd.Results {
		pc.results = append(pc.results, c.resolveType(r))
	}
	// Defaults are compiled in the procedure's own scope.
	for i, p := range pd.Params {
		if p.Default != nil {
			pc.params[i].def = c.expr(b, p.Default).fn
			pc.params[i].hasDef = true
		}
	}
	// Internal procedures declared in this body.
	b.procs = map[string]*procEntry{}
	parser.WalkStmts(pd.Body, func(s parser.Stmt) bool {
		if ip, ok := s.(*parser.ProcDecl); ok {
			b.procs[ip.Name.Key] = &procEntry{decl: ip, code: &procCode{name: c.spell(ip.Name), internal: true, pos: ip.P}, owner: b}
			pc.hasInner = true
			return false
		}
		return true
	})
	c.declareLocals(b, pd.Body)
	pc.body = c.scopeEnd(b, c.block(b, pd.Body, true))
	pc.nlocals = len(b.vars)
	for _, e := range b.procs {
		ib := &procBuild{code: e.code, vars: map[string]*varInfo{}, parent: b, decl: e.decl}
		c.compileBody(ib, e.decl)
	}
	pc.nlocals = len(b.vars)
}
