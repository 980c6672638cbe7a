package runtime

import (
	"fmt"

	"github.com/wlangage/wl/parser"
)

// varInfo is a resolved variable: a slot in its traitement's frame.
type varInfo struct {
	slot    int
	typ     *Type
	param   bool // lives behind frame.refs
	isConst bool
	cval    Value
	owner   *procBuild
}

// procBuild collects what a traitement needs while it is compiled.
type procBuild struct {
	code                     *procCode
	vars                     map[string]*varInfo
	procs                    map[string]*procEntry // internal procedures declared here
	parent                   *procBuild
	decl                     *parser.ProcDecl
	usesRetour, usesRenvoyer bool
}

type procEntry struct {
	decl  *parser.ProcDecl
	code  *procCode
	owner *procBuild // where it is declared (nil: global procedure)
}

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
	// libs are the files compiled with the script (CompileWith), by name:
	// their names are spelled from their own text.
	libs map[string]*parser.File
}

func newCompiler(e *Engine, f *parser.File) *compiler {
	return &compiler{eng: e, file: f, globals: map[string]*procEntry{}, structs: map[string]*Type{}, consts: map[string]Value{}, lang: e.opts.Lang}
}

func (c *compiler) errorf(pos Position, code int, fr, en string) {
	c.errs = append(c.errs, &parser.Error{Pos: pos, Code: code, FR: fr, EN: en})
}

func (c *compiler) warnf(pos Position, fr, en string) {
	c.warns = append(c.warns, &parser.Error{Pos: pos, FR: fr, EN: en})
}

func (c *compiler) spell(n parser.Name) string { return c.fileOf(n.P.File).Spell(n) }

func (c *compiler) compileProgram() (*Program, error) {
	// Global procedures first: a procedure may be called before its
	// declaration (DECISIONS 3).
	for _, pd := range c.file.Procs {
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
	mainDecl := &parser.ProcDecl{Name: parser.Name{Key: "TRAITEMENT"}, Body: c.file.Main}
	mainB := &procBuild{code: &procCode{name: "Code du script", pos: Position{File: c.file.Name, Line: 1, Col: 1}}, vars: map[string]*varInfo{}, decl: mainDecl}
	c.compileBody(mainB, mainDecl)
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
	pc.body = c.block(b, pd.Body, true)
	pc.nlocals = len(b.vars)
	for _, e := range b.procs {
		ib := &procBuild{code: e.code, vars: map[string]*varInfo{}, parent: b, decl: e.decl}
		c.compileBody(ib, e.decl)
	}
	pc.nlocals = len(b.vars)
}

func (c *compiler) collectStructs(body []parser.Stmt) {
	parser.WalkStmts(body, func(s parser.Stmt) bool {
		if sd, ok := s.(*parser.StructDecl); ok {
			st := &StructType{Name: c.spell(sd.Name)}
			t := &Type{Kind: KStruct, Name: st.Name, Struct: st}
			c.structs[sd.Name.Key] = t
			for _, fd := range sd.Fields {
				ft := c.resolveType(fd.Type)
				for _, n := range fd.Names {
					f := Field{Name: c.spell(n), Type: ft}
					if len(fd.Init) > 0 {
						if v, ok := c.constValue(fd.Init[0]); ok {
							cv := convertLoose(v, ft)
							f.Default = func() Value { return cv }
						}
					}
					st.Fields = append(st.Fields, f)
				}
			}
		}
		return true
	})
}

// declareLocals gives a slot to every variable declared in body (scope is
// the whole traitement, DECISIONS 8) and, in permissive mode, to every
// name first assigned without a declaration (DECISIONS 4).
func (c *compiler) declareLocals(b *procBuild, body []parser.Stmt) {
	// A name may be declared once per traitement, except in sibling blocks
	// (two branches of a SI, two CAS), as real projects do: the variable is
	// then shared, its type must be the same (DECISIONS 8: one scope per
	// traitement).
	type decl struct {
		pos  Position
		path []int
		typ  *Type
	}
	declared := map[string]decl{}
	declare := func(n parser.Name, t *Type) {
		if _, ok := b.vars[n.Key]; ok {
			return
		}
		b.vars[n.Key] = &varInfo{slot: len(b.vars), typ: t, owner: b}
	}
	walkBlocks(body, nil, func(s parser.Stmt, path []int) bool {
		switch s := s.(type) {
		case *parser.ProcDecl:
			return false
		case *parser.VarDecl:
			var t *Type
			if s.Type != nil {
				t = c.resolveType(s.Type)
			} else {
				t = TypeVariant
				if len(s.Init) > 0 {
					t = c.staticType(b, s.Init[0])
				}
			}
			for _, n := range s.Names {
				if first, ok := declared[n.Key]; ok {
					if isPrefix(first.path, path) || isPrefix(path, first.path) {
						// SPEC §3.1: declaring a name twice where both are
						// visible is a compile error (a declaration inside a
						// loop that runs again is the same one, DECISIONS 9).
						c.errorf(n.P, 0, "La variable « "+c.spell(n)+" » est déjà déclarée (ligne "+Int(int64(first.pos.Line)).Text()+")",
							"The variable '"+c.spell(n)+"' is already declared (line "+Int(int64(first.pos.Line)).Text()+")")
					} else if first.typ.Name != t.Name || first.typ.Kind != t.Kind {
						c.errorf(n.P, 0, "La variable « "+c.spell(n)+" » est déjà déclarée avec le type "+first.typ.Name+" (ligne "+Int(int64(first.pos.Line)).Text()+")",
							"The variable '"+c.spell(n)+"' is already declared with type "+first.typ.Name+" (line "+Int(int64(first.pos.Line)).Text()+")")
					}
					continue
				}
				if vi, ok := b.vars[n.Key]; ok && vi.param {
					c.errorf(n.P, 0, "« "+c.spell(n)+" » est déjà un paramètre de la procédure", "'"+c.spell(n)+"' is already a parameter of the procedure")
					continue
				}
				declared[n.Key] = decl{n.P, path, t}
				declare(n, t)
			}
		case *parser.ConstDecl:
			for i, n := range s.Names {
				v, ok := c.constValue(s.Values[i])
				if !ok {
					c.errorf(s.Values[i].Position(), 0, "La valeur d'une constante doit être connue à la compilation", "A constant's value must be known at compile time")
				}
				b.vars[n.Key] = &varInfo{slot: -1, isConst: true, cval: v, typ: TypeVariant, owner: b}
			}
		}
		return true
	})
	// Loop variables and implicit declarations.
	parser.WalkStmts(body, func(s parser.Stmt) bool {
		switch s := s.(type) {
		case *parser.ProcDecl:
			return false
		case *parser.For:
			if c.lookupVar(b, s.Var.Key) == nil {
				declare(s.Var, TypeVariant)
			}
		case *parser.ForEach:
			for _, n := range s.Vars {
				if c.lookupVar(b, n.Key) == nil {
					declare(n, TypeVariant)
				}
			}
		case *parser.Assign:
			for _, t := range s.Targets {
				if id, ok := t.(*parser.Ident); ok && c.lookupVar(b, id.Key) == nil && !c.isBuiltinName(id.Key) {
					if c.eng.opts.Strict {
						continue // reported as 301 when compiled
					}
					declare(id.Name, TypeVariant)
					c.warnf(id.P, "Déclaration implicite de « "+c.spell(id.Name)+" » (Variant)", "Implicit declaration of '"+c.spell(id.Name)+"' (Variant)")
				}
			}
		}
		return true
	})
}

func (c *compiler) isBuiltinName(key string) bool {
	r := c.eng.reg
	return r.globals[key] != nil || r.consts[key] != nil
}

// lookupVar finds a variable in b or an enclosing traitement.
func (c *compiler) lookupVar(b *procBuild, key string) *varInfo {
	for s := b; s != nil; s = s.parent {
		if vi, ok := s.vars[key]; ok {
			return vi
		}
	}
	return nil
}

// lookupProc finds a user procedure visible from b.
func (c *compiler) lookupProc(b *procBuild, key string) *procEntry {
	for s := b; s != nil; s = s.parent {
		if e, ok := s.procs[key]; ok {
			return e
		}
	}
	return c.globals[key]
}

// hops counts the static links from b to the traitement owning vi.
func hops(b *procBuild, owner *procBuild) int {
	n := 0
	for s := b; s != nil && s != owner; s = s.parent {
		n++
	}
	return n
}

func (c *compiler) resolveType(tr *parser.TypeRef) *Type {
	if tr == nil {
		return TypeVariant
	}
	if tr.Array != nil {
		at := tr.Array
		elem := c.resolveType(at.Elem)
		if at.Assoc {
			return &Type{Kind: KAssoc, Name: "tableau associatif", Elem: elem}
		}
		t := &Type{Kind: KArray, Name: "tableau", Elem: elem}
		for _, d := range at.Dims {
			v, ok := c.constValue(d)
			if !ok {
				c.errorf(d.Position(), 0, "La dimension d'un tableau doit être une constante", "An array dimension must be a constant")
				continue
			}
			t.Dims = append(t.Dims, int(v.ToInt()))
		}
		if at.Grow != nil {
			if v, ok := c.constValue(at.Grow); ok {
				t.Grow = int(v.ToInt())
			}
		}
		return t
	}
	key := tr.Name.Key
	if t, ok := c.structs[key]; ok {
		return t
	}
	if len(key) > 1 && key[len(key)-1] == 'S' {
		if t, ok := c.structs[key[:len(key)-1]]; ok {
			return t
		}
	}
	t := c.eng.reg.LookupType(key)
	if t == nil {
		c.errorf(tr.P, 0, "Type inconnu « "+c.spell(tr.Name)+" »", "Unknown type '"+c.spell(tr.Name)+"'")
		return TypeVariant
	}
	if tr.Precision && t == TypeNumeric {
		return NumericType(tr.NumInt, tr.NumDec, tr.NumAuto)
	}
	if t == TypeReal && tr.Size == 4 {
		return TypeReal4
	}
	if t.Kind == KInt && tr.Unsigned {
		bits := 32
		if tr.Size > 0 {
			bits = tr.Size * 8
		}
		return &Type{Kind: KInt, Name: "entier sans signe", Bits: bits, Unsigned: true}
	}
	if t.Kind == KInt && tr.Size == 8 {
		return TypeInt64
	}
	if t.Kind == KInt && tr.Size > 0 && tr.Size != 4 {
		return &Type{Kind: KInt, Name: fmt.Sprintf("entier sur %d octets", tr.Size), Bits: tr.Size * 8}
	}
	return t
}

// constValue evaluates a literal expression at compile time.
func (c *compiler) constValue(e parser.Expr) (Value, bool) {
	switch e := e.(type) {
	case *parser.IntLit:
		return Int(e.Value), true
	case *parser.RealLit:
		return Real(e.Value), true
	case *parser.StringLit:
		return Str(e.Value), true
	case *parser.BoolLit:
		return Bool(e.Value), true
	case *parser.DurationLit:
		return Duration(e.Millis), true
	case *parser.NullLit:
		return Null, true
	case *parser.CurrencyLit:
		return CurrencyFromText(e.Text), true
	case *parser.NumericLit:
		return NumericFromText(e.Text), true
	case *parser.Paren:
		return c.constValue(e.X)
	case *parser.Ident:
		if v, ok := c.consts[e.Key]; ok {
			return v, true
		}
		if cst := c.eng.reg.consts[e.Key]; cst != nil {
			return cst.Value, true
		}
	case *parser.Unary:
		if e.Op == "-" {
			if v, ok := c.constValue(e.X); ok {
				r, err := arith("-", Int(0), v)
				return r, err == nil
			}
		}
	case *parser.Binary:
		l, ok1 := c.constValue(e.L)
		r, ok2 := c.constValue(e.R)
		if ok1 && ok2 {
			switch e.Op {
			case "+", "-", "*", "/", "%", "^":
				v, err := arith(e.Op, l, r)
				return v, err == nil
			}
		}
	}
	return Null, false
}

// staticType guesses the type of an expression for `soit x = v`.
func (c *compiler) staticType(b *procBuild, e parser.Expr) *Type {
	switch e.(type) {
	case *parser.IntLit:
		return TypeInt64
	case *parser.RealLit:
		return TypeReal
	case *parser.StringLit, *parser.InterpString:
		return TypeString
	case *parser.BoolLit:
		return TypeBool
	case *parser.DurationLit:
		return TypeDuration
	case *parser.CurrencyLit:
		return TypeCurrency
	case *parser.NumericLit:
		return TypeNumeric
	}
	return TypeVariant
}

// walkBlocks is parser.WalkStmts with, for each statement, the path of
// the statement lists that hold it (each list has its own number).
func walkBlocks(body []parser.Stmt, path []int, fn func(parser.Stmt, []int) bool) {
	next := 0
	var walk func(body []parser.Stmt, path []int)
	walk = func(body []parser.Stmt, path []int) {
		for _, s := range body {
			if !fn(s, path) {
				continue
			}
			for _, sub := range parser.Children(s) {
				next++
				walk(sub, append(path[:len(path):len(path)], next))
			}
		}
	}
	walk(body, path)
}

// isPrefix reports whether a is a prefix of b (block a encloses block b).
func isPrefix(a, b []int) bool {
	if len(a) > len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
