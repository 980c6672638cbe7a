package runtime

import "github.com/wlangage/wl/parser"

// Properties written in a script (9000183: the text form of a class writes
// a property's events as `PROPRIÉTÉ Nom()` to read it and
// `PROPRIÉTÉ Nom(Valeur)` to write it; 6010006, 6010011): `PROPRIÉTÉ
// C.Nom()` and `PROPRIÉTÉ C.Nom(v)` become the get and set events of the
// property Nom of the class C, the methods the runtime keeps under
// getKey / setKey (object.go), as a .wdc export's events are. A property
// without a set event is read-only: writing it is a compile error
// (propAssign), and one without a get event is write-only.

// propertyKey returns the method key of pd: its name, or for a property
// event the get or set key chosen by its parameter count. ok is false
// (and the error reported) when a property event has more than one
// parameter.
func (c *compiler) propertyKey(pd *parser.ProcDecl) (key string, ok bool) {
	if !pd.IsProperty() {
		return pd.Name.Key, true
	}
	switch {
	case len(pd.Params) == 0 && !pd.Variadic:
		return getKey(pd.Name.Key), true
	case len(pd.Params) == 1:
		if len(pd.Results) > 0 {
			c.errorf(pd.P, codeClassDecl, "L'événement d'affectation de la propriété « "+c.spell(pd.Name)+" » ne renvoie rien",
				"The set event of the property '"+c.spell(pd.Name)+"' returns nothing")
		}
		return setKey(pd.Name.Key), true
	}
	c.errorf(pd.P, codeClassDecl, "Une propriété se déclare « PROPRIÉTÉ "+c.spell(pd.Name)+"() » pour la lire ou « PROPRIÉTÉ "+c.spell(pd.Name)+"(Valeur) » pour l'affecter",
		"A property is declared 'PROPERTY "+c.spell(pd.Name)+"()' to read it or 'PROPERTY "+c.spell(pd.Name)+"(Value)' to assign it")
	return "", false
}

// propertyOutside reports a property event that belongs to no class.
func (c *compiler) propertyOutside(pd *parser.ProcDecl) {
	if pd.IsProperty() {
		c.errorf(pd.P, codeClassContext, "La propriété « "+c.spell(pd.Name)+" » doit appartenir à une classe : « PROPRIÉTÉ Classe."+c.spell(pd.Name)+"(…) »",
			"The property '"+c.spell(pd.Name)+"' must belong to a class: 'PROPERTY Class."+c.spell(pd.Name)+"(…)'")
	}
}

// propertyEvent names what a method call is for the access errors: a
// property's "lecture" or "affectation", or a "méthode".
func propertyEvent(key string) string {
	switch {
	case len(key) > 5 && key[:5] == "#GET#":
		return "lecture"
	case len(key) > 5 && key[:5] == "#SET#":
		return "affectation"
	}
	return "méthode"
}

// globalProperty reports whether key names a global property of cl (its
// events are global methods, 6010006): C.Nom reads it without an object.
func (cl *Class) globalProperty(key string) bool {
	g, s := cl.methods[getKey(key)], cl.methods[setKey(key)]
	return (g != nil || s != nil) && (g == nil || g.global) && (s == nil || s.global)
}

// checkGlobalProperties reports a property of cl with one global event and
// one that is not: both must be (6010006).
func (c *compiler) checkGlobalProperties(cl *Class) {
	for _, g := range ownInOrder(cl) {
		k := g.key
		if len(k) <= 5 || k[:5] != "#GET#" {
			continue
		}
		if s := cl.own[setKey(k[5:])]; s != nil && s.global != g.global {
			c.errorf(s.decl.P, codeClassDecl, "Les événements de la propriété « "+g.name+" » doivent être tous deux globaux ou tous deux non globaux",
				"The events of the property '"+g.name+"' must both be global or both not global")
		}
	}
}

// recursiveProperty reports (as a compile error) the use of a property on
// the current object inside one of its own events when no member has its
// name (6010006: the events cannot use the property recursively).
func (c *compiler) recursiveProperty(b *procBuild, e *parser.Member) bool {
	m := methodOf(b)
	if m == nil || (m.key != getKey(e.Name.Key) && m.key != setKey(e.Name.Key)) {
		return false
	}
	id, ok := e.X.(*parser.Ident)
	if !ok || !isSelfWord(id.Key) {
		return false
	}
	c.errorf(e.Name.P, codeClassContext, "La propriété « "+c.spell(e.Name)+" » ne peut pas être utilisée dans ses propres événements",
		"The property '"+c.spell(e.Name)+"' cannot be used in its own events")
	return true
}
