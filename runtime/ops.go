package runtime

import (
	"cmp"
	"math"
	"strconv"
	"strings"
	"unicode"

	"github.com/wlangage/wl/lexer"
)

// opError is an error raised by an operator; the compiler positions it.
type opError struct{ fr, en string }

func (e *opError) Error() string { return e.fr }

var errDivZero = &opError{"Division par zéro", "Division by zero"}

// arith computes a numeric operator following WLangage rules: integers
// stay integers while exact, a string on the left of + concatenates, a
// string on the right of a number is read as Val does (DECISIONS 5).
func arith(op string, a, b Value) (Value, error) {
	if a.k == KTuple {
		a = a.First()
	}
	if b.k == KTuple {
		b = b.First()
	}
	if op == "+" {
		if a.k == KString && b.k == KInt && a.n < 40 && a.fl&flagShared == 0 {
			// "k" + i, the usual key or label: the digits are written
			// straight after the text, one allocation instead of two;
			// the result is the one appendString would build (Str below
			// 64 bytes).
			var buf [64]byte
			out := strconv.AppendInt(append(buf[:0], a.strRaw()...), b.n, 10)
			return Str(string(out)), nil
		}
		if a.k == KString || a.k == KBuffer || (a.k == KNull && b.k == KString) {
			return appendString(a, b.Text()), nil
		}
	}
	if isTemporal(a.k) || isTemporal(b.k) {
		if v, err, ok := temporalArith(op, a, b); ok {
			return v, err
		}
	}
	x, y := numeric(a), numeric(b)
	if isDec(x) || isDec(y) {
		// With a monétaire or a numérique the calculation is exact; a
		// string operand is read exactly too.
		if a.k == KString {
			x = a
		}
		if b.k == KString {
			y = b
		}
		return decArith(op, x, y)
	}
	if x.k == KInt && y.k == KInt {
		i, j := x.n, y.n
		switch op {
		case "+":
			s := i + j
			if (s > i) == (j > 0) {
				return Int(s), nil
			}
			return Real(float64(i) + float64(j)), nil
		case "-":
			s := i - j
			if (s < i) == (j > 0) {
				return Int(s), nil
			}
			return Real(float64(i) - float64(j)), nil
		case "*":
			if i == 0 || j == 0 {
				return Int(0), nil
			}
			s := i * j
			if s/j == i && !(i == -1 && j == math.MinInt64) && !(j == -1 && i == math.MinInt64) {
				return Int(s), nil
			}
			return Real(float64(i) * float64(j)), nil
		case "/":
			if j == 0 {
				return Null, errDivZero
			}
			if i%j == 0 {
				return Int(i / j), nil
			}
			return Real(float64(i) / float64(j)), nil
		case "%":
			if j == 0 {
				return Null, errDivZero
			}
			return Int(i % j), nil
		case "^":
			f := math.Pow(float64(i), float64(j))
			if j >= 0 && f == math.Trunc(f) && math.Abs(f) < 9e18 {
				return Int(int64(f)), nil
			}
			return Real(f), nil
		}
	}
	f, g := x.ToReal(), y.ToReal()
	switch op {
	case "+":
		return Real(f + g), nil
	case "-":
		return Real(f - g), nil
	case "*":
		return Real(f * g), nil
	case "/":
		if g == 0 {
			return Null, errDivZero
		}
		return Real(f / g), nil
	case "%":
		if g == 0 {
			return Null, errDivZero
		}
		return Real(math.Mod(f, g)), nil
	case "^":
		return Real(math.Pow(f, g)), nil
	}
	return Null, &opError{"Opérateur inconnu " + op, "Unknown operator " + op}
}

// numeric turns a value into a number for arithmetic; dates, times and
// durations stay as they are so that `d++` or `d + 1` keep their type.
func numeric(v Value) Value {
	switch v.k {
	case KInt, KReal, KCurrency, KNumeric, KDate, KTime, KDateTime, KDuration:
		return v
	case KBool:
		return Int(v.n)
	case KString:
		return ParseNumber(v.strRaw())
	case KNull:
		return Int(0)
	}
	return Int(v.ToInt())
}

// compare returns -1, 0 or 1. Numbers compare numerically (reals with six
// decimals of precision, SPEC §5.3; monétaire and numérique exactly); a
// number against a string compares numerically when the string is
// numeric; dates, times and durations follow doc 1514040; buffers compare
// by bytes (a Buffer against an array literal of bytes, doc 1514042);
// strings compare by bytes.
func compare(a, b Value) int {
	if a.k == KTuple {
		a = a.First()
	}
	if b.k == KTuple {
		b = b.First()
	}
	if c, ok := temporalCompare(a, b); ok {
		return c
	}
	if a.k == KBuffer || b.k == KBuffer {
		if a.k == KArray {
			a = convertLoose(a, TypeBuffer)
		}
		if b.k == KArray {
			b = convertLoose(b, TypeBuffer)
		}
		return strings.Compare(a.Text(), b.Text())
	}
	an, bn := isNum(a), isNum(b)
	switch {
	case an && bn:
		return cmpNum(a, b)
	case an && b.k == KString:
		return cmpNum(a, ParseNumber(b.strRaw()))
	case a.k == KString && bn:
		return cmpNum(ParseNumber(a.strRaw()), b)
	case a.k == KNull && b.k == KNull:
		return 0
	case a.k == KNull && bn:
		return cmpNum(Int(0), b)
	case an && b.k == KNull:
		return cmpNum(a, Int(0))
	}
	return strings.Compare(a.Text(), b.Text())
}

func isNum(v Value) bool {
	switch v.k {
	case KInt, KReal, KBool, KDuration, KDate, KTime, KDateTime, KCurrency, KNumeric:
		return true
	}
	return false
}

func cmpNum(a, b Value) int {
	if isDec(a) || isDec(b) {
		return decCmp(decOf(a), decOf(b))
	}
	if a.k != KReal && b.k != KReal {
		return cmp.Compare(a.n, b.n)
	}
	f, g := a.ToReal(), b.ToReal()
	if math.Abs(f-g) < 5e-7 {
		return 0
	}
	switch {
	case f < g:
		return -1
	case f > g:
		return 1
	}
	return 0
}

// softKey normalises a string for ~= (case, accents, outer spaces).
func softKey(s string) string { return lexer.Fold(strings.TrimSpace(s)) }

// verySoftKey also drops inner spaces and punctuation (~~).
func verySoftKey(s string) string {
	f := lexer.Fold(s)
	var b strings.Builder
	for _, r := range f {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// compareOp evaluates a comparison operator.
func compareOp(op string, a, b Value) bool {
	if a.k == KStruct || b.k == KStruct {
		if r, ok := objEqual(op, a, b); ok {
			return r
		}
	}
	switch op {
	case "=":
		return compare(a, b) == 0
	case "<>":
		return compare(a, b) != 0
	case "<":
		return compare(a, b) < 0
	case "<=":
		return compare(a, b) <= 0
	case ">":
		return compare(a, b) > 0
	case ">=":
		return compare(a, b) >= 0
	case "~=":
		return softKey(a.Text()) == softKey(b.Text())
	case "~~":
		return verySoftKey(a.Text()) == verySoftKey(b.Text())
	case "[=":
		return strings.HasPrefix(a.Text(), b.Text())
	case "=]":
		return strings.HasSuffix(a.Text(), b.Text())
	case "[=]":
		return strings.Contains(a.Text(), b.Text())
	case "[~":
		return strings.HasPrefix(softKey(a.Text()), softKey(b.Text()))
	case "[~~":
		return strings.HasPrefix(verySoftKey(a.Text()), verySoftKey(b.Text()))
	case "[~]":
		return strings.Contains(softKey(a.Text()), softKey(b.Text()))
	case "~]":
		return strings.HasSuffix(softKey(a.Text()), softKey(b.Text()))
	}
	return false
}

// Compare compares two values as the comparison operators do: -1, 0 or 1.
func Compare(a, b Value) int { return compare(a, b) }

// Arith computes a binary arithmetic operator (+ - * / % ^) as scripts do,
// for built-ins that combine values (sums of monétaires, of durations).
func Arith(op string, a, b Value) (Value, error) { return arith(op, a, b) }
