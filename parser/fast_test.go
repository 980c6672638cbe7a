package parser

import (
	"errors"
	"reflect"
	"strings"
	"testing"

	plexer "github.com/alecthomas/participle/v2/lexer"

	"github.com/wlangage/wl/lexer"
	"github.com/wlangage/wl/tests/bench/bigscript"
)

// TestFastPathEqualsGrammar: on forms where the hand-written reader of
// the fast path (fast.go) must make participle's choices — alternatives
// told apart late, optional parts, labels, delegated forms, one-line SI,
// errors — the procedure-by-procedure parse gives the whole-file
// grammar's tree and errors. valid says whether the script is correct.
func TestFastPathEqualsGrammar(t *testing.T) {
	cases := []struct {
		src   string
		valid bool
	}{
		{"POUR TOUT x DE t\n\tTrace(x)\nFIN\n", true},
		{"POUR TOUT x, i DE t AVEC x > 1 DEPUISFIN\n\tTrace(x)\nFIN\n", true},
		{"POUR TOUTE CHAÎNE s DE \"a,b\" SÉPARÉE PAR \",\"\n\tTrace(s)\nFIN\n", true},
		{"POUR TOUT Client SUR Nom\n\tTrace(1)\nFIN\n", true},
		{"POUR TOUT Client AVEC Nom = \"a\"\n\tTrace(1)\nFIN\n", true},
		{"POUR TOUT Client AVEC Nom = \"a\" SUR Num SANSSAUVEPOSITION, DEPUISFIN SANS FILTRE\n\tTrace(1)\nFIN\n", true},
		{"POUR TOUT Client SANS Trace(1)\nFIN\n", false},
		{"POUR TOUTE LIGNE i DE TABLE_T\n\tTrace(i)\nFIN\n", true},
		{"POUR TOUTE LIGNE SÉLECTIONNÉE i, n DE TABLE_T\nFIN\n", true},
		{"POUR TOUT Chaine DE t\nFIN\n", true}, // a loop variable named chaine
		{"POUR TOUT element, i DE t\nFIN\n", true},
		{"POUR TOUT CHAINE element DE s SEPAREE PAR \",\"\nFIN\n", true},
		{"POUR TOUT ELEMENT DE t\nFIN\n", true},
		{"POUR TOUT ligne DE t\n\tTrace(ligne)\nFIN\n", true},
		{"POUR TOUT x DE t SEPAREE = 3\nFIN\n", true}, // a statement on the POUR line
		{"POUR i = 1 _A_ 10 _PAS_ 2\n\tTrace(i)\nFIN\n", true},
		{"POUR i = 1 À 10 PAS\nFIN\n", false},
		{"SI a ALORS Trace(1) SINON Trace(2)\n", true},
		{"SI a ALORS Trace(1)\nSINON\n\tTrace(2)\nFIN\n", false},
		{"SI a ALORS\n\tTrace(1)\nSINON SI b\n\tTrace(2)\nSINON SI c ALORS Trace(3)\nSINON\nFIN\n", true},
		{"SI a ALORS SI b ALORS Trace(1) SINON Trace(2)\n", true},
		{"SI a Trace(1)\n", false},
		{"SI a ALORS\n\tTrace(1)\n", false},
		{"SELON x\n\tCAS 1 : Trace(1)\n\tCAS 2, 3 À 5\n\t\tTrace(2)\n\tAUTRES CAS :\n\t\tTrace(3)\nFIN\n", true},
		{"SELON x\n\tCAS 1:Trace(1)\nFIN\n", false},
		{"SELON x\nCAS 1\n\tTrace(1)\nCAS Erreur\n\tTrace(2)\nFIN\n", true}, // CAS ERREUR without ':' is a case (whole-file path)
		{"SELON x\nCAS 1\n\tCAS ERREUR:\n\tTrace(2)\nFIN\n", true},
		{"TANTQUE a\n\tSORTIR\n\tCONTINUER\nFIN\n", true},
		{"BOUCLE (3)\n\tSI a ALORS SORTIR(1)\nA FAIRE TANTQUE b\n", true},
		{"BOUCLE\n\tCONTINUER(2)\nFIN\n", true},
		{"SORTIR:\nCONTINUER:\nFIN:\nCAS EXCEPTION:\nCAS ERREUR:\nEXCEPTION\n", true},
		{"RETOUR\nRETOUR = 1\nRETOUR 2\n", true},
		{"RENVOYER\nRENVOYER (1, 2)\nRENVOYER 1, 2\n", true},
		{"SORTIR SELON\n", true},
		{"RENVOYER 1,\n", false},
		{"QUAND EXCEPTION DANS\n\tTrace(1)\nFAIRE\n\tTrace(2)\nFIN\n", true},
		{"SOIT x = 1\nSOIT (a, b) = P()\nCONSTANTE\n\tC = 1\nFIN\nCONSTANTE D = 2\n", true},
		{"SOIT y EST un entier = 3\nSOIT (a,) = P()\n", false},
		{"CONSTANTE\n\tC = 1\n\tD = C + 1\n\nFIN\nCONSTANTE\nC 1\nFIN\n", false},
		{"QUAND EXCEPTION\n\tTrace(1)\nFIN\nQUAND EXCEPTION DANS Trace(1)\nFAIRE Trace(2)\nSINON\n\tTrace(3)\nFIN\n", true},
		{"QUAND EXCEPTION Trace(1)\nFIN\n", false},
		{"PROCÉDURE P()\nINTERNE PROCÉDURE Q()\nFIN\nINTERNE FONCTION R() : entier\n\tRENVOYER 1\nFIN\n", true},
		{"PROCÉDURE P()\nPROCÉDURE INTERNE Q(\nFIN\n", false},
		{"GLOBAL\n\tg est un entier\nLOCAL\n\tl est un entier\n", true},
		{"PROCÉDURE P()\nPROCÉDURE INTERNE Q(a)\n\tTrace(a)\nFIN\nQ(1)\n", true},
		{"PROCÉDURE PRIVÉE GLOBALE P(*)\n", true},
		{"PROCÉDURE P(LOCAL a est un entier, b chaîne <utile>, c = 3, d, e sont des réels) : (entier, chaîne)\n", true},
		{"PROCÉDURE P(a) : entier <métier>\nRENVOYER a\n", true},
		{"PROCÉDURE C.M()\nPROCEDURE C::N()\n", true},
		{"PROCÉDURE P() <extension> : chaîne\nRENVOYER \"\"\n", true},
		{"PROCÉDURE P(a est)\n", false},
		{"PROCÉDURE P(a\n", false},
		{"x = 1\nFIN\n", false},
		{"PROCÉDURE P()\nTrace(1)\nFIN\nTrace(2)\n", false},
	}
	for _, c := range cases {
		split, serrs := parse("f.wl", c.src, true)
		whole, werrs := parse("f.wl", c.src, false)
		if !reflect.DeepEqual(split, whole) || !reflect.DeepEqual(serrs, werrs) {
			t.Errorf("%q: split and whole parses differ (errors %v / %v)", c.src, serrs, werrs)
		}
		if (werrs == nil) != c.valid {
			t.Errorf("%q: errors %v, want valid=%v", c.src, werrs, c.valid)
		}
		if c.valid && !strings.Contains(c.src, "CAS Erreur") {
			if _, _, fast := parseSplit("f.wl", c.src); !fast {
				t.Errorf("%q: the fast path failed on a correct script", c.src)
			}
		}
	}
}

// TestFastPathReadsByHand: the statement forms of BenchmarkParse's script
// are read by hand, without the statement grammar (delegate), and the file
// and procedure headers too: a correct script of them builds no participle
// grammar (start-up pays none).
func TestFastPathReadsByHand(t *testing.T) {
	src := bigscript.Script(4000)
	n, g := 0, 0
	delegated = func() { n++ }
	grammarUsed = func() { g++ }
	defer func() { delegated, grammarUsed = nil, nil }()
	if _, _, fast := parseSplit("big.wl", src); !fast {
		t.Fatal("the fast path failed")
	}
	if n != 0 || g != 0 {
		t.Fatalf("%d statements delegated to the statement grammar, %d grammars used", n, g)
	}
	// The peer kit's start-up and call scripts, through Parse.
	for _, src := range []string{"Trace(0)\n", "Trace(fib(27))\n\nPROCÉDURE fib(n est un entier) : entier\nSI n < 2 ALORS RENVOYER n\nRENVOYER fib(n - 1) + fib(n - 2)\n"} {
		if _, err := Parse("f.wl", src); err != nil || g != 0 {
			t.Fatalf("%q: error %v, %d grammars used", src, err, g)
		}
	}
	// Every statement keyword is read by hand; a form the hand-written
	// reader does not follow (here a statement on the POUR line) is
	// delegated, and counted.
	src = "SOIT x = 1\nCONSTANTE C = 2\nQUAND EXCEPTION\nFIN\nPROCÉDURE INTERNE P()\nFIN\n"
	if _, _, fast := parseSplit("f.wl", src); !fast || n != 0 || g != 0 {
		t.Fatalf("fast path %v, %d delegations, %d grammars used, want none", fast, n, g)
	}
	if _, _, fast := parseSplit("f.wl", strings.Repeat("POUR TOUT x DE t SEPAREE = 3\nFIN\n", 3)); !fast || n != 3 || g != 3 {
		t.Fatalf("delegations: %d, grammars used: %d, want 3", n, g)
	}
	// An error is reported by the whole-file grammar.
	g = 0
	if _, err := Parse("f.wl", "PROCÉDURE P()\nTrace(1)\nFIN\nTrace(2)\n"); err == nil || g == 0 {
		t.Fatalf("error %v, %d grammars used", err, g)
	}
}

// TestTokenArenaReusesStore: chunks are copied into the store participle
// reads (Range shares it), so one Upgrade serves every chunk that fits;
// each load reads its own tokens, ended by EOF.
func TestTokenArenaReusesStore(t *testing.T) {
	var a tokenArena
	chunk := func(src string) []plexer.Token {
		ltoks, err := lexer.Tokenize("f.wl", src)
		if err != nil {
			t.Fatal(err)
		}
		return prepareTokens(ltoks[:len(ltoks)-1], src) // no EOF, as a procedure's chunk
	}
	lx1, err := a.load(chunk("x = 1\ny = 2\n"))
	if err != nil {
		t.Fatal(err)
	}
	first := a.lx
	if a.lx == nil || lx1 != a.lx {
		t.Fatal("the store is not shared with the lexer: every chunk is upgraded")
	}
	lx2, err := a.load(chunk("Trace(3)\n"))
	if err != nil || lx2 != first {
		t.Fatalf("second chunk: new lexer %v (err %v)", lx2 != first, err)
	}
	var got []string
	for tok := lx2.Next(); !tok.EOF(); tok = lx2.Next() {
		got = append(got, tok.Value)
	}
	if want := []string{"TRACE", "(", "3", ")", "\n"}; !reflect.DeepEqual(got, want) {
		t.Fatalf("tokens %q, want %q", got, want)
	}
}

// TestFastPathConcurrent: parses running at once keep their own token
// stores and statement pools (run with -race).
func TestFastPathConcurrent(t *testing.T) {
	srcs := []string{bigscript.Script(20_000), bigscript.Script(30_000)}
	want := make([]*File, len(srcs))
	for i, src := range srcs {
		f, err := Parse("big.wl", src)
		if err != nil {
			t.Fatal(err)
		}
		want[i] = f
	}
	done := make(chan error, 8)
	for g := range 8 {
		go func() {
			f, err := Parse("big.wl", srcs[g%2])
			if err == nil && !reflect.DeepEqual(f, want[g%2]) {
				err = errors.New("a concurrent parse gave another tree")
			}
			done <- err
		}()
	}
	for range 8 {
		if err := <-done; err != nil {
			t.Fatal(err)
		}
	}
}

// TestStmtPool: slabs grow from 8 to maxSlab statements, and reset hands
// the same cleared structures out again.
func TestStmtPool(t *testing.T) {
	var p stmtPool
	var first *gStmt
	for i := range 20_000 {
		s := p.get()
		if i == 0 {
			first = s
		}
		s.Rethrow = true
	}
	if len(p.slabs[0]) != 8 || len(p.slabs[len(p.slabs)-1]) != maxSlab {
		t.Fatalf("slab lengths %d ... %d", len(p.slabs[0]), len(p.slabs[len(p.slabs)-1]))
	}
	n := len(p.slabs)
	p.reset()
	if s := p.get(); s != first || s.Rethrow {
		t.Fatalf("after reset: same %v, cleared %v", s == first, !s.Rethrow)
	}
	for range 19_999 {
		if p.get().Rethrow {
			t.Fatal("a statement was not cleared")
		}
	}
	if len(p.slabs) != n {
		t.Fatalf("%d slabs after reuse, %d before", len(p.slabs), n)
	}
}

// TestStmtReadersComplete: every entry of the keyword table is filled (its
// length is written by hand) and names its keyword once.
func TestStmtReadersComplete(t *testing.T) {
	seen := map[string]bool{}
	for i, sr := range stmtReaders {
		if sr.kw == "" || sr.read == nil {
			t.Errorf("stmtReaders[%d] is empty: the array is longer than its entries", i)
		}
		if seen[sr.kw] {
			t.Errorf("%s is in stmtReaders twice", sr.kw)
		}
		seen[sr.kw] = true
	}
}
