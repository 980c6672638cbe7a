package lexer

import (
	"math/big"
	"strconv"
	"strings"
)

func isDigit(c byte) bool    { return '0' <= c && c <= '9' }
func isHexDigit(c byte) bool { return isDigit(c) || ('a' <= c|0x20 && c|0x20 <= 'f') }

// digitsEnd returns the end of the decimal digits starting at i; a '_' is
// accepted as a group separator when a digit follows it.
func digitsEnd(src string, i int) int {
	for i < len(src) {
		c := src[i]
		if isDigit(c) || (c == '_' && i+1 < len(src) && isDigit(src[i+1])) {
			i++
			continue
		}
		break
	}
	return i
}

// stripUnderscores removes digit-group separators, without copying when there
// are none.
func stripUnderscores(s string) string {
	if strings.IndexByte(s, '_') < 0 {
		return s
	}
	return strings.ReplaceAll(s, "_", "")
}

// numberAt reads the numeric literal at i (src[i] is a digit). It returns the
// token type (Int, Real or Currency), the token value and the end offset;
// ok is false for a "0x" prefix without any hexadecimal digit.
func numberAt(src string, i int) (typ tokenType, value string, end int, ok bool) {
	n := len(src)
	if src[i] == '0' && i+1 < n {
		switch src[i+1] | 0x20 {
		case 'x':
			j := i + 2
			digits := false
			for j < n && (isHexDigit(src[j]) || src[j] == '_') {
				digits = digits || src[j] != '_'
				j++
			}
			if !digits {
				return Int, "", i + 2, false
			}
			body := stripUnderscores(src[i+2 : j])
			if src[i+1] == 'x' && len(body) == j-i-2 {
				return Int, src[i:j], j, true
			}
			return Int, "0x" + body, j, true
		case 'm', 'n':
			// 0m12.32 is a monétaire, 0n12.5 a numérique [fr:1514043, fr:1514072].
			if i+2 < n && isDigit(src[i+2]) {
				j := digitsEnd(src, i+2)
				if j+1 < n && src[j] == '.' && isDigit(src[j+1]) {
					j = digitsEnd(src, j+1)
				}
				t := Currency
				if src[i+1]|0x20 == 'n' {
					t = Numeric
				}
				return t, stripUnderscores(src[i+2 : j]), j, true
			}
		}
	}
	typ = Int
	j := digitsEnd(src, i)
	if j+1 < n && src[j] == '.' && isDigit(src[j+1]) {
		typ = Real
		j = digitsEnd(src, j+1)
	}
	if j < n && src[j]|0x20 == 'e' {
		k := j + 1
		if k < n && (src[k] == '+' || src[k] == '-') {
			k++
		}
		if k < n && isDigit(src[k]) {
			typ = Real
			j = digitsEnd(src, k)
		}
	}
	return typ, stripUnderscores(src[i:j]), j, true
}

// durationUnit returns the length in milliseconds of the unit word at i
// (ms, s, min, h, j in any case, as a whole word) and the end of the word.
func durationUnit(src string, i int) (ms int64, end int) {
	if i >= len(src) {
		return 0, i
	}
	c := src[i] | 0x20
	if c != 'm' && c != 's' && c != 'h' && c != 'j' {
		return 0, i
	}
	end = wordEnd(src, i)
	switch w := src[i:end]; {
	case strings.EqualFold(w, "ms"):
		return 1, end
	case strings.EqualFold(w, "s"):
		return 1000, end
	case strings.EqualFold(w, "min"):
		return 60_000, end
	case strings.EqualFold(w, "h"):
		return 3_600_000, end
	case strings.EqualFold(w, "j"):
		return 86_400_000, end
	}
	return 0, i
}

// skipSpaces returns the first offset at or after i that is not a space or
// tab.
func skipSpaces(src string, i int) int {
	for i < len(src) && (src[i] == ' ' || src[i] == '\t') {
		i++
	}
	return i
}

// maxDurationExponent bounds the exponent of a real used in a duration, so
// that a literal such as 1e999999999 s cannot exhaust memory.
const maxDurationExponent = 60

// numberValue returns the exact value of an Int or Real token value, or nil
// when it is out of the range accepted for durations.
func numberValue(typ tokenType, v string) *big.Rat {
	r := new(big.Rat)
	if typ == Int {
		z := new(big.Int)
		if strings.HasPrefix(v, "0x") {
			z.SetString(v[2:], 16)
		} else {
			z.SetString(v, 10)
		}
		return r.SetInt(z)
	}
	if e := strings.IndexAny(v, "eE"); e >= 0 {
		exp, err := strconv.Atoi(v[e+1:])
		if err != nil || exp > maxDurationExponent {
			return nil
		}
		if exp < -maxDurationExponent {
			return r // far below a millisecond
		}
	}
	if _, ok := r.SetString(v); !ok {
		return nil
	}
	return r
}

// scanNumber lexes a number, or a duration when units follow the number.
func (s *scanner) scanNumber(start int) (Token, error) {
	src := s.src
	typ, val, end, ok := numberAt(src, start)
	if !ok {
		return s.fail(errBadHex(s.posAt(start)))
	}
	s.off = end
	if typ == Currency || typ == Numeric {
		return s.emit(typ, val, start)
	}
	unit, uend := durationUnit(src, skipSpaces(src, end))
	if unit == 0 {
		return s.emit(typ, val, start)
	}

	// Duration: one or more "number unit" groups on the same line.
	var total int64 // exact total while every group is a small integer
	var exact *big.Rat
	for {
		if exact == nil {
			if v, ok := smallInt(typ, val); ok && v <= (maxSmallDuration-total)/unit {
				total += v * unit
			} else {
				exact = newRat(total)
			}
		}
		if exact != nil {
			v := numberValue(typ, val)
			if v == nil {
				return s.fail(errDurationRange(s.posAt(start)))
			}
			exact.Add(exact, v.Mul(v, newRat(unit)))
		}
		s.off = uend
		j := skipSpaces(src, uend)
		if j >= len(src) || !isDigit(src[j]) {
			break
		}
		t2, v2, e2, ok2 := numberAt(src, j)
		if !ok2 || t2 == Currency || t2 == Numeric {
			break
		}
		u2, ue2 := durationUnit(src, skipSpaces(src, e2))
		if u2 == 0 {
			break
		}
		typ, val, unit, uend = t2, v2, u2, ue2
	}
	if exact == nil {
		return s.emit(Duration, strconv.FormatInt(total, 10), start)
	}
	return s.emit(Duration, roundRat(exact), start)
}

// maxSmallDuration bounds the int64 fast path of duration totals.
const maxSmallDuration = 1 << 62

// smallInt returns the value of a decimal Int token value when it fits the
// fast path.
func smallInt(typ tokenType, v string) (int64, bool) {
	if typ != Int || len(v) > 18 || strings.HasPrefix(v, "0x") {
		return 0, false
	}
	n, err := strconv.ParseInt(v, 10, 64)
	return n, err == nil
}

func newRat(n int64) *big.Rat { return new(big.Rat).SetInt64(n) }

// roundRat rounds a non-negative rational to the nearest integer (halves
// upward) and returns it in decimal.
func roundRat(r *big.Rat) string {
	num := new(big.Int).Lsh(r.Num(), 1)
	num.Add(num, r.Denom())
	den := new(big.Int).Lsh(r.Denom(), 1)
	return num.Quo(num, den).String()
}
