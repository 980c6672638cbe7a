package runtime

import (
	"sort"
	"strconv"

	"github.com/wlangage/wl/parser"
)

// Methods with several syntaxes (doc 1514063, "Méthodes virtuelles"). A
// syntax of a derived class redefines the syntax of its ancestors that
// has the same parameters; another syntax adds to them. A method whose
// classes all declare one syntax keeps the ordinary virtual call (a
// derived method with other parameters redefines it, the page's third
// case, as before). The call picks the syntax from the static class by
// count then declared types, then runs the most derived method of the
// object's class with those parameters.

// addMethodSyntax records m as another syntax of the method head of the
// same class; false when a syntax with the same parameters exists.
func (c *compiler) addMethodSyntax(head, m *method) bool {
	for _, o := range methodSyntaxes(head) {
		if sameParams(o.decl, m.decl) {
			return false
		}
	}
	if head.syntaxes == nil {
		head.syntaxes = []*method{head}
	}
	head.syntaxes = append(head.syntaxes, m)
	c.sameScope(head.decl, m.decl, head.owner.Name+"."+m.name)
	return true
}

// methodSyntaxes lists the syntaxes a class declares for one method.
func methodSyntaxes(m *method) []*method {
	if m.syntaxes == nil {
		return []*method{m}
	}
	return m.syntaxes
}

// ownInOrder lists the methods cl declares in the order of the source,
// not of the map: the tables built from them and the diagnostics about
// them are the same from one run to the next.
func ownInOrder(cl *Class) []*method {
	ms := make([]*method, 0, len(cl.own))
	for _, m := range cl.own {
		ms = append(ms, m)
	}
	sortBySource(ms, methodAt)
	return ms
}

// ownSyntaxes lists the syntaxes of the methods cl declares, in the order
// of the source.
func ownSyntaxes(cl *Class) []*method {
	ms := make([]*method, 0, len(cl.own)+2)
	for _, m := range cl.own {
		ms = append(ms, methodSyntaxes(m)...)
	}
	sortBySource(ms, methodAt)
	return ms
}

// ownGlobals lists the GLOBAL members cl declares (not its bases') in the
// order of the source: their slots and their initialisations, which may
// have effects, do not depend on a map's order.
func ownGlobals(cl *Class) []*classGlobal {
	var gs []*classGlobal
	for _, g := range cl.globals {
		if g.owner == cl {
			gs = append(gs, g)
		}
	}
	sortBySource(gs, func(g *classGlobal) (Position, string) { return g.pos, g.varKey })
	return gs
}

// sortBySource sorts declarations by their position in the source, then
// by key (the two events of a property prototype share one position).
func sortBySource[T any](xs []T, at func(T) (Position, string)) {
	sort.Slice(xs, func(i, j int) bool {
		a, ka := at(xs[i])
		b, kb := at(xs[j])
		switch {
		case a.File != b.File:
			return a.File < b.File
		case a.Offset != b.Offset:
			return a.Offset < b.Offset
		}
		return ka < kb
	})
}

// methodAt is a method's place for sortBySource.
func methodAt(m *method) (Position, string) { return m.decl.P, m.key }

// visibleSyntaxes lists the syntaxes of key visible from cl, most
// derived first, a redefined syntax once; nil when no class of the chain
// declares several syntaxes (the ordinary virtual call then applies).
func visibleSyntaxes(cl *Class, key string) []*method {
	var out []*method
	multi := false
	var walk func(c *Class)
	walk = func(c *Class) {
		if m := c.own[key]; m != nil {
			multi = multi || m.syntaxes != nil
		next:
			for _, s := range methodSyntaxes(m) {
				for _, o := range out {
					if sameParams(o.decl, s.decl) {
						continue next
					}
				}
				out = append(out, s)
			}
		}
		for _, b := range c.bases {
			walk(b)
		}
	}
	walk(cl)
	if !multi {
		return nil
	}
	return out
}

// overloadedMethodCall compiles o.M(args) when M has several syntaxes.
func (c *compiler) overloadedMethodCall(b *procBuild, cands []*method, bf exprFn, args []parser.Expr, pos Position) compiled {
	var fit []*method
	for _, m := range cands {
		if fitsCount(m.decl, len(args)) {
			fit = append(fit, m)
		}
	}
	if len(fit) == 0 {
		n := strconv.Itoa(len(args))
		name := cands[0].owner.Name + "." + cands[0].name
		c.errorf(pos, codeArgCount, "Aucune syntaxe de « "+name+" » n'accepte "+n+" paramètre(s)",
			"No syntax of '"+name+"' accepts "+n+" parameter(s)")
		return compiled{func(*frame) Value { return Null }, TypeVariant}
	}
	best, bestScore := fit[0], -1
	for _, m := range fit {
		types := c.paramTypes(m.decl)
		score := 0
		for i, a := range args {
			if _, omitted := a.(*parser.Omitted); omitted || i >= len(types) || types[i].Any {
				continue
			}
			// A class parameter prefers the closest ancestor of the
			// argument's declared class (doc 1514063).
			if at := c.argStaticType(b, a); at.Any {
				score += mismatch
			} else {
				score += argScore(at.Kind, classOfType(at), types[i])
			}
		}
		if bestScore < 0 || score < bestScore {
			best, bestScore = m, score
		}
	}
	c.checkAccess(b, best.owner, best.access, propertyEvent(best.key), best.name, pos)
	if classParams(c, fit, args) {
		return c.methodAtRun(b, fit, bf, args, pos, c.resultType(best))
	}
	acs := withSelf(c.args(b, args))
	sites := &siteCache{pos: pos}
	key := best.key
	return compiled{func(f *frame) Value {
		v := bf(f)
		s := objectOf(f, v, pos)
		target := best
		if s.Type.Class != best.owner {
			if m := redefinedSyntax(s.Type.Class, key, best.decl); m != nil {
				target = m
			}
		}
		return callMethod(f, target, v, acs, sites.get(target))
	}, c.resultType(best)}
}

// redefinedSyntax finds, from cl up, the syntax of key with decl's
// parameters: the one a call on an object of class cl runs.
func redefinedSyntax(cl *Class, key string, decl *parser.ProcDecl) *method {
	if m := cl.own[key]; m != nil {
		for _, s := range methodSyntaxes(m) {
			if sameParams(s.decl, decl) {
				return s
			}
		}
	}
	for _, b := range cl.bases {
		if m := redefinedSyntax(b, key, decl); m != nil {
			return m
		}
	}
	return nil
}

// classParams says whether some syntax of fit takes an object at a
// position the call gives: the object's class then decides at run time.
func classParams(c *compiler, fit []*method, args []parser.Expr) bool {
	for _, m := range fit {
		for i, t := range c.paramTypes(m.decl) {
			if i < len(args) && classOfType(t) != nil {
				return true
			}
		}
	}
	return false
}

// methodAtRun compiles o.M(args) whose syntax depends on the classes of
// the objects passed (doc 1514063, "Dynamic dispatch"): the arguments
// are evaluated once, the closest syntax is chosen, then the object's
// most derived method with those parameters runs.
func (c *compiler) methodAtRun(b *procBuild, fit []*method, bf exprFn, args []parser.Expr, pos Position, rt *Type) compiled {
	ac := c.args(b, args)
	types := make([][]*Type, len(fit))
	for j, m := range fit {
		types[j] = c.paramTypes(m.decl)
	}
	sites := &siteCache{pos: pos}
	return compiled{func(f *frame) Value {
		v := bf(f)
		s := objectOf(f, v, pos)
		fixed := make([]argCode, len(ac)+1)
		fixed[0] = selfArg
		kinds := make([]Kind, len(ac))
		classes := make([]*Class, len(ac))
		for i, a := range ac {
			fixed[i+1], kinds[i], classes[i] = fixArg(f, a)
		}
		best, bestScore := 0, -1
		for j := range fit {
			score := 0
			for i, k := range kinds {
				if i < len(types[j]) && !ac[i].omitted {
					score += argScore(k, classes[i], types[j][i])
				}
			}
			if bestScore < 0 || score < bestScore {
				best, bestScore = j, score
			}
		}
		target := fit[best]
		if s.Type.Class != target.owner {
			if m := redefinedSyntax(s.Type.Class, target.key, target.decl); m != nil {
				target = m
			}
		}
		return callMethod(f, target, v, fixed, sites.get(target))
	}, rt}
}
