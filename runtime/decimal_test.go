package runtime

import (
	"strings"
	"testing"
)

func mustDec(t *testing.T, s string) decimal {
	t.Helper()
	d, ok := parseDecimal(s)
	if !ok {
		t.Fatalf("parseDecimal(%q) failed", s)
	}
	return d
}

// The text form has no trailing zeros nor exponent (600, 1256.67: doc
// 1410087514, 1410087517).
func TestDecimalText(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"600", "600"},
		{"600.000000", "600"},
		{"1256.67", "1256.67"},
		{"0.1", "0.1"},
		{"-0.000001", "-0.000001"},
		{"-0.0", "0"},
		{"12.50", "12.5"},
		{"3plus2", "3"},
		{"1E2", "100"},
		{"1.5d1", "15"},
		{"  42  ", "42"},
		{"123456789012345678901234567890.123", "123456789012345678901234567890.123"},
	} {
		if got := mustDec(t, c.in).String(); got != c.want {
			t.Errorf("%q: got %q, want %q", c.in, got, c.want)
		}
	}
	if _, ok := parseDecimal("abc"); ok {
		t.Error("abc parsed as a number")
	}
}

func TestDecimalOps(t *testing.T) {
	a, b := mustDec(t, "0.1"), mustDec(t, "0.2")
	if got := decAdd(a, b).String(); got != "0.3" {
		t.Errorf("0.1+0.2 = %s", got)
	}
	if decCmp(decAdd(a, b), mustDec(t, "0.3")) != 0 {
		t.Error("0.1+0.2 <> 0.3")
	}
	// Overflow of the int64 coefficient moves to big.Int and back.
	big := mustDec(t, "9000000000000.000000").rescale(6)
	s := decAdd(big, big)
	if s.b == nil || s.String() != "18000000000000" {
		t.Errorf("large sum %v %s", s.b == nil, s.String())
	}
	if got := decSub(s, big).String(); got != "9000000000000" {
		t.Errorf("large difference %s", got)
	}
	if got := decMul(mustDec(t, "1.5"), mustDec(t, "-1.5"), 6).String(); got != "-2.25" {
		t.Errorf("1.5 × -1.5 = %s", got)
	}
	if got := decMul(mustDec(t, "123456789012.345678"), mustDec(t, "1000000"), 6).String(); got != "123456789012345678" {
		t.Errorf("large product %s", got)
	}
	q, ok := decQuo(mustDec(t, "2"), mustDec(t, "3"), 6)
	if !ok || q.String() != "0.666666" {
		t.Errorf("2/3 = %s (truncated, doc 1514072)", q.String())
	}
	q, _ = decQuo(mustDec(t, "-2"), mustDec(t, "3"), 6)
	if q.String() != "-0.666666" {
		t.Errorf("-2/3 = %s", q.String())
	}
	if _, ok := decQuo(a, decimal{}, 6); ok {
		t.Error("division by zero accepted")
	}
	r, _ := decRem(mustDec(t, "10.5"), mustDec(t, "4"))
	if r.String() != "2.5" {
		t.Errorf("10.5 modulo 4 = %s", r.String())
	}
	r, _ = decRem(mustDec(t, "-7"), mustDec(t, "2"))
	if r.String() != "-1" {
		t.Errorf("-7 modulo 2 = %s", r.String())
	}
	if mustDec(t, "1.000").isInt() != true || mustDec(t, "1.5").isInt() {
		t.Error("isInt")
	}
	if got := mustDec(t, "-12.99").toInt(); got != -12 {
		t.Errorf("toInt(-12.99) = %d", got)
	}
	if got := mustDec(t, "0.25").float(); got != 0.25 {
		t.Errorf("float %v", got)
	}
}

// A numérique keeps at most 38 significant digits, dropping decimals
// first (doc 1514072).
func TestNumericDigits(t *testing.T) {
	v := decValue(KNumeric, mustDec(t, "12345678901234567890.12345678901234567890123"))
	d := v.dec()
	if d.digits() != numericDigits {
		t.Errorf("digits %d (%s)", d.digits(), v.Text())
	}
	if !strings.HasPrefix(v.Text(), "12345678901234567890.") {
		t.Errorf("text %s", v.Text())
	}
}

// The monétaire range is ±(2^79-1)/10^6 (doc 1514043).
func TestCurrencyRange(t *testing.T) {
	ok := CurrencyFromText("604462909807314587.353087")
	if !decimalFits(ok, TypeCurrency) {
		t.Error("largest monétaire refused")
	}
	over := CurrencyFromText("604462909807314587.353088")
	if decimalFits(over, TypeCurrency) {
		t.Error("monétaire beyond 10 bytes accepted")
	}
	neg := CurrencyFromText("-604462909807314587.353088")
	if !assignOverflow(neg, neg, TypeCurrency) {
		t.Error("negative overflow not seen")
	}
	small := NumericType(3, 2, false)
	if decimalFits(toNumeric(Real(1234.5), small), small) {
		t.Error("numérique (3,2) accepted 1234.5")
	}
	if !decimalFits(toNumeric(Real(999.99), small), small) {
		t.Error("numérique (3,2) refused 999.99")
	}
}

func TestDecimalArith(t *testing.T) {
	cur := toCurrency(Int(3))
	num := toNumeric(Int(18), TypeNumeric)
	for _, c := range []struct {
		name string
		op   string
		a, b Value
		kind Kind
		want string
	}{
		{"int+currency", "+", Int(7), cur, KCurrency, "10"},
		{"real*currency", "*", Real(0.1), cur, KCurrency, "0.3"},
		{"currency/int", "/", toCurrency(Int(10)), Int(3), KCurrency, "3.333333"},
		{"currency^2", "^", toCurrency(Real(1.5)), Int(2), KCurrency, "2.25"},
		{"numeric/int", "/", num, Int(5), KNumeric, "3.6"},
		{"numeric+currency", "+", num, cur, KNumeric, "21"},
		{"numeric+real", "+", toNumeric(Real(0.1), TypeNumeric), Real(0.2), KNumeric, "0.3"},
		{"currency+string", "+", cur, Str("0.75"), KCurrency, "3.75"},
		{"currency%int", "%", toCurrency(Real(10.5)), Int(4), KCurrency, "2.5"},
		{"unary minus", "-", Int(0), cur, KCurrency, "-3"},
	} {
		v, err := arith(c.op, c.a, c.b)
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		if v.Kind() != c.kind || v.Text() != c.want {
			t.Errorf("%s: got %v %s, want %v %s", c.name, v.Kind(), v.Text(), c.kind, c.want)
		}
	}
	if _, err := arith("/", cur, Int(0)); err != errDivZero {
		t.Errorf("currency / 0: %v", err)
	}
	// String on the left still concatenates (DECISIONS 5).
	if v, _ := arith("+", Str("Total : "), cur); v.Text() != "Total : 3" {
		t.Errorf("concatenation %q", v.Text())
	}
	if compare(toCurrency(Real(0.3)), Real(0.3)) != 0 || compare(cur, Int(4)) >= 0 {
		t.Error("currency comparisons")
	}
	if compare(Value{k: KCurrency, attrs: attrs{sc: 6}}, Null) != 0 {
		t.Error("a zero monétaire equals Null (SPEC §5.6)")
	}
}

// Everyday monétaire arithmetic does not allocate.
func TestCurrencyNoAlloc(t *testing.T) {
	a, b := toCurrency(Real(1256.67)), toCurrency(Real(0.01))
	var r Value
	n := testing.AllocsPerRun(100, func() {
		r, _ = arith("+", a, b)
		r, _ = arith("*", r, Int(2))
		_ = compare(r, a)
	})
	if n != 0 {
		t.Errorf("%v allocations per operation", n)
	}
	if r.Text() != "2513.36" {
		t.Errorf("result %s", r.Text())
	}
}

func TestConvertDecimals(t *testing.T) {
	if v := convertLoose(Str("12.50"), TypeCurrency); v.Kind() != KCurrency || v.Text() != "12.5" {
		t.Errorf("string → monétaire %v %s", v.Kind(), v.Text())
	}
	if v := convertLoose(Real(2.9999999), TypeNumeric); v.Text() != "2.999999" {
		t.Errorf("réel → numérique truncation %s", v.Text())
	}
	if v := convertLoose(toCurrency(Real(7.99)), TypeInt); v.Kind() != KInt || v.n != 7 {
		t.Errorf("monétaire → entier %v", v)
	}
	if v := convertLoose(toCurrency(Real(7.5)), TypeReal); v.Kind() != KReal || v.Float() != 7.5 {
		t.Errorf("monétaire → réel %v", v)
	}
	auto := NumericType(0, 0, true)
	if v := convertLoose(NumericFromText("10.000000000000033"), auto); v.Text() != "10.000000000000033" {
		t.Errorf("numérique (*) %s", v.Text())
	}
	fifteen := NumericType(2, 15, false)
	x, _ := arith("+", convertLoose(NumericFromText("10.000000000000033"), fifteen), convertLoose(NumericFromText("10.000000000000055"), fifteen))
	if x.Text() != "20.000000000000088" {
		t.Errorf("numérique (2,15) sum %s (doc 1514072)", x.Text())
	}
	if !assignOverflow(toCurrency(Int(5000000000)), Int(5000000000), TypeInt) {
		t.Error("monétaire 5e9 → entier overflow not seen")
	}
	if v, ok := toCurrency(Int(5)).Truth(); !ok || !v {
		t.Error("truth of a monétaire")
	}
}

// A réel sur 4 octets keeps 6 significant digits (doc 1514048).
func TestReal4(t *testing.T) {
	if v := convertLoose(Real(1.23456789), TypeReal4); v.Text() != "1.23457" {
		t.Errorf("réel sur 4 octets %s", v.Text())
	}
	if v := convertLoose(Int(1234567), TypeReal4); v.Text() != "1234570" {
		t.Errorf("réel sur 4 octets from entier %s", v.Text())
	}
	if v := convertLoose(Real(1.23456789), TypeReal); v.Text() != "1.23456789" {
		t.Errorf("réel %s", v.Text())
	}
}
