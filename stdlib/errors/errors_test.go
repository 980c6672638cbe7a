package errors_test

import (
	"strings"
	"testing"

	"github.com/wlangage/wl/runtime"
	"github.com/wlangage/wl/stdlib/internal/wltest"
)

var (
	S = wltest.S
	I = wltest.I
)

// ErreurInfo returns "" when no error occurred (3013008).
func TestErreurInfoEmpty3013008(t *testing.T) {
	e := wltest.New()
	for _, c := range []string{"errMessage", "errCode", "errComplet", "errNombreSousErreur"} {
		if got := e.Text(t, "ErreurInfo", e.Const(t, c)); got != "" {
			t.Errorf("ErreurInfo(%s) = %q", c, got)
		}
	}
	if got := e.Text(t, "ErreurInfo"); got != "" {
		t.Errorf("ErreurInfo() = %q", got)
	}
	g := e.Eng.Registry().LookupGlobal(runtime.Fold("ErreurDétectée"))
	if g == nil || g.Get(e.Run).Text() != "0" {
		t.Fatalf("ErreurDétectée must be Faux")
	}
}

func TestErreurInfoAfterFailure(t *testing.T) {
	e := wltest.New()
	e.Call(t, "Milieu", S("abc"), I(-2))
	g := e.Eng.Registry().LookupGlobal(runtime.Fold("ErrorOccurred"))
	if g.Get(e.Run).Text() != "1" {
		t.Fatalf("ErreurDétectée must be Vrai after a failing call")
	}
	msg := e.Text(t, "ErreurInfo")
	if msg == "" || msg != e.Text(t, "ErreurInfo", e.Const(t, "errMessage")) {
		t.Fatalf("errMessage is the default (3013008): %q", msg)
	}
	if got := e.Text(t, "ErreurInfo", e.Const(t, "errPendant")); got != "Milieu" {
		t.Errorf("errPendant = %q", got)
	}
	if got := e.Call(t, "ErreurInfo", e.Const(t, "errCode")); got.Kind() != runtime.KInt || got.ToInt() == 0 {
		t.Errorf("errCode = %v", got)
	}
	full := e.Text(t, "ErreurInfo", e.Const(t, "errComplet"))
	if !strings.Contains(full, msg) || !strings.Contains(full, "Milieu") {
		t.Errorf("errComplet = %q", full)
	}
	if got := e.Text(t, "ErreurInfo", e.Const(t, "errNombreSousErreur")); got != "0" {
		t.Errorf("errNombreSousErreur = %q", got)
	}
	if got := e.Text(t, "ErreurInfo", e.Const(t, "errMessage"), I(1)); got != "" {
		t.Errorf("sub-error 1 = %q", got)
	}
	// A successful fallible call resets ErreurDétectée.
	e.Call(t, "Milieu", S("abc"), I(2))
	if g.Get(e.Run).Text() != "0" {
		t.Errorf("ErreurDétectée must be reset by the next call")
	}
}

func TestEnglish(t *testing.T) {
	e := wltest.New(runtime.WithLang("en"))
	e.Call(t, "Left", S("abc"), I(-1))
	if got := e.Text(t, "ErrorInfo"); !strings.Contains(got, "must not be negative") {
		t.Errorf("english message %q", got)
	}
	for _, c := range []string{"errFullDetails", "errSummary", "errCode", "errMessage"} {
		e.Const(t, c)
	}
}

func TestConstantsDistinct(t *testing.T) {
	e := wltest.New()
	seen := map[int64]string{}
	for _, c := range []string{"errMessage", "errCode", "errComplet", "errLigne", "errPile", "errTraitement", "errPendant",
		"errNombreSousErreur", "errCodeSystème", "errMessageSystème", "errInfo", "errRésumé", "errDateHeure", "errExceptionDotNet"} {
		v := e.Const(t, c).ToInt()
		if o, ok := seen[v]; ok {
			t.Errorf("%s and %s share %d", c, o, v)
		}
		seen[v] = c
	}
}

// ExceptionInfo outside a handler gives "" (3034006).
func TestExceptionInfoOutsideHandler3034006(t *testing.T) {
	e := wltest.New()
	if got := e.Text(t, "ExceptionInfo"); got != "" {
		t.Errorf("ExceptionInfo() = %q", got)
	}
}
