package parser

import (
	"errors"
	"strings"
	"testing"

	plexer "github.com/alecthomas/participle/v2/lexer"

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

// TestParticiple: the adapter lexes for a participle grammar, and a
// lexical error reaches the caller as the lexer made it.
func TestParticiple(t *testing.T) {
	p, err := participle.Build[program](participle.Lexer(lexDef{}))
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

// TestLexDefinition: the participle definition decodes bytes and readers
// like lexer.Decode, and positions survive the conversion.
func TestLexDefinition(t *testing.T) {
	def := lexDef{}
	if def.Symbols()["Keyword"] != tKeyword || len(def.Symbols()) != 12 {
		t.Fatalf("Symbols() = %v", def.Symbols())
	}
	lx, err := def.Lex("w.wl", strings.NewReader("caf\xe9 = \"\xe9t\xe9\"\r\nx"))
	if err != nil {
		t.Fatal(err)
	}
	toks, err := plexer.ConsumeAll(lx)
	if err != nil {
		t.Fatal(err)
	}
	if len(toks) != 6 || toks[0].Value != "CAFE" || toks[2].Value != "été" || toks[4].Type != tIdent {
		t.Fatalf("tokens %v", toks)
	}
	if p := toks[4].Pos; p.Line != 2 || p.Column != 1 || p.Offset != 16 || p.Filename != "w.wl" {
		t.Errorf("position %#v", p)
	}
	lx, err = def.LexBytes("u.wl", []byte{0xFF, 0xFE, 'S', 0, 'I', 0})
	if err != nil {
		t.Fatal(err)
	}
	if toks, err = plexer.ConsumeAll(lx); err != nil || len(toks) != 2 || toks[0].Value != "SI" {
		t.Errorf("LexBytes: %v %v", toks, err)
	}
	lx, _ = def.LexString("", "a € b")
	_, err1 := lx.Next()
	_, err2 := lx.Next()
	if err1 == nil || err1 != err2 {
		t.Errorf("sticky error: %v then %v", err1, err2)
	}
}

// TestTokenTypesAreTheLexers: the token types the grammar names are
// package lexer's, each one by name (lexdef.go writes them in the lexer's
// order rather than one by one).
func TestTokenTypesAreTheLexers(t *testing.T) {
	ours := map[string]plexer.TokenType{
		"EOF": tEOF, "Newline": tNewline, "Ident": tIdent, "Keyword": tKeyword,
		"Int": tInt, "Real": tReal, "Currency": tCurrency, "Duration": tDuration,
		"String": tString, "RawString": tRawString, "Punct": tPunct, "Numeric": tNumeric,
	}
	symbols := lexer.Symbols()
	if len(symbols) != len(ours) {
		t.Fatalf("package lexer has %d token types, the parser names %d", len(symbols), len(ours))
	}
	for name, want := range symbols {
		if got, ok := ours[name]; !ok || got != plexer.TokenType(want) {
			t.Errorf("%s: the parser has %d (named: %v), package lexer %d", name, got, ok, want)
		}
	}
}
