package lexer_test

import (
	"errors"
	"testing"

	"github.com/alecthomas/participle/v2"

	"github.com/wlangage/wl/lexer"
)

type assign struct {
	Name  string `parser:"@Ident '='"`
	Value string `parser:"( @Int | @String | @Duration )"`
}

type program struct {
	Stmts []*assign `parser:"( @@ Newline? )*"`
}

func TestParticiple(t *testing.T) {
	p, err := participle.Build[program](participle.Lexer(lexer.New()))
	if err != nil {
		t.Fatal(err)
	}
	prog, err := p.ParseString("p.wl", "a = 1\nB = \"x\" ; é = 2 min\n")
	if err != nil {
		t.Fatal(err)
	}
	want := []assign{{"A", "1"}, {"B", "x"}, {"E", "120000"}}
	if len(prog.Stmts) != len(want) {
		t.Fatalf("got %d statements", len(prog.Stmts))
	}
	for i, w := range want {
		if *prog.Stmts[i] != w {
			t.Errorf("statement %d = %+v, want %+v", i, *prog.Stmts[i], w)
		}
	}
	if _, err := p.ParseString("p.wl", "a = \"x\n"); err == nil {
		t.Errorf("unterminated string parsed")
	} else if e := (*lexer.Error)(nil); !errors.As(err, &e) || e.Code != lexer.CodeUnterminatedString {
		t.Errorf("lexer error lost by participle: %T %v", err, err)
	}
}

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
