package runtime

import (
	"sort"

	"github.com/wlangage/wl/parser"
)

// Object-oriented WLangage: classes, objects, construction, destruction
// and dispatch. Doc pages: POO overview 6010009, classes/members/methods
// 6010006, constructor and destructor 6010001, object declaration
// 6010002, dynamic instantiation 6010003, inheritance and redefinition
// 6010007.
//
// An object is a *Struct whose StructType carries its Class; its fields
// are the instance members of its ancestors (first base first) followed
// by its own, so a member's index is the same in every derived object of
// a single-inheritance chain. Methods are procedures whose hidden first
// parameter is the object (MoiMême); they are called through callProc
// like any procedure. Every method is virtual (6010007): a call goes
// through the vtable slot of the receiver's class.

// Codes of the class compile and run-time errors (compiler range).
const (
	codeClassUnknown  = 9450 // unknown class, member or method
	codeClassAccess   = 9451 // private or protected member or method
	codeClassReadOnly = 9452 // CONSTANT member written outside its class
	codeClassAbstract = 9453 // abstract class instantiated, abstract method called
	codeClassNull     = 9454 // object Null or released
	codeClassDecl     = 9455 // faulty class declaration or method header
	codeClassContext  = 9456 // MoiMême, Ancêtre, Constructeur outside a method
	codeClassType     = 9457 // an object of another class
)

// Class is a compiled class.
type Class struct {
	Name          string
	key           string
	decl          *parser.ClassDecl
	bases         []*Class
	st            *StructType
	typ, dyn      *Type
	fields        []fieldInfo // parallel to st.Fields
	ownStart      int         // index of the first own field
	globals       map[string]*classGlobal
	consts        map[string]Value
	own           map[string]*method // methods declared by this class
	methods       map[string]*method // visible methods, most derived first
	vt            []*method
	slot          map[string]int
	ctor          *method
	ctors         []*method // every constructor when it has several syntaxes (overload.go)
	dtor          *method
	explicit      map[string]bool // bases and members its constructor builds itself
	abstract      bool
	iface         bool // an interface (6010017): prototypes only
	state         int  // 0 new, 1 laying out, 2 done
	tracked, life bool // objlife.go: a destructor in the chain; in the program
}

type fieldInfo struct {
	owner    *Class
	access   string
	readOnly bool
	obj      *Class // an automatic object member, built with the object
}

type classGlobal struct {
	owner    *Class
	access   string
	readOnly bool
	varKey   string
	typ      *Type
	init     parser.Expr
	pos      Position
}

type method struct {
	name, key string
	owner     *Class
	decl      *parser.ProcDecl
	code      *procCode
	access    string
	global    bool
	abstract  bool
	slot      int
	syntaxes  []*method // every syntax when it has several (overmethod.go)
}

// classState is what the compiler knows of the program's classes.
type classState struct {
	classes  map[string]*Class
	decls    []*parser.ClassDecl
	order    []*Class
	lifetime bool            // some class has a destructor (objlife.go)
	methods  map[string]bool // every method name, for calls on Variant receivers
	noHook   bool
	writing  bool // an assignment target is being compiled
}

// deriveFrom reports whether cl is c or derives from it.
func (cl *Class) derivesFrom(c *Class) bool {
	if cl == c {
		return true
	}
	for _, b := range cl.bases {
		if b.derivesFrom(c) {
			return true
		}
	}
	return false
}

func isSelfWord(key string) bool {
	switch key {
	case parser.SelfKey, "OBJET", "OBJECT", "THIS", "MYSELF":
		return true
	}
	return false
}

func isAncestorWord(key string) bool { return key == "ANCETRE" || key == "ANCESTOR" }

// classOfType returns the class of an object type, or nil.
func classOfType(t *Type) *Class {
	if t != nil && t.Kind == KStruct && t.Struct != nil {
		return t.Struct.Class
	}
	return nil
}

// methodOf returns the method being compiled in b (or around it), or nil.
func methodOf(b *procBuild) *method {
	for s := b; s != nil; s = s.parent {
		if s.method != nil {
			return s.method
		}
	}
	return nil
}

func currentClass(b *procBuild) *Class {
	if m := methodOf(b); m != nil {
		return m.owner
	}
	return nil
}

func accessOf(mods []string) (access string, global, abstract bool) {
	access = "PUBLIC"
	for _, w := range mods {
		switch w {
		case "PRIVE", "PRIVEE", "PRIVATE":
			access = "PRIVE"
		case "PROTEGE", "PROTEGEE", "PROTECTED":
			access = "PROTEGE"
		case "GLOBAL":
			global = true
		case "ABSTRAIT", "ABSTRAITE", "ABSTRACT":
			abstract = true
		}
	}
	return
}

// declareClasses registers the class names as types, before the
// script's structures are collected (a structure may hold an object).
func (c *compiler) declareClasses() {
	cs := &classState{classes: map[string]*Class{}, methods: map[string]bool{}}
	c.cls = cs
	var decls []*parser.ClassDecl
	parser.WalkStmts(c.file.Main, func(s parser.Stmt) bool {
		if cd, ok := s.(*parser.ClassDecl); ok {
			decls = append(decls, cd)
		}
		return true
	})
	for _, cd := range decls {
		if _, dup := cs.classes[cd.Name.Key]; dup || c.structs[cd.Name.Key] != nil {
			c.errorf(cd.P, codeClassDecl, "La classe « "+c.spell(cd.Name)+" » est déclarée deux fois", "The class '"+c.spell(cd.Name)+"' is declared twice")
			continue
		}
		cl := &Class{Name: c.spell(cd.Name), key: cd.Name.Key, decl: cd, abstract: cd.Abstract,
			globals: map[string]*classGlobal{}, consts: map[string]Value{}, own: map[string]*method{},
			methods: map[string]*method{}, slot: map[string]int{}, explicit: map[string]bool{}}
		cl.st = &StructType{Name: cl.Name, Class: cl, New: func(s *Struct) { s.Native = &objState{} }}
		cl.typ = &Type{Kind: KStruct, Name: cl.Name, Struct: cl.st}
		cl.dyn = &Type{Kind: KStruct, Name: cl.Name, Struct: cl.st, Dynamic: true}
		cs.classes[cl.key] = cl
		c.structs[cl.key] = cl.typ
		if cd.Interface {
			// A variable of an interface type holds a reference.
			cl.iface, cl.abstract = true, true
			c.structs[cl.key] = cl.dyn
		}
		cs.decls = append(cs.decls, cd)
	}
}

// collectClasses builds every class of the program, its members, its
// methods (the PROCÉDURE C.M of the file) and its vtable, before any code
// is compiled.
func (c *compiler) collectClasses() {
	cs := c.cls
	decls := cs.decls
	for _, cd := range decls {
		var sts []parser.Stmt
		for _, sd := range cd.Structs {
			sts = append(sts, sd)
		}
		c.collectStructs(sts)
	}
	for _, cd := range decls {
		if cl := cs.classes[cd.Name.Key]; cl != nil && cl.decl == cd {
			c.layout(cl)
		}
	}
	c.objectCycles()
	// Methods.
	for _, pd := range c.file.Procs {
		if pd.Class.Key == "" {
			c.propertyOutside(pd)
			continue
		}
		cl := cs.classes[pd.Class.Key]
		if cl == nil {
			c.errorf(pd.Class.P, codeClassUnknown, "Classe inconnue « "+c.spell(pd.Class)+" »", "Unknown class '"+c.spell(pd.Class)+"'")
			continue
		}
		c.addMethod(cl, pd)
	}
	// Interface prototypes: abstract methods of the interface.
	for _, cl := range cs.order {
		if !cl.iface {
			continue
		}
		for _, pr := range cl.decl.Protos {
			keys := []string{pr.Name.Key}
			if pr.Property {
				keys = nil
				if pr.Read {
					keys = append(keys, "#GET#"+pr.Name.Key)
				}
				if pr.Write {
					keys = append(keys, "#SET#"+pr.Name.Key)
				}
			}
			for _, k := range keys {
				pd := &parser.ProcDecl{At: pr.At, Name: parser.Name{At: pr.Name.At, Key: k}, Variadic: true}
				m := &method{name: c.spell(pr.Name), key: k, owner: cl, decl: pd, access: "PUBLIC", abstract: true}
				m.code = &procCode{name: cl.Name + "." + m.name, pos: pr.P}
				cl.own[k] = m
				cs.methods[k] = true
			}
		}
	}
	cs.computeTracked()
	for _, cl := range cs.order {
		c.checkGlobalProperties(cl)
		c.buildVT(cl)
		if cl.iface {
			continue
		}
		for _, m := range cl.vt {
			if m.owner.iface && m.abstract {
				c.errorf(cl.decl.P, codeClassDecl, "La classe « "+cl.Name+" » n'implémente pas « "+m.name+" » de l'interface « "+m.owner.Name+" »",
					"The class '"+cl.Name+"' does not implement '"+m.name+"' of the interface '"+m.owner.Name+"'")
			}
		}
	}
}

// conforms reports whether the class of an object has every method and
// property of the interface iface, implemented (6010017: it need not
// declare that it implements it).
func (cl *Class) conforms(iface *Class) bool {
	if cl.derivesFrom(iface) {
		return true
	}
	for k := range iface.own {
		m := cl.methods[k]
		if m == nil || m.abstract {
			return false
		}
	}
	return true
}

func (c *compiler) addMethod(cl *Class, pd *parser.ProcDecl) {
	access, global, abstract := accessOf(pd.Mods)
	key, ok := c.propertyKey(pd)
	if !ok {
		return
	}
	m := &method{name: c.spell(pd.Name), key: key, owner: cl, decl: pd, access: access, global: global, abstract: abstract}
	m.code = &procCode{name: cl.Name + "." + m.name, pos: pd.P}
	switch key {
	case "CONSTRUCTEUR", "CONSTRUCTOR":
		if cl.ctor == nil {
			cl.ctor = m
		} else if !c.addCtor(cl, m) {
			c.errorf(pd.P, codeClassDecl, "La classe « "+cl.Name+" » a deux constructeurs", "The class '"+cl.Name+"' has two constructors")
		}
		for _, s := range pd.Body {
			cc, ok := s.(*parser.CtorCall)
			if !ok {
				break
			}
			cl.explicit[cc.Target.Key] = true
		}
		return
	case "DESTRUCTEUR", "DESTRUCTOR":
		if len(pd.Params) > 0 {
			c.errorf(pd.P, codeClassDecl, "Le destructeur n'accepte aucun paramètre", "The destructor accepts no parameter")
		}
		cl.dtor = m
		return
	}
	if head, dup := cl.own[m.key]; dup {
		if c.addMethodSyntax(head, m) {
			return
		}
		c.errorf(pd.P, codeClassDecl, "Méthode « "+cl.Name+"."+m.name+" » déclarée deux fois", "Method '"+cl.Name+"."+m.name+"' declared twice")
		return
	}
	if abstract {
		cl.abstract = true
	}
	cl.own[m.key] = m
	c.cls.methods[m.key] = true
}

// layout computes the instance members of cl: its ancestors' first.
func (c *compiler) layout(cl *Class) {
	switch cl.state {
	case 1:
		c.errorf(cl.decl.P, codeClassDecl, "Héritage circulaire de la classe « "+cl.Name+" »", "Circular inheritance of the class '"+cl.Name+"'")
		return
	case 2:
		return
	}
	cl.state = 1
	bases := append(append([]parser.Name(nil), cl.decl.Bases...), cl.decl.Implements...)
	for _, bn := range bases {
		base := c.cls.classes[bn.Key]
		if base == nil {
			c.errorf(bn.P, codeClassUnknown, "Classe ancêtre inconnue « "+c.spell(bn)+" »", "Unknown ancestor class '"+c.spell(bn)+"'")
			continue
		}
		c.layout(base)
		if base.state != 2 {
			continue
		}
		cl.bases = append(cl.bases, base)
		cl.st.Fields = append(cl.st.Fields, base.st.Fields...)
		cl.fields = append(cl.fields, base.fields...)
		for k, g := range base.globals {
			if _, ok := cl.globals[k]; !ok {
				cl.globals[k] = g
			}
		}
		for k, v := range base.consts {
			if _, ok := cl.consts[k]; !ok {
				cl.consts[k] = v
			}
		}
	}
	cl.ownStart = len(cl.st.Fields)
	seen := map[string]bool{}
	for _, f := range cl.st.Fields {
		seen[Fold(f.Name)] = true
	}
	c.classConsts(cl)
	for _, m := range cl.decl.Members {
		d := m.Decl
		t := TypeVariant
		if d.Type != nil {
			t = c.resolveType(d.Type)
		}
		for _, n := range d.Names {
			if m.Global {
				g := &classGlobal{owner: cl, access: m.Access, readOnly: m.ReadOnly, varKey: cl.key + "::" + n.Key, typ: t, pos: n.P}
				if len(d.Init) > 0 {
					g.init = d.Init[0]
				}
				cl.globals[n.Key] = g
				continue
			}
			if seen[n.Key] {
				c.errorf(n.P, codeClassDecl, "Le membre « "+c.spell(n)+" » est déjà déclaré", "The member '"+c.spell(n)+"' is already declared")
				continue
			}
			f := Field{Name: c.spell(n), Type: t}
			if len(d.Init) > 0 {
				if v, ok := c.constValue(d.Init[0]); ok {
					cv := convertLoose(v, t)
					f.Default = func() Value { return cv }
				} else {
					c.errorf(d.Init[0].Position(), codeClassDecl, "La valeur initiale d'un membre doit être connue à la compilation", "A member's initial value must be known at compile time")
				}
			}
			fi := fieldInfo{owner: cl, access: m.Access, readOnly: m.ReadOnly}
			if oc := classOfType(t); oc != nil && !t.Dynamic {
				fi.obj = oc
			}
			cl.st.Fields = append(cl.st.Fields, f)
			cl.fields = append(cl.fields, fi)
			seen[n.Key] = true
		}
	}
	cl.state = 2
	c.cls.order = append(c.cls.order, cl)
}

// buildVT fills the vtable of cl: its first base's slots first (so that a
// slot means the same method all along a single-inheritance chain), then
// the other bases' methods and its own new ones; a method of the same
// name redefines the ancestor's (virtual by default, 6010007).
func (c *compiler) buildVT(cl *Class) {
	if cl.state != 2 {
		return
	}
	cl.state = 3
	for _, base := range cl.bases {
		c.buildVT(base)
		for _, m := range base.vt {
			if _, ok := cl.slot[m.key]; ok {
				continue
			}
			cl.slot[m.key] = len(cl.vt)
			cl.vt = append(cl.vt, m)
		}
		for k, m := range base.methods {
			if _, ok := cl.methods[k]; !ok {
				cl.methods[k] = m
			}
		}
	}
	for _, m := range ownInOrder(cl) {
		k := m.key
		cl.methods[k] = m
		if s, ok := cl.slot[k]; ok {
			cl.vt[s] = m
		} else {
			cl.slot[k] = len(cl.vt)
			cl.vt = append(cl.vt, m)
		}
	}
	// Still abstract when an abstract method is not redefined.
	cl.abstract = cl.decl.Abstract
	for _, m := range cl.vt {
		if m.abstract {
			cl.abstract = true
		}
	}
	for k, s := range cl.slot {
		if m := cl.methods[k]; m != nil {
			m.slot = s
		}
	}
}

// classGlobals gives the class (GLOBAL) members their slots in the
// main traitement: they live as long as the program, shared by every
// object.
func (c *compiler) classGlobals(mainB *procBuild) {
	for _, cl := range c.cls.order {
		for _, g := range ownGlobals(cl) {
			if _, ok := mainB.vars[g.varKey]; !ok {
				mainB.vars[g.varKey] = &varInfo{slot: len(mainB.vars), typ: g.typ, owner: mainB}
			}
		}
	}
}

// compileClasses compiles the methods (after the main traitement, whose
// variables they see) and makes the main traitement initialise the class
// members first.
func (c *compiler) compileClasses(mainB *procBuild) {
	type ginit struct {
		slot int
		typ  *Type
		init exprFn
		obj  *Class
		pos  Position
	}
	var inits []ginit
	for _, cl := range c.cls.order {
		for _, g := range ownGlobals(cl) {
			vi := mainB.vars[g.varKey]
			gi := ginit{slot: vi.slot, typ: g.typ, pos: g.pos}
			if g.init != nil {
				gi.init = c.expr(mainB, g.init).fn
			} else if oc := classOfType(g.typ); oc != nil && !g.typ.Dynamic {
				gi.obj = oc
			}
			inits = append(inits, gi)
		}
	}
	if len(inits) > 0 {
		body := mainB.code.body
		mainB.code.body = func(f *frame) ctl {
			for _, g := range inits {
				switch {
				case g.init != nil:
					f.locals[g.slot] = c.convertChecked(f, g.init(f), g.typ, g.pos)
				case g.obj != nil:
					f.locals[g.slot] = StructValue(g.obj.newObject(f, nil, g.pos))
				default:
					f.locals[g.slot] = zeroRun(f.run, g.typ)
				}
			}
			return body(f)
		}
	}
	for _, cl := range c.cls.order {
		ms := ownSyntaxes(cl)
		ms = append(ms, ctorsOf(cl)...)
		if cl.dtor != nil {
			ms = append(ms, cl.dtor)
		}
		for _, m := range ms {
			pd := m.decl
			md := *pd
			if !m.global {
				self := &parser.Param{At: pd.At, Name: parser.Name{At: pd.At, Key: parser.SelfKey},
					Type: &parser.TypeRef{At: pd.At, Name: parser.Name{At: pd.At, Key: cl.key}}}
				md.Params = append([]*parser.Param{self}, pd.Params...)
			}
			b := &procBuild{code: m.code, vars: map[string]*varInfo{}, parent: mainB, decl: &md, method: m}
			c.compileBody(b, &md)
			if !m.global {
				// The object is passed as it is: its static type served
				// the compilation, no conversion at each call.
				m.code.params[0].typ = TypeVariant
			}
			if m.abstract && len(pd.Body) == 0 {
				name, pos := cl.Name+"."+m.name, pd.P
				m.code.body = func(f *frame) ctl {
					f.run.raise(pos, codeClassAbstract, "La méthode abstraite « "+name+" » n'est pas redéfinie", "The abstract method '"+name+"' is not redefined")
					return ctlNone
				}
			}
		}
	}
}

// objectCycles reports a structure or automatic object member that
// contains, directly or not, a value of its own type: building it would
// never end. The member becomes a reference (a dynamic object, Null) or a
// Variant so that nothing runs away.
func (c *compiler) objectCycles() {
	inner := func(t *Type) *StructType {
		if t != nil && t.Kind == KStruct && t.Struct != nil && !t.Dynamic {
			return t.Struct
		}
		return nil
	}
	var reaches func(from, target *StructType, seen map[*StructType]bool) bool
	reaches = func(from, target *StructType, seen map[*StructType]bool) bool {
		if from == target {
			return true
		}
		if seen[from] {
			return false
		}
		seen[from] = true
		for _, f := range from.Fields {
			if st := inner(f.Type); st != nil && reaches(st, target, seen) {
				return true
			}
		}
		return false
	}
	var types []*StructType
	seen := map[*StructType]bool{}
	for _, t := range c.structs {
		if t.Struct != nil && !seen[t.Struct] {
			seen[t.Struct] = true
			types = append(types, t.Struct)
		}
	}
	sort.Slice(types, func(i, j int) bool { return types[i].Name < types[j].Name })
	for _, st := range types {
		for i := range st.Fields {
			in := inner(st.Fields[i].Type)
			if in == nil || !reaches(in, st, map[*StructType]bool{}) {
				continue
			}
			pos := c.fieldPos(st, i)
			name := st.Fields[i].Name
			c.errorf(pos, codeClassDecl, "Le membre « "+name+" » contient une valeur de son propre type : déclarez-le dynamique",
				"The member '"+name+"' holds a value of its own type: declare it dynamic")
			if oc := in.Class; oc != nil {
				st.Fields[i].Type = oc.dyn
				if st.Class != nil {
					st.Class.fields[i].obj = nil
				}
			} else {
				st.Fields[i].Type = TypeVariant
			}
		}
	}
}

// fieldPos finds where member i of st is declared, for an error.
func (c *compiler) fieldPos(st *StructType, i int) Position {
	key := Fold(st.Fields[i].Name)
	var pos Position
	for _, cl := range c.cls.order {
		if cl.st == st {
			pos = cl.decl.P
			for _, m := range cl.decl.Members {
				for _, n := range m.Decl.Names {
					if n.Key == key {
						pos = n.P
					}
				}
			}
			return pos
		}
	}
	parser.WalkStmts(c.file.Main, func(s parser.Stmt) bool {
		if sd, ok := s.(*parser.StructDecl); ok && c.structs[sd.Name.Key] != nil && c.structs[sd.Name.Key].Struct == st {
			pos = sd.P
			for _, fd := range sd.Fields {
				for _, n := range fd.Names {
					if n.Key == key {
						pos = n.P
					}
				}
			}
		}
		return true
	})
	return pos
}
