package runtime

import (
	"strings"

	"github.com/wlangage/wl/lexer"
	"github.com/wlangage/wl/parser"
)

// The expressions and statements on enumerations and combinations (types
// in enum.go): values, ..Nom / ..Valeur, option operators, assignments,
// POUR TOUT, and the Enumération* / Combinaison* functions.

// enumExpr compiles the expressions that involve an enumeration or a
// combination; ok is false for every other expression (nothing is
// compiled then).
func (c *compiler) enumExpr(b *procBuild, e parser.Expr) (compiled, bool) {
	if c.enums == nil {
		return compiled{}, false
	}
	switch e := e.(type) {
	case *parser.Ident:
		if c.lookupVar(b, e.Key) != nil {
			return compiled{}, false
		}
		if l := c.enums.values[e.Key]; len(l) > 0 {
			et := l[0]
			v := Int(et.Values[et.byKey[e.Key]].Code)
			return compiled{func(*frame) Value { return v }, et.typ}, true
		}
	case *parser.Member:
		if et := c.enumTypeExpr(b, e.X); et != nil {
			i, ok := et.byKey[e.Name.Key]
			if !ok {
				c.errorf(e.Name.P, codeEnumValue, "« "+c.spell(e.Name)+" » n'est pas une valeur de « "+et.Name+" »", "'"+c.spell(e.Name)+"' is not a value of '"+et.Name+"'")
				return compiled{func(*frame) Value { return Null }, TypeVariant}, true
			}
			v := Int(et.Values[i].Code)
			return compiled{func(*frame) Value { return v }, et.typ}, true
		}
		switch e.Name.Key {
		case "NOM", "NAME", "VALEUR", "VALUE":
		default:
			return compiled{}, false
		}
		et := c.enumStatic(b, e.X)
		if et == nil {
			return compiled{}, false
		}
		x := c.expr(b, e.X).fn
		if e.Name.Key == "NOM" || e.Name.Key == "NAME" {
			return compiled{func(f *frame) Value { return Str(et.nameOf(x(f).ToInt())) }, TypeString}, true
		}
		return compiled{func(f *frame) Value { return et.valueOf(x(f).ToInt()) }, TypeVariant}, true
	case *parser.Binary:
		return c.combBinary(b, e)
	case *parser.Index:
		et := c.enumStatic(b, e.X)
		if et == nil || !et.Combination || len(e.Idx) != 1 {
			return compiled{}, false
		}
		x, m := c.expr(b, e.X).fn, c.expr(b, e.Idx[0]).fn
		return compiled{func(f *frame) Value { return Bool(hasOptions(x(f).ToInt(), m(f).ToInt())) }, TypeBool}, true
	case *parser.Call:
		return c.enumCall(b, e)
	}
	return compiled{}, false
}

// isEnumValueName reports whether e is a bare name of a value of et (and
// not a variable).
func (c *compiler) isEnumValueName(b *procBuild, et *EnumType, e parser.Expr) bool {
	id, ok := e.(*parser.Ident)
	if !ok || c.lookupVar(b, id.Key) != nil {
		return false
	}
	_, ok = et.byKey[id.Key]
	return ok
}

// enumOperand compiles e where a value of et is expected: a bare value
// name is et's (two enumerations may have values of the same name).
func (c *compiler) enumOperand(b *procBuild, et *EnumType, e parser.Expr) compiled {
	if c.isEnumValueName(b, et, e) {
		v := Int(et.Values[et.byKey[e.(*parser.Ident).Key]].Code)
		return compiled{func(*frame) Value { return v }, et.typ}
	}
	return c.expr(b, e)
}

// constOptions returns the options of e when it is written with option
// names of et only (`A`, `A + B`), else ok false.
func (c *compiler) constOptions(b *procBuild, et *EnumType, e parser.Expr) (int64, bool) {
	switch x := e.(type) {
	case *parser.Paren:
		return c.constOptions(b, et, x.X)
	case *parser.Binary:
		if x.Op != "+" {
			return 0, false
		}
		l, ok1 := c.constOptions(b, et, x.L)
		r, ok2 := c.constOptions(b, et, x.R)
		return l | r, ok1 && ok2
	case *parser.Member:
		if c.enumTypeExpr(b, x.X) == et {
			if i, ok := et.byKey[x.Name.Key]; ok {
				return et.Values[i].Code, true
			}
		}
	}
	if c.isEnumValueName(b, et, e) {
		return et.Values[et.byKey[e.(*parser.Ident).Key]].Code, true
	}
	return 0, false
}

// combinationOf returns the combination a sum of option names belongs
// to: et when every name is one of its options, else the first other
// combination that has them all (two combinations may share an option
// name).
func (c *compiler) combinationOf(b *procBuild, et *EnumType, e parser.Expr) *EnumType {
	if _, ok := c.constOptions(b, et, e); ok {
		return et
	}
	var first *parser.Ident
	parser.WalkExpr(e, func(x parser.Expr) {
		if id, ok := x.(*parser.Ident); ok && first == nil {
			first = id
		}
	})
	if first == nil {
		return et
	}
	for _, cand := range c.enums.values[first.Key] {
		if _, ok := c.constOptions(b, cand, e); ok && cand.Combination {
			return cand
		}
	}
	return et
}

// checkExclusions reports a sum of options that activates two options
// the combination declares mutually exclusive (1514074, "Exclusions
// mutuelles").
func (c *compiler) checkExclusions(b *procBuild, et *EnumType, e parser.Expr) {
	m, ok := c.constOptions(b, et, e)
	if !ok {
		return
	}
	for _, x := range et.Exclusions {
		if bits := m & x; bits&(bits-1) != 0 {
			c.errorf(e.Position(), codeEnumAssign, "Options de « "+et.Name+" » mutuellement exclusives : "+et.nameOf(bits),
				"Mutually exclusive options of '"+et.Name+"': "+et.nameOf(bits))
			return
		}
	}
}

// hasOptions reports whether every option of m is active in v (m not 0).
func hasOptions(v, m int64) bool { return m != 0 && v&m == m }

// combBinary compiles + and - on combination options (activate,
// deactivate: 1514074) and = / <> with a combination on the left: `c = 0`
// tests that no option is active, `c = A + B` that A and B are.
func (c *compiler) combBinary(b *procBuild, e *parser.Binary) (compiled, bool) {
	switch e.Op {
	case "+", "-", "=", "<>":
	case "<", "<=", ">", ">=":
	default:
		return compiled{}, false
	}
	et := c.enumStatic(b, e.L)
	if et == nil && (e.Op == "+" || e.Op == "-") {
		et = c.enumStatic(b, e.R)
	}
	if et == nil {
		return compiled{}, false
	}
	if !et.Combination {
		// x = V with x of enumeration E: V is E's value even when another
		// enumeration has a value of that name.
		if e.Op == "+" || e.Op == "-" {
			return compiled{}, false
		}
		if !c.isEnumValueName(b, et, e.R) {
			if rt := c.enumStatic(b, e.R); rt != nil && rt != et && !enumExtends(et, rt) && !enumExtends(rt, et) {
				c.errorf(e.R.Position(), codeEnumAssign, "Comparaison d'une valeur de « "+et.Name+" » avec une valeur de « "+rt.Name+" »",
					"Comparison of a value of '"+et.Name+"' with a value of '"+rt.Name+"'")
			}
			return compiled{}, false
		}
		l, r, op := c.expr(b, e.L).fn, c.enumOperand(b, et, e.R).fn, e.Op
		return compiled{func(f *frame) Value { return Bool(compareOp(op, l(f), r(f))) }, TypeBool}, true
	}
	if e.Op != "+" && e.Op != "-" && e.Op != "=" && e.Op != "<>" {
		return compiled{}, false
	}
	if e.Op == "+" {
		et = c.combinationOf(b, et, e)
	}
	if e.Op == "+" {
		c.checkExclusions(b, et, e)
	}
	l, r := c.enumOperand(b, et, e.L).fn, c.enumOperand(b, et, e.R).fn
	switch e.Op {
	case "+":
		return compiled{func(f *frame) Value { return Int(l(f).ToInt() | r(f).ToInt()) }, et.typ}, true
	case "-":
		return compiled{func(f *frame) Value { return Int(l(f).ToInt() &^ r(f).ToInt()) }, et.typ}, true
	}
	neg := e.Op == "<>"
	return compiled{func(f *frame) Value {
		v, m := l(f).ToInt(), r(f).ToInt()
		eq := v == 0
		if m != 0 {
			eq = hasOptions(v, m)
		}
		return Bool(eq != neg)
	}, TypeBool}, true
}

// enumCall compiles EnumérationDepuisNom and its neighbours when their
// first parameter names an enumeration or a combination.
func (c *compiler) enumCall(b *procBuild, e *parser.Call) (compiled, bool) {
	id, ok := e.Fun.(*parser.Ident)
	if !ok || len(e.Args) < 2 || len(e.Args) > 3 {
		return compiled{}, false
	}
	kind := enumFunc(id.Key)
	if kind == "" {
		return compiled{}, false
	}
	et := c.enumTypeExpr(b, e.Args[0])
	if et == nil {
		return compiled{}, false
	}
	arg := c.expr(b, e.Args[1]).fn
	var def exprFn
	if len(e.Args) == 3 {
		def = c.expr(b, e.Args[2]).fn
	}
	name, pos := c.spell(id.Name), e.P
	// find returns the code for v (a name or an associated value; for a
	// combination, several separated by "+").
	find := func(v Value, byName bool) (int64, bool) {
		parts := []Value{v}
		if et.Combination && v.k == KString {
			parts = nil
			for _, s := range strings.Split(v.Text(), "+") {
				parts = append(parts, Str(strings.TrimSpace(s)))
			}
		}
		var code int64
		for _, p := range parts {
			found := false
			for i, ev := range et.Values {
				if byName && lexer.Fold(ev.Name) == lexer.Fold(p.Text()) ||
					!byName && ev.HasAssoc && compare(ev.Assoc, p) == 0 {
					if et.Combination {
						code |= ev.Code
					} else {
						code = et.Values[i].Code
					}
					found = true
					break
				}
			}
			if !found {
				return 0, false
			}
		}
		return code, true
	}
	switch kind {
	case "checkName", "checkValue":
		byName := kind == "checkName"
		return compiled{func(f *frame) Value { _, ok := find(arg(f), byName); return Bool(ok) }, TypeBool}, true
	}
	byName := kind == "fromName"
	return compiled{func(f *frame) Value {
		v := arg(f)
		if code, ok := find(v, byName); ok {
			return Int(code)
		}
		if def != nil {
			return def(f)
		}
		f.run.raise(pos, codeEnumRun, name+" : « "+v.Text()+" » ne correspond à aucune valeur de « "+et.Name+" »",
			name+": '"+v.Text()+"' matches no value of '"+et.Name+"'")
		return Null
	}, et.typ}, true
}

// enumAssign compiles `c[option] = booléen` on a combination (activate or
// deactivate options, 1514074) and `c += option` / `c -= option`; for an
// assignment to an enumeration variable it checks the value's type (a
// value of another type is a compile error, 1514067) and lets the common
// path compile it (ok false).
func (c *compiler) enumAssign(b *procBuild, s *parser.Assign) (stmtFn, bool) {
	if c.enums == nil || s.Multi || len(s.Targets) != 1 {
		return nil, false
	}
	switch t := s.Targets[0].(type) {
	case *parser.Index:
		et := c.enumStatic(b, t.X)
		if et == nil || !et.Combination || len(t.Idx) != 1 || s.Op != "=" {
			return nil, false
		}
		lv := c.lvalue(b, t.X)
		m, on := c.expr(b, t.Idx[0]).fn, c.cond(b, s.Value)
		return func(f *frame) ctl {
			p := lv.ref(f)
			mask := m(f).ToInt()
			if on(f) {
				*p = Int(p.ToInt() | mask)
			} else {
				*p = Int(p.ToInt() &^ mask)
			}
			return ctlNone
		}, true
	case *parser.Ident:
		vi := c.lookupVar(b, t.Key)
		if vi == nil || vi.typ == nil || vi.typ.Enum == nil {
			return nil, false
		}
		et := vi.typ.Enum
		if et.Combination && (s.Op == "+=" || s.Op == "-=") {
			lv := c.lvalue(b, t)
			m := c.expr(b, s.Value).fn
			add := s.Op == "+="
			return func(f *frame) ctl {
				p := lv.ref(f)
				if add {
					*p = Int(p.ToInt() | m(f).ToInt())
				} else {
					*p = Int(p.ToInt() &^ m(f).ToInt())
				}
				return ctlNone
			}, true
		}
		if s.Op == "=" {
			c.checkEnumValue(b, et, s.Value)
			if c.isEnumValueName(b, et, s.Value) {
				lv, v := c.lvalue(b, t), c.enumOperand(b, et, s.Value).fn
				return func(f *frame) ctl { *lv.ref(f) = v(f); return ctlNone }, true
			}
		}
	case *parser.Member:
		if t := c.memberStaticType(b, t); t != nil && t.Enum != nil && s.Op == "=" {
			c.checkEnumValue(b, t.Enum, s.Value)
		}
	}
	return nil, false
}

// checkEnumValue reports a value that cannot be assigned to a variable
// of et: a literal (but 0 for a combination: no option), or a value of
// another enumeration.
func (c *compiler) checkEnumValue(b *procBuild, et *EnumType, v parser.Expr) {
	bad := false
	if c.isEnumValueName(b, et, v) {
		return
	}
	if _, ok := c.constOptions(b, et, v); ok && et.Combination {
		return
	}
	switch x := v.(type) {
	case *parser.IntLit:
		bad = !(et.Combination && x.Value == 0)
	case *parser.StringLit, *parser.RealLit, *parser.BoolLit, *parser.InterpString:
		bad = true
	default:
		if vt := c.enumStatic(b, v); vt != nil && vt != et && !enumExtends(et, vt) {
			bad = true
		}
	}
	if bad {
		c.errorf(v.Position(), codeEnumAssign, "Seule une valeur de « "+et.Name+" » peut être affectée à une variable de ce type",
			"Only a value of '"+et.Name+"' can be assigned to a variable of this type")
	}
}

// enumExtends reports whether et extends base (directly or not): a value
// of base is a value of et.
func enumExtends(et, base *EnumType) bool {
	for _, v := range base.Values {
		if _, ok := et.byKey[lexer.Fold(v.Name)]; !ok {
			return false
		}
	}
	return len(base.Values) > 0
}

// enumDeclInit checks the initial value of a variable declared with an
// enumeration type, and makes a bare value name the value of that
// enumeration (`d est un Drapeau = Rouge` when Feu has a Rouge too), as
// for an assignment.
func (c *compiler) enumDeclInit(b *procBuild, s *parser.VarDecl) {
	if c.enums == nil || s.Type == nil || s.Type.Array != nil || len(s.Init) != 1 || s.Ref {
		return
	}
	t := c.enumType(s.Type.Name.Key)
	if t == nil {
		return
	}
	et := t.Enum
	c.checkEnumValue(b, et, s.Init[0])
	if c.isEnumValueName(b, et, s.Init[0]) {
		id := s.Init[0].(*parser.Ident)
		s.Init[0] = &parser.Member{At: id.At, X: &parser.Ident{Name: parser.Name{At: id.At, Key: s.Type.Name.Key}}, Name: id.Name}
	}
}

// enumArgs checks the arguments given to parameters of an enumeration
// type (1514067: `Fonctionnement(1)` is a compile error) and makes a bare
// value name the value of the parameter's enumeration.
func (c *compiler) enumArgs(b *procBuild, pd *parser.ProcDecl, args []parser.Expr) {
	if c.enums == nil {
		return
	}
	for i, a := range args {
		if i >= len(pd.Params) || a == nil {
			break
		}
		p := pd.Params[i]
		if p.Type == nil || p.Type.Array != nil {
			continue
		}
		t := c.enumType(p.Type.Name.Key)
		if t == nil {
			continue
		}
		if _, omitted := a.(*parser.Omitted); omitted {
			continue
		}
		c.checkEnumValue(b, t.Enum, a)
		if c.isEnumValueName(b, t.Enum, a) {
			id := a.(*parser.Ident)
			args[i] = &parser.Member{At: id.At, X: &parser.Ident{Name: parser.Name{At: id.At, Key: p.Type.Name.Key}}, Name: id.Name}
		}
	}
}

// enumForEach compiles POUR TOUT v DE E over the values of an
// enumeration (doc 1510023) or the options of a combination (doc
// 1510024); ok is false when the sequence is not an enumeration.
func (c *compiler) enumForEach(b *procBuild, s *parser.ForEach) (stmtFn, bool) {
	if c.enums == nil || len(s.Vars) == 0 || s.Strings {
		return nil, false
	}
	et := c.enumTypeExpr(b, s.Seq)
	if et == nil {
		return nil, false
	}
	pos := s.P
	if vi := c.lookupVar(b, s.Vars[0].Key); vi != nil && (vi.typ == nil || vi.typ.Any) {
		vi.typ = et.typ // its ..Nom and ..Valeur are the value's
	}
	v := c.varRef(b, s.Vars[0].Key, s.Vars[0].P)
	body := c.block(b, s.Body, false)
	var codes []int64
	for _, ev := range et.Values {
		if !ev.Alias {
			codes = append(codes, ev.Code)
		}
	}
	return func(f *frame) ctl {
		for k := range codes {
			i := k
			if s.Reverse {
				i = len(codes) - 1 - k
			}
			f.run.tick(pos)
			*v.ref(f) = Int(codes[i])
			if r := body(f); r != ctlNone {
				if r2, stop := loopCtl(f, r); stop {
					return r2
				}
			}
		}
		return ctlNone
	}, true
}
