package runtime

import (
	"bytes"
	"context"
	"errors"
	"testing"

	"github.com/wlangage/wl/parser"
)

func mustParse(t *testing.T, name, src string) *parser.File {
	t.Helper()
	f, err := parser.Parse(name, src)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// TestCompileWith: a library's declarations run first and are visible to
// the script and to every library procedure; procedures are callable
// across files.
func TestCompileWith(t *testing.T) {
	lib1 := mustParse(t, "a.wdg", "CONSTANTE\n\tTAUX = 3\nFIN\ngnTotal est un entier = 10\nPROCÉDURE Ajoute(n)\ngnTotal += n * TAUX\nRENVOYER Double(gnTotal)\n")
	lib2 := mustParse(t, "b.wdg", "gsNom est une chaîne = \"b\"\nPROCEDURE Double(x)\nRENVOYER x * 2\n")
	script := mustParse(t, "s.wl", "Trace(Ajoute(1), gnTotal, gsNom, TAUX)\n")
	var out bytes.Buffer
	p, err := testEngine(&out).CompileWith(script, []*parser.File{lib1, lib2})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := p.Run(context.Background()); err != nil {
		t.Fatal(err)
	}
	if got := out.String(); got != "26 13 b 3\n" {
		t.Errorf("got %q", got)
	}
}

// TestCompileWithErrors: errors in a library are positioned and spelled in
// that library's text; a procedure defined twice across files is an error.
func TestCompileWithErrors(t *testing.T) {
	lib := mustParse(t, "a.wdg", "\n\nPROCEDURE P()\nRENVOYER MotInconnu + 1\n")
	script := mustParse(t, "s.wl", "x est un entier\nTrace(P())\nPROCEDURE P()\n")
	var out bytes.Buffer
	_, err := testEngine(&out).CompileWith(script, []*parser.File{lib})
	var ce *CompileError
	if !errors.As(err, &ce) || len(ce.Errors) != 2 {
		t.Fatalf("%v", err)
	}
	want := []string{
		"s.wl:3:1: Procédure « P » déclarée deux fois",
		"a.wdg:4:10: Identificateur inconnu « MotInconnu » (301)",
	}
	for i, w := range want {
		if got := ce.Errors[i].Format("fr"); got != w {
			t.Errorf("error %d: %s, want %s", i, got, w)
		}
	}
}
