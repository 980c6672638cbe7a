package numbers_test

import (
	"strings"
	"testing"

	"github.com/wlangage/wl/runtime"
	"github.com/wlangage/wl/stdlib/internal/wltest"
)

var (
	S = wltest.S
	I = wltest.I
	R = wltest.R
)

func TestDocExamples(t *testing.T) {
	e := wltest.New()
	for _, c := range []struct {
		name, fn string
		args     []runtime.Value
		want     string
	}{
		{"3050063", "Arrondi", []runtime.Value{R(-16.238167), I(2)}, "-16.24"},
		{"3050063 3.2", "Round", []runtime.Value{R(3.2)}, "3"},
		{"3050063 3.7", "Arrondi", []runtime.Value{R(3.7)}, "4"},
		{"3050063 half", "Arrondi", []runtime.Value{R(1.005), I(2)}, "1.01"},
		{"3050008", "PartieEntière", []runtime.Value{R(16.999)}, "16"},
		{"3050008 neg", "IntegerPart", []runtime.Value{R(-3.5)}, "-4"},
		{"3050002", "PartieDécimale", []runtime.Value{R(16.487)}, "0.487"},
		{"3050006", "Racine", []runtime.Value{I(25)}, "5"},
		{"3050006 cube", "Racine", []runtime.Value{I(27), I(3)}, "3"},
		{"3050007", "Puissance", []runtime.Value{I(8), I(5)}, "32768"},
		{"3050064", "EstPair", []runtime.Value{I(66)}, "1"},
		{"3050064 19", "IsEven", []runtime.Value{I(19)}, "0"},
		{"3050064 0", "EstPair", []runtime.Value{I(0)}, "1"},
		{"3050015", "EstImpair", []runtime.Value{I(19)}, "1"},
		{"3050005", "Max", []runtime.Value{I(10), I(15), I(20)}, "20"},
		{"3050005 str", "Max", []runtime.Value{S("Z"), S("A")}, "Z"},
		{"3050005 array", "Max", []runtime.Value{wltest.Ints(1, 2, 3, 4, 5)}, "5"},
		{"3050004", "Min", []runtime.Value{I(10), I(15), I(20)}, "10"},
		{"Abs", "Abs", []runtime.Value{I(-5)}, "5"},
		{"Abs real", "Abs", []runtime.Value{R(-2.5)}, "2.5"},
		{"Somme", "Somme", []runtime.Value{wltest.Ints(1, 2, 3)}, "6"},
		{"Moyenne", "Moyenne", []runtime.Value{wltest.Ints(1, 2, 3, 4)}, "2.5"},
	} {
		if got := e.Text(t, c.fn, c.args...); got != c.want {
			t.Errorf("%s: %s%v = %q, want %q", c.name, c.fn, c.args, got, c.want)
		}
	}
}

// Hasard (3013037): bounds; the same sequence on every run without
// InitHasard; InitHasard(n) makes it reproducible.
func TestHasard3013037(t *testing.T) {
	e := wltest.New()
	for i := 0; i < 200; i++ {
		if n := e.Call(t, "Hasard", I(7), I(21)).ToInt(); n < 7 || n > 21 {
			t.Fatalf("Hasard(7, 21) = %d", n)
		}
		if n := e.Call(t, "Hasard", I(33)).ToInt(); n < 1 || n > 33 {
			t.Fatalf("Hasard(33) = %d", n)
		}
		if f := e.Call(t, "Random").ToReal(); f < 0 || f >= 1 {
			t.Fatalf("Hasard() = %v", f)
		}
	}
	seq := func(e *wltest.Env) []int64 {
		var out []int64
		for i := 0; i < 5; i++ {
			out = append(out, e.Call(t, "Hasard", I(1000)).ToInt())
		}
		return out
	}
	a, b := seq(wltest.New()), seq(wltest.New())
	for i := range a {
		if a[i] != b[i] {
			t.Fatalf("runs without InitHasard differ: %v %v", a, b)
		}
	}
	e1, e2 := wltest.New(), wltest.New()
	e1.Call(t, "InitHasard", I(42))
	e2.Call(t, "InitRandom", I(42))
	a, b = seq(e1), seq(e2)
	for i := range a {
		if a[i] != b[i] {
			t.Fatalf("InitHasard(42) not reproducible: %v %v", a, b)
		}
	}
	if seed := e1.Call(t, "InitHasard"); seed.ToInt() == 0 && wltest.Clock.Second() != 0 {
		t.Fatalf("InitHasard() returns the seed")
	}
}

// ArrondiInférieur / ArrondiSupérieur to an interval (1000019395,
// 1000019396): the start or the end of the period holding the value, and
// a positioned error (never 0 or NaN) for what does not round.
func TestRoundToInterval(t *testing.T) {
	e := wltest.New()
	mins := func(n int64) runtime.Value { return runtime.Duration(n * 60000) }
	dt := runtime.DateTime(20221104, (15*60+24)*60000)
	for _, c := range []struct {
		fn   string
		args []runtime.Value
		want string
	}{
		{"ArrondiInférieur", []runtime.Value{mins(13), mins(5)}, "0001000000"},
		{"ArrondiSupérieur", []runtime.Value{mins(13), mins(5)}, "0001500000"},
		{"RoundDown", []runtime.Value{mins(10), mins(5)}, "0001000000"},
		{"RoundUp", []runtime.Value{mins(10), mins(5)}, "0001500000"},
		{"ArrondiInférieur", []runtime.Value{mins(-13), mins(5)}, "-0001500000"},
		{"ArrondiInférieur", []runtime.Value{dt, mins(7)}, "20221104152400000"},
		{"ArrondiSupérieur", []runtime.Value{dt, mins(7)}, "20221104153100000"},
		{"ArrondiSupérieur", []runtime.Value{dt, mins(24 * 60)}, "20221105000000000"},
		{"ArrondiSupérieur", []runtime.Value{runtime.DateTime(20221231, (23*60+58)*60000), mins(7)}, "20230101000000000"},
		{"ArrondiInférieur", []runtime.Value{runtime.Time((15*60 + 24) * 60000), mins(60)}, "15000000"},
		{"ArrondiSupérieur", []runtime.Value{runtime.Time((23*60 + 58) * 60000), mins(7)}, "00000000"},
	} {
		v := e.Call(t, c.fn, c.args...)
		if v.Kind() != c.args[0].Kind() || v.Text() != c.want {
			t.Errorf("%s(%s, %s) = %v %q, want %q", c.fn, c.args[0].Text(), c.args[1].Text(), v.Kind(), v.Text(), c.want)
		}
	}
	for _, c := range []struct {
		args []runtime.Value
		omit []int
		want string
	}{
		{[]runtime.Value{mins(13), runtime.Null}, []int{1}, "il manque l'intervalle"},
		{[]runtime.Value{mins(13), I(5)}, nil, "doit être une Durée"},
		{[]runtime.Value{mins(13), mins(0)}, nil, "Durée positive"},
		{[]runtime.Value{mins(13), mins(-5)}, nil, "Durée positive"},
		{[]runtime.Value{R(12.5), mins(5)}, nil, "pas « 12.5 »"},
		{[]runtime.Value{runtime.Date(20221104), mins(5)}, nil, "une Date ne s'arrondit pas"},
		{[]runtime.Value{dt, mins(2 * 24 * 60)}, nil, "dépasse une journée"},
	} {
		_, err := e.Try("ArrondiInférieur", c.args, c.omit...)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("ArrondiInférieur(%s, %s): error %v, want one saying %q", c.args[0].Text(), c.args[1].Text(), err, c.want)
		}
	}
}

// Decimals beyond a réel's range: no digit changes that far, or the power
// of ten does not exist (a positioned error, never NaN); Arrondi takes no
// interval.
func TestRoundDecimalsRange(t *testing.T) {
	e := wltest.New()
	for _, fn := range []string{"Arrondi", "ArrondiInférieur", "ArrondiSupérieur"} {
		for _, x := range []float64{1.5, -2.25, 0} {
			if got := e.Call(t, fn, R(x), I(400)); got.ToReal() != x {
				t.Errorf("%s(%v, 400) = %v", fn, x, got)
			}
		}
		if _, err := e.Try(fn, []runtime.Value{R(1.5), I(-400)}); err == nil || !strings.Contains(err.Error(), "-400 décimales") {
			t.Errorf("%s(1.5, -400): error %v", fn, err)
		}
	}
	if _, err := e.Try("Arrondi", []runtime.Value{runtime.Duration(780000), runtime.Duration(300000)}); err == nil || !strings.Contains(err.Error(), "pas une Durée") {
		t.Errorf("Arrondi(13 min, 5 min): error %v", err)
	}
}
