package arrays_test

import (
	"strings"
	"testing"

	"github.com/wlangage/wl/runtime"
	"github.com/wlangage/wl/stdlib/internal/wltest"
)

var (
	S = wltest.S
	I = wltest.I
)

func texts(a *runtime.Array) []string {
	var out []string
	for _, v := range a.Data {
		out = append(out, v.Text())
	}
	return out
}

func eq(t *testing.T, what string, got []string, want ...string) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("%s = %q, want %q", what, got, want)
	}
	for i := range got {
		if got[i] != want[i] {
			t.Fatalf("%s = %q, want %q", what, got, want)
		}
	}
}

// Ajoute (1000017348): "tableau de 2 chaînes" holds 2 empty strings; the
// added element is the 3rd. Without value the default is added.
func TestAjoute1000017348(t *testing.T) {
	e := wltest.New()
	a := runtime.NewArray(runtime.TypeString, 2)
	av := runtime.ArrayValue(a)
	if n := e.Call(t, "Ajoute", av, S("WINDEV")).ToInt(); n != 3 {
		t.Fatalf("index %d", n)
	}
	e.Call(t, "Add", av, S(" WEBDEV"))
	e.Call(t, "TableauAjoute", av, S("WINDEV et WEBDEV"))
	eq(t, "array", texts(a), "", "", "WINDEV", " WEBDEV", "WINDEV et WEBDEV")
	n := e.Call(t, "ArrayAdd", av).ToInt()
	if n != 6 || a.Data[5].Text() != "" || a.Data[5].Kind() != runtime.KString {
		t.Fatalf("Ajoute without value: %d %v", n, a.Data[5])
	}
	ints := runtime.NewArray(runtime.TypeInt, 0)
	e.Call(t, "Ajoute", runtime.ArrayValue(ints), S("12"))
	if ints.Data[0].Kind() != runtime.KInt || ints.Data[0].ToInt() != 12 {
		t.Fatalf("element converted to the array type: %v", ints.Data[0])
	}
	// Concatenation.
	e.Call(t, "Ajoute", runtime.ArrayValue(ints), wltest.Ints(3, 4))
	eq(t, "concat", texts(ints), "12", "3", "4")
	if _, err := e.Try("Ajoute", []runtime.Value{S("x"), S("y")}); err == nil {
		t.Fatal("Ajoute on a string must fail")
	}
}

// TableauInsère (3075009), TableauSupprime (3075008),
// TableauSupprimeTout (3075010), TableauOccurrence (3075012).
func TestInsereSupprime(t *testing.T) {
	e := wltest.New()
	a := runtime.NewArray(runtime.TypeString, 2)
	av := runtime.ArrayValue(a)
	e.Call(t, "TableauInsère", av, I(1), S("WINDEV"))
	e.Call(t, "TableauInsère", av, I(2), S("WEBDEV"))
	e.Call(t, "ArrayInsert", av, I(3), S("WINDEV et WEBDEV"))
	if a.Data[2].Text() != "WINDEV et WEBDEV" || a.Len() != 5 {
		t.Fatalf("after inserts %q", texts(a))
	}
	if _, err := e.Try("TableauInsère", []runtime.Value{av, I(7), S("x")}); err == nil {
		t.Fatal("insert past n+1 must fail")
	}
	b := runtime.NewArray(runtime.TypeString, 0)
	bv := runtime.ArrayValue(b)
	e.Call(t, "Ajoute", bv, S("WINDEV"))
	e.Call(t, "Ajoute", bv, S("WEBDEV"))
	if n := e.Call(t, "TableauSupprime", bv, I(1)).ToInt(); n != 1 || b.Data[0].Text() != "WEBDEV" {
		t.Fatalf("TableauSupprime: %d %q", n, texts(b))
	}
	if _, err := e.Try("TableauSupprime", []runtime.Value{bv, I(5)}); err == nil {
		t.Fatal("delete out of range must fail")
	}
	if n := e.Call(t, "TableauOccurrence", av).ToInt(); n != 5 {
		t.Fatalf("TableauOccurrence %d", n)
	}
	e.Call(t, "TableauSupprimeTout", av)
	if n := e.Call(t, "ArrayCount", av).ToInt(); n != 0 {
		t.Fatalf("after SupprimeTout %d", n)
	}
}

func TestAssoc(t *testing.T) {
	e := wltest.New()
	m := runtime.NewAssoc(runtime.TypeString)
	mv := runtime.AssocValue(m)
	e.Call(t, "TableauInsère", mv, S("Moulin"), S("Françoise"))
	e.Call(t, "TableauInsère", mv, S("Montgomery"), S("Julie"))
	if _, err := e.Try("TableauInsère", []runtime.Value{mv, S("Moulin"), S("x")}); err == nil {
		t.Fatal("inserting an existing key must fail (3075009)")
	}
	if n := e.Call(t, "TableauOccurrence", mv).ToInt(); n != 2 {
		t.Fatalf("count %d", n)
	}
	if n := e.Call(t, "TableauSupprime", mv, S("Moulin")).ToInt(); n != 1 {
		t.Fatalf("delete existing key %d", n)
	}
	if n := e.Call(t, "TableauSupprime", mv, S("Absent")).ToInt(); n != 0 {
		t.Fatalf("delete absent key %d", n)
	}
	if v, ok := m.Get(S("Montgomery")); !ok || v.Text() != "Julie" || m.Len() != 1 {
		t.Fatalf("remaining %v %v", v, ok)
	}
	e.Call(t, "TableauInsère", mv, S("Blanc"), S("Zoé"))
	e.Call(t, "TableauTrie", mv, e.Const(t, "ttClé"))
	if m.Keys[0].Text() != "Blanc" {
		t.Fatalf("sort by key: %v", m.Keys)
	}
	e.Call(t, "TableauTrie", mv)
	if m.Vals[0].Text() != "Julie" {
		t.Fatalf("sort by value: %v", m.Vals)
	}
	if v, _ := m.Get(S("Blanc")); v.Text() != "Zoé" {
		t.Fatalf("index after sort")
	}
	e.Call(t, "TableauSupprimeTout", mv)
	if m.Len() != 0 {
		t.Fatal("SupprimeTout on assoc")
	}
}

// TableauCherche (3075002).
func TestCherche3075002(t *testing.T) {
	e := wltest.New()
	a := runtime.NewArray(runtime.TypeString, 0)
	av := runtime.ArrayValue(a)
	for _, s := range []string{"WINDEV", "WEBDEV", "WINDEV et WEBDEV", "WEBDEV"} {
		e.Call(t, "TableauAjoute", av, S(s))
	}
	if n := e.Call(t, "TableauCherche", av, e.Const(t, "tcLinéairePremier"), S("WINDEV")).ToInt(); n != 1 {
		t.Fatalf("first %d", n)
	}
	if n := e.Call(t, "ArraySeek", av, e.Const(t, "tcLinéaire"), S("absent")).ToInt(); n != -1 {
		t.Fatalf("absent %d", n)
	}
	if n := e.Call(t, "TableauCherche", av, e.Const(t, "tcLinéaireDernier"), S("WEBDEV")).ToInt(); n != 4 {
		t.Fatalf("last %d", n)
	}
	if n := e.Call(t, "TableauCherche", av, e.Const(t, "tcLinéaire"), S("WEBDEV"), I(3)).ToInt(); n != 4 {
		t.Fatalf("from 3: %d", n)
	}
	e.Call(t, "TableauCherche", av, e.Const(t, "tcLinéairePremier"), S("WEBDEV"))
	if n := e.Call(t, "TableauCherche", av, e.Const(t, "tcLinéaireSuivant"), S("WEBDEV")).ToInt(); n != 4 {
		t.Fatalf("next %d", n)
	}
	opt := e.Const(t, "tcLinéaire").ToInt() + e.Const(t, "tccSansCasse").ToInt()
	if n := e.Call(t, "TableauCherche", av, I(opt), S("webdev")).ToInt(); n != 2 {
		t.Fatalf("tccSansCasse %d", n)
	}
	sorted := wltest.Ints(1, 3, 5, 7, 9, 11)
	if n := e.Call(t, "TableauCherche", sorted, e.Const(t, "tcDichotomique"), I(9)).ToInt(); n != 5 {
		t.Fatalf("dichotomique %d", n)
	}
}

// TableauTrie (3075007): {4, 1} sorted ascending gives 1 then 4.
func TestTrie3075007(t *testing.T) {
	e := wltest.New()
	a := wltest.Ints(4, 1)
	e.Call(t, "TableauTrie", a, e.Const(t, "ttCroissant"))
	eq(t, "ascending", texts(a.Array()), "1", "4")
	e.Call(t, "ArraySort", a, e.Const(t, "ttDécroissant"))
	eq(t, "descending", texts(a.Array()), "4", "1")
	s := wltest.Strs("b", "A", "c", "a10", "a9")
	e.Call(t, "TableauTrie", s)
	eq(t, "strings", texts(s.Array()), "A", "a10", "a9", "b", "c")
	e.Call(t, "TableauTrie", s, I(e.Const(t, "ttCroissant").ToInt()+e.Const(t, "tccRespecteNumérique").ToInt()+e.Const(t, "tccSansCasse").ToInt()))
	eq(t, "numeric", texts(s.Array()), "A", "a9", "a10", "b", "c")
	if _, err := e.Try("TableauTrie", []runtime.Value{s, e.Const(t, "ttFonction"), S("x")}); err == nil {
		t.Fatal("ttFonction without a procedure is an error")
	}
}

func TestStructSortSeek(t *testing.T) {
	st := &runtime.StructType{Name: "STPers", Fields: []runtime.Field{{Name: "Nom", Type: runtime.TypeString}, {Name: "Age", Type: runtime.TypeInt}}}
	typ := &runtime.Type{Kind: runtime.KStruct, Name: "STPers", Struct: st}
	a := runtime.NewArray(typ, 0)
	for _, p := range []struct {
		n string
		a int64
	}{{"Léa", 30}, {"Max", 25}, {"Ana", 30}} {
		s := runtime.NewStruct(st)
		s.Fields[0], s.Fields[1] = S(p.n), I(p.a)
		a.Append(runtime.StructValue(s))
	}
	e := wltest.New()
	av := runtime.ArrayValue(a)
	e.Call(t, "TableauTrie", av, e.Const(t, "ttMembre"), S("-Age;Nom"))
	var names []string
	for _, v := range a.Data {
		names = append(names, v.Struct().Fields[0].Text())
	}
	eq(t, "members", names, "Ana", "Léa", "Max")
	if n := e.Call(t, "TableauCherche", av, e.Const(t, "tcLinéaire"), S("Nom"), S("Max")).ToInt(); n != 3 {
		t.Fatalf("seek by member %d", n)
	}
}

// Ajoute on an array of structures (1514030): an array literal that holds
// no structure is one element in member order; an array of structures is
// concatenated.
func TestAjouteStructLiteral1514030(t *testing.T) {
	st := &runtime.StructType{Name: "STTouche", Fields: []runtime.Field{{Name: "Lettre", Type: runtime.TypeString}, {Name: "Code", Type: runtime.TypeInt}}}
	typ := &runtime.Type{Kind: runtime.KStruct, Name: "STTouche", Struct: st}
	a := runtime.NewArray(typ, 0)
	e := wltest.New()
	av := runtime.ArrayValue(a)
	if n := e.Call(t, "Ajoute", av, runtime.ArrayValue(&runtime.Array{Elem: runtime.TypeVariant, Data: []runtime.Value{S("A"), I(65)}})).ToInt(); n != 1 {
		t.Fatalf("literal appended as %d elements", n)
	}
	if got := a.Data[0].Struct(); got == nil || got.Fields[0].Text() != "A" || got.Fields[1].ToInt() != 65 {
		t.Fatalf("literal element = %v", a.Data[0])
	}
	s := runtime.NewStruct(st)
	s.Fields[0] = S("B")
	more := runtime.NewArray(typ, 0)
	more.Append(runtime.StructValue(s))
	more.Append(runtime.StructValue(s))
	if n := e.Call(t, "Ajoute", av, runtime.ArrayValue(more)).ToInt(); n != 3 {
		t.Fatalf("array of structures appended: %d elements", n)
	}
}

// TestAjouteCompiled: Ajoute(t, v) compiled in a script takes the fast
// path (Func.Fast2) for a scalar or a structure and the general one for
// the rest; both give WinDev's results: the structure is copied (a later
// change of p leaves the element alone, 1000017348), the element is
// converted to the array's type, the index is returned, an array is
// concatenated, an unassigned Variant becomes an array, and the call
// resets ErreurDétectée like every built-in.
func TestAjouteCompiled(t *testing.T) {
	e := wltest.New()
	got, err := e.Eval(`ST est une Structure
	X est un entier
	N est une chaîne
FIN
tab est un tableau de ST
p est un ST
p.X = 1; p.N = "un"
i1 est un entier = Ajoute(tab, p)
p.X = 2; p.N = "deux"
i2 est un entier = Ajoute(tab, p)
p.X = 99
ti est un tableau d'entiers
Ajoute(ti, "12")
Ajoute(ti, 3.7)
k est un entier = TableauAjoute(ti, [5, 6])
v est un Variant
Ajoute(v, "x")
ErreurDéclenche(5, "e")
avant est un booléen = ErreurDétectée
Ajoute(ti, 1)
wltestResult(i1, i2, tab[1].X, tab[1].N, tab[2].X, tab[2].N, TableauVersChaîne(ti, ","), k, v[1], avant, ErreurDétectée)
`)
	if err != nil {
		t.Fatal(err)
	}
	var parts []string
	for _, v := range got.TupleValues() {
		parts = append(parts, v.Text())
	}
	eq(t, "results", parts, "1", "2", "1", "un", "2", "deux", "12,3,5,6,1", "4", "x", "1", "0")
}

// TestUnboxedArrays: a dynamic array of entiers, réels or booléens is
// stored unboxed until something needs its Values (runtime/unboxed.go);
// every operation gives what it gives on boxed Values: conversions of
// the appended values, reads in and out of bounds, copies (=, a
// structure's member, a parameter passed by value) that do not share,
// a parameter passed by reference that does, POUR TOUT writing back,
// sorts, the array built-ins, and an Ajoute evaluated inside a subscript
// of the same array.
func TestUnboxedArrays(t *testing.T) {
	e := wltest.New()
	got, err := e.Eval(`ST est une Structure
	T est un tableau d'entiers
FIN
ti est un tableau d'entiers
Ajoute(ti, "12")
Ajoute(ti, 3.7)
ti += 7
Ajoute(ti, Vrai)
copie est un tableau d'entiers = ti
Ajoute(copie, 100)
AjouteRef(ti, 9)
n est un entier = AjouteCopie(ti, 50)
tr est un tableau de réels
Ajoute(tr, 1.5)
Ajoute(tr, "2.25")
tr4 est un tableau de réels sur 4 octets
Ajoute(tr4, 1.23456789)
tb est un tableau de booléens
Ajoute(tb, 1)
Ajoute(tb, 0)
s est un ST
Ajoute(s.T, 4)
s2 est un ST = s
Ajoute(s2.T, 5)
tv est un tableau d'entiers
x est un entier = tv[Ajoute(tv, 42)]
tp est un tableau d'entiers
POUR i = 1 _À_ 5
	Ajoute(tp, 10 - i)
FIN
POUR TOUT v DE tp
	v = v * 2
FIN
td est un tableau d'entiers
Ajoute(td, 3); Ajoute(td, 1); Ajoute(td, 2)
TableauTrie(td, ttDécroissant)
tt est un tableau d'entiers
Ajoute(tt, 3); Ajoute(tt, 1); Ajoute(tt, 2)
TableauTrie(tt)
TableauSupprime(tt, 1)
TableauInsère(tt, 1, 8)
wltestResult(TableauVersChaîne(ti, ","), TableauVersChaîne(copie, ","), n, ti[3], ti.Occurrence, TableauVersChaîne(tr, ";"), tr4[1], TableauVersChaîne(tb, ","), TableauVersChaîne(s.T, ","), TableauVersChaîne(s2.T, ","), x, TableauVersChaîne(tp, ","), TableauVersChaîne(td, ","), TableauVersChaîne(tt, ","), TableauCherche(tt, tcLinéaire, 3))

PROCÉDURE AjouteRef(tab est un tableau d'entiers, v)
	Ajoute(tab, v)

PROCÉDURE AjouteCopie(LOCAL tab est un tableau d'entiers, v)
	Ajoute(tab, v)
	RENVOYER TableauOccurrence(tab)
`)
	if err != nil {
		t.Fatal(err)
	}
	var parts []string
	for _, v := range got.TupleValues() {
		parts = append(parts, v.Text())
	}
	eq(t, "results", parts, "12,3,7,1,9", "12,3,7,1,100", "6", "7", "5", "1.5;2.25", "1.23457", "1,0", "4", "4,5", "42", "18,16,14,12,10", "3,2,1", "8,2,3", "3")
	// Out of bounds: the boxed message, with the bounds.
	_, err = e.Eval("tv est un tableau d'entiers\nAjoute(tv, 1)\nx est un entier = tv[2]\n")
	if err == nil || !strings.Contains(err.Error(), "1 à 1") {
		t.Fatalf("out of bounds: %v", err)
	}
}
