package cli

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/wlangage/wl/parser"
	"github.com/wlangage/wl/runtime"
)

// The command itself is tested in-process by ../../../tests (golden files
// and txtar scripts); these are the helpers' edge cases.

func TestLangHint(t *testing.T) {
	for _, c := range []struct {
		args []string
		want string
	}{
		{nil, "fr"},
		{[]string{"--lang", "en", "x.wl"}, "en"},
		{[]string{"-lang=EN"}, "en"},
		{[]string{"--lang=fr"}, "fr"},
		{[]string{"--lang"}, "fr"},
		{[]string{"--strict", "--lang", "de"}, "fr"},
		{[]string{"--", "--lang", "en"}, "fr"},
	} {
		if got := langHint(c.args); got != c.want {
			t.Errorf("langHint(%q) = %q, want %q", c.args, got, c.want)
		}
	}
}

func TestFlagError(t *testing.T) {
	for _, c := range []struct{ in, fr, en string }{
		{"flag provided but not defined: -frob", "option inconnue --frob", "unknown option --frob"},
		{"flag needs an argument: -timeout", "l'option --timeout attend une valeur", "option --timeout needs a value"},
		{`invalid value "x" for flag -max-steps: bad`, "valeur « x » incorrecte pour --max-steps : bad", `invalid value "x" for --max-steps: bad`},
		{`invalid boolean value "peut" for -strict: parse error`, "valeur « peut » incorrecte pour --strict : Vrai ou Faux attendu (true, false)", ""},
		{"bad flag syntax: ---x", "option mal formée « ---x »", `bad option syntax "---x"`},
		{"something else", "something else", "something else"},
	} {
		fr, en := flagError("fr", errors.New(c.in))
		if fr != c.fr || (c.en != "" && en != c.en) {
			t.Errorf("flagError(%q) = %q, %q; want %q, %q", c.in, fr, en, c.fr, c.en)
		}
	}
}

func TestPosString(t *testing.T) {
	if got := posString(runtime.Position{}, "a.wl"); got != "a.wl" {
		t.Errorf("no position: %q", got)
	}
	if got := posString(runtime.Position{Line: 3, Col: 4}, "a.wl"); got != "a.wl:3:4" {
		t.Errorf("no file: %q", got)
	}
	if got := posString(runtime.Position{File: "b.wl", Line: 1, Col: 2}, "a.wl"); got != "b.wl:1:2" {
		t.Errorf("full position: %q", got)
	}
}

func TestDiagOrderAndFormat(t *testing.T) {
	errs := []*parser.Error{{Pos: parser.Pos{File: "f.wl", Line: 5, Col: 1}, Code: 25, FR: "erreur", EN: "error"}}
	warns := []*parser.Error{
		{Pos: parser.Pos{File: "f.wl", Line: 2, Col: 3}, FR: "implicite", EN: "implicit"},
		{Pos: parser.Pos{File: "f.wl", Line: 5, Col: 1}, Code: 7, FR: "même place", EN: "same place"},
	}
	var fr, en []string
	for _, d := range sortDiags(errs, warns) {
		fr = append(fr, d.format("fr"))
		en = append(en, d.format("en"))
	}
	wantFR := "f.wl:2:3: avertissement : implicite|f.wl:5:1: erreur (25)|f.wl:5:1: avertissement : même place (7)"
	wantEN := "f.wl:2:3: warning: implicit|f.wl:5:1: error (25)|f.wl:5:1: warning: same place (7)"
	if got := strings.Join(fr, "|"); got != wantFR {
		t.Errorf("fr:\n%s\nwant\n%s", got, wantFR)
	}
	if got := strings.Join(en, "|"); got != wantEN {
		t.Errorf("en:\n%s\nwant\n%s", got, wantEN)
	}
}

func TestConsoleKeepsOrder(t *testing.T) {
	var both bytes.Buffer
	out := newConsole(&both)
	errw := &flushFirst{w: &both, first: out}
	out.Write([]byte("1\n"))
	errw.Write([]byte("2\n"))
	out.Write([]byte("3\n"))
	out.Flush()
	if both.String() != "1\n2\n3\n" {
		t.Errorf("got %q", both.String())
	}
}

func TestVersionString(t *testing.T) {
	v := versionString()
	if !strings.HasPrefix(v, "wl ") || !strings.Contains(v, " go1.") {
		t.Errorf("versionString() = %q", v)
	}
}
