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
		return compiled{func(f *frame) Value { return *f.paramRef(slot) }, vr.typ}, true
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

func accessWord(access string, feminine bool) (fr, en string) {
	fr, en = "protégé", "protected"
	if access == "PRIVE" {
		fr, en = "privé", "private"
	}
	if feminine {
		fr += "e"
	}
	return fr, en
}

func (c *compiler) checkAccess(b *procBuild, owner *Class, access, what, name string, pos Position) {
	if c.canAccess(b, owner, access) {
		return
	}
	if what == "lecture" || what == "affectation" {
		fr, en := accessWord(access, true)
		enWhat := "Reading"
		if what == "affectation" {
			enWhat = "Assigning"
		}
		c.errorf(pos, codeClassAccess, "L'"+what+" de la propriété « "+name+" » de la classe « "+owner.Name+" » est "+fr+" : accès interdit ici",
			enWhat+" the property '"+name+"' of the class '"+owner.Name+"' is "+en+": no access here")
		return
	}
	if what == "méthode" {
		fr, en := accessWord(access, true)
		c.errorf(pos, codeClassAccess, "La méthode « "+name+" » de la classe « "+owner.Name+" » est "+fr+" : accès interdit ici",
			"The method '"+name+"' of the class '"+owner.Name+"' is "+en+": no access here")
		return
	}
	fr, en := accessWord(access, false)
	c.errorf(pos, codeClassAccess, "Le membre « "+name+" » de la classe « "+owner.Name+" » est "+fr+" : accès interdit ici",
		"The member '"+name+"' of the class '"+owner.Name+"' is "+en+": no access here")
}

func (c *compiler) checkWrite(b *procBuild, owner *Class, access string, readOnly bool, name string, pos Position) {
	if !readOnly || !c.cls.writing {
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
		if m := methodOf(b); m != nil && !m.global || key == parser.SelfKey || key == "THIS" || key == "MYSELF" {
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
	if !m.global && c.isProperty(b, cl, key) {
		return c.propGet(b, cl, &parser.Member{At: e.At, X: c.selfIdent(e.P), Name: e.Name})
	}
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
	if isSelfWord(key) || isAncestorWord(key) {
		if cm, ok := c.classIdent(b, e); ok {
			return lval{func(f *frame) *Value { v := cm.fn(f); return &v }, cm.typ}, true
		}
		return lval{}, false
	}
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
	if mem, isMem := x.(*parser.Member); isMem {
		// :Base:M() (6010007, syntax 3): an ancestor's method on the
		// current object.
		if id, isID := mem.X.(*parser.Ident); isID && id.Key == parser.SelfKey {
			if k := c.cls.classes[mem.Name.Key]; k != nil {
				if cur := currentClass(b); cur != nil && cur.derivesFrom(k) {
					return k, true, compiled{}, true
				}
			}
		}
	}
	bc := c.takeBase(b, x) // compiled already when a place's base (baseAndRef)
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
		// derived class's method an inherited property (6010006) or
		// member of the object.
		if cur := currentClass(b); (cur != nil && cur.derivesFrom(cl) || cl.globalProperty(key)) && c.isProperty(b, cl, key) {
			return c.propGet(b, cl, e)
		}
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
	if c.isProperty(b, cl, key) {
		return c.propGet(b, cl, e)
	}
	if i := cl.st.FieldIndex(key); i >= 0 {
		fi := cl.fields[i]
		c.checkAccess(b, fi.owner, fi.access, "membre", cl.st.Fields[i].Name, e.Name.P)
		bf, st := base.fn, cl.st
		return compiled{func(f *frame) Value {
			s := objectOf(f, bf(f), pos)
			if s.Type != st {
				return s.Fields[fieldOf(f, s, key, name, pos)]
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
	if !static && c.isProperty(b, cl, key) {
		return c.tempPlace(b, e), true
	}
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
		c.checkAccess(b, fi.owner, fi.access, "membre", cl.st.Fields[i].Name, e.Name.P)
		c.checkWrite(b, fi.owner, fi.access, fi.readOnly, cl.st.Fields[i].Name, e.Name.P)
		bf, st := c.assocMemberObject(b, e.X, base.fn), cl.st
		return lval{func(f *frame) *Value {
			s := objectOf(f, bf(f), pos)
			if s.Type != st {
				return &s.Fields[fieldOf(f, s, key, name, pos)]
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
		ac := withSelf(c.args(b, args))
		rf := base.fn
		sites := &siteCache{pos: pos}
		return compiled{func(f *frame) Value {
			v := rf(f)
			if s := v.Struct(); s != nil && s.Type.Class != nil {
				m := s.Type.Class.methods[key]
				if m != nil && !m.global {
					return callMethod(f, m, v, ac, sites.get(m))
				}
			}
			return other(f)
		}, TypeVariant}, true
	}
	m := cl.methods[key]
	ctor := false
	if m == nil && (key == "CONSTRUCTEUR" || key == "CONSTRUCTOR") && cl.ctor != nil {
		// o.Constructeur() / C.Constructeur(): real code calls the
		// constructor again as a method, to reset an object (doc
		// 6010001: the constructor is a method of the class). It runs
		// on the object, without dispatch.
		m, ctor = cl.ctor, true
	}
	if m == nil {
		c.errorf(mem.Name.P, codeClassUnknown, "La classe « "+cl.Name+" » n'a pas de méthode « "+name+" »", "The class '"+cl.Name+"' has no method '"+name+"'")
		return compiled{func(*frame) Value { return Null }, TypeVariant}, true
	}
	if cands := visibleSyntaxes(cl, key); cands != nil && !static && !ctor && !m.global {
		return c.overloadedMethodCall(b, cands, base.fn, args, pos), true
	}
	c.checkAccess(b, m.owner, m.access, propertyEvent(m.key), m.name, mem.Name.P)
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
		sf, acs, site := self.fn, withSelf(ac), &StackEntry{Proc: m.code.name, Pos: pos}
		return compiled{func(f *frame) Value { return callMethod(f, m, sf(f), acs, site) }, rt}, true
	}
	bf, slot := base.fn, m.slot
	acs, sites := withSelf(ac), &siteCache{pos: pos}
	if ctor {
		return compiled{func(f *frame) Value {
			v := bf(f)
			objectOf(f, v, pos)
			return callMethod(f, m, v, acs, sites.get(m))
		}, rt}, true
	}
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
		return callMethod(f, target, v, acs, sites.get(target))
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
	return cl.st.FieldIndex(key) >= 0 || cl.globals[key] != nil || cl.methods[getKey(key)] != nil || cl.methods[setKey(key)] != nil
}

// fieldOf finds a member by name in an object of another class than the
// static one (a derived class, or any object passed where a class was
// expected), raising an error when it has none.
func fieldOf(f *frame, s *Struct, key, name string, pos Position) int {
	j := s.Type.FieldIndex(key)
	if j < 0 {
		f.run.raise(pos, codeClassType, "La classe « "+s.Type.Name+" » n'a pas de membre « "+name+" »", "The class '"+s.Type.Name+"' has no member '"+name+"'")
	}
	return j
}

func (c *compiler) classNamed(n parser.Name) *Class {
	cl := c.cls.classes[n.Key]
	if cl == nil {
		c.errorf(n.P, codeClassUnknown, "Classe inconnue « "+c.spell(n)+" »", "Unknown class '"+c.spell(n)+"'")
	}
	return cl
}

// typeTest compiles `x est C`: Vrai when x is a live object of C or of a
// class derived from it (6010019).
func (c *compiler) typeTest(b *procBuild, e *parser.TypeTest) compiled {
	x := c.expr(b, e.X).fn
	cl := c.classNamed(e.Class)
	if cl == nil {
		return compiled{func(*frame) Value { return Bool(false) }, TypeBool}
	}
	return compiled{func(f *frame) Value {
		s := x(f).Struct()
		if s == nil || s.Type.Class == nil {
			return Bool(false)
		}
		if st, _ := s.Native.(*objState); st != nil && st.freed {
			return Bool(false)
		}
		return Bool(s.Type.Class.derivesFrom(cl))
	}, TypeBool}
}

// objCast compiles `(C) x` (an error when x is not a C) and `(C?) x`
// (Null then), 6010019: the result is typed C, so C's members and
// methods are reachable.
func (c *compiler) objCast(b *procBuild, e *parser.ObjCast) compiled {
	x := c.expr(b, e.X).fn
	cl := c.classNamed(e.Class)
	if cl == nil {
		return compiled{func(*frame) Value { return Null }, TypeVariant}
	}
	pos, soft := e.P, e.Soft
	return compiled{func(f *frame) Value {
		v := x(f)
		s := v.Struct()
		if s != nil && s.Type.Class != nil && s.Type.Class.derivesFrom(cl) {
			return v
		}
		if soft || v.k == KNull {
			return Null
		}
		f.run.raise(pos, codeClassType, "Conversion impossible en « "+cl.Name+" » d'une valeur de type "+typeName(v), "Cannot convert a value of type "+typeName(v)+" to '"+cl.Name+"'")
		return Null
	}, cl.dyn}
}

// ---- properties (6010006) ----
//
// A property is a pair of methods, its get and set events, kept among the
// class's methods under the keys #GET#name and #SET#name: they are
// virtual like every method. Outside its own events a property wins over
// a member of the same name; inside them the member wins.

func getKey(key string) string { return "#GET#" + key }

func setKey(key string) string { return "#SET#" + key }

// isProperty reports whether key names a property of cl used from b (not
// from one of its own events when a member of that name exists).
func (c *compiler) isProperty(b *procBuild, cl *Class, key string) bool {
	g, st := cl.methods[getKey(key)], cl.methods[setKey(key)]
	if g == nil && st == nil {
		return false
	}
	if m := methodOf(b); m != nil && (m.key == getKey(key) || m.key == setKey(key)) && cl.st.FieldIndex(key) >= 0 {
		return false
	}
	return true
}

// propGet compiles the reading of a property: its get event.
func (c *compiler) propGet(b *procBuild, cl *Class, e *parser.Member) (compiled, bool) {
	if c.recursiveProperty(b, e) {
		return compiled{func(*frame) Value { return Null }, TypeVariant}, true
	}
	if cl.methods[getKey(e.Name.Key)] == nil {
		c.errorf(e.Name.P, codeClassReadOnly, "La propriété « "+c.spell(e.Name)+" » ne peut pas être lue (pas d'événement de récupération)", "The property '"+c.spell(e.Name)+"' cannot be read (no get event)")
		return compiled{func(*frame) Value { return Null }, TypeVariant}, true
	}
	return c.objMethodCallAt(b, &parser.Member{At: e.At, X: e.X, Name: parser.Name{At: e.Name.At, Key: getKey(e.Name.Key)}}, nil, e.P)
}

// propAssign compiles `o.P = v`, `o.P += v`, `o.P -= v` and, inside a
// method, `P = v` for a property P: its set event.
func (c *compiler) propAssign(b *procBuild, s *parser.Assign) (stmtFn, bool) {
	var mem *parser.Member
	var cl *Class
	switch t := s.Targets[0].(type) {
	case *parser.Member:
		k, static, _, ok := c.staticClass(b, t.X)
		if !ok || !c.isProperty(b, k, t.Name.Key) {
			return nil, false
		}
		if cur := currentClass(b); static && (cur == nil || !cur.derivesFrom(k)) && !k.globalProperty(t.Name.Key) {
			return nil, false
		}
		mem, cl = t, k
	case *parser.Ident:
		m := methodOf(b)
		if m == nil || m.global || c.lookupVar(b, t.Key) != nil || !c.isProperty(b, m.owner, t.Key) {
			return nil, false
		}
		mem, cl = &parser.Member{At: t.At, X: c.selfIdent(t.P), Name: t.Name}, m.owner
	default:
		return nil, false
	}
	value := s.Value
	switch s.Op {
	case "=":
	case "+=", "-=":
		value = &parser.Binary{At: s.At, Op: s.Op[:1], L: mem, R: s.Value}
	default:
		return nil, false
	}
	if c.recursiveProperty(b, mem) {
		return nil, true
	}
	if cl.methods[setKey(mem.Name.Key)] == nil {
		c.errorf(mem.Name.P, codeClassReadOnly, "La propriété « "+c.spell(mem.Name)+" » ne peut pas être modifiée (pas d'événement d'affectation)", "The property '"+c.spell(mem.Name)+"' cannot be written (no set event)")
		return nil, true
	}
	call, _ := c.objMethodCallAt(b, &parser.Member{At: mem.At, X: mem.X, Name: parser.Name{At: mem.Name.At, Key: setKey(mem.Name.Key)}}, []parser.Expr{value}, s.P)
	fn := call.fn
	return func(f *frame) ctl { fn(f); return ctlNone }, true
}
