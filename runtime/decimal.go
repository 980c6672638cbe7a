package runtime

// Exact decimals for monétaire and numérique.
//
// Why not float64: both types exist to guarantee the decimals (doc 1514043,
// 1514072), e.g. 0.1 + 0.2 must be exactly 0.3 and large amounts must keep
// their cents.
//
// Why coefficient + scale rather than a 128-bit fixed point: numérique has
// a variable number of decimals (numérique (2,15), numérique (*)) and up to
// 38 significant digits, which a coefficient (an integer) and a scale (the
// number of decimals) express directly; monétaire is the same thing with
// the scale fixed at 6. The coefficient stays unboxed in Value.n while it
// fits an int64 — every amount below 9.2 thousand billion for monétaire —
// so everyday arithmetic does not allocate; beyond, it moves to a *big.Int
// in Value.p. The scale is kept in Value.sc.
//
// Documented limits kept here:
//   - monétaire: 6 decimals, 24 significant digits, stored on 10 bytes, from
//     -604 462 909 807 314 587.353087 to +604 462 909 807 314 587.353087
//     (doc 1514043) — that bound is (2^79 - 1) / 10^6, checked when a value
//     is assigned (decimalFits);
//   - numérique: 38 significant digits, 32 integer + 6 decimal digits by
//     default; a result stored in a numérique is truncated to its declared
//     decimals, never rounded (doc 1514072).
//
// Our choices where the doc is silent: every operation truncates toward
// zero to the scale of its result (monétaire: 6; numérique: the largest
// scale of its operands, at least 6 for a division); a result with more
// than 38 digits drops decimals first.

import (
	"cmp"
	"math"
	"math/big"
	"math/bits"
	"strconv"
	"strings"
	"unsafe"
)

const (
	currencyScale       = 6  // doc 1514043
	numericDigits       = 38 // doc 1514072
	numericDefaultScale = 6  // doc 1514072: (32, 6) by default
	numericDefaultInt   = 32
)

// currencyBits bounds a monétaire coefficient: at most 2^79 - 1 in
// absolute value (10 bytes, doc 1514043: 604 462 909 807 314 587.353087),
// that is at most 79 bits.
const currencyBits = 79

// decimal is a working copy of an exact decimal: coefficient × 10^-scale.
type decimal struct {
	n     int64
	b     *big.Int // when non-nil, the coefficient (n is unused)
	scale int
}

var pow10s = [19]int64{1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9,
	1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18}

func pow10Big(n int) *big.Int {
	if n < len(pow10s) {
		return big.NewInt(pow10s[n])
	}
	return new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(n)), nil)
}

// coef returns the coefficient as a new big.Int (safe to modify).
func (d decimal) coef() *big.Int {
	if d.b != nil {
		return new(big.Int).Set(d.b)
	}
	return big.NewInt(d.n)
}

func decFromBig(b *big.Int, scale int) decimal {
	if b.IsInt64() {
		return decimal{n: b.Int64(), scale: scale}
	}
	return decimal{b: b, scale: scale}
}

func (d decimal) sign() int {
	if d.b != nil {
		return d.b.Sign()
	}
	switch {
	case d.n < 0:
		return -1
	case d.n > 0:
		return 1
	}
	return 0
}

// rescale changes the number of decimals, truncating toward zero.
func (d decimal) rescale(s int) decimal {
	if s == d.scale {
		return d
	}
	if s > d.scale {
		k := s - d.scale
		if d.b == nil && k < len(pow10s) {
			p := pow10s[k]
			if d.n == 0 {
				return decimal{scale: s}
			}
			if d.n <= math.MaxInt64/p && d.n >= -math.MaxInt64/p {
				return decimal{n: d.n * p, scale: s}
			}
		}
		return decFromBig(new(big.Int).Mul(d.coef(), pow10Big(k)), s)
	}
	k := d.scale - s
	if d.b == nil {
		if k >= len(pow10s) {
			return decimal{scale: s}
		}
		return decimal{n: d.n / pow10s[k], scale: s}
	}
	return decFromBig(new(big.Int).Quo(d.b, pow10Big(k)), s)
}

func maxInt(a, b int) int {
	if a > b {
		return a
	}
	return b
}

// align brings a and b to the same scale (the larger one).
func align(a, b decimal) (decimal, decimal) {
	s := maxInt(a.scale, b.scale)
	return a.rescale(s), b.rescale(s)
}

func decAdd(a, b decimal) decimal {
	a, b = align(a, b)
	if a.b == nil && b.b == nil {
		s := a.n + b.n
		if (s > a.n) == (b.n > 0) {
			return decimal{n: s, scale: a.scale}
		}
	}
	return decFromBig(new(big.Int).Add(a.coef(), b.coef()), a.scale)
}

func (d decimal) neg() decimal {
	if d.b == nil && d.n != math.MinInt64 {
		return decimal{n: -d.n, scale: d.scale}
	}
	return decFromBig(new(big.Int).Neg(d.coef()), d.scale)
}

func decSub(a, b decimal) decimal { return decAdd(a, b.neg()) }

// decMul multiplies exactly then truncates to scale.
func decMul(a, b decimal, scale int) decimal {
	if a.b == nil && b.b == nil {
		ua, ub := a.n, b.n
		neg := false
		if ua < 0 {
			ua, neg = -ua, !neg
		}
		if ub < 0 {
			ub, neg = -ub, !neg
		}
		if ua >= 0 && ub >= 0 {
			hi, lo := bits.Mul64(uint64(ua), uint64(ub))
			if hi == 0 && lo <= math.MaxInt64 {
				n := int64(lo)
				if neg {
					n = -n
				}
				return decimal{n: n, scale: a.scale + b.scale}.rescale(scale)
			}
		}
	}
	return decFromBig(new(big.Int).Mul(a.coef(), b.coef()), a.scale+b.scale).rescale(scale)
}

// decQuo divides, truncating to scale; ok is false for a division by 0.
func decQuo(a, b decimal, scale int) (decimal, bool) {
	if b.sign() == 0 {
		return decimal{}, false
	}
	num, den := a.coef(), b.coef()
	// a/b = (ca/cb) × 10^(sb-sa); we want q × 10^-scale.
	e := scale + b.scale - a.scale
	if e >= 0 {
		num.Mul(num, pow10Big(e))
	} else {
		den.Mul(den, pow10Big(-e))
	}
	return decFromBig(num.Quo(num, den), scale), true
}

// decRem is the remainder of the truncated division (sign of a).
func decRem(a, b decimal) (decimal, bool) {
	if b.sign() == 0 {
		return decimal{}, false
	}
	a, b = align(a, b)
	if a.b == nil && b.b == nil && !(a.n == math.MinInt64 && b.n == -1) {
		return decimal{n: a.n % b.n, scale: a.scale}, true
	}
	return decFromBig(new(big.Int).Rem(a.coef(), b.coef()), a.scale), true
}

func decCmp(a, b decimal) int {
	a, b = align(a, b)
	if a.b == nil && b.b == nil {
		return cmp.Compare(a.n, b.n)
	}
	return a.coef().Cmp(b.coef())
}

// digits returns the number of digits of the coefficient.
func (d decimal) digits() int {
	if d.b == nil {
		n := d.n
		if n < 0 {
			if n == math.MinInt64 {
				return 19
			}
			n = -n
		}
		k := 1
		for n >= 10 {
			n /= 10
			k++
		}
		return k
	}
	return len(new(big.Int).Abs(d.b).String())
}

// isInt reports whether d has no fractional part.
func (d decimal) isInt() bool {
	return decCmp(d, d.rescale(0)) == 0
}

// String prints d without trailing zeros nor exponent (600, 1256.67).
func (d decimal) String() string {
	var s string
	if d.b != nil {
		s = d.b.String()
	} else {
		s = strconv.FormatInt(d.n, 10)
	}
	neg := strings.HasPrefix(s, "-")
	if neg {
		s = s[1:]
	}
	if d.scale > 0 {
		if len(s) <= d.scale {
			s = strings.Repeat("0", d.scale-len(s)+1) + s
		}
		ip, fp := s[:len(s)-d.scale], strings.TrimRight(s[len(s)-d.scale:], "0")
		s = ip
		if fp != "" {
			s += "." + fp
		}
	} else if d.scale < 0 {
		s += strings.Repeat("0", -d.scale)
	}
	if neg && strings.Trim(s, "0.") != "" {
		s = "-" + s
	}
	return s
}

// float converts d to the nearest float64.
func (d decimal) float() float64 {
	if d.b == nil && d.scale < len(pow10s) && d.n < 1<<53 && d.n > -(1<<53) {
		return float64(d.n) / float64(pow10s[d.scale])
	}
	f, _ := strconv.ParseFloat(d.String(), 64)
	return f
}

// toInt truncates d toward zero (saturating at the int64 bounds).
func (d decimal) toInt() int64 {
	i := d.rescale(0)
	if i.b == nil {
		return i.n
	}
	if i.b.Sign() < 0 {
		return math.MinInt64
	}
	return math.MaxInt64
}

// parseDecimal reads the longest numeric prefix of s exactly, as Val
// does ("12.50" → 12.5, "3plus2" → 3, "1E2" → 100); ok is false when s
// holds no number (the value is then 0).
func parseDecimal(s string) (decimal, bool) {
	s = strings.TrimSpace(s)
	i := 0
	neg := false
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		neg = s[i] == '-'
		i++
	}
	var digits []byte
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		digits = append(digits, s[i])
		i++
	}
	frac := 0
	if i < len(s) && s[i] == '.' {
		j := i + 1
		for j < len(s) && s[j] >= '0' && s[j] <= '9' {
			digits = append(digits, s[j])
			j++
		}
		if j > i+1 || len(digits) > 0 {
			frac = j - i - 1
			i = j
		}
	}
	if len(digits) == 0 {
		return decimal{}, false
	}
	scale := frac
	if i < len(s) && (s[i] == 'e' || s[i] == 'E' || s[i] == 'd' || s[i] == 'D') {
		j := i + 1
		eneg := false
		if j < len(s) && (s[j] == '+' || s[j] == '-') {
			eneg = s[j] == '-'
			j++
		}
		k := j
		for k < len(s) && s[k] >= '0' && s[k] <= '9' {
			k++
		}
		if k > j && k-j < 6 {
			e, _ := strconv.Atoi(s[j:k])
			if eneg {
				e = -e
			}
			scale -= e
		}
	}
	var d decimal
	if len(digits) <= 18 {
		n, _ := strconv.ParseInt(string(digits), 10, 64)
		d = decimal{n: n, scale: scale}
	} else {
		b, _ := new(big.Int).SetString(string(digits), 10)
		d = decFromBig(b, scale)
	}
	if neg {
		d = d.neg()
	}
	if d.scale < 0 {
		d = d.rescale(0)
	}
	return d, true
}

// decOf converts any value to an exact decimal: numbers exactly (a réel
// through its 15-digit text, so 0.1 is 0.1), strings as Val does.
func decOf(v Value) decimal {
	switch v.k {
	case KCurrency, KNumeric:
		return v.dec()
	case KInt, KBool, KDuration:
		return decimal{n: v.n}
	case KReal:
		f := v.Float()
		if math.IsNaN(f) || math.IsInf(f, 0) {
			return decimal{}
		}
		d, _ := parseDecimal(FormatReal(f))
		return d
	case KString:
		d, _ := parseDecimal(v.strRaw())
		return d
	case KNull:
		return decimal{}
	case KTuple:
		return decOf(v.First())
	}
	return decimal{n: v.ToInt()}
}

// dec returns the decimal held by a KCurrency or KNumeric value.
func (v Value) dec() decimal {
	if b := v.bigInt(); b != nil {
		return decimal{b: b, scale: int(v.sc)}
	}
	return decimal{n: v.n, scale: int(v.sc)}
}

// decValue stores d as a value of kind k (KCurrency: 6 decimals;
// KNumeric: at most 38 significant digits, decimals dropped first).
func decValue(k Kind, d decimal) Value {
	if k == KCurrency {
		d = d.rescale(currencyScale)
	} else {
		if d.scale < 0 {
			d = d.rescale(0)
		}
		if d.scale > numericDigits {
			d = d.rescale(numericDigits)
		}
		if n := d.digits(); n > numericDigits && d.scale > 0 {
			cut := n - numericDigits
			if cut > d.scale {
				cut = d.scale
			}
			d = d.rescale(d.scale - cut)
		}
	}
	if d.b != nil {
		if d.b.IsInt64() {
			return Value{k: k, attrs: attrs{sc: uint8(d.scale)}, n: d.b.Int64()}
		}
		return Value{k: k, attrs: attrs{sc: uint8(d.scale)}, p: unsafe.Pointer(d.b)}
	}
	return Value{k: k, attrs: attrs{sc: uint8(d.scale)}, n: d.n}
}

// isDec reports whether v is a monétaire or a numérique.
func isDec(v Value) bool { return v.k == KCurrency || v.k == KNumeric }

// toCurrency converts v to a monétaire (6 decimals, truncated).
func toCurrency(v Value) Value {
	if v.k == KCurrency {
		return v
	}
	return decValue(KCurrency, decOf(v).rescale(currencyScale))
}

// toNumeric converts v to a numérique of type t (its declared decimals;
// numérique (*) keeps the value's own decimals).
func toNumeric(v Value, t *Type) Value {
	d := decOf(v)
	if t == nil || !t.NumAuto {
		s := numericDefaultScale
		if t != nil && t.Decimals > 0 {
			s = t.Decimals
		}
		d = d.rescale(s)
	}
	return decValue(KNumeric, d)
}

// decimalFits reports whether v can be stored in the monétaire or
// numérique type t without overflow (the range check of an assignment,
// DECISIONS 5): |monétaire| ≤ (2^79-1)/10^6 (doc 1514043), a numérique's
// integer part has at most its declared integer digits (doc 1514072).
func decimalFits(v Value, t *Type) bool {
	if !isDec(v) || t == nil {
		return true
	}
	d := v.dec()
	switch t.Kind {
	case KCurrency:
		if d.b == nil {
			return true
		}
		return d.b.BitLen() <= currencyBits // BitLen is that of |d.b|
	case KNumeric:
		if t.NumAuto {
			return true
		}
		limit := numericDefaultInt
		if t.IntDigits > 0 {
			limit = t.IntDigits
		}
		i := d.rescale(0)
		return i.sign() == 0 || i.digits() <= limit
	}
	return true
}

// decArith computes op when one operand is a monétaire or a numérique:
// the calculation is done on decimals (doc 1514043: with a monétaire,
// every operand is converted to monétaire; doc 1514072: with a numérique,
// a réel is converted to numérique). numérique wins over monétaire.
func decArith(op string, a, b Value) (Value, error) {
	k := KCurrency
	if a.k == KNumeric || b.k == KNumeric {
		k = KNumeric
	}
	x, y := decOf(a), decOf(b)
	// The scale of the result: 6 for monétaire; for numérique the largest
	// scale among the decimal operands (a plain number adopts it).
	scale := currencyScale
	if k == KNumeric {
		scale = -1
		if isDec(a) {
			scale = int(a.sc)
		}
		if isDec(b) && int(b.sc) > scale {
			scale = int(b.sc)
		}
		if scale < 0 {
			scale = numericDefaultScale
		}
	}
	switch op {
	case "+":
		return decValue(k, decAdd(x, y).rescale(scale)), nil
	case "-":
		return decValue(k, decSub(x, y).rescale(scale)), nil
	case "*":
		return decValue(k, decMul(x, y, scale)), nil
	case "/":
		if k == KNumeric && scale < numericDefaultScale {
			scale = numericDefaultScale
		}
		q, ok := decQuo(x, y, scale)
		if !ok {
			return Null, errDivZero
		}
		return decValue(k, q), nil
	case "%":
		r, ok := decRem(x, y)
		if !ok {
			return Null, errDivZero
		}
		return decValue(k, r.rescale(maxInt(scale, r.scale))), nil
	case "^":
		if y.isInt() {
			if e := y.toInt(); e >= 0 && e <= 64 {
				r := decimal{n: 1}
				for i := int64(0); i < e; i++ {
					r = decMul(r, x, r.scale+x.scale)
				}
				return decValue(k, r.rescale(scale)), nil
			}
		}
		f := math.Pow(x.float(), y.float())
		if math.IsNaN(f) || math.IsInf(f, 0) {
			return Real(f), nil
		}
		d, _ := parseDecimal(FormatReal(f))
		return decValue(k, d.rescale(scale)), nil
	}
	return Null, &opError{"Opérateur inconnu " + op, "Unknown operator " + op}
}

// CurrencyFromText makes a monétaire from the digits of a literal such as
// 0m12.32 (text "12.32"), exactly: doc 1514043 says 0m forces a monétaire
// so that no digit goes through a réel.
func CurrencyFromText(s string) Value {
	d, _ := parseDecimal(strings.ReplaceAll(s, "_", ""))
	return decValue(KCurrency, d.rescale(currencyScale))
}

// NumericFromText makes a numérique from the digits of a literal such as
// 0n10.000000000000033, exactly, keeping its own decimals (doc 1514072).
func NumericFromText(s string) Value {
	d, _ := parseDecimal(strings.NewReplacer("_", "", " ", "").Replace(s))
	return decValue(KNumeric, d)
}
