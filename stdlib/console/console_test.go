package console_test

import (
	"strings"
	"testing"

	"github.com/wlangage/wl/runtime"
	"github.com/wlangage/wl/stdlib/console"
	"github.com/wlangage/wl/stdlib/internal/wltest"
)

var (
	S = wltest.S
	I = wltest.I
)

// DECISIONS 10: Trace writes one line, parameters joined by one space
// (3013050: extra parameters on the same line).
func TestTraceOneLine3013050(t *testing.T) {
	e := wltest.New()
	e.Call(t, "Trace", S("a"), I(1), runtime.Bool(true), runtime.Real(3.6))
	e.Call(t, "Trace")
	if got := e.Out.String(); got != "a 1 1 3.6\n\n" {
		t.Fatalf("stdout %q", got)
	}
}

// DECISIONS 11: Info on stdout, Erreur/Avertissement on stderr, one line
// per parameter (3021011, 3021013).
func TestInfoErreurAvertissement(t *testing.T) {
	e := wltest.New()
	e.Call(t, "Info", S("l1"), S("l2"))
	e.Call(t, "ToastAffiche", S("toast"), I(1))
	e.Call(t, "Erreur", S("e1"), S("e2"))
	e.Call(t, "Warning", S("w"))
	if got := e.Out.String(); got != "l1\nl2\ntoast\n" {
		t.Errorf("stdout %q", got)
	}
	if got := e.Err.String(); got != "e1\ne2\nw\n" {
		t.Errorf("stderr %q", got)
	}
}

// Erreur() without parameter shows ErreurInfo() (3021013, 3013008).
func TestErreurSansParametre3021013(t *testing.T) {
	e := wltest.New()
	e.Call(t, "Gauche", S("abc"), I(-1)) // a non-fatal error
	msg := e.Text(t, "ErreurInfo")
	if msg == "" {
		t.Fatal("no error message")
	}
	e.Call(t, "Erreur")
	if got := e.Err.String(); got != msg+"\n" {
		t.Fatalf("stderr %q, want %q", got, msg+"\n")
	}
}

func TestConstruit(t *testing.T) {
	e := wltest.New()
	e.Call(t, "InfoConstruit", S("%1 + %1 = %2"), I(1), I(2))
	if got := e.Out.String(); got != "1 + 1 = 2\n" {
		t.Fatalf("stdout %q", got)
	}
}

// DECISIONS 13: without host hook a dialog is a runtime error.
func TestDialogsNeedHost(t *testing.T) {
	e := wltest.New()
	for _, name := range []string{"OuiNon", "Confirmer", "Saisie", "YesNo"} {
		_, err := e.Try(name, []runtime.Value{S("Question ?")})
		if err == nil || !strings.Contains(err.Error(), "hôte interactif") {
			t.Errorf("%s: err %v", name, err)
		}
	}
	en := wltest.New(runtime.WithLang("en"))
	if _, err := en.Try("OuiNon", []runtime.Value{S("?")}); err == nil || !strings.Contains(err.Error(), "interactive host") {
		t.Errorf("english message: %v", err)
	}
}

func TestDialogsWithHost(t *testing.T) {
	var seen []string
	var def int
	d := &console.Dialogs{
		YesNo: func(r *runtime.Run, d int, lines []string) (int, error) {
			def, seen = d, lines
			return console.Non, nil
		},
		Confirm: func(r *runtime.Run, d int, lines []string) (int, error) { return console.Annuler, nil },
		Input: func(r *runtime.Run, q string, cur runtime.Value) (runtime.Value, int, error) {
			return runtime.Str(cur.Text() + "!"), console.Oui, nil
		},
	}
	e := wltest.New(console.WithDialogs(d))
	if v := e.Call(t, "OuiNon", I(0), S("Quitter ?"), S("ligne 2")); v.ToInt() != 0 || def != 0 || len(seen) != 2 {
		t.Errorf("OuiNon = %v, def %d, lines %q", v, def, seen)
	}
	if v := e.Call(t, "Confirmer", S("?")); v.ToInt() != 2 {
		t.Errorf("Confirmer = %v", v)
	}
	if e.Const(t, "Annuler").ToInt() != 2 || e.Const(t, "Oui").ToInt() != 1 || e.Const(t, "Non").ToInt() != 0 {
		t.Errorf("constants Oui/Non/Annuler (3021007)")
	}
	// Saisie writes the answer into the variable passed by reference.
	got, err := e.Eval("v est une chaîne = \"nom\"\nr est un entier = Saisie(\"Votre nom ?\", v)\nwltestResult(r, v)\n")
	if vs := got.TupleValues(); err != nil || len(vs) != 2 || vs[0].ToInt() != console.Oui || vs[1].Text() != "nom!" {
		t.Errorf("Saisie = %v %v", got, err)
	}
}

// Saisie's direct syntax (3021016): the host gets the captions, the
// default and cancel buttons; Saisie returns the button clicked and writes
// the answer whatever the button.
func TestSaisieButtons3021016(t *testing.T) {
	var q console.InputQuestion
	d := &console.Dialogs{InputButtons: func(r *runtime.Run, in console.InputQuestion) (runtime.Value, int, error) {
		q = in
		return runtime.Str("42"), in.Cancel, nil
	}}
	e := wltest.New(console.WithDialogs(d))
	got, err := e.Eval("n est un entier = 1\nr est un entier = Saisie(\"Combien ?\", n, [\"A\", \"B\", \"C\"], 2)\nwltestResult(r, n)\n")
	vs := got.TupleValues()
	if err != nil || len(vs) != 2 || vs[0].ToInt() != 3 || vs[1].Kind() != runtime.KInt || vs[1].ToInt() != 42 {
		t.Fatalf("Saisie = %v %v", got, err)
	}
	if q.Question != "Combien ?" || strings.Join(q.Buttons, ",") != "A,B,C" || q.Default != 2 || q.Cancel != 3 ||
		q.Current.ToInt() != 1 || q.Icon.ToInt() != console.IconQuestion {
		t.Errorf("question %+v", q)
	}
	// A host with InputButtons only answers the simple syntax with OK
	// (1) and Annuler (0).
	got, err = e.Eval("s est une chaîne\nr est un entier = Saisie(\"Nom %1 ?\", s, \"X\")\nwltestResult(r, s)\n")
	if vs := got.TupleValues(); err != nil || len(vs) != 2 || vs[0].ToInt() != 0 || vs[1].Text() != "42" ||
		q.Question != "Nom X ?" || len(q.Buttons) != 2 {
		t.Errorf("simple with InputButtons = %v %v, %+v", got, err, q)
	}
	// Buttons out of the captions are a runtime error.
	for _, src := range []string{"n est un entier\nSaisie(\"?\", n, [\"A\"], 2)\n",
		"n est un entier\nSaisie(\"?\", n, [\"A\", \"B\"], 1, 3)\n"} {
		if _, err := e.Eval(src); err == nil || !strings.Contains(err.Error(), "n'est pas l'un des") {
			t.Errorf("%q: err %v", src, err)
		}
	}
}

// A host with Input only answers the direct syntax: Oui is the default
// button, Annuler the cancel button; the simple syntax returns 1 or 0.
func TestSaisieInputFallback3021016(t *testing.T) {
	answer := console.Oui
	d := &console.Dialogs{Input: func(r *runtime.Run, q string, cur runtime.Value) (runtime.Value, int, error) {
		return runtime.Str("v"), answer, nil
	}}
	e := wltest.New(console.WithDialogs(d))
	for _, c := range []struct {
		answer int
		src    string
		want   int64
	}{
		{console.Oui, "Saisie(\"?\", s, [\"A\", \"B\", \"C\"], 2)", 2},
		{console.Annuler, "Saisie(\"?\", s, [\"A\", \"B\", \"C\"], 2)", 3},
		{console.Annuler, "Saisie(\"?\", s, [\"A\", \"B\", \"C\"], 2, 1)", 1},
		{console.Oui, "Saisie(\"?\", s)", 1},
		{console.Annuler, "Saisie(\"?\", s)", 0},
	} {
		answer = c.answer
		got, err := e.Eval("s est une chaîne\nr est un entier = " + c.src + "\nwltestResult(r, s)\n")
		if vs := got.TupleValues(); err != nil || len(vs) != 2 || vs[0].ToInt() != c.want || vs[1].Text() != "v" {
			t.Errorf("%s (host %d) = %v %v, want %d", c.src, c.answer, got, err, c.want)
		}
	}
}
