package runtime

import (
	"github.com/wlangage/wl/parser"
)

// The compiler's hooks for objects: names inside methods, member access
// with its access checks, method calls (virtual dispatch through the
// vtable), object declarations, allocation, release and assignment.
// Doc pages: 6010006, 6010001, 6010002, 6010003, 6010007.

func (c *compiler) selfIdent(pos Position) *parser.Ident {
	return &parser.Ident{Name: parser.Name{At: parser.At{P: pos}, Key: parser.SelfKey}}
}

// self compiles the current object inside an instance method.
func (c *compiler) self(b *procBuild, pos Position, word string) (compiled, bool) {
	m := methodOf(b)
	if m == nil || m.global {
		c.errorf(pos, codeClassContext, "« "+word+" » n'est utilisable que dans une méthode d'une classe", "'"+word+"' can only be used in a method of a class")
		return compiled{func(*frame) Value { return Null }, TypeVariant}, false
	}
	vr := c.varRef(b, parser.SelfKey, pos)
	if vr.param && vr.hops == 0 {
		slot := vr.slot
		return compiled{func(f *frame) Value { return *f.refs[slot] }, vr.typ}, true
	}
	return compiled{func(f *frame) Value { return *vr.ref(f) }, vr.typ}, true
}

// canAccess applies the access rules of 6010006 from the code being
// compiled in b.
func (c *compiler) canAccess(b *procBuild, owner *Class, access string) bool {
	cur := currentClass(b)
	switch access {
	case "PRIVE":
		return cur == owner
	case "PROTEGE":
		return cur != nil && cur.derivesFrom(owner)
	}
	return true
}

func accessWord(access string) (fr, en string) {
	if access == "PRIVE" {
		return "privé", "private"
	}
	return "protégé", "protected"
}

func (c *compiler) checkAccess(b *procBuild, owner *Class, access, what, name string, pos Position) {
	if c.canAccess(b, owner, access) {
		return
	}
	fr, en := accessWord(access)
	whatEN := "member"
	if what == "méthode" {
		whatEN = "method"
	}
	c.errorf(pos, codeClassAccess, "La "+what+" « "+name+" » de la classe « "+owner.Name+" » est "+fr+" : accès interdit ici",
		"The "+whatEN+" '"+name+"' of the class '"+owner.Name+"' is "+en+": no access here")
	if what == "membre" {
		c.errs[len(c.errs)-1].FR = "Le membre « " + name + " » de la classe « " + owner.Name + " » est " + fr + " : accès interdit ici"
	}
}

func (c *compiler) checkWrite(b *procBuild, owner *Class, access string, readOnly bool, name string, pos Position) {
	if !readOnly {
		return
	}
	cur := currentClass(b)
	ok := cur != nil && cur.derivesFrom(owner)
	if access == "PROTEGE" {
		ok = cur == owner
	}
	if !ok {
		c.errorf(pos, codeClassReadOnly, "Le membre « "+name+" » de la classe « "+owner.Name+" » est en lecture seule ici (CONSTANT)",
			"The member '"+name+"' of the class '"+owner.Name+"' is read-only here (CONSTANT)")
	}
}

// classIdent resolves a bare name that is not a variable: MoiMême and its
// synonyms, and inside a method the members, class members and constants
// of its class.
func (c *compiler) classIdent(b *procBuild, e *parser.Ident) (compiled, bool) {
	if c.cls == nil {
		return compiled{}, false
	}
	key := e.Key
	if isSelfWord(key) || isAncestorWord(key) {
		if m := methodOf(b); m != nil && !m.global || key == parser.SelfKey || key == "MOIMEME" {
			s, _ := c.self(b, e.P, c.spell(e.Name))
			return s, true
		}
		return compiled{}, false
	}
	m := methodOf(b)
	if m == nil {
		return compiled{}, false
	}
	cl := m.owner
	if i := cl.st.FieldIndex(key); i >= 0 {
		fi := cl.fields[i]
		c.checkAccess(b, fi.owner, fi.access, "membre", cl.st.Fields[i].Name, e.P)
		if m.global {
			c.errorf(e.P, codeClassContext, "Le membre « "+c.spell(e.Name)+" » n'est pas accessible dans une méthode globale", "The member '"+c.spell(e.Name)+"' is not accessible in a global method")
			return compiled{func(*frame) Value { return Null }, TypeVariant}, true
		}
		self, _ := c.self(b, e.P, "MoiMême")
		sf, st := self.fn, cl.st
		return compiled{func(f *frame) Value {
			s := sf(f).Struct()
			if s.Type != st {
				return s.Fields[s.Type.FieldIndex(key)]
			}
			return s.Fields[i]
		}, cl.st.Fields[i].Type}, true
	}
	if g := cl.globals[key]; g != nil {
		c.checkAccess(b, g.owner, g.access, "membre", c.spell(e.Name), e.P)
		return c.ident(b, &parser.Ident{Name: parser.Name{At: e.At, Key: g.varKey}}), true
	}
	if v, ok := cl.consts[key]; ok {
		return compiled{func(*frame) Value { return v }, TypeVariant}, true
	}
	return compiled{}, false
}

// classLvalue is classIdent for a place.
func (c *compiler) classLvalue(b *procBuild, e *parser.Ident) (lval, bool) {
	if c.cls == nil {
		return lval{}, false
	}
	key := e.Key
	m := methodOf(b)
	if m == nil {
		return lval{}, false
	}
	cl := m.owner
	if i := cl.st.FieldIndex(key); i >= 0 && !m.global {
		fi := cl.fields[i]
		c.checkAccess(b, fi.owner, fi.access, "membre", cl.st.Fields[i].Name, e.P)
		c.checkWrite(b, fi.owner, fi.access, fi.readOnly, cl.st.Fields[i].Name, e.P)
		self, _ := c.self(b, e.P, "MoiMême")
		sf, st := self.fn, cl.st
		return lval{func(f *frame) *Value {
			s := sf(f).Struct()
			if s.Type != st {
				return &s.Fields[s.Type.FieldIndex(key)]
			}
			return &s.Fields[i]
		}, cl.st.Fields[i].Type}, true
	}
	if g := cl.globals[key]; g != nil {
		c.checkAccess(b, g.owner, g.access, "membre", c.spell(e.Name), e.P)
		return c.lvalue(b, &parser.Ident{Name: parser.Name{At: e.At, Key: g.varKey}}), true
	}
	return lval{}, false
}

// staticClass tells what the X of X.m names: a class (static access) or
// an object of a known class.
func (c *compiler) staticClass(b *procBuild, x parser.Expr) (cl *Class, static bool, base compiled, ok bool) {
	if c.cls == nil {
		return nil, false, compiled{}, false
	}
	if id, isID := x.(*parser.Ident); isID && c.lookupVar(b, id.Key) == nil {
		if k := c.cls.classes[id.Key]; k != nil {
			return k, true, compiled{}, true
		}
		if isAncestorWord(id.Key) {
			cur := currentClass(b)
			if cur == nil || len(cur.bases) == 0 {
				c.errorf(id.P, codeClassContext, "« "+c.spell(id.Name)+" » n'est utilisable que dans une méthode d'une classe dérivée", "'"+c.spell(id.Name)+"' can only be used in a method of a derived class")
				return nil, false, compiled{}, false
			}
			return cur.bases[0], true, compiled{}, true
		}
	}
	bc := c.expr(b, x)
	if k := classOfType(bc.typ); k != nil {
		return k, false, bc, true
	}
	// Not an object: the caller compiles X.m itself and takes X from
	// here (takeBase) rather than compiling it again, which would make
	// chains v.a.a… exponential.
	c.lastBase = cachedBase{x, bc}
	return nil, false, bc, false
}

// objMember compiles X.m when X is an object of a known class or a class
// name: members with their access checks, class members, constants, and
// methods called without parentheses.
func (c *compiler) objMember(b *procBuild, e *parser.Member) (compiled, bool) {
	cl, static, base, ok := c.staticClass(b, e.X)
	if !ok {
		return compiled{}, false
	}
	key, name, pos := e.Name.Key, c.spell(e.Name), e.P
	if static {
		// C.m / C::m / Ancêtre.m: a class member, a constant, or inside a
		// derived class's method an inherited member of the object.
		if g := cl.globals[key]; g != nil {
			c.checkAccess(b, g.owner, g.access, "membre", name, pos)
			return c.ident(b, &parser.Ident{Name: parser.Name{At: e.Name.At, Key: g.varKey}}), true
		}
		if v, ok := cl.consts[key]; ok {
			return compiled{func(*frame) Value { return v }, TypeVariant}, true
		}
		if cur := currentClass(b); cur != nil && cur.derivesFrom(cl) && cl.st.FieldIndex(key) >= 0 {
			return c.classIdent(b, &parser.Ident{Name: e.Name})
		}
		if cl.methods[key] != nil {
			return c.objMethodCallAt(b, e, nil, pos)
		}
		c.errorf(e.Name.P, codeClassUnknown, "« "+name+" » n'est pas un membre global de la classe « "+cl.Name+" »", "'"+name+"' is not a global member of the class '"+cl.Name+"'")
		return compiled{func(*frame) Value { return Null }, TypeVariant}, true
	}
	if i := cl.st.FieldIndex(key); i >= 0 {
		fi := cl.fields[i]
		c.checkAccess(b, fi.owner, fi.access, "membre", cl.st.Fields[i].Name, pos)
		bf, st := base.fn, cl.st
		return compiled{func(f *frame) Value {
			s := objectOf(f, bf(f), pos)
			if s.Type != st {
				if j := s.Type.FieldIndex(key); j >= 0 {
					return s.Fields[j]
				}
			}
			return s.Fields[i]
		}, cl.st.Fields[i].Type}, true
	}
	if g := cl.globals[key]; g != nil {
		c.checkAccess(b, g.owner, g.access, "membre", name, pos)
		return c.ident(b, &parser.Ident{Name: parser.Name{At: e.Name.At, Key: g.varKey}}), true
	}
	if v, ok := cl.consts[key]; ok {
		return compiled{func(*frame) Value { return v }, TypeVariant}, true
	}
	if cl.methods[key] != nil {
		return c.objMethodCallAt(b, e, nil, pos)
	}
	c.errorf(e.Name.P, codeClassUnknown, "La classe « "+cl.Name+" » n'a pas de membre « "+name+" »", "The class '"+cl.Name+"' has no member '"+name+"'")
	return compiled{func(*frame) Value { return Null }, TypeVariant}, true
}

// objLvalue is objMember for a place (with the CONSTANT check).
func (c *compiler) objLvalue(b *procBuild, e *parser.Member) (lval, bool) {
	cl, static, base, ok := c.staticClass(b, e.X)
	if !ok {
		return lval{}, false
	}
	key, name, pos := e.Name.Key, c.spell(e.Name), e.P
	if static {
		if g := cl.globals[key]; g != nil {
			c.checkAccess(b, g.owner, g.access, "membre", name, pos)
			c.checkWrite(b, g.owner, g.access, g.readOnly, name, pos)
			return c.lvalue(b, &parser.Ident{Name: parser.Name{At: e.Name.At, Key: g.varKey}}), true
		}
		if cur := currentClass(b); cur != nil && cur.derivesFrom(cl) && cl.st.FieldIndex(key) >= 0 {
			return c.classLvalue(b, &parser.Ident{Name: e.Name})
		}
		return c.tempPlace(b, e), true
	}
	if i := cl.st.FieldIndex(key); i >= 0 {
		fi := cl.fields[i]
		c.checkAccess(b, fi.owner, fi.access, "membre", cl.st.Fields[i].Name, pos)
		c.checkWrite(b, fi.owner, fi.access, fi.readOnly, cl.st.Fields[i].Name, pos)
		bf, st := base.fn, cl.st
		return lval{func(f *frame) *Value {
			s := objectOf(f, bf(f), pos)
			if s.Type != st {
				if j := s.Type.FieldIndex(key); j >= 0 {
					return &s.Fields[j]
				}
			}
			return &s.Fields[i]
		}, cl.st.Fields[i].Type}, true
	}
	if g := cl.globals[key]; g != nil {
		c.checkAccess(b, g.owner, g.access, "membre", name, pos)
		c.checkWrite(b, g.owner, g.access, g.readOnly, name, pos)
		return c.lvalue(b, &parser.Ident{Name: parser.Name{At: e.Name.At, Key: g.varKey}}), true
	}
	return c.tempPlace(b, e), true
}

// tempPlace is a member that is not a place (a constant, a method called
// without parentheses): its value in a temporary, as lvalue gives for
// any expression.
func (c *compiler) tempPlace(b *procBuild, e *parser.Member) lval {
	x, _ := c.objMember(b, e)
	return lval{func(f *frame) *Value { v := x.fn(f); return &v }, x.typ}
}

// methodArgs checks the number of arguments of a method call.
func (c *compiler) methodArgs(b *procBuild, m *method, args []parser.Expr, pos Position) []argCode {
	d := m.decl
	if len(args) > len(d.Params) && !d.Variadic {
		c.errorf(pos, codeArgCount, "Trop de paramètres pour « "+m.owner.Name+"."+m.name+" »", "Too many parameters for '"+m.owner.Name+"."+m.name+"'")
	}
	for i := len(args); i < len(d.Params); i++ {
		if d.Params[i].Default == nil {
			c.errorf(pos, codeArgCount, "Paramètre « "+c.spell(d.Params[i].Name)+" » manquant dans l'appel de « "+m.owner.Name+"."+m.name+" »",
				"Parameter '"+c.spell(d.Params[i].Name)+"' missing in the call of '"+m.owner.Name+"."+m.name+"'")
			break
		}
	}
	return c.args(b, args)
}

func (c *compiler) resultType(m *method) *Type {
	if len(m.decl.Results) == 1 {
		return c.resolveType(m.decl.Results[0])
	}
	return TypeVariant
}

// objMethodCall compiles X.M(args) on an object of a known class, on a
// class name (global method, or ancestor's method in a derived class's
// method) or on Ancêtre; and on a Variant receiver, a call by name when
// the value is an object at run time.
func (c *compiler) objMethodCall(b *procBuild, mem *parser.Member, args []parser.Expr, pos Position) (compiled, bool) {
	if c.cls == nil || c.cls.noHook {
		return compiled{}, false
	}
	return c.objMethodCallAt(b, mem, args, pos)
}

func (c *compiler) objMethodCallAt(b *procBuild, mem *parser.Member, args []parser.Expr, pos Position) (compiled, bool) {
	cl, static, base, ok := c.staticClass(b, mem.X)
	key, name := mem.Name.Key, c.spell(mem.Name)
	if !ok {
		if !c.cls.methods[key] {
			return compiled{}, false
		}
		// A Variant receiver: by name at run time, else the built-in path.
		c.cls.noHook = true
		other := c.methodCall(b, mem, args, pos).fn
		c.cls.noHook = false
		ac := c.args(b, args)
		rf := base.fn
		return compiled{func(f *frame) Value {
			v := rf(f)
			if s := v.Struct(); s != nil && s.Type.Class != nil {
				m := s.Type.Class.methods[key]
				if m != nil && !m.global {
					return callMethod(f, m, v, ac, pos)
				}
			}
			return other(f)
		}, TypeVariant}, true
	}
	m := cl.methods[key]
	if m == nil {
		c.errorf(mem.Name.P, codeClassUnknown, "La classe « "+cl.Name+" » n'a pas de méthode « "+name+" »", "The class '"+cl.Name+"' has no method '"+name+"'")
		return compiled{func(*frame) Value { return Null }, TypeVariant}, true
	}
	c.checkAccess(b, m.owner, m.access, "méthode", m.name, pos)
	ac := c.methodArgs(b, m, args, pos)
	rt := c.resultType(m)
	if m.global {
		code, site := m.code, &StackEntry{Proc: m.code.name, Pos: pos}
		if !static {
			bf := base.fn
			return compiled{func(f *frame) Value { bf(f); return callProc(f, code, f.run.globals, ac, site) }, rt}, true
		}
		return compiled{func(f *frame) Value { return callProc(f, code, f.run.globals, ac, site) }, rt}, true
	}
	if static {
		// Ancêtre.M() / Base.M(): the ancestor's own method, on the
		// current object, without dispatch (6010007).
		cur := currentClass(b)
		if cur == nil || !cur.derivesFrom(cl) || methodOf(b).global {
			c.errorf(mem.P, codeClassContext, "La méthode « "+name+" » n'est pas globale : elle s'appelle sur un objet", "The method '"+name+"' is not global: it is called on an object")
			return compiled{func(*frame) Value { return Null }, TypeVariant}, true
		}
		self, _ := c.self(b, pos, "MoiMême")
		sf := self.fn
		return compiled{func(f *frame) Value { return callMethod(f, m, sf(f), ac, pos) }, rt}, true
	}
	bf, slot := base.fn, m.slot
	return compiled{func(f *frame) Value {
		v := bf(f)
		s := objectOf(f, v, pos)
		vt := s.Type.Class.vt
		var target *method
		if slot < len(vt) && vt[slot].key == key {
			target = vt[slot]
		} else if target = s.Type.Class.methods[key]; target == nil {
			f.run.raise(pos, codeClassUnknown, "La classe « "+s.Type.Name+" » n'a pas de méthode « "+name+" »", "The class '"+s.Type.Name+"' has no method '"+name+"'")
		}
		return callMethod(f, target, v, ac, pos)
	}, rt}, true
}

// classCall compiles M(args) inside a method: a method of its class, on
// the current object (virtual), or a global method.
func (c *compiler) classCall(b *procBuild, id *parser.Ident, args []parser.Expr, pos Position) (compiled, bool) {
	if c.cls == nil {
		return compiled{}, false
	}
	cur := methodOf(b)
	if cur == nil {
		return compiled{}, false
	}
	m := cur.owner.methods[id.Key]
	if m == nil {
		return compiled{}, false
	}
	if !m.global && cur.global {
		c.errorf(pos, codeClassContext, "La méthode « "+m.name+" » n'est pas globale : elle ne peut pas être appelée depuis une méthode globale", "The method '"+m.name+"' is not global: it cannot be called from a global method")
		return compiled{func(*frame) Value { return Null }, TypeVariant}, true
	}
	mem := &parser.Member{At: id.At, X: c.selfIdent(id.P), Name: id.Name}
	if m.global {
		mem.X = &parser.Ident{Name: parser.Name{At: id.At, Key: cur.owner.key}}
	}
	return c.objMethodCallAt(b, mem, args, pos)
}

// isMemberName reports whether key names a member of the class whose
// method b compiles (an assignment to it declares nothing).
func (c *compiler) isMemberName(b *procBuild, key string) bool {
	cl := currentClass(b)
	if cl == nil {
		return false
	}
	return cl.st.FieldIndex(key) >= 0 || cl.globals[key] != nil
}
