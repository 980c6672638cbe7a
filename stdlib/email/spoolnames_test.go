package email_test

import (
	"testing"

	"github.com/wlangage/wl/runtime"
	"github.com/wlangage/wl/stdlib"
	"github.com/wlangage/wl/stdlib/email"
)

// Every spelling of the names through which a script reaches the spool is
// seen, whatever its case and accents; a script without them is not.
func TestMayUseSpool(t *testing.T) {
	reg := stdlib.NewEngine().Registry()
	var names []string
	for _, fn := range []string{"EmailOuvreSessionSMTP", "EmailOuvreSession", "EmailEtat"} {
		f := reg.LookupFunc(runtime.Fold(fn))
		if f == nil {
			t.Fatalf("%s is not registered", fn)
		}
		names = append(append(names, f.Name), f.Aliases...)
	}
	names = append(names, "emailSessionSMTP", "emailSMTPSession")
	for _, n := range names {
		if reg.LookupFunc(runtime.Fold(n)) == nil && reg.LookupType(runtime.Fold(n)) == nil {
			t.Errorf("%s is neither a function nor a type", n)
		}
		for _, src := range []string{"x = " + n + "(1)", "s est un " + n, "Trace(" + lowerAccented(n) + "(id))"} {
			if !email.MayUseSpool([]byte(src)) {
				t.Errorf("MayUseSpool(%q) = false", src)
			}
		}
	}
	for _, src := range []string{"Trace(0)", "EmailLitPremier(s)\nEmailEnvoieMessage()", "e est un Email\ne.Sujet = \"état\""} {
		if email.MayUseSpool([]byte(src)) {
			t.Errorf("MayUseSpool(%q) = true", src)
		}
	}
}

// lowerAccented writes a name as a script may: lower case, É for E.
func lowerAccented(n string) string {
	out := []rune{}
	for _, r := range n {
		switch r {
		case 'E':
			r = 'É'
		case 'e':
			r = 'é'
		default:
			if r >= 'A' && r <= 'Z' {
				r += 'a' - 'A'
			}
		}
		out = append(out, r)
	}
	return string(out)
}
