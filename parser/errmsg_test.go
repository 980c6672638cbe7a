package parser

import (
	"strings"
	"testing"
)

// TestSyntaxErrors asserts the exact positioned message of common errors.
func TestSyntaxErrors(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{"POUR i = 1 A 3\n Trace(i)\n", "e.wl:1:1: FIN manquant : le bloc POUR ouvert ici n'est pas fermé"},
		{"x = 1\nSI x ALORS\n Trace(1)\n", "e.wl:2:1: FIN manquant : le bloc SI ouvert ici n'est pas fermé"},
		{"x = \"abc\n", "e.wl:1:5: Chaîne non terminée (3)"},
		{"Trace(1 +)\n", "e.wl:1:10: Expression attendue, « ) » trouvé"},
		{"SELON x\n CAS 1: Trace(1)\n", "e.wl:1:1: FIN manquant : le bloc SELON ouvert ici n'est pas fermé"},
		{"FIN\n", "e.wl:1:1: Syntaxe invalide : « FIN » inattendu"},
		{"x = = 2\n", "e.wl:1:5: Expression attendue, « = » trouvé"},
		{"Trace(1))\n", "e.wl:1:9: Fin d'instruction attendue, « ) » trouvé"},
		{"Trace(1) Trace(2)\n", "e.wl:1:10: Fin d'instruction attendue, « TRACE » trouvé"},
		{"PROCEDURE F()\nRENVOYER n X(1)\n", "e.wl:2:12: Fin d'instruction attendue, « X » trouvé"},
		{"SI x = 1\n Trace(1)\nFIN\n", "e.wl:1:1: Le mot-clé ALORS est attendu après la condition du SI (25)"},
		{"SELON 1\nCAS 1:Trace(1)\nFIN\n", "e.wl:2:7: Un espace est obligatoire après « : » dans un CAS (4)"},
		{"PROCEDURE P()\nRETOUR\nRENVOYER 1\n", "e.wl:3:1: RETOUR et RENVOYER ne peuvent pas être utilisés dans le même traitement (803)"},
	} {
		_, err := Parse("e.wl", tc.src)
		if err == nil {
			t.Errorf("%q: no error, want %s", tc.src, tc.want)
			continue
		}
		l := err.(ErrorList)
		if got := l[0].Format("fr"); got != tc.want {
			t.Errorf("%q:\n got %s\nwant %s", tc.src, got, tc.want)
		}
	}
}

// TestNestingGuards checks that hostile nesting ends with an error, not a
// stack overflow or a huge allocation.
func TestNestingGuards(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{strings.Repeat("SI 1 ALORS ", 5000) + "x = 1\n", "Imbrication trop profonde sur une seule ligne"},
		{"x = " + strings.Repeat("(", 5000) + "1" + strings.Repeat(")", 5000) + "\n", "Imbrication trop profonde"},
		{"x = " + strings.Repeat("-", 5000) + "1\n", "Expression trop imbriquée"},
		{"x = 1" + strings.Repeat(" + 1", 5000) + "\n", "Expression trop longue"},
		{strings.Repeat("TANTQUE Vrai\n", 5000) + strings.Repeat("FIN\n", 5000), "Imbrication de blocs trop profonde"},
	} {
		_, err := Parse("e.wl", tc.src)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%.30q...: got %v, want %q", tc.src, err, tc.want)
		}
	}
}
