package runtime

import "testing"

// BenchmarkLifetimeLoop: the loop of 6010002 (an object per iteration,
// kept in an array) with a class that has a destructor, so that every
// iteration releases the previous object and looks for what is still
// reachable: the cost grows with the square of the objects kept.
func BenchmarkLifetimeLoop(b *testing.B) {
	src := "gn est un entier\nC est une Classe\n n est un entier\nFIN\nt est un tableau de 2000 C dynamique\nPOUR i = 1 _À_ 2000\n o est un C\n o.n = i\n t[i] = o\nFIN\nPROCÉDURE C.Destructeur()\ngn++\n"
	benchScript(b, "t.wl", src, "")
}

// TestLifetimeScripts: object lifetimes checked by their output.
func TestLifetimeScripts(t *testing.T) {
	runScripts(t, []scriptCase{
		// A list of objects dropped at once is destroyed
		// without recursion as deep as the list (no Go stack overflow), every
		// node once.
		{"LongChain", "gn est un entier\nCNoeud est une Classe\n Suivant est un CNoeud dynamique\nFIN\nConstruit()\nTrace(gn)\n" +
			"PROCÉDURE Construit()\ntête est un CNoeud dynamique\nPOUR i = 1 _À_ 30000\n n est un CNoeud dynamique = allouer un CNoeud\n n.Suivant = tête\n tête = n\nFIN\n" +
			"PROCÉDURE CNoeud.Destructeur()\ngn++\n", "30000\n"},
		// Two objects that refer to each other are not
		// destroyed when the last variable goes (6010002: LIBERER destroys
		// them), a third one is.
		{"CycleKept", "C est une Classe\n Nom est une chaîne\n Lien est un C dynamique\nFIN\nP()\nTrace(\"fin\")\n" +
			"PROCÉDURE P()\na est un C dynamique = allouer un C\na.Nom = \"a\"\nb est un C dynamique = allouer un C\nb.Nom = \"b\"\na.Lien = b\nb.Lien = a\nc est un C dynamique = allouer un C\nc.Nom = \"c\"\n" +
			"PROCÉDURE C.Destructeur()\nTrace(Nom)\n", "c\nfin\n"},
		// The object of a procedure left by an exception is
		// destroyed when the next traitement ends (Q), not at the program's end.
		{"Exception", "C est une Classe\nFIN\nQUAND EXCEPTION DANS\n P()\nFAIRE\n Trace(\"pris\")\nFIN\nQ()\nTrace(\"fin\")\n" +
			"PROCÉDURE P()\no est un C\nExceptionDéclenche(1, \"x\")\nPROCÉDURE Q()\nTrace(\"Q\")\nPROCÉDURE C.Destructeur()\nTrace(\"détruit\")\n", "pris\nQ\ndétruit\nfin\n"},
		// The object a procedure returns
		// survives the destruction of its other locals (several rounds).
		{"ReturnedWhileOthersDie", "C est une Classe\n Nom est une chaîne\nFIN\no est un C dynamique = F()\nTrace(\"reçu\", o.Nom)\n" +
			"PROCÉDURE F()\na est un C\na.Nom = \"a\"\nb est un C\nb.Nom = \"b\"\nRENVOYER b\n" +
			"PROCÉDURE C.Destructeur()\nTrace(\"détruit\", Nom)\n", "détruit a\nreçu b\ndétruit b\n"},
	})
}

// BenchmarkLifetimeCalls: procedure calls in a program whose class has a
// destructor (every traitement keeps its frame visible to the lifetime of
// objects) against the same program without one.
func BenchmarkLifetimeCalls(b *testing.B) {
	for _, tc := range []struct{ name, dtor string }{{"without", ""}, {"with", "Trace(1)\n"}} {
		b.Run(tc.name, func(b *testing.B) {
			src := "C est une Classe\nFIN\nn est un entier\nPOUR i = 1 _À_ 10000\n n += Un(i)\nFIN\nPROCÉDURE Un(x)\nRENVOYER x - x + 1\nPROCÉDURE C.Destructeur()\n" + tc.dtor
			benchScript(b, "t.wl", src, "")
		})
	}
}
