package runtime

import (
	"strings"

	"github.com/wlangage/wl/lexer"
	"github.com/wlangage/wl/lexer/diag"
	"github.com/wlangage/wl/parser"
)

// Indirection {nom} / {nom, indVariable} (fr:1512005): the variable whose
// name is computed at run time. wl has variables only (no window controls,
// no data files), so the name is looked up among the variables visible
// where the indirection is written: the traitement's own, then those of
// the traitements around it, then the globals — as an identifier would be.
// A dotted name ("s.Champ") then walks the members of a structure.

// indirectVar is one variable an indirection may name.
type indirectVar struct {
	ref  func(*frame) *Value // nil for a constant
	cval Value
	typ  *Type
}

// indirectScope compiles a reference to each variable visible from b,
// by folded name; an inner name hides an outer one.
func (c *compiler) indirectScope(b *procBuild, at parser.At) map[string]indirectVar {
	out := map[string]indirectVar{}
	for s := b; s != nil; s = s.parent {
		for k, vi := range s.vars {
			if _, seen := out[k]; seen {
				continue
			}
			if vi.isConst {
				out[k] = indirectVar{cval: vi.cval, typ: TypeVariant}
				continue
			}
			lv := c.lvalue(b, &parser.Ident{Name: parser.Name{At: at, Key: k}})
			out[k] = indirectVar{ref: lv.ref, typ: lv.typ}
		}
	}
	return out
}

// indirection compiles e into a function that finds, at run time, the
// place it names and that place's type. A second parameter other than
// indVariable (indChamp, indRubrique, ...) names what wl does not have:
// a warning now, a runtime error when reached.
func (c *compiler) indirection(b *procBuild, e *parser.Indirection) func(*frame) (*Value, *Type) {
	name := c.expr(b, e.Name).fn
	pos := e.P
	if e.Kind != nil {
		id, ok := e.Kind.(*parser.Ident)
		if !ok || id.Key != "INDVARIABLE" {
			fr := "L'indirection sur autre chose qu'une variable est une fonctionnalité WinDev que wl ne fournit pas"
			en := "Indirection on something other than a variable is a WinDev feature that wl does not provide"
			if ok {
				spelled := c.spell(id.Name)
				fr = "L'indirection sur autre chose qu'une variable (« " + spelled + " ») est une fonctionnalité WinDev que wl ne fournit pas"
				en = "Indirection on something other than a variable ('" + spelled + "') is a WinDev feature that wl does not provide"
			}
			c.warns = append(c.warns, &parser.Error{Pos: pos, Code: CodeNotProvided, Severity: diag.SeverityWarning, FR: fr, EN: en})
			return func(f *frame) (*Value, *Type) {
				f.run.raise(pos, CodeNotProvided, fr, en)
				return nil, nil
			}
		}
	}
	scope := c.indirectScope(b, e.At)
	return func(f *frame) (*Value, *Type) {
		text := name(f).Text()
		parts := strings.Split(text, ".")
		v, ok := scope[lexer.Fold(strings.TrimSpace(parts[0]))]
		if !ok {
			f.run.raise(pos, codeIndirection, "L'indirection « {"+text+"} » ne désigne aucune variable visible ici",
				"Indirection '{"+text+"}' names no variable visible here")
		}
		p, t := v.ref, v.typ
		var cur *Value
		if p == nil {
			c := v.cval
			cur = &c
		} else {
			cur = p(f)
		}
		for _, member := range parts[1:] {
			s := cur.Struct()
			i := -1
			if s != nil {
				i = s.Type.FieldIndex(lexer.Fold(strings.TrimSpace(member)))
			}
			if i < 0 {
				f.run.raise(pos, codeIndirection, "L'indirection « {"+text+"} » : « "+member+" » n'est pas un membre de la variable",
					"Indirection '{"+text+"}': '"+member+"' is not a member of the variable")
			}
			cur, t = &s.Fields[i], s.Type.Fields[i].Type
		}
		return cur, t
	}
}
