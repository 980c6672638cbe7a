package numbers

import (
	"math"
	"math/rand/v2"

	"github.com/wlangage/wl/runtime"
	"github.com/wlangage/wl/stdlib/internal/wl"
)

// Install registers the mathematical family.
func Install(r *runtime.Registry) {
	r.AddFuncs([]runtime.Func{
		{Name: "Abs", Min: 1, Max: 1, Fn: abs},
		{Name: "Arrondi", Aliases: []string{"Round"}, Min: 1, Max: 2, Fn: arrondi},
		{Name: "ArrondiInférieur", Aliases: []string{"RoundFloor", "RoundDown"}, Min: 1, Max: 2, Fn: func(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
			return arrondiVers(c, args, math.Floor, false)
		}},
		{Name: "ArrondiSupérieur", Aliases: []string{"RoundCeil", "RoundUp"}, Min: 1, Max: 2, Fn: func(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
			return arrondiVers(c, args, math.Ceil, true)
		}},
		{Name: "PartieEntière", Aliases: []string{"IntegerPart"}, Min: 1, Max: 1, Fn: partieEntiere},
		{Name: "PartieDécimale", Aliases: []string{"DecimalPart"}, Min: 1, Max: 1, Fn: partieDecimale},
		{Name: "Max", Min: 1, Max: -1, Fn: func(c *runtime.Call, args []runtime.Value) (runtime.Value, error) { return extreme(c, args, 1) }},
		{Name: "Min", Min: 1, Max: -1, Fn: func(c *runtime.Call, args []runtime.Value) (runtime.Value, error) { return extreme(c, args, -1) }},
		{Name: "Racine", Aliases: []string{"Root", "Sqrt"}, Min: 1, Max: 2, Fn: racine},
		{Name: "Puissance", Aliases: []string{"Power"}, Min: 2, Max: 2, Fn: puissance},
		{Name: "EstPair", Aliases: []string{"IsEven"}, Min: 1, Max: 1, Fn: func(c *runtime.Call, args []runtime.Value) (runtime.Value, error) { return parity(c, args, 0) }},
		{Name: "EstImpair", Aliases: []string{"IsOdd"}, Min: 1, Max: 1, Fn: func(c *runtime.Call, args []runtime.Value) (runtime.Value, error) { return parity(c, args, 1) }},
		{Name: "Hasard", Aliases: []string{"Random"}, Min: 0, Max: 2, Fn: hasard},
		{Name: "InitHasard", Aliases: []string{"InitRandom"}, Min: 0, Max: 1, Fn: initHasard},
		{Name: "Somme", Aliases: []string{"Sum"}, Min: 1, Max: -1, Fn: somme},
		{Name: "Moyenne", Aliases: []string{"Average"}, Min: 1, Max: -1, Fn: moyenne},
	})
}

// parity is EstPair (want 0) and EstImpair (want 1), 1000019883/4.
func parity(c *runtime.Call, args []runtime.Value, want int64) (runtime.Value, error) {
	var n int64
	if err := c.Unpack(args, "valeur", &n); err != nil {
		return runtime.Null, err
	}
	return runtime.Bool(n%2 == want || n%2 == -want), nil
}

// intOrReal returns an entier when f is integral and fits, else a réel.
func intOrReal(f float64) runtime.Value {
	if f == math.Trunc(f) && math.Abs(f) < 9e18 {
		return runtime.Int(int64(f))
	}
	return runtime.Real(f)
}

// Abs (3050050): absolute value of a number or a Durée.
func abs(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	var v runtime.Value
	if err := c.Unpack(args, "valeur", &v); err != nil {
		return runtime.Null, err
	}
	switch v.Kind() {
	case runtime.KInt, runtime.KBool:
		n := v.ToInt()
		if n < 0 {
			n = -n
		}
		return runtime.Int(n), nil
	case runtime.KDuration:
		n := v.RawInt()
		if n < 0 {
			n = -n
		}
		return runtime.Duration(n), nil
	}
	if wl.IsDecimal(v) {
		// Exact for monétaire and numérique: negate through the runtime's
		// decimal arithmetic.
		if runtime.Compare(v, runtime.Int(0)) < 0 {
			return runtime.Arith("-", runtime.Int(0), v)
		}
		return v, nil
	}
	return runtime.Real(math.Abs(v.ToReal())), nil
}

// Arrondi (3050063): rounds half away from zero to n decimals (none by
// default): Arrondi(-16.238167, 2) = -16.24. The decimal text of the
// number is rounded, so that 2.675 gives 2.68 as written.
func arrondi(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	var v runtime.Value
	var n int64
	if len(args) > 1 && !c.Omit(args, 1) && args[1].First().Kind() == runtime.KDuration {
		// Only ArrondiInférieur and ArrondiSupérieur take an interval: a
		// Durée read as a number of decimals gave NaN.
		return runtime.Null, c.Errorf(1022, "%s : le second paramètre est un nombre de décimales, pas une Durée (ArrondiInférieur et ArrondiSupérieur arrondissent à un intervalle).",
			"%s: the second parameter is a number of decimals, not a Duration (RoundDown and RoundUp round to an interval).", c.Name)
	}
	if err := c.Unpack(args, "valeur", &v, "décimales?", &n); err != nil {
		return runtime.Null, err
	}
	if v.Kind() == runtime.KInt && n >= 0 {
		return v, nil
	}
	x := v.ToReal()
	if n <= 0 {
		p := math.Pow(10, float64(-n))
		if math.IsInf(p, 0) {
			return runtime.Null, decimalsOutOfRange(c, n)
		}
		return intOrReal(roundHalfAway(x/p) * p), nil
	}
	p := math.Pow(10, float64(n))
	if math.IsInf(p, 0) || math.IsInf(x*p, 0) {
		// A réel has no digit that far: rounding leaves it as it is.
		return runtime.Real(x), nil
	}
	r := roundHalfAway(correct(x*p)) / p
	return runtime.Real(r), nil
}

// decimalsOutOfRange is the error of a negative number of decimals whose
// power of ten a réel cannot hold (the rounding gave NaN).
func decimalsOutOfRange(c *runtime.Call, n int64) error {
	return c.Errorf(1022, "%s : %d décimales : une puissance de dix hors des limites d'un réel.", "%s: %d decimals: a power of ten out of a real's range.", c.Name, n)
}

// arrondiVers is ArrondiInférieur (1000019395) and ArrondiSupérieur
// (1000019396): the value rounded down (or up) to an integer, or to the
// given number of decimals (ArrondiInférieur(3.999, 2) = 3.99).
//
// A Durée, an Heure or a DateHeure rounds to an interval instead (a Durée
// as second parameter; interval.go), and so does a number given a Durée:
// the error says so rather than reading a Durée as a number of decimals.
func arrondiVers(c *runtime.Call, args []runtime.Value, dir func(float64) float64, up bool) (runtime.Value, error) {
	if len(args) > 0 && (isTemporal(args[0].First()) || (len(args) > 1 && !c.Omit(args, 1) && args[1].First().Kind() == runtime.KDuration)) {
		return roundToInterval(c, args, up)
	}
	var x float64
	var n int64
	if err := c.Unpack(args, "valeur", &x, "décimales?", &n); err != nil {
		return runtime.Null, err
	}
	switch {
	case n == 0:
		return intOrReal(dir(x)), nil
	case n < 0:
		p := math.Pow(10, float64(-n))
		if math.IsInf(p, 0) {
			return runtime.Null, decimalsOutOfRange(c, n)
		}
		return intOrReal(dir(correct(x/p)) * p), nil
	}
	// x*p carries binary noise (1.13*100 = 112.99999999999999).
	p := math.Pow(10, float64(n))
	if math.IsInf(p, 0) || math.IsInf(x*p, 0) {
		return runtime.Real(x), nil
	}
	return runtime.Real(dir(correct(x*p)) / p), nil
}

// correct removes the binary noise of x (1.005*100 = 100.49999999999999).
func correct(x float64) float64 {
	r := math.Round(x*1e6) / 1e6
	if math.Abs(r-x) < 1e-7*math.Max(1, math.Abs(x)) {
		return r
	}
	return x
}

func roundHalfAway(x float64) float64 {
	if x < 0 {
		return -math.Floor(-x + 0.5)
	}
	return math.Floor(x + 0.5)
}

// PartieEntière (3050008): the greatest integer <= the number
// (PartieEntière(-3.5) = -4).
func partieEntiere(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	var v runtime.Value
	if err := c.Unpack(args, "valeur", &v); err != nil {
		return runtime.Null, err
	}
	if v.Kind() == runtime.KInt {
		return v, nil
	}
	return intOrReal(math.Floor(v.ToReal())), nil
}

// PartieDécimale (3050002): the number minus its PartieEntière
// (PartieDécimale(16.487) = 0.487); for a negative number this gives the
// positive complement (UNCONFIRMED).
func partieDecimale(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	var v runtime.Value
	if err := c.Unpack(args, "valeur", &v); err != nil {
		return runtime.Null, err
	}
	if v.Kind() == runtime.KInt {
		return runtime.Int(0), nil
	}
	x := v.ToReal()
	if math.IsInf(x, 0) || math.IsNaN(x) {
		// ∞ - ∞: not a number (and the digit count below would never end).
		return runtime.Real(math.NaN()), nil
	}
	ip := math.Floor(x)
	f := x - ip
	// Keep the digits as written (16.487 - 16 is 0.48699999999999832):
	// a réel has 15 significant digits, those of the integer part
	// included.
	digits := 1
	for a := math.Abs(ip); a >= 10; a /= 10 {
		digits++
	}
	if dec := 15 - digits; dec > 0 {
		p := math.Pow(10, float64(dec))
		f = math.Round(f*p) / p
	}
	return runtime.Real(f), nil
}

// extreme is Max (sign 1) or Min (sign -1) of the values or of the
// elements of one array (3050005, 3050004).
func extreme(c *runtime.Call, args []runtime.Value, sign int) (runtime.Value, error) {
	vals, err := numbersOf(c, args)
	if err != nil {
		return runtime.Null, err
	}
	if len(vals) == 0 {
		return runtime.Null, nil
	}
	best := vals[0].First()
	for _, v := range vals[1:] {
		if runtime.Compare(v.First(), best)*sign > 0 {
			best = v.First()
		}
	}
	return best, nil
}

// Racine (3050006): root of order n (2 by default): Racine(25) = 5.
func racine(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	x, n := 0.0, 2.0
	if err := c.Unpack(args, "valeur", &x, "ordre?", &n); err != nil {
		return runtime.Null, err
	}
	var r float64
	switch {
	case n == 2:
		r = math.Sqrt(x)
	case n == 3:
		r = math.Cbrt(x)
	case x < 0 && math.Mod(n, 2) == 1:
		r = -math.Pow(-x, 1/n)
	default:
		r = math.Pow(x, 1/n)
	}
	if math.IsNaN(r) {
		return runtime.Null, c.Errorf(1020, "%s : la racine d'ordre %v de %v n'existe pas.", "%s: the root of order %v of %v does not exist.", c.Name, n, x)
	}
	return runtime.Real(correct(r)), nil
}

// Puissance (3050007): Puissance(8, 5) = 32768.
func puissance(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	var a, b runtime.Value
	if err := c.Unpack(args, "valeur", &a, "puissance", &b); err != nil {
		return runtime.Null, err
	}
	x, y := a.ToReal(), b.ToReal()
	r := math.Pow(x, y)
	if a.Kind() == runtime.KInt && b.Kind() == runtime.KInt && y >= 0 {
		return intOrReal(r), nil
	}
	return runtime.Real(r), nil
}

// numbersOf returns the values of the parameters or of one array.
func numbersOf(c *runtime.Call, args []runtime.Value) ([]runtime.Value, error) {
	var vals []runtime.Value
	if err := c.Unpack(args, "valeurs*", &vals); err != nil {
		return nil, err
	}
	if len(vals) == 1 {
		if a := vals[0].First().Array(); a != nil {
			return a.Data, nil
		}
	}
	return vals, nil
}

// Somme (1000019892): sum of the elements of an array (or of the values).
func somme(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	vals, err := numbersOf(c, args)
	if err != nil {
		return runtime.Null, err
	}
	for _, v := range vals {
		if wl.IsDecimal(v) {
			return decimalSum(vals)
		}
	}
	var si int64
	var sf float64
	isReal := false
	for _, v := range vals {
		v = v.First()
		if v.Kind() == runtime.KInt || v.Kind() == runtime.KBool {
			si += v.ToInt()
		} else {
			isReal = true
			sf += v.ToReal()
		}
	}
	if isReal {
		return runtime.Real(sf + float64(si)), nil
	}
	return runtime.Int(si), nil
}

// Moyenne (1000019891): average of the elements (0 for none).
func moyenne(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	vals, err := numbersOf(c, args)
	if err != nil {
		return runtime.Null, err
	}
	if len(vals) == 0 {
		return runtime.Int(0), nil
	}
	for _, v := range vals {
		if wl.IsDecimal(v) {
			sum, err := decimalSum(vals)
			if err != nil {
				return runtime.Null, err
			}
			return runtime.Arith("/", sum, runtime.Int(int64(len(vals))))
		}
	}
	var s float64
	for _, v := range vals {
		s += v.ToReal()
	}
	return intOrReal(s / float64(len(vals))), nil
}

// decimalSum adds values exactly when one of them is a monétaire or a
// numérique (the runtime's mixed arithmetic picks the result type).
func decimalSum(vals []runtime.Value) (runtime.Value, error) {
	sum := runtime.Int(0)
	for _, v := range vals {
		var err error
		if sum, err = runtime.Arith("+", sum, v.First()); err != nil {
			return runtime.Null, err
		}
	}
	return sum, nil
}

// rng is the per-run generator; without InitHasard every run draws the
// same sequence (3013037).
type rng struct{ r *rand.Rand }

type rngKey struct{}

func newRNG(seed uint64) *rand.Rand { return rand.New(rand.NewPCG(seed, 0x9e3779b97f4a7c15)) }

func getRNG(c *runtime.Call) *rng {
	return c.Run.State(rngKey{}, func() any { return &rng{r: newRNG(1)} }).(*rng)
}

// Hasard (3013037): a réel in [0, 1[ without parameter, an entier in
// [1, max] or in [min, max].
func hasard(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	g := getRNG(c)
	lo, hi := int64(0), int64(0)
	if err := c.Unpack(args, "borne1?", &lo, "borne2?", &hi); err != nil {
		return runtime.Null, err
	}
	switch {
	case c.Omit(args, 0):
		return runtime.Real(g.r.Float64()), nil
	case c.Omit(args, 1):
		max := lo
		if max < 1 {
			return runtime.Null, c.Errorf(1021, "%s : la borne maximale doit être au moins 1.", "%s: the upper bound must be at least 1.", c.Name)
		}
		return runtime.Int(1 + g.r.Int64N(max)), nil
	}
	if lo > hi {
		lo, hi = hi, lo
	}
	span := hi - lo + 1
	if span <= 0 {
		return runtime.Null, c.Errorf(1021, "%s : l'intervalle [%d, %d] est trop grand.", "%s: the interval [%d, %d] is too large.", c.Name, lo, hi)
	}
	return runtime.Int(lo + g.r.Int64N(span)), nil
}

// InitHasard (3013030): seeds the generator with n, or with the clock;
// returns the seed.
func initHasard(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	t := c.Run.Now()
	seed := int64(t.Hour()*360000+t.Minute()*6000+t.Second()*100) + int64(t.Nanosecond()/1e7)
	if err := c.Unpack(args, "graine?", &seed); err != nil {
		return runtime.Null, err
	}
	g := getRNG(c)
	g.r = newRNG(uint64(seed))
	return runtime.Int(seed), nil
}
