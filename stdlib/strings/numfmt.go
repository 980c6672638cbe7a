package strings

import (
	"math"
	"strconv"
	gostrings "strings"

	"github.com/wlangage/wl/runtime"
	"github.com/wlangage/wl/stdlib/internal/wl"
)

// numFormat is a parsed NumériqueVersChaîne format
// "[-][+][0][taille][.précision]type[S]" (3024024).
type numFormat struct {
	left, plus, zero, thousands bool
	width, prec                 int
	hasPrec                     bool
	comma                       bool // decimal separator written ','
	typ                         byte
}

func parseNumFormat(f string) (numFormat, bool) {
	var nf numFormat
	i := 0
	for ; i < len(f) && gostrings.IndexByte("-+0", f[i]) >= 0; i++ {
		nf.left = nf.left || f[i] == '-'
		nf.plus = nf.plus || f[i] == '+'
		nf.zero = nf.zero || f[i] == '0'
	}
	nf.width, i = formatDigits(f, i)
	if i < len(f) && (f[i] == '.' || f[i] == ',') {
		nf.comma = f[i] == ','
		nf.hasPrec = true
		nf.prec, i = formatDigits(f, i+1)
	}
	if i >= len(f) {
		return nf, false
	}
	// The size and the number of decimals must be below 100 (3024024).
	if nf.width >= 100 || nf.prec >= 100 {
		return nf, false
	}
	nf.typ = f[i]
	switch nf.typ {
	case 'd', 'e', 'f', 'x', 'X', 'o':
	default:
		return nf, false
	}
	i++
	if i < len(f) && (f[i] == 'S' || f[i] == 's') {
		nf.thousands = true
		i++
	}
	return nf, i == len(f)
}

// formatDigits reads the decimal digits of f from i, the size or the
// precision of a format; it stops at 1000, already too large for either.
func formatDigits(f string, i int) (n, next int) {
	for ; i < len(f) && f[i] >= '0' && f[i] <= '9' && n < 1000; i++ {
		n = n*10 + int(f[i]-'0')
	}
	return n, i
}

// NumériqueVersChaîne (3024024). Without format the number's usual text;
// a string is returned unchanged.
func numVersChaine(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	var v runtime.Value
	var f string
	if err := c.Unpack(args, "nombre", &v, "format?", &f); err != nil {
		return runtime.Null, err
	}
	if v.Kind() == runtime.KString || c.Omit(args, 1) {
		return runtime.Str(v.Text()), nil
	}
	nf, ok := parseNumFormat(f)
	if !ok {
		return runtime.Null, c.Errorf(1006, "Le format \"%s\" de %s est invalide.", "The format \"%s\" of %s is invalid.", f, c.Name)
	}
	return runtime.Str(formatNumber(v, nf)), nil
}

func formatNumber(v runtime.Value, nf numFormat) string {
	x := v.ToReal()
	isInt := v.Kind() == runtime.KInt || v.Kind() == runtime.KBool
	var digits string // significant part without sign
	neg := false
	switch nf.typ {
	case 'd':
		var n int64
		if isInt {
			n = v.ToInt()
		} else {
			n = int64(math.Round(x))
		}
		neg = n < 0
		digits = strconv.FormatUint(absU(n), 10)
	case 'f', 'e':
		prec := 6
		if nf.hasPrec {
			prec = nf.prec
		}
		neg = x < 0 || (x == 0 && math.Signbit(x))
		ax := math.Abs(x)
		digits = strconv.FormatFloat(ax, nf.typ, prec, 64)
		if neg && allZero(digits) {
			// "-0.00" is written "0.00"; + forces "+0.00" (doc remark).
			neg = false
		}
	case 'x', 'X', 'o':
		var n int64
		if isInt {
			n = v.ToInt()
		} else {
			n = int64(x) // integer part only, no rounding
		}
		return padNumber("", radix(n, nf), nf, false)
	}
	if nf.thousands {
		digits = groupThousands(digits)
	}
	if nf.comma {
		digits = gostrings.Replace(digits, ".", ",", 1)
	}
	sign := ""
	if neg {
		sign = "-"
	} else if nf.plus {
		sign = "+"
	}
	return padNumber(sign, digits, nf, true)
}

func allZero(s string) bool {
	for _, r := range s {
		if r >= '1' && r <= '9' {
			return false
		}
	}
	return true
}

func absU(n int64) uint64 {
	if n < 0 {
		return uint64(-(n + 1)) + 1
	}
	return uint64(n)
}

// radix writes n in hexadecimal or octal; a negative number is written in
// two's complement on at least the width (8 hex / 11 octal digits when no
// width is given) and always with room for the sign bit ("-32767" in "3X"
// gives "8001", in "3o" gives "700001").
func radix(n int64, nf numFormat) string {
	base, bits := 16, 4
	if nf.typ == 'o' {
		base, bits = 8, 3
	}
	var s string
	if n >= 0 {
		s = strconv.FormatUint(uint64(n), base)
	} else {
		digits := nf.width
		if digits == 0 {
			digits = 8
			if base == 8 {
				digits = 11
			}
		}
		// Enough digits for n to be representable with its sign bit.
		for digits*bits < 64 && n < -(int64(1)<<(digits*bits-1)) {
			digits++
		}
		u := uint64(n)
		if digits*bits < 64 {
			u &= (uint64(1) << (digits * bits)) - 1
		}
		s = strconv.FormatUint(u, base)
		for len(s) < digits {
			s = "0" + s
		}
		if len(s) > digits && digits*bits < 64 {
			s = s[len(s)-digits:]
		}
	}
	if nf.typ == 'X' {
		s = gostrings.ToUpper(s)
	}
	return s
}

// padNumber fits sign+digits in the width: spaces on the right when left
// justified, else zeros (after the sign) or spaces on the left.
func padNumber(sign, digits string, nf numFormat, allowZero bool) string {
	s := sign + digits
	n := wl.Len(s)
	if nf.width <= n {
		return s
	}
	pad := nf.width - n
	switch {
	case nf.left:
		return s + gostrings.Repeat(" ", pad)
	case nf.zero && allowZero:
		return sign + gostrings.Repeat("0", pad) + digits
	case nf.zero:
		return gostrings.Repeat("0", pad) + s
	}
	return gostrings.Repeat(" ", pad) + s
}

// groupThousands separates the integer digits by groups of three with a
// space (the French Windows separator, as in the doc's " 12 345.50").
func groupThousands(d string) string {
	intPart, rest := d, ""
	if i := gostrings.IndexAny(d, ".e"); i >= 0 {
		intPart, rest = d[:i], d[i:]
	}
	if len(intPart) <= 3 {
		return d
	}
	var b gostrings.Builder
	first := len(intPart) % 3
	if first > 0 {
		b.WriteString(intPart[:first])
	}
	for i := first; i < len(intPart); i += 3 {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(intPart[i : i+3])
	}
	return b.String() + rest
}
