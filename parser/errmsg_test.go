package parser

import (
	"strings"
	"testing"
)

// TestSyntaxErrors asserts the exact positioned message of common errors.
func TestSyntaxErrors(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{"POUR i = 1 A 3\n Trace(i)\n", "e.wl:1:1: FIN manquant : le bloc POUR ouvert ici n'est pas fermé (9106)"},
		{"x = 1\nSI x ALORS\n Trace(1)\n", "e.wl:2:1: FIN manquant : le bloc SI ouvert ici n'est pas fermé (9106)"},
		{"x = \"abc\n", "e.wl:1:5: Chaîne non terminée (3)"},
		{"Trace(1 +)\n", "e.wl:1:10: Expression attendue, « ) » trouvé (9101)"},
		{"SELON x\n CAS 1: Trace(1)\n", "e.wl:1:1: FIN manquant : le bloc SELON ouvert ici n'est pas fermé (9106)"},
		{"FIN\n", "e.wl:1:1: Syntaxe invalide : « FIN » inattendu (9100)"},
		{"x = = 2\n", "e.wl:1:5: Expression attendue, « = » trouvé (9101)"},
		{"Trace(1))\n", "e.wl:1:9: Fin d'instruction attendue, « ) » trouvé (9103)"},
		{"Trace(1) Trace(2)\n", "e.wl:1:10: Fin d'instruction attendue, « Trace » trouvé (9103)"},
		{"PROCEDURE F()\nRENVOYER n X(1)\n", "e.wl:2:12: Fin d'instruction attendue, « X » trouvé (9103)"},
		{"SI x = 1 Trace(1)\nFIN\n", "e.wl:1:1: Le mot-clé ALORS est attendu après la condition du SI (25)"}, // without ALORS only when the condition ends the line (DECISIONS 9g)
		{"SELON 1\nCAS 1:Trace(1)\nFIN\n", "e.wl:2:7: Un espace est obligatoire après « : » dans un CAS (4)"},
		{"SI x ALORS Trace(1)\nSINON Trace(2)\n", "e.wl:2:1: Syntaxe invalide : « SINON » inattendu (9100)"}, // SINON of a one-line SI: same line only
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

// TestSyntaxErrorsEnglish: English messages carry no French word outside
// what the script wrote, quote the script's own spelling and keep the code.
func TestSyntaxErrorsEnglish(t *testing.T) {
	for _, tc := range []struct{ src, fr, en string }{
		{"Trace((1)", "e.wl:1:10: « ) » attendu, fin du fichier trouvée (9102)", "e.wl:1:10: ')' expected, found end of file (9102)"},
		{"x = (1 +\n", "e.wl:2:1: Fin du fichier inattendue dans une expression (9101)", "e.wl:2:1: Unexpected end of file in an expression (9101)"},
		{"END\n", "e.wl:1:1: Syntaxe invalide : « END » inattendu (9100)", "e.wl:1:1: Syntax error: unexpected 'END' (9100)"},
		{"Trace(1) Trace(2)\n", "e.wl:1:10: Fin d'instruction attendue, « Trace » trouvé (9103)", "e.wl:1:10: End of statement expected, found 'Trace' (9103)"},
		{"FOR i = 1 TO 3\n Trace(i)\n", "e.wl:1:1: FIN manquant : le bloc FOR ouvert ici n'est pas fermé (9106)", "e.wl:1:1: Missing END: the FOR block opened here is not closed (9106)"},
		{"x est un 12\n", "e.wl:1:10: Type attendu, « 12 » trouvé (9105)", "e.wl:1:10: Type expected, found '12' (9105)"},
		{"x = \"abc\n", "e.wl:1:5: Chaîne non terminée (3)", "e.wl:1:5: Unterminated string (3)"},
		{"x = 1 # 2\n", "e.wl:1:7: Caractère inattendu « # » (9002)", "e.wl:1:7: Unexpected character '#' (9002)"},
	} {
		_, err := Parse("e.wl", tc.src)
		if err == nil {
			t.Errorf("%q: no error", tc.src)
			continue
		}
		e := err.(ErrorList)[0]
		if got := e.Format("fr"); got != tc.fr {
			t.Errorf("%q fr:\n got %s\nwant %s", tc.src, got, tc.fr)
		}
		if got := e.Format("en"); got != tc.en {
			t.Errorf("%q en:\n got %s\nwant %s", tc.src, got, tc.en)
		}
	}
}
