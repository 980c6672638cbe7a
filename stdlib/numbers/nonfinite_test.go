package numbers_test

import (
	"math"
	"testing"
	"time"

	"github.com/wlangage/wl/runtime"
	"github.com/wlangage/wl/stdlib/internal/wltest"
)

// TestNonFinite calls every numeric built-in with ±Inf and NaN (as réels
// and as the text "1e400") in every position: each call ends, with a
// value or a clean WLangage error, never a Go panic (issue 12, point 5:
// PartieDécimale(1e308 * 10) looped forever).
func TestNonFinite(t *testing.T) {
	odd := []runtime.Value{R(math.Inf(1)), R(math.Inf(-1)), R(math.NaN()), S("1e400"), S("-1e400")}
	funcs := []struct {
		name  string
		nargs []int
	}{
		{"Abs", []int{1}}, {"Arrondi", []int{1, 2}}, {"ArrondiInférieur", []int{1, 2}}, {"ArrondiSupérieur", []int{1, 2}},
		{"PartieEntière", []int{1}}, {"PartieDécimale", []int{1}}, {"Max", []int{1, 2}}, {"Min", []int{1, 2}},
		{"Racine", []int{1, 2}}, {"Puissance", []int{2}}, {"EstPair", []int{1}}, {"EstImpair", []int{1}},
		{"Hasard", []int{1, 2}}, {"InitHasard", []int{1}}, {"Somme", []int{1, 2}}, {"Moyenne", []int{1, 2}},
		{"NumériqueVersChaîne", []int{1, 2}}, {"Val", []int{1}}, {"EntierVersDate", []int{1}},
	}
	e := wltest.New()
	for _, f := range funcs {
		for _, n := range f.nargs {
			call, err := e.Prepare(f.name, n)
			if err != nil {
				t.Fatal(err)
			}
			for pos := 0; pos < n; pos++ {
				for _, v := range odd {
					args := make([]runtime.Value, n)
					for i := range args {
						args[i] = I(2)
					}
					if f.name == "NumériqueVersChaîne" && n == 2 && pos == 0 {
						args[1] = S("12.3f")
					}
					args[pos] = v
					done := make(chan error, 1)
					go func() { _, err := call(args); done <- err }()
					select {
					case err := <-done:
						if re, ok := err.(*runtime.Error); ok && re.Kind == runtime.ErrInternal {
							t.Errorf("%s%v: internal error %v", f.name, args, err)
						}
					case <-time.After(10 * time.Second):
						t.Fatalf("%s%v does not return", f.name, args)
					}
				}
			}
		}
	}
}

// TestDecimalPartNonFinite: an infinite number minus its integer part is
// not a number (PartieDécimale 3050002 is "the number minus its
// PartieEntière"); NaN stays NaN.
func TestDecimalPartNonFinite(t *testing.T) {
	e := wltest.New()
	for _, v := range []runtime.Value{R(math.Inf(1)), R(math.Inf(-1)), R(math.NaN()), S("1e400")} {
		done := make(chan runtime.Value, 1)
		go func() { done <- e.Call(t, "PartieDécimale", v) }()
		select {
		case got := <-done:
			if !math.IsNaN(got.ToReal()) {
				t.Errorf("PartieDécimale(%v) = %v, want NaN", v, got)
			}
		case <-time.After(10 * time.Second):
			t.Fatalf("PartieDécimale(%v) does not return", v)
		}
	}
}
