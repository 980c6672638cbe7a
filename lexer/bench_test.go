package lexer_test

import (
	"testing"

	"github.com/wlangage/wl/lexer"
)

func BenchmarkTokenize(b *testing.B) {
	unit := "SI ErreurDétectée ALORS\n\tTrace(\"Erreur : \" + ErreurInfo(errMessage), 2 min 8 s) // note\n" +
		"\tPOUR i = 1 À 10 PAS 2\n\t\tsTotal += [\",\"] + sValeur_1 * 0x1F / 12.5\n\tFIN\nSINON\n\tRENVOYER Vrai\nFIN\n"
	src := ""
	for range 200 {
		src += unit
	}
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := lexer.Tokenize("b.wl", src); err != nil {
			b.Fatal(err)
		}
	}
}
