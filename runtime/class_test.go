package runtime

import (
	"errors"
	"strings"
	"testing"
)

const benchClasses = `CCompteur est une Classe
	n est un entier
FIN
CCompteurDouble est une Classe
	hérite de CCompteur
FIN
`

// TestClassBadInput: faulty class code gives positioned errors with their
// code, at compile or at run time, never a panic (6010001-3, 6010006-7).
func TestClassBadInput(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{"C est une Classe\n hérite de D\nFIN\n", "t.wl:2:12: Classe ancêtre inconnue « D » (9450)"},
		{"A est une Classe\n hérite de B\nFIN\nB est une Classe\n hérite de A\nFIN\n", "(9455)"},
		{"o est un CInconnue\n", "Type inconnu « CInconnue »"},
		{"o = allouer un CInconnue()\n", "Classe inconnue « CInconnue » (9450)"},
		{"C est une Classe\nFIN\no est un C(1)\n", "Trop de paramètres pour le constructeur de « C »"},
		{"C est une Classe\nFIN\nPROCEDURE D.M()\n", "Classe inconnue « D » (9450)"},
		{"C est une Classe\nFIN\nPROCEDURE C.M()\nPROCEDURE C.M()\n", "déclarée deux fois (9455)"},
		{"C est une Classe\nFIN\nPROCEDURE C.Destructeur(x)\n", "Le destructeur n'accepte aucun paramètre (9455)"},
		{"C est une Classe\nFIN\nPROCEDURE C.M()\nConstructeur C(1)\n", "n'est utilisable qu'au début d'un constructeur (9456)"},
		{"C est une Classe\nFIN\nPROCEDURE C.Constructeur()\nTrace(1)\nConstructeur X()\n", "(9455)"},
		{"C est une Classe\nFIN\nC.M()\nPROCEDURE C.M()\n", "La méthode « M » n'est pas globale : elle s'appelle sur un objet (9456)"},
		{"C est une Classe\nFIN\no est un C\no.Absente()\n", "La classe « C » n'a pas de méthode « Absente » (9450)"},
		{"Trace(Ancêtre.x)\n", "(9456)"},
		{"C est une Classe\n x est un entier = f()\nFIN\n", "(9455)"},
		{"C est une Classe\n x est un entier\n x est une chaîne\nFIN\n", "déjà déclaré (9455)"},
		{"C est une Classe\nFIN\nPROCEDURE ABSTRAITE C.M()\no est un C\n", "abstraite : elle ne peut pas être instanciée (9453)"},
		{"C est une Classe\n m est un C\nFIN\no est un C\n", "t.wl:2:2: Le membre « m » contient une valeur de son propre type : déclarez-le dynamique (9455)"},
		{"A est une Classe\n b est un B\nFIN\nB est une Classe\n a est un A\nFIN\no est un A\n", "t.wl:2:2: Le membre « b »"},
		{"C est une Classe\n m est un D\nFIN\nD est une Classe\n hérite de C\nFIN\no est un C\n", "(9455)"},
		{"S est une Structure\n x est un S\nFIN\ns est un S\n", "t.wl:2:2: Le membre « x » contient une valeur de son propre type"},
	} {
		_, err := run(t, tc.src)
		var ce *CompileError
		if !errors.As(err, &ce) {
			t.Errorf("%q: got %v, want a compile error", tc.src, err)
			continue
		}
		if got := ce.Format("fr"); !strings.Contains(got, tc.want) {
			t.Errorf("%q:\n got %s\nwant %s", tc.src, got, tc.want)
		}
	}
}

// TestClassRunErrors: run-time faults of objects are WLangage errors at
// their position.
func TestClassRunErrors(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{"C est une Classe\n x est un entier\nFIN\no est un C dynamique\nTrace(o.x)\n", "t.wl:5:7: L'objet n'est pas alloué (Null)"},
		{"C est une Classe\nFIN\no est un C dynamique\nlibérer o\n", "t.wl:4:1: L'objet n'est pas alloué (Null)"},
		{"C est une Classe\nFIN\nD est une Classe\nFIN\no est un C dynamique\nv est un Variant = allouer un D\no = v\n", "t.wl:7:3: Un objet de la classe « C » est attendu"},
		{"C est une Classe, abstraite\nFIN\nD est une Classe\n hérite de C\nFIN\nPROCEDURE ABSTRAITE C.M()\n", ""},
	} {
		_, err := run(t, tc.src)
		if tc.want == "" {
			if err != nil {
				t.Errorf("%q: %v", tc.src, err)
			}
			continue
		}
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%q:\n got %v\nwant %s", tc.src, err, tc.want)
		}
	}
}

// TestClassEnglishErrors: the messages exist in English.
func TestClassEnglishErrors(t *testing.T) {
	_, err := run(t, "C est une Classe\nPRIVÉ\n x est un entier\nFIN\no est un C\nTrace(o.x)\n")
	var ce *CompileError
	if !errors.As(err, &ce) || !strings.Contains(ce.Format("en"), "The member 'x' of the class 'C' is private: no access here (9451)") {
		t.Fatalf("got %v", err)
	}
}

// BenchmarkMethodCall: 100000 virtual method calls through a base-typed
// dynamic object (vtable slot), against the same loop calling a global
// procedure.
func BenchmarkMethodCall(b *testing.B) {
	benchScript(b, "b.wl", benchClasses+`o est un CCompteur dynamique = allouer un CCompteurDouble
POUR i = 1 _À_ 100000
	o.Ajoute(1)
FIN
PROCEDURE CCompteur.Ajoute(k)
n += k
PROCEDURE CCompteurDouble.Ajoute(k)
n += 2 * k
`, "")
}

// BenchmarkProcCall is the baseline of BenchmarkMethodCall.
func BenchmarkProcCall(b *testing.B) {
	benchScript(b, "b.wl", `n est un entier
POUR i = 1 _À_ 100000
	Ajoute(1)
FIN
PROCEDURE Ajoute(k)
n += 2 * k
`, "")
}

// TestClassScripts: constructs checked by their output.
func TestClassScripts(t *testing.T) {
	runScripts(t, []scriptCase{
		{"member constructor", "CMoteur est une Classe\n p est un entier\nFIN\nCVoiture est une Classe\n m est un CMoteur\nFIN\nv est un CVoiture\nTrace(v.m.p)\n" +
			"PROCEDURE CMoteur.Constructeur(n = 1)\np = n\nPROCEDURE CVoiture.Constructeur()\nConstructeur m(90)\n", "90\n"},
		{"destructors", "A est une Classe\nFIN\nB est une Classe\n hérite de A\nFIN\nb est un B\nlibérer b\nTrace(\"fin\")\n" +
			"PROCEDURE A.Destructeur()\nTrace(\"A\")\nPROCEDURE B.Destructeur()\nTrace(\"B\")\n", "B\nA\nfin\n"},
		{"scope end", "P()\nTrace(\"après\")\nC est une Classe\nFIN\nPROCEDURE P()\no est un C\nTrace(\"dans P\")\nPROCEDURE C.Destructeur()\nTrace(\"détruit\")\n", "dans P\ndétruit\naprès\n"},
		{"returned object lives", "C est une Classe\n v est un entier\nFIN\no est un C dynamique = F()\nTrace(o.v)\nPROCEDURE F()\nx est un C\nx.v = 7\nRENVOYER x\nPROCEDURE C.Destructeur()\nTrace(\"détruit\", v)\n", "7\ndétruit 7\n"}, // not destroyed when F ends, but when the program ends (6010002)
		{"virtual from base method", "A est une Classe\nFIN\nB est une Classe\n hérite de A\nFIN\no est un A dynamique = new B\nTrace(o.Qui())\nPROCEDURE A.Qui()\nRENVOYER Nom()\nPROCEDURE A.Nom()\nRENVOYER \"A\"\nPROCEDURE B.Nom()\nRENVOYER \"B\"\n", "B\n"},
		{"ancestor syntax 3", "A est une Classe\nFIN\nB est une Classe\n hérite de A\nFIN\no est un B\no.M()\nPROCEDURE A.M()\nTrace(\"A.M\")\nPROCEDURE B.M()\n:A:M()\nA::M()\nTrace(\"B.M\")\n", "A.M\nA.M\nB.M\n"},
		{"global method and member", "C est une Classe\nGLOBAL\n n est un entier\nFIN\nC.Incr()\nC::Incr()\nTrace(C::n)\nPROCEDURE GLOBALE C.Incr()\nn++\n", "2\n"},
	})
}

// TestObjectKeptAfterScope: an automatic object stored elsewhere stays
// usable after its traitement ends (6010002: a reference was taken).
func TestObjectKeptAfterScope(t *testing.T) {
	got, err := run(t, "C est une Classe\n v est un entier\nFIN\ng est un C dynamique\nRemplit()\nTrace(g.v)\nPROCEDURE Remplit()\no est un C\no.v = 5\ng = o\n")
	if err != nil {
		t.Fatal(err)
	}
	if got != "5\n" {
		t.Fatalf("got %q", got)
	}
}
