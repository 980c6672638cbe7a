package parser

import (
	"strings"
	"testing"
)

// Syntax met in public WinDev projects (see the real-world corpus report):
// every example below is written for this test.

// TestRetourValue: RETOUR may stand for RENVOYER (SPEC §4.7), with a value
// on the same line; a bare RETOUR still returns nothing.
func TestRetourValue(t *testing.T) {
	for _, tc := range []struct {
		src    string
		values int
	}{
		{"PROCEDURE Double(n)\nRETOUR n * 2\n", 1},
		{"PROCEDURE Pos(n)\nreturn (n <> 0)\n", 1},
		{"PROCEDURE Deux()\nRETOUR (1, 2)\n", 2},
		{"PROCEDURE Rien()\nRETOUR\n", 0},
		{"PROCEDURE Egal()\nRETOUR = 3\n", 1},
	} {
		f, err := Parse("r.wl", tc.src)
		if err != nil {
			t.Fatalf("%q: %v", tc.src, err)
		}
		body := f.Procs[0].Body
		if len(body) != 1 {
			t.Fatalf("%q: %d statements, want 1", tc.src, len(body))
		}
		r, ok := body[0].(*Return)
		if !ok || r.Kw != "RETOUR" || len(r.Values) != tc.values || r.Result != (tc.values > 0) {
			t.Errorf("%q: got %#v", tc.src, body[0])
		}
	}
}

// TestParamTypeWithoutEst: a parameter's type may follow its name
// directly (`nom chaîne`), with or without LOCAL and a default value.
func TestParamTypeWithoutEst(t *testing.T) {
	f, err := Parse("p.wl", "PROCEDURE P(LOCAL nom chaîne, n entier = 3, x, tab est un tableau de chaînes)\nTrace(nom)\n")
	if err != nil {
		t.Fatal(err)
	}
	ps := f.Procs[0].Params
	if len(ps) != 4 {
		t.Fatalf("%d params", len(ps))
	}
	if ps[0].Type == nil || ps[0].Type.Name.Key != "CHAINE" || !ps[0].Local {
		t.Errorf("nom: %#v", ps[0])
	}
	if ps[1].Type == nil || ps[1].Type.Name.Key != "ENTIER" || ps[1].Default == nil {
		t.Errorf("n: %#v", ps[1])
	}
	if ps[2].Type != nil {
		t.Errorf("x: %#v", ps[2])
	}
	if ps[3].Type == nil || ps[3].Type.Array == nil {
		t.Errorf("tab: %#v", ps[3])
	}
}

// TestProcModifiersAndAttributes: access qualifiers before the name and
// <attributes> after the prototype or a parameter are read and dropped.
func TestProcModifiersAndAttributes(t *testing.T) {
	for _, tc := range []struct{ src, name string }{
		{"PROCÉDURE PRIVÉE Calcul(a)\nTrace(a)\n", "CALCUL"},
		{"procédure publique globale Outil(x chaîne) : chaîne\nrenvoyer x\n", "OUTIL"},
		{"PROCEDURE PROTECTED Tool()\n", "TOOL"},
		{"PROCEDURE Privé()\nTrace(1)\n", "PRIVE"}, // a name, not a modifier
		{"PROCÉDURE Note(v <utile>)\n", "NOTE"},
		{"PROCÉDURE Metier(s est une chaîne) <métier>\nTrace(s)\n", "METIER"},
		{"PROCÉDURE Deux(a <utile>, b est un entier <utile> = 2) : entier <extension>\nRENVOYER b\n", "DEUX"},
	} {
		f, err := Parse("m.wl", tc.src)
		if err != nil {
			t.Errorf("%q: %v", tc.src, err)
			continue
		}
		if got := f.Procs[0].Name.Key; got != tc.name {
			t.Errorf("%q: name %s, want %s", tc.src, got, tc.name)
		}
	}
}

// TestSizedAndUnsignedInts: English `8-byte int`, `8-byte unsigned int`,
// French `entier sans signe sur 8 octets`.
func TestSizedAndUnsignedInts(t *testing.T) {
	for _, tc := range []struct {
		src      string
		size     int
		unsigned bool
	}{
		{"n is 8-byte int\n", 8, false},
		{"n is an 8-byte unsigned int = 5\n", 8, true},
		{"n is 4-byte int\n", 4, false},
		{"n est un entier sans signe sur 8 octets\n", 8, true},
		{"n est un entier sans signe\n", 0, true},
		{"n is unsigned int\n", 0, true},
	} {
		f, err := Parse("i.wl", tc.src)
		if err != nil {
			t.Errorf("%q: %v", tc.src, err)
			continue
		}
		tr := f.Main[0].(*VarDecl).Type
		if tr.Size != tc.size || tr.Unsigned != tc.unsigned || (tr.Name.Key != "INT" && tr.Name.Key != "ENTIER") {
			t.Errorf("%q: %+v", tc.src, tr)
		}
	}
}

// TestModuloCall: Modulo written as a function is the % operator.
func TestModuloCall(t *testing.T) {
	f, err := Parse("m.wl", "r = modulo(17, 5) + 1\n")
	if err != nil {
		t.Fatal(err)
	}
	b, ok := f.Main[0].(*Assign).Value.(*Binary)
	if !ok || b.Op != "+" {
		t.Fatalf("%#v", f.Main[0].(*Assign).Value)
	}
	if m, ok := b.L.(*Binary); !ok || m.Op != "%" {
		t.Errorf("left: %#v", b.L)
	}
	if _, err := Parse("m.wl", "r = Modulo(1)\n"); err == nil || !strings.Contains(err.Error(), "deux paramètres") {
		t.Errorf("one argument: %v", err)
	}
}

// TestForEachWhere: WHERE is the English AVEC of POUR TOUT over an array.
func TestForEachWhere(t *testing.T) {
	f, err := Parse("w.wl", "FOR EACH c OF tabClients WHERE c.Ville = \"Lyon\"\n Trace(c.Nom)\nEND\n")
	if err != nil {
		t.Fatal(err)
	}
	if fe := f.Main[0].(*ForEach); fe.Where == nil {
		t.Errorf("no condition: %#v", fe)
	}
}

// TestTypeSpellings: older array spellings, attributes after a declared
// type, containers and multi-word type names parse (the resolver decides
// whether it knows the type).
func TestTypeSpellings(t *testing.T) {
	for _, src := range []string{
		"t est un tableau fixe de 5 entiers\n",
		"t est un tableau dynamique de chaînes\n",
		"t is array fixed of NB_MAX int\n",
		"b est un booléen <section critique>\n",
		"b est un booléen<section critique> = Vrai\n",
		"p est une pile d'entiers\n",
		"l is a list of strings\n",
		"sd est une Source de Données\n",
		"ds is data source\n",
		"o est un MaClasse dynamique\n",
		"s is ANSI string\n",
		"s is a Unicode string = \"é\"\n",
	} {
		if _, err := Parse("t.wl", src); err != nil {
			t.Errorf("%q: %v", src, err)
		}
	}
}

// TestOutOfScopeMessages: constructs outside the accepted language stop
// with a positioned message that says so.
func TestOutOfScopeMessages(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{"Couleur est une Enumération\n Rouge\n 12\nFIN\n", "c.wl:3:2: Valeur attendue dans l'énumération, « 12 » trouvé (9205)"},
		{"Couleur est une Enumération\n Rouge\n", "c.wl:1:17: FIN manquant : le bloc Enumération ouvert ici n'est pas fermé (9106)"},
	} {
		_, err := Parse("c.wl", tc.src)
		if err == nil {
			t.Errorf("%q: no error, want %s", tc.src, tc.want)
			continue
		}
		if got := err.(ErrorList)[0].Format("fr"); got != tc.want {
			t.Errorf("%q:\n got %s\nwant %s", tc.src, got, tc.want)
		}
	}
}

// TestColonStillLegal: the `:` uses of the accepted language are not taken
// for object members.
func TestColonStillLegal(t *testing.T) {
	for _, src := range []string{
		"SELON x\n CAS 1 : Trace(1)\n AUTRE CAS :\n  Trace(2)\nFIN\n",
		"SELON x\n CAS 1 : Trace(1)\n AUTRE CAS :Trace(2)\nFIN\n",
		"PROCEDURE P():chaîne\nRENVOYER \"a\"\n",
		"s est Point\ns:X = 1\nTrace(s:X)\n",
		"x = 1\nCAS ERREUR:\nTrace(ErreurInfo())\n",
		"POUR i = 1 À 3\n SI i = 2 ALORS SORTIR\nSORTIR:\n Trace(i)\nFIN\n",
	} {
		if _, err := Parse("l.wl", src); err != nil {
			t.Errorf("%q: %v", src, err)
		}
	}
}

// TestAttributeEndsLine: the `>` that closes an attribute list at the end
// of a line ends the statement (the lexer alone takes it for an operator
// that continues the line).
func TestAttributeEndsLine(t *testing.T) {
	f, err := Parse("a.wl", "b est un booléen <section critique>\nTrace(b)\nc est un entier <utile> = 2\nTrace(c)\n")
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Main) != 4 {
		t.Fatalf("%d statements, want 4", len(f.Main))
	}
	if _, ok := f.Main[1].(*ExprStmt); !ok {
		t.Errorf("statement 2: %T", f.Main[1])
	}
	// A comparison that continues on the next line is untouched.
	f, err = Parse("a.wl", "x = 1\nSI x >\n 0 ALORS Trace(x)\n")
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Main) != 2 {
		t.Fatalf("continued comparison: %d statements", len(f.Main))
	}
}

// TestLetTuple: `soit (a, b) = f()` declares one variable per result.
func TestLetTuple(t *testing.T) {
	f, err := Parse("t.wl", "soit (a, b) = P()\n")
	if err != nil {
		t.Fatal(err)
	}
	d, ok := f.Main[0].(*VarDecl)
	if !ok || !d.Spread || len(d.Names) != 2 || d.Names[1].Key != "B" {
		t.Fatalf("got %#v", f.Main[0])
	}
}
