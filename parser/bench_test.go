package parser

import (
	"fmt"
	"strings"
	"testing"

	"github.com/alecthomas/participle/v2"
)

// BigScript returns a valid script of about size bytes: procedures whose
// bodies mix declarations, loops, conditions, SELON, strings, arrays and
// calls, as real scripts do. Procedure names are numbered so that the
// script also compiles.
func BigScript(size int) string {
	var b strings.Builder
	b.WriteString("Trace(P0(1))\n\n")
	for i := 0; b.Len() < size; i++ {
		fmt.Fprintf(&b, `PROCÉDURE P%d(n est un entier, sNom est une chaîne = "défaut")
tab est un tableau de entiers
total est un entier sur 8 octets = 0
sLigne est une chaîne = "Début [%% sNom %%]"
POUR i = 1 À n PAS 2
	SI i MODULO 3 = 0 ET PAS (i > 100) ALORS
		total += i * 2 + (n - 1) / 4
	SINON SI i DANS (5, 7, 11) ALORS
		Ajoute(tab, i)
	SINON
		total = total - Max(i, 10)
	FIN
FIN
SELON total
	CAS 0 : sLigne += " rien"
	CAS 1 À 10, 20 : sLigne = Majuscule(sLigne) + ChaîneConstruit("%%1 / %%2", total, n)
	AUTRE CAS
		TANTQUE total > 1000
			total = total / 2
		FIN
FIN
POUR TOUT x DE tab
	sLigne += [", "] + x
FIN
// un commentaire
RENVOYER Taille(sLigne) + total
`, i)
		b.WriteString("\n")
	}
	return b.String()
}

func BenchmarkParse(b *testing.B) {
	src := BigScript(1 << 20)
	if _, err := Parse("big.wl", src); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse("big.wl", src); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkGrammarBuild measures building each participle grammar once:
// the fast path's (what a correct script pays at start-up), and the
// whole-file, statement and header grammars, built only when an error,
// a delegated statement form or an unusual header needs them.
func BenchmarkGrammarBuild(b *testing.B) {
	opts := []participle.Option{participle.Lexer(lexDef{}), participle.UseLookahead(lookahead)}
	b.Run("fast", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			participle.MustBuild[fFile](opts...)
		}
	})
	b.Run("file", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			participle.MustBuild[gFile](opts...)
		}
	})
	b.Run("stmt", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			participle.MustBuild[gStmt](opts...)
		}
	})
	b.Run("head", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			participle.MustBuild[gProcHead](opts...)
		}
	})
}

// BenchmarkParseSmall measures the parse of a one-line script (the peer
// kit's empty workload), once the grammar is built: what start-up pays
// besides building it.
func BenchmarkParseSmall(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse("empty.wl", "Trace(0)\n"); err != nil {
			b.Fatal(err)
		}
	}
}
