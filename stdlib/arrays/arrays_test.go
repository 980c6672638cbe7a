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

// threeST declares the structure ST and fills the array t with three of
// them, X = 1 to 3: the start of several scripts below.
const threeST = `ST est une Structure
	X est un entier
FIN
t est un tableau de ST
p est un ST
POUR i = 1 _À_ 3
	p.X = i
	Ajoute(t, p)
FIN
`

// midTurnException leaves a POUR TOUT over t by an exception in the
// middle of its second turn, after the first two elements were changed.
const midTurnException = `QUAND EXCEPTION DANS
	POUR TOUT e DE t
		e.X += 10
		SI e.X = 12 ALORS ExceptionDéclenche(1, "stop")
	FIN
FAIRE
	r0 est une chaîne = "pris"
FIN
`

// TestForEachUnboxedStructs: POUR TOUT over an array of structures with
// simple members, stored unboxed (runtime/unboxed.go), gives what it
// gives over boxed structures (doc 1510016; the expected texts are the
// boxed code's): members written through the variable, the variable
// given another structure, SORTIR, DepuisFin with the counters, nested
// loops over the same array, an element appended during the loop, the
// array read by subscript during a turn, a procedure given the variable
// and a reference kept with <- (both run over boxed structures), an
// exception leaving the loop.
func TestForEachUnboxedStructs(t *testing.T) {
	for i, tc := range []struct{ src, want string }{
		{`ST est une Structure
	X est un entier
	Y est un réel
	B est un booléen
FIN
r est une chaîne
t est un tableau de ST
p est un ST
POUR i = 1 _À_ 6
	p.X = i; p.Y = i / 2; p.B = (i % 2 = 0)
	Ajoute(t, p)
FIN
// A: members through the variable
POUR TOUT e DE t
	e.X += 100
FIN
r += "A" + e.X + ";"
e.X = -1
// B: the variable given another structure
q est un ST
q.X = 7
POUR TOUT e DE t
	SI e.X = 102 ALORS e = q
FIN
q.X = 8
// C: SORTIR
POUR TOUT e DE t
	e.Y = 5
	SI e.X = 7 ALORS SORTIR
FIN
e.Y = 6
// D: DepuisFin with the counter variables
POUR TOUT e, n, k DE t DepuisFin
	e.X += n * 1000 + k * 10
FIN
// E: nested loops over the same array
POUR TOUT e DE t
	POUR TOUT e2 DE t
		SI e2.X = e.X ALORS e2.B = Vrai
	FIN
	e.Y += 1
FIN
r += "E" + e.X + ";"
// H: appended during the loop (not visited)
c est un entier
POUR TOUT e DE t
	c++
	SI c = 1 ALORS Ajoute(t, q)
FIN
r += "H" + c + ";"
s est un entier sur 8 octets
POUR TOUT e DE t
	s += e.X
FIN
r += "S" + s + ";"
POUR TOUT e DE t
	r += "" + e.X + "/" + e.Y + "/" + e.B + " "
FIN
wltestResult(r)
`, "A106;E6116;H6;S21744;1161/6/1 2057/6/1 3143/2.5/1 4134/3/1 5125/3.5/1 6116/4/1 8/0/0 "},
		{`ST est une Structure
	X est un entier
	Y est un entier
FIN
r est une chaîne
t est un tableau de ST
p est un ST
POUR i = 1 _À_ 4
	p.X = i; p.Y = i
	Ajoute(t, p)
FIN
// F: the array read by subscript during a turn (boxed there)
POUR TOUT e DE t
	e.X += 10
	t[2].Y = 50
	e.Y += 1
FIN
e.X = 0
POUR TOUT e DE t
	r += "" + e.X + "/" + e.Y + " "
FIN
r += ";"
t2 est un tableau de ST
POUR i = 1 _À_ 3
	p.X = i; p.Y = i
	Ajoute(t2, p)
FIN
g est un ST
// G: a procedure given the variable; J: a reference kept
POUR TOUT e DE t2
	Double(e)
FIN
POUR TOUT e DE t2
	SI e.X = 4 ALORS g <- e
FIN
g.Y = 77
POUR TOUT e DE t2
	r += "" + e.X + "/" + e.Y + " "
FIN
r += ";"
// K: the last element changed by subscript while the variable refers to it
t3 est un tableau de ST
POUR i = 1 _À_ 2
	p.X = i; p.Y = i
	Ajoute(t3, p)
FIN
POUR TOUT e DE t3
	SI e.X = 2 ALORS t3[2].X = 20
	e.Y = 9
FIN
e.Y = 10
POUR TOUT e DE t3
	r += "" + e.X + "/" + e.Y + " "
FIN
wltestResult(r)
PROCÉDURE Double(x)
x.X = x.X * 2
`, "11/2 12/50 13/4 14/5 ;2/1 4/77 6/3 ;1/9 20/9 "},
		// The variable itself given to a built-in (here stored by
		// Ajoute in an array of Variants, which shares it), assigned to
		// a Variant, to an element: the loop runs over boxed structures.
		{threeST + `v est un Variant
tv est un tableau de Variants
m est un tableau associatif de Variants
POUR TOUT e DE t
	SI e.X = 1 ALORS v = e
	SI e.X = 2 ALORS Ajoute(tv, e)
	SI e.X = 3 ALORS m["a"] = e
FIN
t[1].X = 10
t[2].X = 20
t[3].X = 30
wltestResult("" + v.X + " " + tv[1].X + " " + m["a"].X)
`, "1 20 3"},
		// An exception leaving the body mid-turn: the turn's changes are
		// in the element, seen by a copy of the array, by Ajoute and by
		// the next loop.
		{threeST + midTurnException + `c est un tableau de ST = t
Ajoute(t, p)
r est une chaîne
POUR TOUT e DE t
	r += "" + e.X + " "
FIN
POUR TOUT e DE c
	r += "" + e.X + " "
FIN
wltestResult(r)
`, "11 12 3 3 11 12 3 "},
		{threeST + midTurnException + `Ajoute(t, p)
r est une chaîne
POUR TOUT e DE t
	r += "" + e.X + " "
FIN
wltestResult(r)
`, "11 12 3 3 "},
	} {
		e := wltest.New()
		got, err := e.Eval(tc.src)
		if err != nil {
			t.Fatalf("script %d: %v", i+1, err)
		}
		if got.Text() != tc.want {
			t.Errorf("script %d: got %q\nwant %q", i+1, got.Text(), tc.want)
		}
	}
}

// TestUnboxedStructFunctions: the array built-ins on an array of
// structures stored unboxed (counts, copy, sort by member, search,
// delete, insert, a procedure's parameter, an array literal appended)
// print what they print on boxed structures (the boxed code's output).
func TestUnboxedStructFunctions(t *testing.T) {
	e := wltest.New()
	if _, err := e.Eval(`ST est une Structure
	X est un entier
	Y est un réel
FIN
t est un tableau de ST
p est un ST
POUR i = 1 _À_ 5
	p.X = (i * 7) % 5; p.Y = i / 4
	Ajoute(t, p)
FIN
Trace(TableauOccurrence(t), t.Occurrence)
c est un tableau de ST = t
TableauTrie(t, ttMembre, "X")
r est une chaîne
POUR TOUT e DE t
	r += "" + e.X + ":" + e.Y + " "
FIN
Trace(r)
r = ""
POUR TOUT e DE c
	r += "" + e.X + ":" + e.Y + " "
FIN
Trace(r)
Trace(TableauCherche(c, tcLinéaire, "X", 4))
TableauSupprime(c, 2)
p.X = 42
TableauInsère(c, 1, p)
Trace(c[1].X, c[2].X, TableauOccurrence(c))
Trace(Somme(c))
d est un tableau de ST
Ajoute(d, p)
Ajoute(d, [3, 2.5])
Trace(d[2].X, d[2].Y, d.Occurrence)
PROCÉDURE Somme(tt est un tableau de ST)
s est un réel
POUR TOUT x DE tt
	s += x.X + x.Y
FIN
RENVOYER s
`); err != nil {
		t.Fatal(err)
	}
	if want := "5 5\n0:1.25 1:0.75 2:0.25 3:1 4:0.5 \n2:0.25 4:0.5 1:0.75 3:1 0:1.25 \n2\n42 2 5\n52.5\n3 2.5 2\n"; e.Out.String() != want {
		t.Errorf("printed\n%s\nwant\n%s", e.Out.String(), want)
	}
}

// TestForEachUnboxedScalars: POUR TOUT over unboxed arrays of entiers,
// réels and booléens, without boxing them, gives what it gives over
// Values (the expected text is the boxed code's): the element written
// back from the variable after each turn, converted (a chaîne, a réel),
// an element appended during the loop, the array read and written by
// subscript during a turn, DepuisFin with the counters, SORTIR, nested
// loops over the same array.
func TestForEachUnboxedScalars(t *testing.T) {
	e := wltest.New()
	got, err := e.Eval(`r est une chaîne
t est un tableau d'entiers
POUR i = 1 _À_ 6
	Ajoute(t, i)
FIN
s est un entier
POUR TOUT v DE t
	s += v
FIN
r += "s" + s + ";"
POUR TOUT v DE t
	v = v * 2
FIN
POUR TOUT v DE t
	SI v = 4 ALORS v = "abc"
	SI v = 6 ALORS v = 7.9
FIN
c est un entier
POUR TOUT v DE t
	c++
	SI c = 1 ALORS Ajoute(t, 100)
	SI c = 2 ALORS v = t[1] + 1000
FIN
POUR TOUT v DE t
	SI v = 8 ALORS t[5] = 55
	v += 1
FIN
POUR TOUT v, n, k DE t DepuisFin
	v += n * 10 + k
	SI k = 3 ALORS SORTIR
FIN
v = -5
POUR TOUT v DE t
	POUR TOUT w DE t
		w += 1
	FIN
	v += 1000
FIN
tr est un tableau de réels
Ajoute(tr, 1.5); Ajoute(tr, 2.5)
POUR TOUT x DE tr
	x = x * 3
FIN
tb est un tableau de booléens
Ajoute(tb, Vrai); Ajoute(tb, Faux)
POUR TOUT b DE tb
	b = PAS b
FIN
POUR TOUT v DE t
	r += "" + v + " "
FIN
POUR TOUT x DE tr
	r += "" + x + " "
FIN
POUR TOUT b DE tb
	r += "" + b + " "
FIN
wltestResult(r)
`)
	if err != nil {
		t.Fatal(err)
	}
	if want := "s21;1009 2009 1014 1015 1115 1081 1178 4.5 7.5 0 1 "; got.Text() != want {
		t.Errorf("got %q, want %q", got.Text(), want)
	}
}
