package arrays

import (
	"cmp"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/wlangage/wl/runtime"
	"github.com/wlangage/wl/stdlib/internal/wl"
)

// Search types of TableauCherche (3075002).
const (
	TcLineaire          = 1
	TcLineairePremier   = 2
	TcLineaireDernier   = 3
	TcLineaireSuivant   = 4
	TcLineairePrecedent = 5
	TcDichotomique      = 6
	tcMask              = 0xF
)

// Comparison options tcc* (3075002, 3075007); the same bits as the cc*
// options of the string family.
const (
	TccSansCasse               = 0x10
	TccSansAccent              = 0x20
	TccSansEspace              = 0x40
	TccSansEspaceInterieur     = 0x80
	TccSansPonctuationNiEspace = 0x100
	TccOrdreLexicographique    = 0x800
	TccRespecteNumerique       = 0x1000
)

// Sort types of TableauTrie (3075007).
const (
	TtCroissant   = 1
	TtDecroissant = 2
	TtFonction    = 4
	TtColonne     = 8
	TtMembre      = 0x2000
	TtCle         = 0x4000
)

// Element designators of TableauSupprime / TableauInsère. ElementCourant
// is the current element of a POUR TOUT over an associative array
// (3075008); the page gives no value: -3 follows the other two.
const (
	PremierElement = -1
	DernierElement = -2
	ElementCourant = -3
)

// Install registers the array family.
func Install(r *runtime.Registry) {
	r.AddConstTable(arrayConsts)
	r.AddFuncs([]runtime.Func{
		{Name: "Ajoute", Aliases: []string{"Add"}, Min: 1, Max: 2, Places: true, Fn: ajoute, Fast2: ajoute2},
		{Name: "TableauAjoute", Aliases: []string{"ArrayAdd"}, Min: 1, Max: 2, Places: true, Fn: ajoute, Fast2: ajoute2},
		{Name: "TableauInsère", Aliases: []string{"ArrayInsert", "Insère", "Insert"}, Min: 2, Max: 3, Places: true, Fn: insere},
		{Name: "TableauSupprime", Aliases: []string{"ArrayDelete", "Supprime", "Delete"}, Min: 2, Max: 2, Places: true, Fn: supprime},
		{Name: "TableauSupprimeTout", Aliases: []string{"ArrayDeleteAll", "SupprimeTout", "DeleteAll"}, Min: 1, Max: 1, Places: true, Fn: supprimeTout},
		{Name: "TableauCherche", Aliases: []string{"ArraySeek", "Cherche", "Seek"}, Min: 3, Max: -1, Places: true, Fn: cherche},
		{Name: "TableauTrie", Aliases: []string{"ArraySort", "Trie", "Sort"}, Min: 1, Max: 3, Places: true, Fn: trie},
		{Name: "TableauOccurrence", Aliases: []string{"ArrayCount"}, Min: 1, Max: 1, Places: true, Fn: occurrence},
		{Name: "TableauInverse", Aliases: []string{"ArrayReverse"}, Min: 1, Max: 1, Places: true, Fn: inverse},
		{Name: "TableauSupprimeDoublon", Aliases: []string{"ArrayDeleteDuplicate", "SupprimeDoublon", "DeleteDuplicate"}, Min: 1, Max: 3, Places: true, Fn: supprimeDoublon},
		{Name: "TableauVersChaîne", Aliases: []string{"ArrayToString"}, Min: 1, Max: 3, Places: true, Fn: versChaine},
		{Name: "Filtre", Aliases: []string{"Filter"}, Min: 2, Max: 2, Fn: filtre},
		{Name: "Transforme", Aliases: []string{"Map"}, Min: 2, Max: 2, Fn: transforme},
		{Name: "ChaîneVersTableau", Aliases: []string{"StringToArray"}, Min: 2, Max: 4, Places: true, Fn: chaineVersTableau},
	})
}

// arrayConsts are the constants of the array family (AddConstTable).
func arrayConsts() []runtime.Const {
	ks := []struct {
		fr string
		v  int64
		en string
	}{
		{"tcLinéaire", TcLineaire, "asLinear"},
		{"tcLinéairePremier", TcLineairePremier, "asLinearFirst"},
		{"tcLinéaireDernier", TcLineaireDernier, "asLinearLast"},
		{"tcLinéaireSuivant", TcLineaireSuivant, "asLinearNext"},
		{"tcLinéairePrécédent", TcLineairePrecedent, "asLinearPrevious"},
		{"tcDichotomique", TcDichotomique, "asBinary"},
		{"tccSansCasse", TccSansCasse, "tccIgnoreCase"},
		{"tccSansAccent", TccSansAccent, "tccIgnoreAccent"},
		{"tccSansEspace", TccSansEspace, "tccIgnoreSpace"},
		{"tccSansEspaceIntérieur", TccSansEspaceInterieur, "tccIgnoreInsideSpace"},
		{"tccSansPonctuationNiEspace", TccSansPonctuationNiEspace, "tccIgnorePunctuationAndSpace"},
		{"tccOrdreLexicographique", TccOrdreLexicographique, "tccLexicographicOrder"},
		{"tccRespecteNumérique", TccRespecteNumerique, "tccRespectNumeric"},
		{"ttCroissant", TtCroissant, "asAscending"},
		{"ttDécroissant", TtDecroissant, "asDescending"},
		{"ttFonction", TtFonction, "asFunction"},
		{"ttColonne", TtColonne, "asColumn"},
		{"ttMembre", TtMembre, "asMember"},
		{"ttClé", TtCle, "asKey"},
		{"PremierElément", PremierElement, "FirstElement"},
		{"DernierElément", DernierElement, "LastElement"},
		{"ElémentCourant", ElementCourant, "CurrentElement"},
	}
	cs := make([]runtime.Const, len(ks))
	for i, k := range ks {
		cs[i] = runtime.Const{Name: k.fr, Aliases: []string{k.en}, Value: runtime.Int(k.v)}
	}
	return cs
}

func notArray(c *runtime.Call) error {
	return c.Errorf(1030, "Le premier paramètre de %s doit être un tableau.", "The first parameter of %s must be an array.", c.Name)
}

// target returns the array argument; an unassigned Variant passed by
// reference becomes a new array.
func target(c *runtime.Call, args []runtime.Value) (*runtime.Array, *runtime.Assoc) {
	var v runtime.Value
	var ref *runtime.Value
	if c.Unpack(args, "tableau", &v) != nil || c.Unpack(args, "&tableau", &ref) != nil {
		return nil, nil
	}
	if a := v.Array(); a != nil {
		return a, nil
	}
	if m := v.Assoc(); m != nil {
		return nil, m
	}
	if v.IsNull() && ref != nil {
		a := runtime.NewArray(runtime.TypeVariant, 0)
		*ref = runtime.ArrayValue(a)
		return a, nil
	}
	return nil, nil
}

// second reads the array's second parameter (an element, an index or a
// key) and the optional third one.
func second(c *runtime.Call, args []runtime.Value) (v, third runtime.Value, err error) {
	var first runtime.Value
	err = c.Unpack(args, "tableau", &first, "valeur", &v, "valeur?", &third)
	return v, third, err
}

// concatenates reports whether an array value src given to Ajoute or
// TableauInsère is spread into a (its elements are not arrays nor
// Variants). In an array of structures, an array that holds no structure
// is one structure written as a literal, in member order:
// tabTouches.Ajoute(["A", Asc("A")]) (1514030).
func concatenates(a, src *runtime.Array) bool {
	if a.Elem == nil || a.Elem.Any || a.Elem.Kind == runtime.KArray {
		return false
	}
	if a.Elem.Kind == runtime.KStruct {
		for _, e := range src.Data {
			if e.First().Struct() == nil {
				return false
			}
		}
	}
	return true
}

func elemDefault(a *runtime.Array) runtime.Value {
	return runtime.NewArray(a.Elem, 1).Data[0]
}

// ajoute2 is Ajoute(tab, v) appending a scalar or a structure (not an
// array, which is concatenated): what ajoute does, without its Call.
func ajoute2(t, v runtime.Value) (runtime.Value, bool) {
	if i, ok := runtime.ArrayAppend(t, v); ok {
		return runtime.Int(int64(i)), true
	}
	return runtime.Null, false
}

// Ajoute / TableauAjoute (1000017348, 3075003): appends the value (or
// the element type's default) and returns its index; an array value is
// concatenated.
func ajoute(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	// Fast path, the common Ajoute(tab, scalar or structure): what target
	// and second would read, without their three Unpack calls.
	if len(args) == 2 && !c.Omit(args, 1) {
		if v, ok := ajoute2(args[0], args[1]); ok {
			return v, nil
		}
	}
	a, _ := target(c, args)
	if a == nil {
		return runtime.Null, notArray(c)
	}
	if c.Omit(args, 1) {
		a.Data = append(a.Data, elemDefault(a))
		return runtime.Int(int64(len(a.Data))), nil
	}
	v, _, err := second(c, args)
	if err != nil {
		return runtime.Null, err
	}
	if src := v.Array(); src != nil && concatenates(a, src) {
		// Rows after rows for arrays of several dimensions (doc 3075003).
		if !runtime.ConcatArray(a, src) {
			return runtime.Null, c.Errorf(1045, "%s : les deux tableaux doivent avoir les mêmes dimensions, sauf la première.", "%s: both arrays must have the same dimensions, except the first.", c.Name)
		}
		return runtime.Int(int64(rows(a))), nil
	}
	return runtime.Int(int64(a.Append(literalElem(a, v)))), nil
}

// literalElem turns an array literal appended to an array of structures
// into one structure, member by member (1514030); other values are kept.
func literalElem(a *runtime.Array, v runtime.Value) runtime.Value {
	src := v.Array()
	if src == nil || a.Elem == nil || a.Elem.Kind != runtime.KStruct || a.Elem.Struct == nil {
		return v
	}
	st := runtime.NewStruct(a.Elem.Struct)
	for i, e := range src.Data {
		if i < len(st.Fields) {
			st.Fields[i] = runtime.Convert(e.First(), a.Elem.Struct.Fields[i].Type)
		}
	}
	return runtime.StructValue(st)
}

// index resolves an element index (PremierElément, DernierElément).
func index(v runtime.Value, n int) int {
	i := int(v.ToInt())
	switch i {
	case PremierElement:
		return 1
	case DernierElement:
		return n
	}
	return i
}

// TableauInsère (3075009): inserts at an index (1..n+1) the value or the
// default; on an associative array inserts a new key.
func insere(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	a, m := target(c, args)
	key, val, err := second(c, args)
	if err != nil {
		return runtime.Null, err
	}
	if m != nil {
		if c.Omit(args, 2) {
			return runtime.Null, c.Errorf(1031, "%s : la valeur de l'élément est obligatoire pour un tableau associatif.", "%s: the element value is required for an associative array.", c.Name)
		}
		if m.Has(key) {
			return runtime.Null, c.Errorf(1032, "%s : l'élément « %s » existe déjà dans le tableau associatif.", "%s: element '%s' already exists in the associative array.", c.Name, key.Text())
		}
		*m.Slot(key) = runtime.Convert(val, m.Elem)
		return runtime.Null, nil
	}
	if a == nil {
		return runtime.Null, notArray(c)
	}
	i := index(key, len(a.Data)+1)
	if i < 1 || i > len(a.Data)+1 {
		return runtime.Null, c.Errorf(1033, "%s : l'indice %d est en dehors du tableau (1 à %d).", "%s: index %d is out of the array (1 to %d).", c.Name, i, len(a.Data)+1)
	}
	var vals []runtime.Value
	if c.Omit(args, 2) {
		vals = []runtime.Value{elemDefault(a)}
	} else if src := val.Array(); src != nil && concatenates(a, src) {
		for _, e := range src.Data {
			vals = append(vals, runtime.Convert(e, a.Elem))
		}
	} else {
		vals = []runtime.Value{runtime.Convert(literalElem(a, val), a.Elem)}
	}
	a.Data = append(a.Data[:i-1], append(vals, a.Data[i-1:]...)...)
	return runtime.Null, nil
}

// TableauSupprime (3075008): removes the element at an index (1), or
// under a key of an associative array (1 or 0).
func supprime(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	a, m := target(c, args)
	key, _, err := second(c, args)
	if err != nil {
		return runtime.Null, err
	}
	if m != nil {
		if isCurrent(key) && (c.Run.InLoopOver(m) || !m.Has(key)) {
			// A key equal to ElémentCourant is one only outside a loop
			// over the array, when the array has it.
			if !c.Run.InLoopOver(m) {
				return runtime.Null, c.Errorf(1039, "%s : ElémentCourant s'utilise pendant un parcours POUR TOUT du tableau associatif.",
					"%s: CurrentElement is used while a FOR EACH goes over the associative array.", c.Name)
			}
			if c.Run.DeleteCurrent(m) {
				return runtime.Int(1), nil
			}
			return runtime.Int(0), nil
		}
		if m.Delete(key) {
			return runtime.Int(1), nil
		}
		return runtime.Int(0), nil
	}
	if a == nil {
		return runtime.Null, notArray(c)
	}
	if isCurrent(key) {
		return runtime.Null, c.Errorf(1039, "%s : ElémentCourant n'est disponible que pour les tableaux associatifs (parcourus par POUR TOUT).",
			"%s: CurrentElement is only available for associative arrays (gone over by FOR EACH).", c.Name)
	}
	i := index(key, len(a.Data))
	if i < 1 || i > len(a.Data) {
		return runtime.Null, c.Errorf(1033, "%s : l'indice %d est en dehors du tableau (1 à %d).", "%s: index %d is out of the array (1 to %d).", c.Name, i, len(a.Data))
	}
	a.Data = append(a.Data[:i-1], a.Data[i:]...)
	return runtime.Int(1), nil
}

// isCurrent reports whether v is the constant ElémentCourant.
func isCurrent(v runtime.Value) bool {
	return v.Kind() == runtime.KInt && v.RawInt() == ElementCourant
}

// TableauSupprimeTout (3075010): empties the array.
func supprimeTout(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	a, m := target(c, args)
	switch {
	case m != nil:
		m.Clear()
	case a != nil:
		a.Data = a.Data[:0]
	default:
		return runtime.Null, notArray(c)
	}
	return runtime.Null, nil
}

// TableauOccurrence (3075012): number of elements (of rows for a 2-dim
// array, of keys for an associative array).
func occurrence(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	if n, ok := runtime.ArrayLen(args[0]); ok {
		return runtime.Int(int64(n)), nil
	}
	a, m := target(c, args)
	switch {
	case m != nil:
		return runtime.Int(int64(m.Len())), nil
	case a != nil:
		return runtime.Int(int64(rows(a))), nil
	}
	return runtime.Null, notArray(c)
}

func rows(a *runtime.Array) int {
	if len(a.Dims) > 1 {
		n := 1
		for _, d := range a.Dims[1:] {
			n *= d
		}
		if n > 0 {
			return len(a.Data) / n
		}
	}
	return len(a.Data)
}

// TableauInverse (1000020475): reverses the elements.
func inverse(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	a, _ := target(c, args)
	if a == nil {
		return runtime.Null, notArray(c)
	}
	for i, j := 0, len(a.Data)-1; i < j; i, j = i+1, j-1 {
		a.Data[i], a.Data[j] = a.Data[j], a.Data[i]
	}
	return runtime.Null, nil
}

// TableauVersChaîne (1000017007): a one-dimension array's elements
// joined by the element separator (RC by default); a two-dimension
// array's rows joined by the line separator (RC by default), the columns
// of a row by the column separator (TAB by default). A one-dimension
// array of structures is written as rows of members, in the order the
// structure declares them (the page's remark: its members are columns,
// the third parameter separates them). A Durée is written in
// milliseconds.
func versChaine(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	a, _ := target(c, args)
	if a == nil {
		return runtime.Null, notArray(c)
	}
	var first runtime.Value
	rowSep, colSep := "\r\n", "\t"
	if err := c.Unpack(args, "tableau", &first, "séparateur?", &rowSep, "séparateur de colonnes?", &colSep); err != nil {
		return runtime.Null, err
	}
	if len(a.Dims) > 2 {
		return runtime.Null, c.Errorf(1037, "%s : le tableau doit avoir une ou deux dimensions (il en a %d).",
			"%s: the array must have one or two dimensions (it has %d).", c.Name, len(a.Dims))
	}
	var b strings.Builder
	if len(a.Dims) == 2 {
		cols := max(1, a.Dims[1])
		for i, v := range a.Data {
			if i > 0 {
				if i%cols == 0 {
					b.WriteString(rowSep)
				} else {
					b.WriteString(colSep)
				}
			}
			b.WriteString(elemText(v))
		}
		return runtime.Str(b.String()), nil
	}
	for i, v := range a.Data {
		if i > 0 {
			b.WriteString(rowSep)
		}
		if st := v.Struct(); st != nil {
			for j, f := range st.Fields {
				if j > 0 {
					b.WriteString(colSep)
				}
				b.WriteString(elemText(f))
			}
			continue
		}
		b.WriteString(elemText(v))
	}
	return runtime.Str(b.String()), nil
}

// elemText is an element as TableauVersChaîne writes it: a Durée in
// milliseconds (1000017007), any other value as its text.
func elemText(v runtime.Value) string {
	if v.Kind() == runtime.KDuration {
		return strconv.FormatInt(v.RawInt(), 10)
	}
	return v.Text()
}

// key normalises a text with the tcc* options.
func key(s string, opt int) string {
	if opt&(TccSansEspace) != 0 {
		s = strings.TrimFunc(s, wl.IsSpace)
	}
	if opt&TccSansEspaceInterieur != 0 {
		t := strings.TrimFunc(s, wl.IsSpace)
		lo := strings.Index(s, t)
		s = s[:lo] + wl.Remove(t, wl.IsSpace) + s[lo+len(t):]
	}
	if opt&TccSansPonctuationNiEspace != 0 {
		s = wl.Remove(s, wl.IsPunctOrSpace)
	}
	if opt&TccSansAccent != 0 {
		s = wl.RemoveAccents(s)
	}
	if opt&TccSansCasse != 0 {
		s = strings.ToUpper(strings.ToLower(s))
	}
	return s
}

// compare compares two elements with the tcc* options: strings by key
// (numbers inside respected with tccRespecteNumérique), others as the
// comparison operators do.
func compare(x, y runtime.Value, opt int) int {
	if x.Kind() == runtime.KString && y.Kind() == runtime.KString {
		a, b := key(x.Text(), opt), key(y.Text(), opt)
		if opt&TccRespecteNumerique != 0 {
			return naturalCompare(a, b)
		}
		if opt&TccOrdreLexicographique != 0 {
			if c := strings.Compare(wl.RemoveAccents(strings.ToLower(a)), wl.RemoveAccents(strings.ToLower(b))); c != 0 {
				return c
			}
		}
		return strings.Compare(a, b)
	}
	return runtime.Compare(x, y)
}

// naturalCompare orders "a2" before "a10".
func naturalCompare(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	i, j := 0, 0
	for i < len(ra) && j < len(rb) {
		if unicode.IsDigit(ra[i]) && unicode.IsDigit(rb[j]) {
			si := i
			for i < len(ra) && unicode.IsDigit(ra[i]) {
				i++
			}
			sj := j
			for j < len(rb) && unicode.IsDigit(rb[j]) {
				j++
			}
			na, _ := strconv.ParseFloat(string(ra[si:i]), 64)
			nb, _ := strconv.ParseFloat(string(rb[sj:j]), 64)
			if na != nb {
				if na < nb {
					return -1
				}
				return 1
			}
			continue
		}
		if ra[i] != rb[j] {
			if ra[i] < rb[j] {
				return -1
			}
			return 1
		}
		i++
		j++
	}
	switch {
	case len(ra)-i < len(rb)-j:
		return -1
	case len(ra)-i > len(rb)-j:
		return 1
	}
	return 0
}

// field returns the member of a structure element.
func field(v runtime.Value, member string) runtime.Value {
	if s := v.Struct(); s != nil {
		if f, ok := s.Get(runtime.Fold(member)); ok {
			return f
		}
	}
	return runtime.Null
}

type seekKey struct{}

type seekState struct{ cur map[*runtime.Array]int }

// TableauCherche (3075002): index of the element equal to the value, -1
// when absent. Forms: (T, type, valeur [, départ]); for a 2-dim array
// (T, type, colonne, valeur [, départ]); for an array of structures
// (T, type, "membre", valeur [, départ]).
func cherche(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	a, _ := target(c, args)
	if a == nil {
		return runtime.Null, notArray(c)
	}
	var first runtime.Value
	var typ64 int64
	var rest []runtime.Value
	if err := c.Unpack(args, "tableau", &first, "type de recherche", &typ64, "critères*", &rest); err != nil {
		return runtime.Null, err
	}
	typ := int(typ64)
	opt := typ &^ tcMask
	mode := typ & tcMask
	n := rows(a)
	cols := 1
	if len(a.Dims) > 1 && n > 0 {
		cols = len(a.Data) / n
	}
	get := func(i int) runtime.Value { return a.Data[i] }
	isStructs := a.Elem != nil && a.Elem.Kind == runtime.KStruct
	if (cols > 1 || isStructs) && len(rest) >= 2 {
		sel := rest[0]
		rest = rest[1:]
		if cols > 1 {
			col := int(sel.ToInt()) - 1
			if col < 0 || col >= cols {
				// As TableauTrie does for a column that does not exist.
				return runtime.Null, c.Errorf(1035, "%s : la colonne %s n'existe pas.", "%s: column %s does not exist.", c.Name, sel.Text())
			}
			get = func(i int) runtime.Value { return a.Data[i*cols+col] }
		} else {
			member := sel.Text()
			get = func(i int) runtime.Value { return field(a.Data[i], member) }
		}
	}
	want := rest[0].First()
	start := 0
	hasStart := len(rest) > 1 && !c.Omit(args, len(args)-1)
	if hasStart {
		start = int(rest[1].ToInt())
	}
	st := c.Run.State(seekKey{}, func() any { return &seekState{cur: map[*runtime.Array]int{}} }).(*seekState)
	eq := func(i int) bool { return compare(get(i), want, opt) == 0 }
	found := -1
	switch mode {
	case TcDichotomique:
		lo, hi := 0, n-1
		for lo <= hi {
			mid := (lo + hi) / 2
			switch r := compare(get(mid), want, opt); {
			case r == 0:
				found = mid
				lo = hi + 1
			case r < 0:
				lo = mid + 1
			default:
				hi = mid - 1
			}
		}
	case TcLineaireDernier:
		for i := n - 1; i >= 0; i-- {
			if eq(i) {
				found = i
				break
			}
		}
	case TcLineairePrecedent:
		i0 := n - 1
		if cur, ok := st.cur[a]; ok {
			i0 = cur - 2
		}
		if hasStart {
			i0 = start - 1
		}
		for i := i0; i >= 0 && i < n; i-- {
			if eq(i) {
				found = i
				break
			}
		}
	case TcLineaireSuivant:
		i0 := st.cur[a] // 0-based index after the last one found
		if hasStart {
			i0 = start - 1
		}
		if i0 < 0 {
			i0 = 0
		}
		for i := i0; i < n; i++ {
			if eq(i) {
				found = i
				break
			}
		}
	default: // tcLinéaire, tcLinéairePremier
		from := 1
		if hasStart && mode == TcLineaire && start > 1 {
			from = start
		}
		for i := from - 1; i < n; i++ {
			if eq(i) {
				found = i
				break
			}
		}
	}
	if found < 0 {
		return runtime.Int(-1), nil
	}
	st.cur[a] = found + 1
	return runtime.Int(int64(found + 1)), nil
}

// TableauTrie (3075007): sorts in place, ascending by default; options
// ttDécroissant and tcc*; ttColonne "2;-3" for 2-dim arrays; ttMembre
// "m1;-m2" for arrays of structures; ttClé for associative arrays.
// ttFonction sorts with a comparison procedure.
func trie(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	// Entiers stored unboxed, in plain order: sorted where they are
	// (what sortTyped does with boxed ones).
	if desc, ok := plainOrder(c, args); ok && runtime.SortInts(args[0], desc) {
		return runtime.Null, nil
	}
	a, m := target(c, args)
	var first runtime.Value
	typ64 := int64(TtCroissant)
	var spec string
	if err := c.Unpack(args, "tableau", &first, "type de tri?", &typ64, "critère?", &spec); err != nil {
		return runtime.Null, err
	}
	typ := int(typ64)
	opt := typ & 0x1FF0
	desc := typ&TtDecroissant != 0
	if m != nil {
		return runtime.Null, sortAssoc(m, typ, opt, desc)
	}
	if a == nil {
		return runtime.Null, notArray(c)
	}
	if typ&TtFonction != 0 {
		return runtime.Null, sortByProc(c, a, args)
	}
	n := rows(a)
	if n == 0 {
		return runtime.Null, nil
	}
	cols := len(a.Data) / n
	if cols == 1 && opt == 0 && c.Omit(args, 2) && sortTyped(a.Data, desc) {
		return runtime.Null, nil
	}
	type crit struct {
		get  func(row []runtime.Value) runtime.Value
		desc bool
	}
	var crits []crit
	switch {
	case spec != "" && (cols > 1 || typ&TtColonne != 0):
		for _, part := range strings.Split(spec, ";") {
			d, p := sign(part)
			col, _ := strconv.Atoi(p)
			col--
			if col < 0 || col >= cols {
				return runtime.Null, c.Errorf(1035, "%s : la colonne %s n'existe pas.", "%s: column %s does not exist.", c.Name, p)
			}
			crits = append(crits, crit{func(row []runtime.Value) runtime.Value { return row[col] }, d})
		}
	case spec != "":
		for _, part := range strings.Split(spec, ";") {
			d, p := sign(part)
			member := p
			crits = append(crits, crit{func(row []runtime.Value) runtime.Value { return field(row[0], member) }, d})
		}
	default:
		crits = []crit{{func(row []runtime.Value) runtime.Value { return row[0] }, desc}}
	}
	cmpRows := func(x, y []runtime.Value) int {
		for _, cr := range crits {
			r := compare(cr.get(x), cr.get(y), opt)
			if cr.desc {
				r = -r
			}
			if r != 0 {
				return r
			}
		}
		return 0
	}
	// Sort the row indexes, then move each row once (no copy per row).
	if n > math.MaxInt32 {
		return runtime.Null, c.Errorf(1036, "%s : tableau trop grand.", "%s: array too large.", c.Name)
	}
	permute(a.Data[:n*cols], stablePerm(n, func(i, j int32) int {
		return cmpRows(a.Data[int(i)*cols:(int(i)+1)*cols], a.Data[int(j)*cols:(int(j)+1)*cols])
	}))
	return runtime.Null, nil
}

// sortTyped sorts, stably, a one-dimension array whose elements all have
// one kind that compares without options (entier, réel without NaN,
// chaîne) on typed keys, as compare would order them; it reports false,
// having changed nothing, for any other array.
func sortTyped(data []runtime.Value, desc bool) bool {
	k := data[0].Kind()
	for _, v := range data {
		if v.Kind() != k || (k == runtime.KReal && math.IsNaN(v.Float())) {
			return false
		}
	}
	sign := 1
	if desc {
		sign = -1
	}
	switch k {
	case runtime.KInt:
		// Equal integers are the same value: an unstable sort of the keys
		// gives the stable result.
		keys := make([]int64, len(data))
		for i, v := range data {
			keys[i] = v.RawInt()
		}
		slices.Sort(keys)
		if desc {
			slices.Reverse(keys)
		}
		for i, n := range keys {
			data[i] = runtime.Int(n)
		}
	case runtime.KReal:
		keys := make([]float64, len(data))
		for i, v := range data {
			keys[i] = v.Float()
		}
		permute(data, stablePerm(len(data), func(i, j int32) int { return sign * cmp.Compare(keys[i], keys[j]) }))
	case runtime.KString:
		keys := make([]string, len(data))
		for i, v := range data {
			keys[i] = v.Text()
		}
		permute(data, stablePerm(len(data), func(i, j int32) int { return sign * strings.Compare(keys[i], keys[j]) }))
	default:
		return false
	}
	return true
}

// plainOrder reports whether TableauTrie's arguments ask for a plain
// ascending or descending sort (no option, no criterion), and which.
func plainOrder(c *runtime.Call, args []runtime.Value) (desc, ok bool) {
	switch {
	case len(args) == 1:
		return false, true
	case len(args) == 2 && !c.Omit(args, 1) && args[1].Kind() == runtime.KInt:
		switch args[1].RawInt() {
		case TtCroissant:
			return false, true
		case TtDecroissant:
			return true, true
		}
	}
	return false, false
}

// stablePerm returns the order of n elements under cmp, equal elements
// kept in their order: an unstable pattern-defeating quicksort of indexes
// with the index as the last key (O(n log n) moves of 4 bytes, where a
// stable sort of the values moves 48-byte values O(n log² n) times).
func stablePerm(n int, cmpIdx func(i, j int32) int) []int32 {
	perm := make([]int32, n)
	for i := range perm {
		perm[i] = int32(i)
	}
	slices.SortFunc(perm, func(i, j int32) int {
		if c := cmpIdx(i, j); c != 0 {
			return c
		}
		return cmp.Compare(i, j)
	})
	return perm
}

// permute puts the rows of data (len(data)/len(perm) values each) in the
// order perm gives, moving each row once.
func permute(data []runtime.Value, perm []int32) {
	cols := len(data) / len(perm)
	if cols == 1 {
		sorted := make([]runtime.Value, len(perm))
		for k, i := range perm {
			sorted[k] = data[i]
		}
		copy(data, sorted)
		return
	}
	sorted := make([]runtime.Value, 0, len(data))
	for _, i := range perm {
		sorted = append(sorted, data[int(i)*cols:(int(i)+1)*cols]...)
	}
	copy(data, sorted)
}

// sortByProc sorts with a comparison procedure that returns -1, 0 or 1
// (TableauTrie(T, ttFonction, Compare), 3075007).
func sortByProc(c *runtime.Call, a *runtime.Array, args []runtime.Value) error {
	var first, second, proc runtime.Value
	if err := c.Unpack(args, "tableau", &first, "ttFonction", &second, "procédure?", &proc); err != nil {
		return err
	}
	p := proc.Proc()
	if p == nil {
		return c.Errorf(1034, "%s : ttFonction demande une procédure de comparaison.", "%s: asFunction needs a comparison procedure.", c.Name)
	}
	// The procedure sees the elements, not the array being sorted: it may
	// change the array (empty it...), which must not crash the sort.
	data := slices.Clone(a.Data)
	slices.SortStableFunc(data, func(x, y runtime.Value) int {
		return int(max(-1, min(1, c.Run.CallProc(p, c.Pos, x, y).ToInt())))
	})
	if len(a.Data) != len(data) {
		// 3075007 says nothing of this case; like the family's other
		// misuses, it is a fatal error.
		return c.Errorf(1036, "%s : la procédure de comparaison a modifié le tableau pendant le tri.",
			"%s: the comparison procedure changed the array during the sort.", c.Name)
	}
	copy(a.Data, data)
	return nil
}

// sign reads an optional +/- before a column or member.
func sign(s string) (bool, string) {
	s = strings.TrimSpace(s)
	if strings.HasPrefix(s, "-") {
		return true, strings.TrimSpace(s[1:])
	}
	return false, strings.TrimSpace(strings.TrimPrefix(s, "+"))
}

// sortAssoc sorts an associative array by value (then key), or by key
// (then value) with ttClé.
func sortAssoc(m *runtime.Assoc, typ, opt int, desc bool) error {
	perm := make([]int, m.Len())
	for i := range perm {
		perm[i] = i
	}
	byKey := typ&TtCle != 0
	sort.SliceStable(perm, func(i, j int) bool {
		ki, kj := m.Keys[perm[i]], m.Keys[perm[j]]
		vi, vj := m.Vals[perm[i]], m.Vals[perm[j]]
		first, second := compare(vi, vj, opt), compare(ki, kj, opt)
		if byKey {
			first, second = second, first
		}
		r := first
		if r == 0 {
			r = second
		}
		if desc {
			r = -r
		}
		return r < 0
	})
	m.Reorder(perm)
	return nil
}
