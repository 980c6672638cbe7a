package runtime

import (
	"strings"

	"github.com/wlangage/wl/lexer"
	"github.com/wlangage/wl/parser"
)

// Enumerations (doc 1514067) and combinations (doc 1514074).
//
// A value of an enumeration is an entier holding the value's rank in the
// declaration (0 for the first one, which is also a variable's default:
// "la valeur par défaut de l'énumération correspond à la première
// valeur"); a value of a combination is an entier whose bit i is the i-th
// option (0: no option). The type lives in the static Type of variables,
// parameters and expressions (Type.Enum): that is how `..Nom`, `..Valeur`,
// `+` / `-` on options and `c[option]` are compiled. Enumerations are
// always global (1514067, "Remarque"): their values are visible from every
// traitement of the program.

// Codes of the enumeration diagnostics (the compiler's range).
const (
	codeEnumDecl   = 9470 // faulty enumeration or combination block
	codeEnumValue  = 9471 // a name that is not a value of the enumeration
	codeEnumAssign = 9472 // a value of another type assigned to an enumeration
	codeEnumRun    = 9473 // runtime: name or value not found (EnumérationDepuisNom, ...)
)

// EnumType is an enumeration or a combination.
type EnumType struct {
	Name        string
	Combination bool
	// Values are the values (options) in declaration order, those of the
	// base enumerations first; aliases and predefined combinations too.
	Values []EnumValue
	byKey  map[string]int
	// Exclusions are the masks of options that cannot be active together
	// (parsed and kept; not enforced yet).
	Exclusions []int64
	typ        *Type
	decl       *parser.EnumDecl
	built      bool
}

// EnumValue is one value of an enumeration or option of a combination.
type EnumValue struct {
	Name string
	// Code is the runtime entier: the rank of an enumeration value, the
	// bit mask of a combination option.
	Code int64
	// Assoc is the associated value (`Nom = "texte"`), HasAssoc when given.
	Assoc    Value
	HasAssoc bool
	// Alias: `Panne = EnPanne` (1514067) or, in a combination, a
	// predefined combination `LE = Lecture + Ecriture` (1514074).
	Alias bool
}

// enumState holds the program's enumerations.
type enumState struct {
	types  map[string]*EnumType   // folded name; `CLASSE::NOM` for a class's
	values map[string][]*EnumType // folded value name → enumerations holding it
}

// collectEnums registers every enumeration and combination of the
// program, before the types of variables are resolved.
func (c *compiler) collectEnums() {
	var decls []*parser.EnumDecl
	var keys []string
	visit := func(body []parser.Stmt) {
		parser.WalkStmts(body, func(s parser.Stmt) bool {
			switch s := s.(type) {
			case *parser.EnumDecl:
				decls, keys = append(decls, s), append(keys, s.Name.Key)
			case *parser.ClassDecl:
				for _, ed := range s.Enums {
					decls, keys = append(decls, ed), append(keys, s.Name.Key+"::"+ed.Name.Key)
				}
			}
			return true
		})
	}
	visit(c.file.Main)
	for _, pd := range c.file.Procs {
		visit(pd.Body)
	}
	if len(decls) == 0 {
		return
	}
	es := &enumState{types: map[string]*EnumType{}, values: map[string][]*EnumType{}}
	c.enums = es
	for i, ed := range decls {
		et := &EnumType{Name: c.spell(ed.Name), Combination: ed.Combination, byKey: map[string]int{}, decl: ed}
		et.typ = &Type{Kind: KInt, Name: et.Name, Enum: et}
		if _, dup := es.types[keys[i]]; dup {
			c.errorf(ed.P, codeRedeclared, "« "+et.Name+" » est déjà déclarée", "'"+et.Name+"' is already declared")
			continue
		}
		es.types[keys[i]] = et
		if strings.Contains(keys[i], "::") {
			// A class's enumeration is also reached as ::Nom in its
			// methods; by its bare name when no global one has it.
			if _, ok := es.types[ed.Name.Key]; !ok {
				es.types[ed.Name.Key] = et
			}
		}
	}
	for _, k := range keys {
		if et := es.types[k]; et != nil {
			c.buildEnum(et, 0)
		}
	}
	for _, k := range keys {
		et := es.types[k]
		if et == nil || (strings.Contains(k, "::") && es.types[et.decl.Name.Key] != et) {
			continue
		}
		for _, v := range et.Values {
			key := lexer.Fold(v.Name)
			if !containsEnum(es.values[key], et) {
				es.values[key] = append(es.values[key], et)
			}
		}
	}
}

func containsEnum(l []*EnumType, et *EnumType) bool {
	for _, x := range l {
		if x == et {
			return true
		}
	}
	return false
}

// buildEnum fills et's values: its bases' first, then its own lines.
func (c *compiler) buildEnum(et *EnumType, depth int) {
	if et.built {
		return
	}
	ed := et.decl
	if depth > 32 {
		c.errorf(ed.P, codeEnumDecl, "Extension circulaire de « "+et.Name+" »", "Circular extension of '"+et.Name+"'")
		et.built = true
		return
	}
	ranks := 0 // enumeration values, combination options so far
	add := func(v EnumValue, key string) {
		if _, dup := et.byKey[key]; dup {
			return
		}
		et.byKey[key] = len(et.Values)
		et.Values = append(et.Values, v)
	}
	for _, bn := range ed.Bases {
		base := c.enums.types[bn.Key]
		if base == nil || base.Combination != et.Combination {
			c.errorf(bn.P, codeEnumDecl, "« "+c.spell(bn)+" » n'est pas "+enumWord(et.Combination, true), "'"+c.spell(bn)+"' is not "+enumWord(et.Combination, false))
			continue
		}
		c.buildEnum(base, depth+1)
		for _, v := range base.Values {
			add(v, lexer.Fold(v.Name))
			if !v.Alias {
				ranks++
			}
		}
	}
	for _, it := range ed.Items {
		v := EnumValue{Name: c.spell(it.Name)}
		if it.Value != nil {
			if code, ok := c.enumAlias(et, it.Value); ok {
				v.Code, v.Alias = code, true
				add(v, it.Name.Key)
				continue
			}
			cv, ok := c.constValue(it.Value)
			if !ok {
				c.errorf(it.Value.Position(), codeEnumDecl, "La valeur associée à « "+v.Name+" » doit être une constante", "The value associated with '"+v.Name+"' must be a constant")
			}
			v.Assoc, v.HasAssoc = cv, ok
		}
		if et.Combination {
			if ranks >= 62 {
				c.errorf(it.P, codeEnumDecl, "Trop d'options dans la combinaison « "+et.Name+" » (62 au plus)", "Too many options in the combination '"+et.Name+"' (62 at most)")
				break
			}
			v.Code = 1 << ranks
		} else {
			v.Code = int64(ranks)
		}
		ranks++
		add(v, it.Name.Key)
	}
	for _, group := range ed.Exclusions {
		var m int64
		for _, n := range group {
			i, ok := et.byKey[n.Key]
			if !ok {
				c.errorf(n.P, codeEnumValue, "« "+c.spell(n)+" » n'est pas une option de la combinaison « "+et.Name+" »", "'"+c.spell(n)+"' is not an option of the combination '"+et.Name+"'")
				continue
			}
			m |= et.Values[i].Code
		}
		et.Exclusions = append(et.Exclusions, m)
	}
	et.built = true
}

// enumAlias evaluates the `= expr` of a line when it names values of the
// block: an alias (`Panne = EnPanne`) or a predefined combination
// (`LE = Lecture + Ecriture`).
func (c *compiler) enumAlias(et *EnumType, e parser.Expr) (int64, bool) {
	switch e := e.(type) {
	case *parser.Paren:
		return c.enumAlias(et, e.X)
	case *parser.Ident:
		if i, ok := et.byKey[e.Key]; ok {
			return et.Values[i].Code, true
		}
	case *parser.Binary:
		if et.Combination && e.Op == "+" {
			l, ok1 := c.enumAlias(et, e.L)
			r, ok2 := c.enumAlias(et, e.R)
			return l | r, ok1 && ok2
		}
	}
	return 0, false
}

func enumWord(comb, fr bool) string {
	switch {
	case comb && fr:
		return "une combinaison"
	case comb:
		return "a combination"
	case fr:
		return "une énumération"
	}
	return "an enumeration"
}

// enumType returns the enumeration named key, or nil (resolveType).
func (c *compiler) enumType(key string) *Type {
	if c.enums == nil {
		return nil
	}
	if et := c.enums.types[key]; et != nil {
		return et.typ
	}
	return nil
}

// nameOf is the ..Nom of a code: the value's name, or for a combination
// the names of its active options joined by "+" ("" for none).
func (et *EnumType) nameOf(code int64) string {
	if !et.Combination {
		for _, v := range et.Values {
			if !v.Alias && v.Code == code {
				return v.Name
			}
		}
		return ""
	}
	var names []string
	for _, v := range et.Values {
		if !v.Alias && code&v.Code != 0 {
			names = append(names, v.Name)
		}
	}
	return strings.Join(names, "+")
}

// valueOf is the ..Valeur of a code: the associated value, or the name
// when the value has none.
func (et *EnumType) valueOf(code int64) Value {
	for _, v := range et.Values {
		if !v.Alias && v.Code == code {
			if v.HasAssoc {
				return v.Assoc
			}
			return Str(v.Name)
		}
	}
	return Str(et.nameOf(code))
}

// enumTypeExpr returns the enumeration an expression names as a type:
// `E`, `C::E`, `::E` in a method.
func (c *compiler) enumTypeExpr(b *procBuild, e parser.Expr) *EnumType {
	switch e := e.(type) {
	case *parser.Ident:
		if c.lookupVar(b, e.Key) != nil {
			return nil
		}
		return c.enums.types[e.Key]
	case *parser.Member:
		if id, ok := e.X.(*parser.Ident); ok && c.lookupVar(b, id.Key) == nil {
			if id.Key == parser.SelfKey {
				return c.enums.types[e.Name.Key]
			}
			return c.enums.types[id.Key+"::"+e.Name.Key]
		}
	}
	return nil
}

// enumStatic returns the enumeration of an expression's value when it is
// known without compiling it, else nil.
func (c *compiler) enumStatic(b *procBuild, e parser.Expr) *EnumType {
	switch e := e.(type) {
	case *parser.Paren:
		return c.enumStatic(b, e.X)
	case *parser.Ident:
		if vi := c.lookupVar(b, e.Key); vi != nil {
			if vi.typ != nil {
				return vi.typ.Enum
			}
			return nil
		}
		if l := c.enums.values[e.Key]; len(l) > 0 {
			return l[0]
		}
	case *parser.Member:
		if et := c.enumTypeExpr(b, e.X); et != nil {
			return et
		}
		if t := c.memberStaticType(b, e); t != nil {
			return t.Enum
		}
	case *parser.Binary:
		if e.Op == "+" || e.Op == "-" {
			if et := c.enumStatic(b, e.L); et != nil && et.Combination {
				return et
			}
			if et := c.enumStatic(b, e.R); et != nil && et.Combination {
				return et
			}
		}
	case *parser.Call:
		if id, ok := e.Fun.(*parser.Ident); ok && enumFunc(id.Key) != "" && len(e.Args) > 0 {
			if f := enumFunc(id.Key); f == "fromName" || f == "fromValue" {
				return c.enumTypeExpr(b, e.Args[0])
			}
		}
	}
	return nil
}

// memberStaticType returns the declared type of a structure or object
// member x.m (also :m in a method) when it is known without compiling,
// else nil.
func (c *compiler) memberStaticType(b *procBuild, e *parser.Member) *Type {
	var st *StructType
	switch x := e.X.(type) {
	case *parser.Ident:
		if vi := c.lookupVar(b, x.Key); vi != nil && vi.typ != nil {
			st = vi.typ.Struct
		} else if vi == nil && isSelfWord(x.Key) {
			if cl := currentClass(b); cl != nil {
				st = cl.st
			}
		}
	case *parser.Member:
		if t := c.memberStaticType(b, x); t != nil {
			st = t.Struct
		}
	}
	if st == nil {
		return nil
	}
	if i := st.FieldIndex(e.Name.Key); i >= 0 {
		return st.Fields[i].Type
	}
	return nil
}

// enumFunc names the function on enumerations and combinations (1514067,
// 1514074, 1000020769 and its neighbours) a folded name designates, "" for
// none (a switch, so that no table is built at package initialisation).
func enumFunc(key string) string {
	switch key {
	case "ENUMERATIONDEPUISNOM", "ENUMERATIONFROMNAME", "COMBINAISONDEPUISNOM", "COMBINATIONFROMNAME":
		return "fromName"
	case "ENUMERATIONDEPUISVALEUR", "ENUMERATIONFROMVALUE", "COMBINAISONDEPUISVALEUR", "COMBINATIONFROMVALUE":
		return "fromValue"
	case "ENUMERATIONVERIFIENOM", "ENUMERATIONCHECKNAME", "COMBINAISONVERIFIENOM", "COMBINATIONCHECKNAME":
		return "checkName"
	case "ENUMERATIONVERIFIEVALEUR", "ENUMERATIONCHECKVALUE":
		return "checkValue"
	}
	return ""
}
