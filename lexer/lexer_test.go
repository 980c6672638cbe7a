package lexer

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"unsafe"
)

// short renders tokens compactly: K:SI I:X P:= N:1 R:1.5 C:12.32 D:1000
// S:"..." W:"..." and ";" for Newline; EOF is left out.
func short(toks []Token) string {
	var parts []string
	for _, t := range toks {
		switch t.Type {
		case EOF:
		case Newline:
			parts = append(parts, ";")
		case Keyword:
			parts = append(parts, "K:"+t.Value)
		case Ident:
			parts = append(parts, "I:"+t.Value)
		case Punct:
			parts = append(parts, "P:"+t.Value)
		case Int:
			parts = append(parts, "N:"+t.Value)
		case Real:
			parts = append(parts, "R:"+t.Value)
		case Currency:
			parts = append(parts, "C:"+t.Value)
		case Duration:
			parts = append(parts, "D:"+t.Value)
		case String:
			parts = append(parts, fmt.Sprintf("S:%q", t.Value))
		case RawString:
			parts = append(parts, fmt.Sprintf("W:%q", t.Value))
		default:
			parts = append(parts, fmt.Sprintf("?%d:%q", t.Type, t.Value))
		}
	}
	return strings.Join(parts, " ")
}

type lexCase struct {
	name string
	src  string
	want string
}

func runCases(t *testing.T, cases []lexCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			toks, err := Tokenize("t.wl", c.src)
			if err != nil {
				t.Fatalf("Tokenize(%q): %v", c.src, err)
			}
			if len(toks) == 0 || toks[len(toks)-1].Type != EOF {
				t.Fatalf("Tokenize(%q): stream does not end with EOF", c.src)
			}
			if got := short(toks); got != c.want {
				t.Errorf("Tokenize(%q)\n got: %s\nwant: %s", c.src, got, c.want)
			}
		})
	}
}

func TestKeywords(t *testing.T) {
	runCases(t, []lexCase{
		{"case", "si Si SI sI", "K:SI K:SI K:SI K:SI"},
		{"accents", "PROCÉDURE procedure Procédure procédure", "K:PROCEDURE K:PROCEDURE K:PROCEDURE K:PROCEDURE"},
		{"french block", "SI ALORS SINON FIN SELON CAS AUTRE AUTRES POUR TOUT TOUS TOUTE TOUTES CHAQUE TANTQUE BOUCLE",
			"K:SI K:ALORS K:SINON K:FIN K:SELON K:CAS K:AUTRE K:AUTRES K:POUR K:TOUT K:TOUS K:TOUTE K:TOUTES K:CHAQUE K:TANTQUE K:BOUCLE"},
		{"french more", "SORTIR CONTINUER RETOUR RENVOYER FONCTION INTERNE LOCAL GLOBAL CONSTANTE STRUCTURE EST SONT SOIT",
			"K:SORTIR K:CONTINUER K:RETOUR K:RENVOYER K:FONCTION K:INTERNE K:LOCAL K:GLOBAL K:CONSTANTE K:STRUCTURE K:EST K:SONT K:SOIT"},
		{"french ops", "ET OU PAS DANS QUAND EXCEPTION FAIRE VRAI FAUX NULL MODULO SUR DE AVEC PAR",
			"K:ET K:OU K:PAS K:DANS K:QUAND K:EXCEPTION K:FAIRE K:VRAI K:FAUX K:NULL K:MODULO K:SUR K:DE K:AVEC K:PAR"},
		{"underscored", "_A_ _PAS_ _ET_ _OU_ _DANS_ _À_ _à_", "K:_A_ K:_PAS_ K:_ET_ K:_OU_ K:_DANS_ K:_A_ K:_A_"},
		{"synonyms", "locale Globale CONSTANTES", "K:LOCAL K:GLOBAL K:CONSTANTE"},
		{"english 1", "IF THEN ELSE END SWITCH CASE OTHER FOR EACH ALL WHILE LOOP BREAK CONTINUE RETURN RESULT",
			"K:SI K:ALORS K:SINON K:FIN K:SELON K:CAS K:AUTRE K:POUR K:CHAQUE K:TOUT K:TANTQUE K:BOUCLE K:SORTIR K:CONTINUER K:RETOUR K:RENVOYER"},
		{"english 2", "function internal constant is are let and or not in when do true false",
			"K:FONCTION K:INTERNE K:CONSTANTE K:EST K:SONT K:SOIT K:ET K:OU K:PAS K:DANS K:QUAND K:FAIRE K:VRAI K:FAUX"},
		{"english 3", "To Step Of With On _TO_ _step_ _AND_ _Or_ _IN_",
			"K:A K:PAS K:DE K:AVEC K:SUR K:_A_ K:_PAS_ K:_ET_ K:_OU_ K:_DANS_"},
		{"english shared", "PROCEDURE EXCEPTION STRUCTURE Null Modulo Local Global",
			"K:PROCEDURE K:EXCEPTION K:STRUCTURE K:NULL K:MODULO K:LOCAL K:GLOBAL"},
		{"a grave vs ascii a", "À à A a", "K:A K:A I:A I:A"},
		{"a grave decomposed", "A\u0300", "K:A"},
		{"pour a", "POUR i = 1 À 10\nPOUR i = 1 A 10", "K:POUR I:I P:= N:1 K:A N:10 ; K:POUR I:I P:= N:1 I:A N:10"},
		{"mixed", "Renvoyer Faux\nRENVOYER faux", "K:RENVOYER K:FAUX ; K:RENVOYER K:FAUX"},
		{"keyword prefix is ident", "SIX FINI ALORSX si_", "I:SIX I:FINI I:ALORSX I:SI_"},
		{"d apostrophe", "tableau d'entiers", "I:TABLEAU K:DE I:ENTIERS"},
		{"D apostrophe", "Tableau D'Entiers", "I:TABLEAU K:DE I:ENTIERS"},
		{"d typographic apostrophe", "tableau d’entiers", "I:TABLEAU K:DE I:ENTIERS"},
		{"d apostrophe accent", "tableau d'éléments", "I:TABLEAU K:DE I:ELEMENTS"},
		{"d apostrophe keyword after", "d'entier d'Si", "K:DE I:ENTIER K:DE K:SI"},
		{"d alone", "d = 1", "I:D P:= N:1"},
		{"d before digit", "d 1", "I:D N:1"},
	})
}

func TestIdentifiers(t *testing.T) {
	runCases(t, []lexCase{
		{"folded", "ErreurDétectée ERREURDETECTEE erreurdetectee", "I:ERREURDETECTEE I:ERREURDETECTEE I:ERREURDETECTEE"},
		{"accents", "Prénom sChaîne Élément", "I:PRENOM I:SCHAINE I:ELEMENT"},
		{"digits underscore", "sDestinataire_1 COMBO_sel _x x2 __", "I:SDESTINATAIRE_1 I:COMBO_SEL I:_X I:X2 I:__"},
		{"nfd input", "e\u0301te\u0301", "I:ETE"},
		{"greek", "αβγ", "I:ΑΒΓ"},
		{"unicode digit continues", "x٣", "I:X٣"},
		{"member access", "MaSession..Nom Client.Email Fauteuil:CodeF A::B",
			"I:MASESSION P:.. I:NOM I:CLIENT P:. I:EMAIL I:FAUTEUIL P:: I:CODEF I:A P::: I:B"},
		{"nbsp is blank", "a\u00a0b", "I:A I:B"},
		// Real WinDev code continues names with '@' and '°'; neither
		// starts one.
		{"at and degree inside names", "nPos@ = N°Ordre", "I:NPOS@ P:= I:N°ORDRE"},
		{"at and degree in strings only", `"@" "°"`, `S:"@" S:"°"`},
	})
}

func TestNumbers(t *testing.T) {
	runCases(t, []lexCase{
		{"ints", "0 123 007 1_000 1_000_000", "N:0 N:123 N:007 N:1000 N:1000000"},
		{"hex", "0x4D5 0X_12_15 0xff 0x1_0", "N:0x4D5 N:0x1215 N:0xff N:0x10"},
		{"reals", "12.5 1256.67 1_000.000_1", "R:12.5 R:1256.67 R:1000.0001"},
		{"exponent", "1e3 1.5E-3 2e+4 1E10", "R:1e3 R:1.5E-3 R:2e+4 R:1E10"},
		{"exponent needs digit", "1e 1ex 1e+", "N:1 I:E N:1 I:EX N:1 I:E P:+"},
		{"dot needs digit", "1.x 1..5 1...", "N:1 P:. I:X N:1 P:.. N:5 N:1"},
		{"currency", "0m12.32 0m5 0M1_000.50", "C:12.32 C:5 C:1000.50"},
		{"currency needs digit", "0m 0mx", "N:0 I:M N:0 I:MX"},
		{"trailing underscore", "12_ 3_x", "N:12 I:_ N:3 I:_X"},
		{"number then ident", "12abc", "N:12 I:ABC"},
		{"negative is unary", "-5 x-1", "P:- N:5 I:X P:- N:1"},
	})
}

func TestDurations(t *testing.T) {
	runCases(t, []lexCase{
		{"min s", "2 min 8 s", "D:128000"},
		{"s", "128 s", "D:128000"},
		{"glued", "5s; 2min 8s", "D:5000 ; D:128000"},
		{"glued not whole word", "2min8s", "N:2 I:MIN8S"},
		{"h min", "1 h 30 min", "D:5400000"},
		{"day", "1 j", "D:86400000"},
		{"ms", "250 ms", "D:250"},
		{"all units", "1 j 1 h 1 min 1 s 1 ms", "D:90061001"},
		{"case", "2 MIN 3 S 1 H 1 J 5 MS", "D:90123005"},
		{"tabs", "3\tmin\t30\ts", "D:210000"},
		{"real", "1.5 s, 0.25 min", "D:1500 P:, D:15000"},
		{"groups add up", "1.5 s 0.25 min", "D:16500"},
		{"rounding", "0.0005 s, 0.0004 s", "D:1 P:, D:0"},
		{"hex", "0x10 s", "D:16000"},
		{"zero", "0 min", "D:0"},
		{"exponent", "1e3 ms, 1e-999 s", "D:1000 P:, D:0"},
		{"trailing number", "1 h 30", "D:3600000 N:30"},
		{"trailing number ident", "1 h 30 x", "D:3600000 N:30 I:X"},
		{"in call", "Trace(5 s, x)", "I:TRACE P:( D:5000 P:, I:X P:)"},
		{"not a unit word", "5 secondes 5 sx 5 s_ 5 s2 5 mins", "N:5 I:SECONDES N:5 I:SX N:5 I:S_ N:5 I:S2 N:5 I:MINS"},
		{"not across lines", "1\ns", "N:1 ; I:S"},
		{"not after currency", "0m5 s", "C:5 I:S"},
		{"big", "100000000000000000000 j", "D:8640000000000000000000000000"},
	})
}

func TestStrings(t *testing.T) {
	runCases(t, []lexCase{
		{"simple", `"abc"`, `S:"abc"`},
		{"empty", `""`, `S:""`},
		{"only quote", `""""`, `S:"\""`},
		{"doubled", `"L'option ""Conditions générales"" doit être cochée"`, `S:"L'option \"Conditions générales\" doit être cochée"`},
		{"backslash", `"C:\MesFichiers\" "\" ["\"]`, `S:"C:\\MesFichiers\\" S:"\\" P:[ S:"\\" P:]`},
		{"two strings", `"a" + "b"`, `S:"a" P:+ S:"b"`},
		{"apostrophe", `"l'été"`, `S:"l'été"`},
		{"comment inside", `"a // b /* c"`, `S:"a // b /* c"`},
		{"interpolation kept", `"Bonjour [%sNom%] !"`, `S:"Bonjour [%sNom%] !"`},
		{"backtick", "`a``b` `` `x\"y`", "S:\"a`b\" S:\"\" S:\"x\\\"y\""},
		{"raw", `-%"[%CATEGORIE%]" + RC`, `W:"[%CATEGORIE%]" P:+ I:RC`},
		{"raw doubled", `-%"a""b"`, `W:"a\"b"`},
		{"raw backtick", "-%`[%x%]`", `W:"[%x%]"`},
		{"raw bracket", "-%[\n\t[%x%]\n]", `W:"[%x%]"`},
		{"not raw", "a -%x", "I:A P:- P:% I:X"},
		{"raw after operand", `x = y + -%"a"`, `I:X P:= I:Y P:+ W:"a"`},

		{"multi quote", "s = \"\n\tla chaîne\n\t  est\n\t\" + v",
			`I:S P:= S:"\tla chaîne\r\n\t  est" P:+ I:V`},
		{"multi quote trailing blanks", "\"  \t\nabc\n\"", `S:"abc"`},
		{"multi quote empty", "\"\n\"", `S:""`},
		{"multi quote blank line", "\"\na\n\nb\n  \"", `S:"a\r\n\r\nb"`},
		{"multi quote content quotes verbatim", "\"\nsay \"hi\"\n\"", `S:"say \"hi\""`},
		{"multi quote trailing spaces kept", "\"\na  \n\"", `S:"a  "`},
		{"multi quote then code", "x = \"\nA\n\t\" + \"\nB\n\"\ny", `I:X P:= S:"A" P:+ S:"B" ; I:Y`},
		{"multi bracket", "MaChaîne = [\n\tExemple de\n\tchaîne multiligne\n\t]",
			`I:MACHAINE P:= S:"Exemple de\r\nchaîne multiligne"`},
		{"multi bracket tabs spaces", "[\n\t\tx\n  y\n\t\t z\n]", `S:"x\r\n  y\r\n z"`},
		{"multi bracket chain", "s = [\n\tla chaîne\n\t] + var + [\n\test multiligne\n\t]",
			`I:S P:= S:"la chaîne" P:+ I:VAR P:+ S:"est multiligne"`},
		{"multi bracket trailing blank", "[ \t\nx\n]", `S:"x"`},
		{"multi bracket content brackets", "[\na[1]\n]", `S:"a[1]"`},
		{"bracket not at eol", "[ // c\n1]", "P:[ N:1 P:]"},
		{"bracket at eof", "x[", "I:X P:["},
		{"multi backtick", "`\n\ta [%x%] \"q\"\n`", "S:\"\\ta [%x%] \\\"q\\\"\""},
		{"multi then newline", "s = [\nx\n]\nTrace(s)", `I:S P:= S:"x" ; I:TRACE P:( I:S P:)`},
	})
}

func TestComments(t *testing.T) {
	runCases(t, []lexCase{
		{"line", "a // comment\nb", "I:A ; I:B"},
		{"line at eof", "a // comment", "I:A"},
		{"block", "a /* c */ b", "I:A I:B"},
		{"block in condition", `SI Client.Email <> "" /* _et_ Client.VIP = Vrai */ ALORS`,
			`K:SI I:CLIENT P:. I:EMAIL P:<> S:"" K:ALORS`},
		{"block multi line", "a /* multi\nline */ b", "I:A I:B"},
		{"block before newline", "a /* x\ny */\nb", "I:A ; I:B"},
		{"leading comments", "// c\n/* c */\n\na", "I:A"},
		{"no nesting", "/* a /* b */ c", "I:C"},
		{"slash", "a / b /c", "I:A P:/ I:B P:/ I:C"},
		{"comment only", "// nothing", ""},
	})
}

func TestNewlines(t *testing.T) {
	runCases(t, []lexCase{
		{"collapse and leading", "\n\n  a\n\n;b;\n", "I:A ; I:B ;"},
		{"semicolons", "a;;b ; c", "I:A ; I:B ; I:C"},
		{"only separators", ";\n;\n", ""},
		{"parens", "f(a,\nb\n)\nc", "I:F P:( I:A P:, I:B P:) ; I:C"},
		{"brackets", "t = [1,\n2\n]\nc", "I:T P:= P:[ N:1 P:, N:2 P:] ; I:C"},
		{"braces", "{a\n}\nc", "P:{ I:A P:} ; I:C"},
		{"semicolon in parens", "f(a; b)", "I:F P:( I:A I:B P:)"},
		{"unbalanced close", "a)\nb", "I:A P:) ; I:B"},
		{"plus", "x = 5 +\n6", "I:X P:= N:5 P:+ N:6"},
		{"plus blank lines", "x = 5 +\n\n// c\n6", "I:X P:= N:5 P:+ N:6"},
		{"comma", "a,\nb", "I:A P:, I:B"},
		{"incr", "x++\ny--\nz", "I:X P:++ ; I:Y P:-- ; I:Z"},
		{"ET", "a ET\nb", "I:A K:ET I:B"},
		{"AND", "a AND\nb", "I:A K:ET I:B"},
		{"OU", "a ou\nb", "I:A K:OU I:B"},
		{"_ET_ _OU_", "a _ET_\nb _OU_\nc", "I:A K:_ET_ I:B K:_OU_ I:C"},
		{"MODULO", "a MODULO\nb", "I:A K:MODULO I:B"},
		{"DANS", "a DANS\n(1, 2)", "I:A K:DANS P:( N:1 P:, N:2 P:)"},
		{"_DANS_", "a _DANS_\n(1)", "I:A K:_DANS_ P:( N:1 P:)"},
		{"quand exception dans", "QUAND EXCEPTION DANS\nx\nFAIRE\ny\nFIN",
			"K:QUAND K:EXCEPTION K:DANS ; I:X ; K:FAIRE ; I:Y ; K:FIN"},
		{"when exception in", "WHEN EXCEPTION IN // c\nx", "K:QUAND K:EXCEPTION K:DANS ; I:X"},
		{"PAS at eol", "a PAS\nb", "I:A K:PAS ; I:B"},
		{"continuation", "a ...\n+ b", "I:A P:+ I:B"},
		{"continuation comment", "a ... // c\n+ b", "I:A P:+ I:B"},
		{"continuation block comment", "a ... /* c */\n+ b", "I:A P:+ I:B"},
		{"continuation elision", "a\n...\nb", "I:A ; I:B"},
		{"continuation mid line", "a ... b", "I:A I:B"},
		{"continuation one line only", "a ...\nb\nc", "I:A I:B ; I:C"},
		{"continuation at eof", "a ...", "I:A"},
		{"continuation then semicolon", "a ... ; b", "I:A ; I:B"},
		{"colon keeps", "CAS 1 :\nx", "K:CAS N:1 P:: ; I:X"},
		{"dot keeps", "a.\nb", "I:A P:. ; I:B"},
		{"question keeps", "a ?\nb", "I:A P:? ; I:B"},
		{"one line per statement", "SI a ALORS\n\tb = 1\nFIN", "K:SI I:A K:ALORS ; I:B P:= N:1 ; K:FIN"},
	})
	binary := []string{"+", "-", "*", "/", "^", "%", "=", "<>", "<", ">", "<=", ">=", "~=", "~~",
		"[=", "=]", "[=]", "[~", "[~~", "[~]", "~]", ",", "+=", "-=", "<-", "<=>"}
	for _, op := range binary {
		toks, err := Tokenize("t.wl", "a "+op+"\nb")
		if err != nil {
			t.Fatalf("%q: %v", op, err)
		}
		if got, want := short(toks), "I:A P:"+op+" I:B"; got != want {
			t.Errorf("after %q: got %s, want %s", op, got, want)
		}
	}
}

func TestPunct(t *testing.T) {
	all := []string{"<=>", "[=]", "[~]", "[~~", "..", "::", "<>", "<=", ">=", "<-", "+=", "-=", "++", "--",
		"~=", "~~", "[=", "=]", "[~", "~]", "(", ")", "[", "]", "{", "}", ",", ".", ":", "=", "<", ">",
		"+", "-", "*", "/", "^", "%", "?", "&", "|"}
	for _, p := range all {
		toks, err := Tokenize("t.wl", "a "+p+" b")
		if err != nil {
			t.Fatalf("%q: %v", p, err)
		}
		if got, want := short(toks), "I:A P:"+p+" I:B"; got != want {
			t.Errorf("%q: got %s, want %s", p, got, want)
		}
	}
	runCases(t, []lexCase{
		{"double brackets", "s[[3 À]] t[[1]]", "I:S P:[ P:[ N:3 K:A P:] P:] I:T P:[ P:[ N:1 P:] P:]"},
		{"glued", "a<=b<>c", "I:A P:<= I:B P:<> I:C"},
		{"longest match", "x<-1 a[~~]b", "I:X P:<- N:1 I:A P:[~~ P:] I:B"},
		{"case ops", "CAS [= \"ab\" :", `K:CAS P:[= S:"ab" P::`},
		{"case range", "CAS 10 < * < 20 :", "K:CAS N:10 P:< P:* P:< N:20 P::"},
		{"optional concat", "s += [sep] + s2", "I:S P:+= P:[ I:SEP P:] P:+ I:S2"},
		{"ternary", "N > 2000 ? \"a\" SINON \"b\"", `I:N P:> N:2000 P:? S:"a" K:SINON S:"b"`},
	})
}

func TestPositions(t *testing.T) {
	src := "é = 1\n  àb = \"ç\" + x\ns = [\n\tz\n] ; y\n"
	toks, err := Tokenize("f.wl", src)
	if err != nil {
		t.Fatal(err)
	}
	type p struct {
		val            string
		off, line, col int
	}
	want := []p{
		{"E", 0, 1, 1}, {"=", 3, 1, 3}, {"1", 5, 1, 5}, {"\n", 6, 1, 6},
		{"AB", 9, 2, 3}, {"=", 13, 2, 6}, {"ç", 15, 2, 8}, {"+", 20, 2, 12}, {"X", 22, 2, 14}, {"\n", 23, 2, 15},
		{"S", 24, 3, 1}, {"=", 26, 3, 3}, {"z", 28, 3, 5}, {";", 35, 5, 3}, {"Y", 37, 5, 5}, {"\n", 38, 5, 6},
		{"", 39, 6, 1},
	}
	if len(toks) != len(want) {
		t.Fatalf("got %d tokens (%s), want %d", len(toks), short(toks), len(want))
	}
	for i, w := range want {
		got := toks[i]
		if got.Value != w.val || got.Pos.Offset != w.off || got.Pos.Line != w.line || got.Pos.Col != w.col || got.Pos.File != "f.wl" {
			t.Errorf("token %d: got %q at %#v, want %q at off %d %d:%d", i, got.Value, got.Pos, w.val, w.off, w.line, w.col)
		}
	}
	if toks[len(toks)-1].Type != EOF {
		t.Errorf("last token is not EOF")
	}
	// Word gives back the spelling of words.
	if w := Word(src, toks[0].Pos.Offset); w != "é" {
		t.Errorf("Word = %q, want é", w)
	}
	if w := Word(src, toks[4].Pos.Offset); w != "àb" {
		t.Errorf("Word = %q, want àb", w)
	}
}

func TestErrors(t *testing.T) {
	cases := []struct {
		name, src      string
		line, col, off int
		code           int
		fr, en         string
	}{
		{"unterminated eol", "x = \"abc\ny", 1, 5, 4, 3, "Chaîne non terminée", "Unterminated string"},
		{"unterminated eof", "x = \"abc", 1, 5, 4, 3, "Chaîne non terminée", "Unterminated string"},
		{"unterminated doubled", "é = \"a\"\"", 1, 5, 5, 3, "Chaîne non terminée", "Unterminated string"},
		{"unterminated backtick", "`abc", 1, 1, 0, 3, "Chaîne non terminée", "Unterminated string"},
		{"unterminated multi", "a\n  s = \"\nabc\n", 2, 7, 8, 3, "Chaîne non terminée", "Unterminated string"},
		{"unterminated bracket", "s = [\n\tabc", 1, 5, 4, 3, "Chaîne non terminée", "Unterminated string"},
		{"unterminated raw", "x = -%\"abc", 1, 5, 4, 3, "Chaîne non terminée", "Unterminated string"},
		{"quote at eof", "x = \"", 1, 5, 4, 3, "Chaîne non terminée", "Unterminated string"},
		{"char", "x = 1\n  é€", 2, 4, 10, CodeUnexpectedChar, "Caractère inattendu « € »", "Unexpected character '€'"},
		{"tilde", "a ~ b", 1, 3, 2, CodeUnexpectedChar, "Caractère inattendu « ~ »", "Unexpected character '~'"},
		{"apostrophe", "d'_x", 1, 2, 1, CodeUnexpectedChar, "Caractère inattendu « ' »", "Unexpected character '''"},
		{"hash", "#si", 1, 1, 0, CodeUnexpectedChar, "Caractère inattendu « # »", "Unexpected character '#'"},
		{"at starts nothing", "x = @a", 1, 5, 4, CodeUnexpectedChar, "Caractère inattendu « @ »", "Unexpected character '@'"},
		{"control", "a\x01", 1, 2, 1, CodeUnexpectedChar, "Caractère inattendu « U+0001 »", "Unexpected character 'U+0001'"},
		{"unicode digit start", "٣", 1, 1, 0, CodeUnexpectedChar, "Caractère inattendu « ٣ »", "Unexpected character '٣'"},
		{"comment", "a\n/* x", 2, 1, 2, CodeUnterminatedComment, "Commentaire non terminé : « */ » manquant", "Unterminated comment: missing '*/'"},
		{"hex", "x = 0x", 1, 5, 4, CodeBadNumber, "Nombre hexadécimal invalide : chiffre attendu après « 0x »", "Invalid hexadecimal number: digit expected after '0x'"},
		{"hex underscore", "0x_", 1, 1, 0, CodeBadNumber, "Nombre hexadécimal invalide : chiffre attendu après « 0x »", "Invalid hexadecimal number: digit expected after '0x'"},
		{"duration range", "1e999 s", 1, 1, 0, CodeDurationRange, "Durée hors limites", "Duration out of range"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Tokenize("f.wl", c.src)
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("got %v (%T), want *Error", err, err)
			}
			if e.Pos.Line != c.line || e.Pos.Col != c.col || e.Pos.Offset != c.off || e.Pos.File != "f.wl" {
				t.Errorf("position %#v, want off %d %d:%d", e.Pos, c.off, c.line, c.col)
			}
			if e.Code != c.code || e.FR != c.fr || e.EN != c.en {
				t.Errorf("got code %d %q / %q, want %d %q / %q", e.Code, e.FR, e.EN, c.code, c.fr, c.en)
			}
			if want := fmt.Sprintf("f.wl:%d:%d: %s (%d)", c.line, c.col, c.fr, c.code); e.Error() != want {
				t.Errorf("Error() = %q, want %q", e.Error(), want)
			}
			if e.Message("en") != c.en || e.Message("EN-us") != c.en || e.Message("fr") != c.fr || e.Message("") != c.fr {
				t.Errorf("Message mismatch")
			}
		})
	}
	// No file name: "line:col: message".
	_, err := Tokenize("", "\"x")
	if err == nil || err.Error() != "1:1: Chaîne non terminée (3)" {
		t.Errorf("Error() without file = %v", err)
	}
}

func TestSymbolsAndDecoding(t *testing.T) {
	if Symbols()["Keyword"] != Keyword || len(Symbols()) != 12 {
		t.Fatalf("Symbols() = %v", Symbols())
	}
	for name, tt := range Symbols() {
		if TypeName(tt) != name {
			t.Errorf("TypeName(%d) = %q, want %q", tt, TypeName(tt), name)
		}
	}

	// Windows-1252 and CRLF.
	toks, err := Tokenize("w.wl", "caf\xe9 = \"\xe9t\xe9\"\r\nx")
	if err != nil {
		t.Fatal(err)
	}
	if got, want := short(toks), `I:CAFE P:= S:"été" ; I:X`; got != want {
		t.Errorf("Tokenize: got %s, want %s", got, want)
	}
	if p := toks[4].Pos; p.Line != 2 || p.Col != 1 || p.Offset != 16 || p.File != "w.wl" {
		t.Errorf("position %#v", p)
	}

	// A UTF-16 byte-order mark.
	src, err := Decode([]byte{0xFF, 0xFE, 'S', 0, 'I', 0})
	if err != nil {
		t.Fatal(err)
	}
	if toks, err = Tokenize("u.wl", src); err != nil || short(toks) != "K:SI" {
		t.Errorf("UTF-16: %s %v", short(toks), err)
	}

	// EOF repeats; errors stick.
	s := newScanner("", "a")
	s.Next()
	for range 3 {
		if tok, err := s.Next(); err != nil || tok.Type != EOF {
			t.Errorf("after end: %v %v", tok, err)
		}
	}
	s = newScanner("", "a € b")
	s.Next()
	_, err1 := s.Next()
	_, err2 := s.Next()
	if err1 == nil || err1 != err2 {
		t.Errorf("sticky error: %v then %v", err1, err2)
	}
}

func TestTokenEnd(t *testing.T) {
	src := "Trace(sNom, \"é\" + 12.5)  // c\n"
	cases := []struct{ off, end int }{
		{0, 5},   // Trace
		{5, 6},   // (
		{6, 10},  // sNom
		{12, 16}, // "é" (é is two bytes)
		{17, 18}, // +
		{19, 23}, // 12.5
		{24, 24}, // blank
		{len(src), len(src)},
	}
	for _, c := range cases {
		if got := TokenEnd(src, c.off); got != c.end {
			t.Errorf("TokenEnd(%d) = %d, want %d", c.off, got, c.end)
		}
	}
}

func TestTokenizeNoCopyWhenClean(t *testing.T) {
	src := "SI x ALORS\n\tTrace(\"é\")\nFIN\n"
	dec, err := decodeString(src)
	if err != nil || dec != src || unsafe.StringData(dec) != unsafe.StringData(src) {
		t.Fatalf("decodeString copied or changed clean input")
	}
}

// TestNumericLiteral checks the 0n prefix of numérique literals [fr:1514072].
func TestNumericLiteral(t *testing.T) {
	toks, err := Tokenize("n.wl", "x = 0n1_234.5")
	if err != nil {
		t.Fatal(err)
	}
	if toks[2].Type != Numeric || toks[2].Value != "1234.5" {
		t.Fatalf("got %v %q", TypeName(toks[2].Type), toks[2].Value)
	}
}
