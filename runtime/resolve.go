package runtime

import (
	"fmt"

	"github.com/wlangage/wl/parser"
)

// Name resolution: variables, procedures, types and scopes. Every
// traitement has one scope (DECISIONS 8); names are looked up in the
// traitement, then in the enclosing ones, then among the built-ins.

// varInfo is a resolved variable: a slot in its traitement's frame.
type varInfo struct {
	slot    int
	typ     *Type
	param   bool // a parameter: lives behind frame.refs unless byValue
	byValue bool // a LOCAL parameter: always in its own slot
	isConst bool
	cval    Value
	owner   *procBuild
	// hint is the structure type a Variant holds as the variable of the
	// POUR TOUT being compiled (structHint).
	hint *StructType
}

// procBuild collects what a traitement needs while it is compiled.
type procBuild struct {
	code                     *procCode
	vars                     map[string]*varInfo
	procs                    map[string]*procEntry // internal procedures declared here
	parent                   *procBuild
	decl                     *parser.ProcDecl
	usesRetour, usesRenvoyer bool
	method                   *method // the class method compiled here (class.go)
}

type procEntry struct {
	decl  *parser.ProcDecl
	code  *procCode
	owner *procBuild // where it is declared (nil: global procedure)
	// syntaxes lists every syntax, in declaration order, when the name
	// is declared more than once (overload.go); nil otherwise.
	syntaxes []*procEntry
	// inner caches declaresInner for fastCallFor: 0 not known yet, 1 no,
	// 2 yes.
	inner int8
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
		case *parser.QueryDecl:
			for _, n := range s.Names {
				declare(n, TypeVariant)
			}
		case *parser.ExternDecl:
			for _, n := range s.Names {
				declare(n, TypeVariant)
			}
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
						c.errorf(n.P, codeRedeclared, "La variable « "+c.spell(n)+" » est déjà déclarée (ligne "+Int(int64(first.pos.Line)).Text()+")",
							"The variable '"+c.spell(n)+"' is already declared (line "+Int(int64(first.pos.Line)).Text()+")")
					} else if first.typ.Name != t.Name || first.typ.Kind != t.Kind {
						c.errorf(n.P, codeRedeclared, "La variable « "+c.spell(n)+" » est déjà déclarée avec le type "+first.typ.Name+" (ligne "+Int(int64(first.pos.Line)).Text()+")",
							"The variable '"+c.spell(n)+"' is already declared with type "+first.typ.Name+" (line "+Int(int64(first.pos.Line)).Text()+")")
					}
					continue
				}
				if vi, ok := b.vars[n.Key]; ok && vi.param {
					c.errorf(n.P, codeRedeclared, "« "+c.spell(n)+" » est déjà un paramètre de la procédure", "'"+c.spell(n)+"' is already a parameter of the procedure")
					continue
				}
				declared[n.Key] = decl{n.P, path, t}
				declare(n, t)
			}
		case *parser.ConstDecl:
			for i, n := range s.Names {
				v, ok := c.constValue(s.Values[i])
				if !ok {
					c.errorf(s.Values[i].Position(), codeConstRequired, "La valeur d'une constante doit être connue à la compilation", "A constant's value must be known at compile time")
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
		case *parser.ForRows:
			if fe := c.rowsAsForEach(b, s); fe != nil {
				if c.lookupVar(b, fe.Vars[0].Key) == nil {
					declare(fe.Vars[0], TypeVariant)
				}
				break
			}
			for _, n := range []*parser.Name{s.Var, s.Counter} {
				if n != nil && c.lookupVar(b, n.Key) == nil {
					declare(*n, TypeInt)
				}
			}
		case *parser.ForEach:
			for _, n := range s.Vars {
				if c.lookupVar(b, n.Key) == nil {
					declare(n, TypeVariant)
				}
			}
		case *parser.Assign:
			// Only a plain assignment declares: x += 1 and x <=> y read
			// the variable first, so an unknown x is error 301 as in y++
			// (DECISIONS 4).
			if s.Op != "=" && s.Op != "<-" {
				break
			}
			for _, t := range s.Targets {
				if id, ok := t.(*parser.Ident); ok && c.lookupVar(b, id.Key) == nil && !c.isBuiltinName(id.Key) && !c.isMemberName(b, id.Key) {
					if c.eng.opts.Strict {
						continue // reported as 301 when compiled
					}
					declare(id.Name, TypeVariant)
					c.warnf(id.P, codeImplicitDecl, "Déclaration implicite de « "+c.spell(id.Name)+" » (Variant)", "Implicit declaration of '"+c.spell(id.Name)+"' (Variant)")
				}
			}
		}
		return true
	})
}

func (c *compiler) isBuiltinName(key string) bool {
	r := c.eng.reg
	return r.LookupGlobal(key) != nil || r.LookupConst(key) != nil
}

// lookupVar finds a variable in b or an enclosing traitement.
func (c *compiler) lookupVar(b *procBuild, key string) *varInfo {
	for s := b; s != nil; s = s.parent {
		if vi, ok := s.vars[key]; ok {
			if s.parent == nil && s != b && c.scriptVars[key] && c.inLibrary(b) {
				return nil // a script variable, hidden from a project procedure (units.go)
			}
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
			return &Type{Kind: KAssoc, Name: "tableau associatif", Elem: elem, Assoc: c.assocSpec(at.Options, elem)}
		}
		t := &Type{Kind: KArray, Name: "tableau", Elem: elem}
		total := int64(1)
		for _, d := range at.Dims {
			v, ok := c.constValue(d)
			if !ok {
				c.dimensionError(d)
				continue
			}
			n := v.ToInt()
			// The element count must not overflow (4294967296 par
			// 4294967296 would silently give 0 elements).
			if n < 0 || (n > 0 && total > maxArrayElems/n) {
				c.errorf(d.Position(), codeArrayTooBig, "Dimension de tableau incorrecte ou trop grande ("+v.Text()+") : au plus "+Int(maxArrayElems).Text()+" éléments",
					"Array dimension invalid or too large ("+v.Text()+"): at most "+Int(maxArrayElems).Text()+" elements")
				t.Dims = append(t.Dims, 0)
				total = 0
				continue
			}
			total *= n
			t.Dims = append(t.Dims, int(n))
		}
		if at.Grow != nil {
			if v, ok := c.constValue(at.Grow); ok {
				t.Grow = int(v.ToInt())
			}
		}
		return t
	}
	key := tr.Name.Key
	if t := c.enumType(key); t != nil {
		return t
	}
	if isDataSource(tr) {
		return TypeVariant // parsed and checked, not run (units.go)
	}

	if t, ok := c.structs[key]; ok {
		return dynType(t, tr)
	}
	if len(key) > 1 && key[len(key)-1] == 'S' {
		if t, ok := c.structs[key[:len(key)-1]]; ok {
			return t
		}
	}
	t := c.eng.reg.LookupType(key)
	if t == nil && c.notProvidedType(tr) {
		return TypeVariant // a WinDev type wl does not provide (units.go)
	}
	if t == nil {
		c.errorf(tr.P, codeUnknownType, "Type inconnu « "+c.spell(tr.Name)+" »", "Unknown type '"+c.spell(tr.Name)+"'")
		if c.unknownTypes == nil {
			c.unknownTypes = map[Position]bool{}
		}
		c.unknownTypes[tr.P] = true
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
		if cst := c.eng.reg.LookupConst(e.Key); cst != nil {
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

// varRef locates a variable from the traitement being compiled.
type varRef struct {
	hops  int // static links to follow
	slot  int
	param bool
	local int // slot when hops == 0 and not a parameter, else -1
	typ   *Type
}

// ref returns a pointer to the variable's storage.
func (v varRef) ref(f *frame) *Value {
	for i := 0; i < v.hops; i++ {
		f = f.up
	}
	if v.param {
		return f.paramRef(v.slot)
	}
	return &f.locals[v.slot]
}

func (c *compiler) varRef(b *procBuild, key string, pos Position) varRef {
	vi := c.lookupVar(b, key)
	if vi == nil || vi.isConst {
		c.errorf(pos, 301, "Identificateur inconnu « "+c.wordAt(pos, key)+" »", "Unknown identifier '"+c.wordAt(pos, key)+"'")
		return varRef{local: -1, typ: TypeVariant, hops: 0, slot: 0}
	}
	h := hops(b, vi.owner)
	behind := vi.param && !vi.byValue
	vr := varRef{hops: h, slot: vi.slot, param: behind, local: -1, typ: vi.typ}
	if h == 0 && !behind {
		vr.local = vi.slot
	}
	return vr
}

func (c *compiler) wordAt(pos Position, key string) string {
	return c.fileOf(pos.File).Spell(parser.Name{At: parser.At{P: pos}, Key: key})
}

func (c *compiler) ident(b *procBuild, e *parser.Ident) compiled {
	key := e.Key
	if vi := c.lookupVar(b, key); vi != nil {
		if vi.isConst {
			v := vi.cval
			return compiled{func(*frame) Value { return v }, TypeVariant}
		}
		vr := c.varRef(b, key, e.P)
		if vr.local >= 0 {
			slot := vr.local
			return compiled{func(f *frame) Value { return f.locals[slot] }, vr.typ}
		}
		if vr.param && vr.hops == 0 {
			slot := vr.slot
			return compiled{func(f *frame) Value { return *f.paramRef(slot) }, vr.typ}
		}
		return compiled{func(f *frame) Value { return *vr.ref(f) }, vr.typ}
	}
	if d := b.decl; d != nil && d.Extension && len(d.Params) > 0 && (key == "THIS" || key == parser.SelfKey) && d.Class.Key == "" {
		// In a procédure d'extension, This is its first parameter (doc
		// 1514086).
		return c.ident(b, &parser.Ident{Name: parser.Name{At: e.At, Key: d.Params[0].Name.Key}})
	}
	if cm, ok := c.classIdent(b, e); ok {
		return cm
	}
	reg := c.eng.reg
	if g := reg.LookupGlobal(key); g != nil {
		get := g.Get
		return compiled{func(f *frame) Value { return get(f.run) }, TypeVariant}
	}
	if k := reg.LookupConst(key); k != nil {
		v := k.Value
		return compiled{func(*frame) Value { return v }, TypeVariant}
	}
	if pe := c.lookupProc(b, key); pe != nil {
		// A procedure name without parentheses: a Procédure value. An
		// internal procedure keeps the frame it was declared in (closure).
		if pe.owner == nil {
			pv := procValue(&Proc{code: pe.code})
			return compiled{func(*frame) Value { return pv }, TypeProc}
		}
		h, code := hops(b, pe.owner), pe.code
		return compiled{func(f *frame) Value {
			up := f
			for i := 0; i < h; i++ {
				up = up.up
			}
			return procValue(&Proc{code: code, up: up})
		}, TypeProc}
	}
	if key == "MESPARAMETRES" || key == "MYPARAMETERS" {
		if !b.code.variadic {
			c.errorf(e.P, codeMyParameters, "MesParamètres n'est utilisable que dans une procédure déclarée avec *", "MyParameters is only usable in a procedure declared with *")
		}
		return compiled{func(f *frame) Value {
			return ArrayValue(&Array{Elem: TypeVariant, Data: f.args})
		}, &Type{Kind: KArray, Name: "tableau", Elem: TypeVariant}}
	}
	if c.avec != nil {
		// In POUR TOUT ... AVEC, a bare name is a member of the element.
		ref, name, pos := c.avec.ref, c.spell(e.Name), e.P
		return compiled{func(f *frame) Value {
			v := *ref(f)
			if s := v.Struct(); s != nil {
				if i := s.Type.FieldIndex(key); i >= 0 {
					return s.Fields[i]
				}
			}
			return memberValue(f, v, key, name, pos)
		}, TypeVariant}
	}
	if fn := reg.LookupFunc(key); fn != nil {
		// A built-in called without parentheses.
		return c.callBuiltin(b, fn, c.spell(e.Name), nil, e.P)
	}
	if np, ok := c.notProvided(b, key, c.spell(e.Name), nil, e.P); ok {
		return np // a WinDev built-in called without parentheses
	}
	if nc, ok := c.constNotProvided(key, c.spell(e.Name), e.P); ok {
		return nc
	}
	c.errorf(e.P, 301, "Identificateur inconnu « "+c.spell(e.Name)+" »", "Unknown identifier '"+c.spell(e.Name)+"'")
	return compiled{func(*frame) Value { return Null }, TypeVariant}
}

// rowsAsForEach reads POUR TOUT ligne DE t, when t is a variable of the
// script, as a POUR TOUT over t whose loop variable is named ligne: a
// script has no window, so t is no control, and POUR TOUTE LIGNE DE
// champ (ForRows) would only stop the run. nil when s is not of that form
// (a row variable, SÉLECTIONNÉE, or a control's name).
func (c *compiler) rowsAsForEach(b *procBuild, s *parser.ForRows) *parser.ForEach {
	if s.Var != nil || s.Counter != nil || s.Selected {
		return nil
	}
	id, ok := s.Control.(*parser.Ident)
	if !ok || c.lookupVar(b, id.Key) == nil {
		return nil
	}
	return &parser.ForEach{At: s.At, Vars: []parser.Name{s.Row}, Seq: s.Control, Body: s.Body}
}
