package runtime

import (
	"strconv"

	"github.com/wlangage/wl/parser"
)

// Procedures with several syntaxes (doc 1514063, "Surcharge de
// prototype/Multisyntaxe"): the same name declared more than once with
// different parameters. The syntax called is the first, in declaration
// order, whose parameter count fits and that needs the fewest
// conversions; two equivalent syntaxes are not an error, the first one
// wins, as the page documents. When every argument's type is known at
// compile time the choice is made then and the call takes the ordinary
// single-syntax path; otherwise the arguments are evaluated once and the
// syntax is chosen from their run-time types.

// codeSyntaxScope: the syntaxes of one procedure or method declared with
// different access (doc 1514063, "Portée des procédures").
const codeSyntaxScope = 9417

// sameScope reports, as a compile error at other, a syntax whose access
// (public, protected, private) differs from the first one's: every
// syntax of a name has the same scope (doc 1514063).
func (c *compiler) sameScope(first, other *parser.ProcDecl, name string) {
	a, _, _ := accessOf(first.Mods)
	o, _, _ := accessOf(other.Mods)
	if a == o {
		return
	}
	words := map[string][2]string{"PUBLIC": {"publique", "public"}, "PROTEGE": {"protégée", "protected"}, "PRIVE": {"privée", "private"}}
	c.errorf(other.P, codeSyntaxScope,
		"Les syntaxes de « "+name+" » doivent avoir la même portée : celle-ci est "+words[o][0]+", la première "+words[a][0],
		"The syntaxes of '"+name+"' must have the same scope: this one is "+words[o][1]+", the first one "+words[a][1])
}

// addSyntax records e under key in m: a second declaration of the same
// name becomes another syntax of the first entry. It reports false, and
// records nothing, when a syntax with the same parameters exists: that
// is a procedure declared twice.
func (c *compiler) addSyntax(m map[string]*procEntry, key string, e *procEntry) bool {
	head, ok := m[key]
	if !ok {
		m[key] = e
		return true
	}
	for _, o := range allSyntaxes(head) {
		if sameParams(o.decl, e.decl) {
			return false
		}
	}
	if head.syntaxes == nil {
		head.syntaxes = []*procEntry{head}
	}
	head.syntaxes = append(head.syntaxes, e)
	c.sameScope(head.decl, e.decl, c.spell(e.decl.Name))
	return true
}

// sameParams says whether two declarations have the same parameter list
// (count and declared types as written).
func sameParams(a, b *parser.ProcDecl) bool {
	if len(a.Params) != len(b.Params) || a.Variadic != b.Variadic {
		return false
	}
	for i, p := range a.Params {
		q := b.Params[i]
		if (p.Type == nil) != (q.Type == nil) {
			return false
		}
		if p.Type != nil && (p.Type.Name.Key != q.Type.Name.Key || (p.Type.Array == nil) != (q.Type.Array == nil)) {
			return false
		}
	}
	return true
}

// entryFor returns the syntax of head declared by pd (nil if none).
func entryFor(head *procEntry, pd *parser.ProcDecl) *procEntry {
	if head == nil {
		return nil
	}
	if head.decl == pd {
		return head
	}
	for _, e := range head.syntaxes {
		if e.decl == pd {
			return e
		}
	}
	return nil
}

// allSyntaxes lists every syntax of e (e alone when it has only one).
func allSyntaxes(e *procEntry) []*procEntry {
	if e.syntaxes == nil {
		return []*procEntry{e}
	}
	return e.syntaxes
}

// fitsCount says whether a call with n arguments can call pd.
func fitsCount(pd *parser.ProcDecl, n int) bool {
	if n > len(pd.Params) && !pd.Variadic {
		return false
	}
	for i := n; i < len(pd.Params); i++ {
		if pd.Params[i].Default == nil {
			return false
		}
	}
	return true
}

// argStaticType is the type of an argument known at compile time
// (Variant when only the run time knows it).
func (c *compiler) argStaticType(b *procBuild, e parser.Expr) *Type {
	if id, ok := e.(*parser.Ident); ok {
		if vi := c.lookupVar(b, id.Key); vi != nil && vi.typ != nil {
			return vi.typ
		}
		return TypeVariant
	}
	return c.staticType(b, e)
}

// paramKinds are the declared parameter types of one syntax.
func (c *compiler) paramTypes(pd *parser.ProcDecl) []*Type {
	out := make([]*Type, len(pd.Params))
	for i, p := range pd.Params {
		out[i] = TypeVariant
		if p.Type != nil {
			out[i] = c.resolveType(p.Type)
		}
	}
	return out
}

// callOverloaded compiles a call of a procedure with several syntaxes.
func (c *compiler) callOverloaded(b *procBuild, head *procEntry, args []parser.Expr, pos Position) compiled {
	var cands []*procEntry
	for _, e := range head.syntaxes {
		if fitsCount(e.decl, len(args)) {
			cands = append(cands, e)
		}
	}
	name := c.spell(head.decl.Name)
	if len(cands) == 0 {
		n := strconv.Itoa(len(args))
		c.errorf(pos, codeArgCount, "Aucune syntaxe de « "+name+" » n'accepte "+n+" paramètre(s)",
			"No syntax of '"+name+"' accepts "+n+" parameter(s)")
		return compiled{func(*frame) Value { return Null }, TypeVariant}
	}
	if len(cands) == 1 {
		return c.callSyntax(b, cands[0], args, pos)
	}
	types := make([][]*Type, len(cands))
	for j, e := range cands {
		types[j] = c.paramTypes(e.decl)
	}
	static := make([]*Type, len(args))
	known := true
	for i, a := range args {
		static[i] = c.argStaticType(b, a)
		if _, omitted := a.(*parser.Omitted); omitted {
			static[i] = nil
			continue
		}
		for j := range cands {
			// A class parameter compares the object's own class, known
			// at run time only (doc 1514063, "Dynamic dispatch").
			if i < len(types[j]) && !types[j][i].Any && (static[i].Any || classOfType(types[j][i]) != nil) {
				known = false
			}
		}
	}
	if known {
		best, bestScore := 0, -1
		for j := range cands {
			score := 0
			for i, at := range static {
				if at != nil && i < len(types[j]) && !types[j][i].Any && at.Kind != types[j][i].Kind {
					score++
				}
			}
			if bestScore < 0 || score < bestScore {
				best, bestScore = j, score
			}
		}
		return c.callSyntax(b, cands[best], args, pos)
	}
	return c.dispatchAtRun(b, cands, types, args, pos)
}

// callSyntax compiles a call of the one syntax e by the ordinary path.
func (c *compiler) callSyntax(b *procBuild, e *procEntry, args []parser.Expr, pos Position) compiled {
	one := *e
	one.syntaxes = nil
	return c.callUser(b, &one, args, pos)
}

// overloadTarget is one candidate syntax of a call chosen at run time.
type overloadTarget struct {
	code  *procCode
	hops  int // -1: a global procedure
	kinds []*Type
	site  *StackEntry
}

// mismatch weighs one conversion in a syntax's score, above any class
// distance: conversions decide first, then the closest classes.
const mismatch = 1 << 16

// classDistance is the number of inheritance steps from the class from
// up to the class to, -1 when from does not derive from to.
func classDistance(from, to *Class) int {
	if from == to {
		return 0
	}
	best := -1
	for _, b := range from.bases {
		if d := classDistance(b, to); d >= 0 && (best < 0 || d+1 < best) {
			best = d + 1
		}
	}
	return best
}

// argScore is what passing a value of kind k and object class oc (nil
// when not an object) to a parameter of type t costs: 0 when it fits as
// is, the class distance for an object of a derived class, mismatch for
// a conversion or an object of an unrelated class.
func argScore(k Kind, oc *Class, t *Type) int {
	if t.Any {
		return 0
	}
	if k != t.Kind {
		return mismatch
	}
	if pc := classOfType(t); pc != nil {
		if oc == nil {
			return mismatch
		}
		if d := classDistance(oc, pc); d >= 0 {
			return d
		}
		return mismatch
	}
	return 0
}

// fixArg evaluates the argument a once, for a syntax chosen at run time:
// the argument to pass (that very value, or that very variable by
// reference), its kind and its object class.
func fixArg(f *frame, a argCode) (argCode, Kind, *Class) {
	if a.ref != nil {
		p := a.ref(f)
		return argCode{val: func(*frame) Value { return *p }, ref: func(*frame) *Value { return p }, omitted: a.omitted}, p.k, objectClass(*p)
	}
	v := a.val(f)
	return argCode{val: func(*frame) Value { return v }, omitted: a.omitted}, v.k, objectClass(v)
}

// objectClass is the class of the object v, or nil.
func objectClass(v Value) *Class {
	if s := v.Struct(); s != nil && s.Type != nil {
		return s.Type.Class
	}
	return nil
}

// dispatchAtRun evaluates the arguments once, picks the syntax from
// their run-time kinds, then calls it with those very values.
func (c *compiler) dispatchAtRun(b *procBuild, cands []*procEntry, types [][]*Type, args []parser.Expr, pos Position) compiled {
	for _, e := range cands {
		c.enumArgs(b, e.decl, args)
	}
	ac := c.args(b, args)
	targets := make([]overloadTarget, len(cands))
	var t *Type
	for j, e := range cands {
		h := -1
		if e.owner != nil {
			h = hops(b, e.owner)
		}
		targets[j] = overloadTarget{code: e.code, hops: h, kinds: types[j], site: &StackEntry{Proc: e.code.name, Pos: pos, cost: c.stackCost()}}
		rt := TypeVariant
		if len(e.decl.Results) == 1 {
			rt = c.resolveType(e.decl.Results[0])
		}
		if j == 0 {
			t = rt
		} else if t != rt {
			t = TypeVariant
		}
	}
	return compiled{func(f *frame) Value {
		fixed := make([]argCode, len(ac))
		kinds := make([]Kind, len(ac))
		classes := make([]*Class, len(ac))
		for i, a := range ac {
			fixed[i], kinds[i], classes[i] = fixArg(f, a)
		}
		best, bestScore := 0, -1
		for j := range targets {
			score := 0
			for i, k := range kinds {
				if i < len(targets[j].kinds) && !ac[i].omitted {
					score += argScore(k, classes[i], targets[j].kinds[i])
				}
			}
			if bestScore < 0 || score < bestScore {
				best, bestScore = j, score
			}
		}
		tg := &targets[best]
		up := f.run.globals
		if tg.hops >= 0 {
			up = f
			for i := 0; i < tg.hops; i++ {
				up = up.up
			}
		}
		return callProc(f, tg.code, up, fixed, tg.site)
	}, t}
}

// Constructors with several syntaxes (doc 1514063: "les méthodes de
// classe y compris les Constructeurs"). The syntax is chosen when the
// object is built, from the number and run-time types of the arguments.

// addCtor records another constructor of cl; false when one with the
// same parameters exists.
func (c *compiler) addCtor(cl *Class, m *method) bool {
	for _, o := range ctorsOf(cl) {
		if sameParams(o.decl, m.decl) {
			return false
		}
	}
	if cl.ctors == nil {
		cl.ctors = []*method{cl.ctor}
	}
	cl.ctors = append(cl.ctors, m)
	c.sameScope(cl.ctor.decl, m.decl, cl.Name+"."+m.name)
	return true
}

// ctorsOf lists the constructors of cl (none, one, or its syntaxes).
func ctorsOf(cl *Class) []*method {
	if cl.ctors != nil {
		return cl.ctors
	}
	if cl.ctor != nil {
		return []*method{cl.ctor}
	}
	return nil
}

// overloadedCtorArgs checks that some constructor of cl accepts args.
func (c *compiler) overloadedCtorArgs(b *procBuild, cl *Class, args []parser.Expr, pos Position) []argCode {
	c.checkAccess(b, cl, cl.ctor.access, "méthode", "Constructeur", pos)
	fits := false
	for _, m := range cl.ctors {
		fits = fits || fitsCount(m.decl, len(args))
	}
	if !fits {
		n := strconv.Itoa(len(args))
		c.errorf(pos, codeArgCount, "Aucun constructeur de « "+cl.Name+" » n'accepte "+n+" paramètre(s)",
			"No constructor of '"+cl.Name+"' accepts "+n+" parameter(s)")
	}
	return withSelf(c.args(b, args))
}

// pickCtor chooses the constructor of cl for the arguments acs (selfArg
// first), evaluates them once and returns the arguments to pass.
func (cl *Class) pickCtor(f *frame, acs []argCode) (*method, []argCode) {
	n := len(acs) - 1
	fixed := make([]argCode, len(acs))
	fixed[0] = acs[0]
	kinds := make([]Kind, n)
	classes := make([]*Class, n)
	for i, a := range acs[1:] {
		fixed[i+1], kinds[i], classes[i] = fixArg(f, a)
	}
	var best *method
	bestScore := -1
	for _, m := range cl.ctors {
		if !fitsCount(m.decl, n) {
			continue
		}
		// m.code.params[0] is the receiver (compileClasses).
		score := 0
		for i, k := range kinds {
			if i+1 < len(m.code.params) && !acs[i+1].omitted {
				score += argScore(k, classes[i], m.code.params[i+1].typ)
			}
		}
		if bestScore < 0 || score < bestScore {
			best, bestScore = m, score
		}
	}
	if best == nil {
		// Checked at compile time; an ancestor built implicitly has none.
		best = cl.ctors[0]
	}
	return best, fixed
}

// isOtherCtor says whether m is a constructor syntax other than the first.
func isOtherCtor(m *method) bool {
	for _, o := range m.owner.ctors {
		if o == m {
			return true
		}
	}
	return false
}
