package runtime

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/wlangage/wl/parser"
	"golang.org/x/text/unicode/norm"
)

// AssocSpec is what the options of `tableau associatif (options, défaut,
// type de clé, taille)` declare (doc 1514058).
type AssocSpec struct {
	Cmp        int
	Dup        bool
	Default    Value
	HasDefault bool
	Key        *Type // nil: the key as given (chaîne by default)
	Size       int   // initial size, 0 when not given
}

// The key comparison options of an associative array (AssocSpec.Cmp, doc
// 1514058). The cc* constants of the string functions (stdlib/strings)
// take these values, so that a combination means the same in both.
const (
	CmpNoCase        = 0x10  // ccSansCasse
	CmpNoAccent      = 0x20  // ccSansAccent
	CmpNoSpace       = 0x40  // ccSansEspace
	CmpNoPunctNSpace = 0x100 // ccSansPonctuationNiEspace
)

// newAssocOf makes the empty associative array a declaration of type t
// gives.
func newAssocOf(t *Type) *Assoc {
	a := NewAssoc(t.Elem)
	if sp := t.Assoc; sp != nil {
		a.Cmp, a.Dup, a.KeyType = sp.Cmp, sp.Dup, sp.Key
		a.def, a.hasDef = sp.Default, sp.HasDefault
		if sp.Size > 0 {
			n := sp.Size
			a.Keys, a.Vals = make([]Value, 0, n), make([]Value, 0, n)
		}
	}
	return a
}

// assocOptionBits returns the bits of an option by its folded name,
// French or English. The English names follow the cc* constants'
// English spellings; WithDuplicates / WithoutDuplicates are UNCONFIRMED.
// (A switch: a map would be built at start-up.)
func assocOptionBits(key string) (int, bool) {
	switch key {
	case "AVECDOUBLON", "WITHDUPLICATES":
		return assocDupBit, true
	case "SANSDOUBLON", "WITHOUTDUPLICATES":
		return 0, true
	case "CCSANSCASSE", "CCIGNORECASE":
		return CmpNoCase, true
	case "CCSANSACCENT", "CCIGNOREACCENT":
		return CmpNoAccent, true
	case "CCSANSESPACE", "CCIGNORESPACE":
		return CmpNoSpace, true
	case "CCSANSPONCTUATIONNIESPACE", "CCIGNOREPUNCTUATIONANDSPACE":
		return CmpNoPunctNSpace, true
	}
	return 0, false
}

// assocDupBit stands for AvecDoublon among the option bits (no cc* uses it).
const assocDupBit = 1

// The unsigned key types (wlEntierSansSigne_4, _8).
var (
	typeUint32 = &Type{Kind: KInt, Name: "entier sans signe", Bits: 32, Unsigned: true}
	typeUint64 = &Type{Kind: KInt, Name: "entier sans signe sur 8 octets", Bits: 64, Unsigned: true}
)

// assocKeyType returns a key type by its folded name (doc 1514058),
// French or English (English spellings UNCONFIRMED, from the type
// names), or nil.
func assocKeyType(key string) *Type {
	switch key {
	case "WLCHAINE", "WLSTRING", "WLCHAINEUNICODE", "WLUNICODESTRING":
		return TypeString
	case "WLDATE":
		return TypeDate
	case "WLDATEHEURE", "WLDATETIME":
		return TypeDateTime
	case "WLENTIER", "WLINT":
		return TypeInt
	case "WLENTIER_8", "WLINT_8":
		return TypeInt64
	case "WLENTIERSANSSIGNE_4", "WLUNSIGNEDINT_4":
		return typeUint32
	case "WLENTIERSANSSIGNE_8", "WLUNSIGNEDINT_8":
		return typeUint64
	case "WLHEURE", "WLTIME":
		return TypeTime
	case "WLMONETAIRE", "WLCURRENCY":
		return TypeCurrency
	case "WLNUMERIQUE", "WLNUMERIC":
		return TypeNumeric
	case "WLREEL", "WLREAL":
		return TypeReal
	}
	return nil
}

// assocSpec reads the options of an associative array declaration: the
// options (a combination with + or |), the default value (a constant),
// the key type and the initial size, each of which `*` leaves as is.
// nil when none is given.
func (c *compiler) assocSpec(opts []parser.Expr, elem *Type) *AssocSpec {
	if len(opts) == 0 {
		return nil
	}
	sp := &AssocSpec{}
	if len(opts) > 4 {
		c.errorf(opts[4].Position(), codeArgCount, "Trop d'options pour un tableau associatif : (options, valeur par défaut, type de clé, taille initiale)",
			"Too many options for an associative array: (options, default value, key type, initial size)")
	}
	for i, e := range opts {
		if _, ok := e.(*parser.Omitted); ok {
			continue
		}
		// SPEC §3.6 writes (AvecDoublon, ccSansCasse, wlEntier): an
		// option or a key type name is taken as such in any place,
		// where a default value or a size could not be one anyway.
		if id, ok := e.(*parser.Ident); ok && i > 0 {
			if bits, ok := assocOptionBits(id.Key); ok {
				sp.addBits(bits)
				continue
			}
			if t := assocKeyType(id.Key); t != nil {
				sp.Key = t
				continue
			}
		}
		switch i {
		case 0:
			bits, ok := c.assocOptions(e)
			if !ok {
				return sp
			}
			sp.addBits(bits)
		case 1:
			v, ok := c.constValue(e)
			if !ok {
				c.errorf(e.Position(), codeConstRequired, "La valeur par défaut d'un tableau associatif doit être une constante",
					"The default value of an associative array must be a constant")
				continue
			}
			// Ignored with duplicates (doc 1514058); kept converted.
			sp.Default, sp.HasDefault = Convert(v, elem), true
		case 2:
			id, ok := e.(*parser.Ident)
			if !ok || assocKeyType(id.Key) == nil {
				c.errorf(e.Position(), codeConstRequired, "Type de clé de tableau associatif inconnu : wlChaîne, wlEntier, wlDate... attendu",
					"Unknown associative array key type: wlString, wlInt, wlDate... expected")
				continue
			}
			sp.Key = assocKeyType(id.Key)
		case 3:
			v, ok := c.constValue(e)
			if !ok || v.ToInt() < 0 {
				c.errorf(e.Position(), codeConstRequired, "La taille initiale d'un tableau associatif doit être un entier constant positif",
					"The initial size of an associative array must be a constant positive integer")
				continue
			}
			sp.Size = int(min(v.ToInt(), 1<<20)) // a hint: a huge one must not reserve gigabytes
		}
	}
	if sp.Dup {
		sp.HasDefault = false
	}
	return sp
}

func (sp *AssocSpec) addBits(bits int) {
	if bits&assocDupBit != 0 {
		sp.Dup = true
	}
	sp.Cmp |= bits &^ assocDupBit
}

// assocOptions evaluates the options expression of a declaration: option
// names combined with + or |. ok is false (an error reported) for
// anything else.
func (c *compiler) assocOptions(e parser.Expr) (int, bool) {
	switch x := e.(type) {
	case *parser.Paren:
		return c.assocOptions(x.X)
	case *parser.Ident:
		if bits, ok := assocOptionBits(x.Key); ok {
			return bits, true
		}
	case *parser.Binary:
		if x.Op == "+" || x.Op == "|" {
			l, ok1 := c.assocOptions(x.L)
			if !ok1 {
				return 0, false
			}
			r, ok2 := c.assocOptions(x.R)
			return l | r, ok2
		}
	}
	c.errorf(e.Position(), codeConstRequired, "Option de tableau associatif inconnue : AvecDoublon, SansDoublon, ccSansCasse, ccSansAccent, ccSansEspace ou ccSansPonctuationNiEspace attendu",
		"Unknown associative array option: WithDuplicates, WithoutDuplicates, ccIgnoreCase, ccIgnoreAccent, ccIgnoreSpace or ccIgnorePunctuationAndSpace expected")
	return 0, false
}

// cmpText is the text a key is compared by under the options cmp: upper
// case (ccSansCasse), without diacritics (ccSansAccent), without spaces
// (ccSansEspace), without punctuation, symbols and spaces
// (ccSansPonctuationNiEspace).
func cmpText(s string, cmp int) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii && cmp&^(CmpNoCase|CmpNoAccent) == 0 {
		if cmp&CmpNoCase != 0 {
			return strings.ToUpper(s)
		}
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if cmp&CmpNoPunctNSpace != 0 && (unicode.IsSpace(r) || unicode.IsPunct(r) || unicode.IsSymbol(r)) {
			continue
		}
		if cmp&CmpNoSpace != 0 && unicode.IsSpace(r) {
			continue
		}
		if cmp&CmpNoAccent != 0 && r >= utf8.RuneSelf {
			if d := norm.NFD.PropertiesString(string(r)).Decomposition(); len(d) > 0 {
				r, _ = utf8.DecodeRune(d)
			}
		}
		if cmp&CmpNoCase != 0 {
			r = unicode.ToUpper(r)
		}
		b.WriteRune(r)
	}
	return b.String()
}

// assocKeyProp compiles the properties of a key of an associative array
// (doc 1514058): A[k]..Existe (at least one element under k), A[k]..Vide
// (none) and A[k]..Occurrence (how many: 0 or 1 without duplicates). ok
// is false for another property or form, or a base that cannot be an
// associative array: the property then applies to the element.
func (c *compiler) assocKeyProp(b *procBuild, e *parser.Member) (compiled, bool) {
	var prop int
	switch e.Name.Key {
	case "EXISTE", "EXIST":
		prop = 0
	case "VIDE", "EMPTY":
		prop = 1
	case "OCCURRENCE", "COUNT":
		prop = 2
	default:
		return compiled{}, false
	}
	ix, ok := e.X.(*parser.Index)
	if !ok || len(ix.Idx) != 1 {
		return compiled{}, false
	}
	base := c.expr(b, ix.X)
	if prop != 0 && (base.typ == nil || base.typ.Kind != KAssoc) {
		// ..Vide and ..Occurrence of an element of anything but a
		// declared associative array are the element's own properties
		// (memberOf), read with the base evaluated once.
		return compiled{}, false
	}
	bf, key := base.fn, c.expr(b, ix.Idx[0]).fn
	if prop == 0 {
		// ..Existe of anything else is Faux.
		return compiled{func(f *frame) Value {
			if a := bf(f).Assoc(); a != nil {
				return Bool(a.Has(key(f)))
			}
			return Bool(false)
		}, TypeBool}, true
	}
	typ := TypeBool
	if prop == 2 {
		typ = TypeInt
	}
	return compiled{func(f *frame) Value {
		a := bf(f).Assoc()
		if a == nil {
			return Bool(false)
		}
		n := a.Count(key(f))
		if prop == 1 {
			return Bool(n == 0)
		}
		return Int(int64(n))
	}, typ}, true
}

// positions returns the positions in Keys of the elements under k, in
// insertion order.
func (a *Assoc) positions(k Value) []int32 {
	i := a.slotOf(k)
	if i < 0 {
		return nil
	}
	if a.Dup {
		return slices.Clone(a.groups[i])
	}
	return []int32{int32(i)}
}

// assocKeyLoop runs POUR TOUT v [, k [, i]] DE A = clé [DEPUISFIN] (doc
// 1510019): the elements under clé, in insertion order or from the last
// (0 or 1 without duplicates), with the key and the turn's number. The
// variable refers to the element: its value is written back after each
// turn, unless the body added or removed elements (positions moved).
func assocKeyLoop(f *frame, a *Assoc, k Value, vars []varRef, reverse bool, run func(*frame) (ctl, bool)) ctl {
	ps := a.positions(k)
	if reverse {
		slices.Reverse(ps)
	}
	for turn, p := range ps {
		if int(p) >= len(a.Vals) {
			break // the body removed elements
		}
		v := a.Vals[p]
		n := len(a.Vals)
		for i, vr := range vars {
			switch i {
			case 0:
				*vr.ref(f) = v
			case 1:
				*vr.ref(f) = a.Keys[p]
			case 2:
				*vr.ref(f) = Int(int64(turn + 1))
			}
		}
		r, stop := run(f)
		if len(vars) > 0 && len(a.Vals) == n {
			if nv := *vars[0].ref(f); !sameContainer(nv, a.Vals[p]) {
				a.Vals[p] = convertLoose(nv, a.Elem)
			}
		}
		if stop {
			return r
		}
	}
	return ctlNone
}

// Like returns an empty associative array of elements elem with the
// options of a (comparison, duplicates, key type; the default value when
// the element type is the same): the result of a function that builds
// an array from another (TableauFiltre, Transforme).
func (a *Assoc) Like(elem *Type) *Assoc {
	out := NewAssoc(elem)
	out.Cmp, out.Dup, out.KeyType = a.Cmp, a.Dup, a.KeyType
	if elem == a.Elem {
		out.def, out.hasDef = a.def, a.hasDef
	}
	return out
}

// DeleteAt removes the element at position i (0-based) of Keys: with
// duplicates, that element alone. It reports false when i is out of
// range.
func (a *Assoc) DeleteAt(i int) bool {
	if i < 0 || i >= len(a.Keys) {
		return false
	}
	if !a.Dup {
		return a.Delete(a.Keys[i])
	}
	a.Keys = slices.Delete(a.Keys, i, i+1)
	a.Vals = slices.Delete(a.Vals, i, i+1)
	a.regroup()
	return true
}
