package runtime

import "github.com/wlangage/wl/parser"

// Objects in statements: allouer / new, declarations of object
// variables, assignment of objects, the class statements and the end of
// an object's scope.

// newExpr compiles `allouer un C(args)` / `new C(args)`.
func (c *compiler) newExpr(b *procBuild, e *parser.NewExpr) compiled {
	var cl *Class
	if c.cls != nil {
		cl = c.cls.classes[e.Class.Key]
	}
	if cl == nil {
		c.errorf(e.Class.P, codeClassUnknown, "Classe inconnue « "+c.spell(e.Class)+" »", "Unknown class '"+c.spell(e.Class)+"'")
		return compiled{func(*frame) Value { return Null }, TypeVariant}
	}
	ac := c.ctorArgs(b, cl, e.Args, e.P)
	pos := e.P
	return compiled{func(f *frame) Value { return StructValue(cl.newObject(f, ac, pos)) }, cl.dyn}
}

// ctorArgs checks that cl can be instantiated with args from b.
func (c *compiler) ctorArgs(b *procBuild, cl *Class, args []parser.Expr, pos Position) []argCode {
	if cl.abstract {
		c.errorf(pos, codeClassAbstract, "La classe « "+cl.Name+" » est abstraite : elle ne peut pas être instanciée", "The class '"+cl.Name+"' is abstract: it cannot be instantiated")
	}
	if cl.ctor == nil {
		if len(args) > 0 {
			c.errorf(pos, codeArgCount, "Trop de paramètres pour le constructeur de « "+cl.Name+" »", "Too many parameters for the constructor of '"+cl.Name+"'")
		}
		return withSelf(c.args(b, args))
	}
	if cl.ctors != nil {
		return c.overloadedCtorArgs(b, cl, args, pos)
	}
	c.checkAccess(b, cl, cl.ctor.access, "méthode", "Constructeur", pos)
	return withSelf(c.methodArgs(b, cl.ctor, args, pos))
}

// dynType gives a class type its dynamic variant for `C dynamique`.
func dynType(t *Type, tr *parser.TypeRef) *Type {
	if cl := classOfType(t); cl != nil && tr.Dynamic {
		return cl.dyn
	}
	return t
}

// objDecl compiles the declaration of object variables: automatic objects
// are built (constructor with the given arguments, 6010002), dynamic ones
// start Null (6010003), `= NULL` declares without building.
func (c *compiler) objDecl(b *procBuild, s *parser.VarDecl) (stmtFn, bool) {
	if c.cls == nil || s.Type == nil || s.Spread {
		return nil, false
	}
	t := c.resolveType(s.Type)
	cl := classOfType(t)
	if cl == nil {
		if s.HasArgs && !c.unknownTypes[s.Type.P] { // an unknown class: 9402 says it
			c.errorf(s.P, codeClassType, "Seule la déclaration d'un objet accepte des paramètres de constructeur", "Only an object declaration accepts constructor parameters")
		}
		return nil, false
	}
	type one struct {
		ref  varRef
		init exprFn
		null bool
	}
	var ones []one
	var ac []argCode
	if !t.Dynamic && (len(s.Init) == 0) {
		ac = c.ctorArgs(b, cl, s.Args, s.P)
	}
	for i, n := range s.Names {
		vr := c.varRef(b, n.Key, n.P)
		o := one{ref: vr}
		init := initOf(s, i)
		if _, isNull := init.(*parser.NullLit); isNull {
			o.null = true
		} else if init != nil {
			o.init = c.expr(b, init).fn
		}
		ones = append(ones, o)
	}
	pos := s.P
	dynamic, ref := t.Dynamic, s.Ref
	life := c.cls.lifetime
	return func(f *frame) ctl {
		for _, o := range ones {
			p := o.ref.ref(f)
			// Run again (a declaration in a loop, 6010002), the
			// declaration first releases the previous iteration's object.
			if life && !p.IsNull() {
				old := *p
				*p = Null
				release(f, old, pos)
			}
			switch {
			case o.null:
				*p = Null
			case o.init != nil:
				v := toIface(o.init(f), cl)
				checkObjClass(f, v, cl, pos)
				if dynamic || ref {
					*p = v
				} else {
					*p = Null
					copyObject(p, v)
					if life {
						track(f, p.Struct())
					}
				}
			case dynamic:
				*p = Null
			default:
				*p = StructValue(cl.newObject(f, ac, pos))
			}
		}
		return ctlNone
	}, true
}

// checkObjClass raises an error when v is neither Null nor an object of
// cl or of a class derived from it.
func checkObjClass(f *frame, v Value, cl *Class, pos Position) {
	if v.k == KNull || cl.iface {
		return
	}
	s := v.Struct()
	if s == nil || s.Type.Class == nil || !s.Type.Class.derivesFrom(cl) {
		f.run.raise(pos, codeClassType, "Un objet de la classe « "+cl.Name+" » est attendu, une valeur de type "+typeName(v)+" a été trouvée",
			"An object of the class '"+cl.Name+"' is expected, found a value of type "+typeName(v))
	}
}

// objAssign compiles `=` and `<-` to a variable, member or element whose
// type is a class: `<-` and `=` to a dynamic object take a reference, `=`
// to an automatic object copies the members (6010001, 6010002).
func (c *compiler) objAssign(b *procBuild, s *parser.Assign) (stmtFn, bool) {
	if c.cls == nil || s.Multi || len(s.Targets) != 1 {
		return nil, false
	}
	if fn, ok := c.propAssign(b, s); ok {
		return fn, true
	}
	isMemberName := false
	if id, ok := s.Targets[0].(*parser.Ident); ok && c.lookupVar(b, id.Key) == nil {
		isMemberName = c.isMemberName(b, id.Key)
	}
	if _, ok := s.Targets[0].(*parser.Member); ok || isMemberName {
		// Writing a member: the CONSTANT check applies (not to the
		// arguments passed by reference, which are places too).
		c.cls.writing = true
		c.lvalue(b, s.Targets[0])
		c.cls.writing = false
	}
	if s.Op != "=" && s.Op != "<-" {
		return nil, false
	}
	switch s.Targets[0].(type) {
	case *parser.Ident, *parser.Member, *parser.Index:
	default:
		return nil, false
	}
	if id, ok := s.Targets[0].(*parser.Ident); ok {
		if vi := c.lookupVar(b, id.Key); vi == nil || classOfType(vi.typ) == nil {
			return nil, false
		}
	}
	lv := c.lvalue(b, s.Targets[0])
	cl := classOfType(lv.typ)
	if cl == nil {
		if _, isMember := s.Targets[0].(*parser.Member); !isMember || s.Op != "=" {
			return nil, false
		}
		// A member of an object, checked by lvalue: ordinary conversion.
		if mem := s.Targets[0].(*parser.Member); c.isObjectExpr(b, mem.X) {
			rv := c.expr(b, s.Value).fn
			ref, t, pos := lv.ref, lv.typ, s.P
			return func(f *frame) ctl {
				v := c.assigned(f, rv(f), t, pos) // before ref: the right side runs first
				*ref(f) = v
				return ctlNone
			}, true
		}
		return nil, false
	}
	ref, pos, life := lv.ref, s.P, c.cls.lifetime
	if _, isNull := s.Value.(*parser.NullLit); isNull {
		// o = Null releases o's reference (6010003, 1511012).
		return func(f *frame) ctl {
			rebind(f, ref(f), Null, life, pos)
			return ctlNone
		}, true
	}
	rv := c.expr(b, s.Value).fn
	if s.Op == "<-" || lv.typ.Dynamic {
		return func(f *frame) ctl {
			v := toIface(rv(f).First(), cl)
			checkObjClass(f, v, cl, pos)
			rebind(f, ref(f), v, life, pos)
			return ctlNone
		}, true
	}
	return func(f *frame) ctl {
		v := rv(f).First()
		checkObjClass(f, v, cl, pos)
		p := ref(f)
		old := *p
		copyObject(p, v)
		if life {
			if old.Struct() != p.Struct() {
				track(f, p.Struct())
			}
			// The members the copy replaced are released.
			release(f, *p, pos)
		}
		return ctlNone
	}, true
}

// isObjectExpr reports whether x is statically an object or a class name.
func (c *compiler) isObjectExpr(b *procBuild, x parser.Expr) bool {
	if id, ok := x.(*parser.Ident); ok && c.lookupVar(b, id.Key) == nil {
		if c.cls.classes[id.Key] != nil || isSelfWord(id.Key) || isAncestorWord(id.Key) {
			return true
		}
	}
	return classOfType(c.expr(b, x).typ) != nil
}

// classStmt compiles the class statements: the class block itself
// (nothing to run), libérer, and Constructeur Base(args).
func (c *compiler) classStmt(b *procBuild, s parser.Stmt) (stmtFn, bool) {
	switch s := s.(type) {
	case *parser.ClassDecl:
		return nil, true
	case *parser.Free:
		lv := c.lvalue(b, s.X)
		ref, pos := lv.ref, s.P
		life := c.cls.lifetime
		return func(f *frame) ctl {
			p := ref(f)
			old := *p
			obj := objectOf(f, old, pos)
			destroy(f, obj, pos)
			*p = Null
			if life {
				// What only the destroyed object referred to goes with it.
				release(f, old, pos)
			}
			return ctlNone
		}, true
	case *parser.CtorCall:
		m := methodOf(b)
		if m == nil || (m != m.owner.ctor && !isOtherCtor(m)) {
			c.errorf(s.P, codeClassContext, "« Constructeur "+c.spell(s.Target)+"(…) » n'est utilisable qu'au début d'un constructeur", "'Constructor "+c.spell(s.Target)+"(…)' can only be used at the start of a constructor")
			return nil, true
		}
		cl := m.owner
		leading := false
		for _, st := range m.decl.Body {
			if st == parser.Stmt(s) {
				leading = true
				break
			}
			if _, ok := st.(*parser.CtorCall); !ok {
				break
			}
		}
		if !leading {
			c.errorf(s.P, codeClassDecl, "L'appel explicite d'un constructeur doit être la première instruction du constructeur", "An explicit constructor call must be the first instruction of the constructor")
		}
		self, _ := c.self(b, s.P, "MoiMême")
		sf, pos := self.fn, s.P
		for _, base := range cl.bases {
			if base.key == s.Target.Key {
				ac := c.ctorArgs(b, base, s.Args, pos)
				if base.abstract && base.ctor != nil {
					// An abstract base is built through its derived class.
					c.errs = c.errs[:len(c.errs)-1]
				}
				return func(f *frame) ctl {
					base.construct(f, sf(f).Struct(), ac, pos)
					return ctlNone
				}, true
			}
		}
		if i := cl.st.FieldIndex(s.Target.Key); i >= cl.ownStart && cl.fields[i].obj != nil {
			oc := cl.fields[i].obj
			ac := c.ctorArgs(b, oc, s.Args, pos)
			return func(f *frame) ctl {
				sf(f).Struct().Fields[i] = StructValue(oc.newObject(f, ac, pos))
				return ctlNone
			}, true
		}
		c.errorf(s.Target.P, codeClassUnknown, "« "+c.spell(s.Target)+" » n'est ni une classe ancêtre ni un membre objet de « "+cl.Name+" »", "'"+c.spell(s.Target)+"' is neither an ancestor class nor an object member of '"+cl.Name+"'")
		return nil, true
	}
	return nil, false
}

// scopeEnd wraps the body of a traitement when the program has objects
// whose lifetime is followed (objlife.go): when the traitement ends, its
// local references go away and the objects nothing refers to any more
// are destroyed (6010002).
func (c *compiler) scopeEnd(b *procBuild, body stmtFn) stmtFn {
	if c.cls == nil || !c.cls.lifetime {
		return body
	}
	return lifetimeBody(body)
}

// toIface gives the value an interface variable receives: the object when
// its class conforms to the interface, else Null (6010017: no error).
func toIface(v Value, cl *Class) Value {
	if !cl.iface {
		return v
	}
	if s := v.Struct(); s != nil && s.Type.Class != nil && s.Type.Class.conforms(cl) {
		return v
	}
	return Null
}
