package runtime

import (
	"bytes"
	"context"
	"errors"
	"testing"

	"github.com/wlangage/wl/parser"
)

// parseWithEnd parses src where `SORTIR:` stands for the FIN: label (the
// runtime is tested on its own tree, whatever the grammar accepts).
func parseWithEnd(t *testing.T, src string) *parser.File {
	t.Helper()
	f := mustParse(t, "f.wl", src)
	mark := func(body []parser.Stmt) {
		parser.WalkStmts(body, func(s parser.Stmt) bool {
			if l, ok := s.(*parser.Label); ok && l.Kind == "SORTIR" {
				l.Kind = "FIN"
			}
			return true
		})
	}
	mark(f.Main)
	for _, p := range f.Procs {
		mark(p.Body)
	}
	return f
}

// TestEndLabel: the FIN: code runs at the end of the traitement, after a
// RETOUR / RENVOYER whose value it keeps (fr:1510014), after the
// automatic error handling, and not when an exception leaves.
func TestEndLabel(t *testing.T) {
	for _, tc := range []struct{ name, src, want string }{
		{"fall through", "Trace(P(1))\nPROCEDURE P(n)\nTrace(\"corps\")\nSORTIR:\nTrace(\"fin\", n)\n", "corps\nfin 1\n\n"},
		{"renvoyer", "Trace(P(2))\nPROCEDURE P(n)\nSI n = 2 ALORS RENVOYER n * 10\nTrace(\"pas ici\")\nSORTIR:\nTrace(\"fin\")\n", "fin\n20\n"},
		{"renvoyer in fin", "Trace(P())\nPROCEDURE P()\nRENVOYER 1\nSORTIR:\nRENVOYER 2\n", "2\n"},
		{"retour main", "Trace(\"a\")\nSI Vrai ALORS RETOUR\nTrace(\"b\")\nSORTIR:\nTrace(\"fin\")\n", "a\nfin\n"},
		{"after cas erreur", "Trace(P())\nPROCEDURE P()\nQ()\nTrace(\"pas ici\")\nRENVOYER 1\nSORTIR:\nTrace(\"fin\")\nCAS ERREUR:\nTrace(\"erreur\")\nPROCEDURE Q()\nErreurDéclenche(5, \"x\")\n", "erreur\nfin\n\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var out bytes.Buffer
			e := testEngine(&out)
			p, err := e.CompileFile(parseWithEnd(t, tc.src))
			if err != nil {
				t.Fatal(err)
			}
			if _, err := p.Run(context.Background()); err != nil {
				t.Fatal(err)
			}
			if out.String() != tc.want {
				t.Errorf("got %q, want %q", out.String(), tc.want)
			}
		})
	}
	// An exception leaves without running the FIN: code.
	var out bytes.Buffer
	p, err := testEngine(&out).CompileFile(parseWithEnd(t, "P()\nPROCEDURE P()\nExceptionDéclenche(1, \"boum\")\nSORTIR:\nTrace(\"fin\")\n"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := p.Run(context.Background()); err == nil || out.String() != "" {
		t.Errorf("exception: %v, output %q", err, out.String())
	}
	// Inside a block, FIN: is misplaced.
	_, err = testEngine(&out).CompileFile(parseWithEnd(t, "POUR i = 1 À 2\nSORTIR:\nFIN\n"))
	var ce *CompileError
	if !errors.As(err, &ce) || ce.Errors[0].Pos.Line != 2 {
		t.Errorf("nested: %v", err)
	}
}
