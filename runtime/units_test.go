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
		"s.wl:3:1: Procédure « P » déclarée deux fois (9401)",
		"a.wdg:4:10: Identificateur inconnu « MotInconnu » (301)",
	}
	for i, w := range want {
		if got := ce.Errors[i].Format("fr"); got != w {
			t.Errorf("error %d: %s, want %s", i, got, w)
		}
	}
}

// TestNotProvided: a WinDev built-in that wl does not implement is a
// warning with its own code at compile time and a runtime error when the
// call is reached; its arguments are still checked.
func TestNotProvided(t *testing.T) {
	var out bytes.Buffer
	p, err := testEngine(&out).Compile("h.wl", []byte("Trace(1)\nSI Faux ALORS HLitPremier(\"Client\")\nx = hreadfirst(\"Client\")\n"))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	var first *parser.Error
	for _, w := range p.Warnings {
		if w.Code == CodeNotProvided {
			got = append(got, w.Format("fr"))
			if first == nil {
				first = w
			}
		}
	}
	want := []string{
		"h.wl:2:15: avertissement : « HLitPremier » est une fonction WinDev que wl ne fournit pas (9400)",
		"h.wl:3:5: avertissement : « hreadfirst » est une fonction WinDev que wl ne fournit pas (9400)",
	}
	if len(got) != 2 || got[0] != want[0] || got[1] != want[1] {
		t.Fatalf("warnings %q", got)
	}
	if en := first.Format("en"); en != "h.wl:2:15: warning: 'HLitPremier' is a WinDev function that wl does not provide (9400)" {
		t.Errorf("English: %s", en)
	}
	_, err = p.Run(context.Background())
	var re *Error
	if !errors.As(err, &re) || re.Code != CodeNotProvided || re.Pos.Line != 3 || re.Message("fr") != "« hreadfirst » est une fonction WinDev que wl ne fournit pas" {
		t.Fatalf("run: %v", err)
	}
	if out.String() != "1\n" {
		t.Errorf("output %q", out.String())
	}
	// Arguments are compiled: an unknown name there is still error 301.
	_, err = testEngine(&out).Compile("h.wl", []byte("HLitPremier(Inconnu)\n"))
	var ce *CompileError
	if !errors.As(err, &ce) || ce.Errors[0].Code != 301 {
		t.Errorf("argument: %v", err)
	}
	// A name that is no WinDev function stays error 301.
	_, err = testEngine(&out).Compile("h.wl", []byte("MaFonction(1)\n"))
	if !errors.As(err, &ce) || ce.Errors[0].Code != 301 {
		t.Errorf("unknown: %v", err)
	}
}
