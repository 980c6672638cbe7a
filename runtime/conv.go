package runtime

import (
	"math"
	"strconv"
	"time"
)

func today() int64 {
	t := time.Now()
	return int64(t.Year()*10000 + int(t.Month())*100 + t.Day())
}

func nowMillis() int64 {
	t := time.Now()
	return int64(t.Hour()*3600000 + t.Minute()*60000 + t.Second()*1000 + t.Nanosecond()/1e6)
}

// convertLoose converts v to type t for an assignment, without range
// checks (the compiled assignment does them, see assignOverflow).
func convertLoose(v Value, t *Type) Value {
	if t == nil || t.Any {
		if v.k == KTuple {
			return v.First()
		}
		return v
	}
	if v.k == KTuple {
		v = v.First()
	}
	if v.k == t.Kind {
		switch t.Kind {
		case KStruct, KArray:
		case KNumeric:
			if t.NumAuto || int(v.sc) == t.Decimals {
				return v
			}
			return toNumeric(v, t)
		case KReal:
			if t.Bits == 32 {
				return Real(round6(v.Float()))
			}
			return v
		default:
			return v
		}
	}
	switch t.Kind {
	case KInt:
		return Int(v.ToInt())
	case KReal:
		if t.Bits == 32 {
			return Real(round6(v.ToReal()))
		}
		return Real(v.ToReal())
	case KCurrency:
		return toCurrency(v)
	case KNumeric:
		return toNumeric(v, t)
	case KString:
		if v.k == KString {
			return v
		}
		return Str(v.Text())
	case KBool:
		b, ok := v.Truth()
		if !ok {
			b = v.Text() != "" && v.Text() != "0"
		}
		return Bool(b)
	case KDuration:
		switch v.k {
		case KString:
			return Duration(parseDurationText(v.strRaw()))
		case KTime:
			return Duration(v.n)
		}
		return Duration(v.ToInt())
	case KDate:
		switch v.k {
		case KString, KBuffer:
			return Value{k: KDate, n: parseDateText(v.Text())}
		case KDateTime:
			return Value{k: KDate, n: dtDate(v.n)}
		case KInt, KReal, KBool, KCurrency, KNumeric:
			return dateFromNumber(v.ToInt())
		}
		return Value{k: KDate}
	case KTime:
		switch v.k {
		case KString, KBuffer:
			return Value{k: KTime, n: parseTimeText(v.Text())}
		case KDateTime:
			return Value{k: KTime, n: dtMs(v.n)}
		case KDuration:
			return Value{k: KTime, n: wrapDay(v.n)}
		case KInt, KReal, KBool, KCurrency, KNumeric:
			// An integer counts hundredths of a second since midnight
			// (doc 1514068).
			return Value{k: KTime, n: wrapDay(v.ToInt() * 10)}
		}
		return Value{k: KTime}
	case KDateTime:
		switch v.k {
		case KString, KBuffer:
			return Value{k: KDateTime, n: parseDateTimeText(v.Text())}
		case KDate:
			// The time is 00:00 (doc 1514070).
			return Value{k: KDateTime, n: mkDT(v.n, 0)}
		case KTime:
			return Value{k: KDateTime, n: mkDT(0, v.n)}
		case KInt, KReal, KBool, KCurrency, KNumeric:
			return Value{k: KDateTime, n: mkDT(dateFromNumber(v.ToInt()).n, 0)}
		}
		return Value{k: KDateTime}
	case KBuffer:
		if a := v.Array(); a != nil {
			// [0x01, 0x02, 0x03]: one byte per element (doc 1514042).
			b := make([]byte, len(a.Data))
			for i, e := range a.Data {
				b[i] = byte(e.ToInt())
			}
			return bytesValue(KBuffer, string(b))
		}
		return bytesValue(KBuffer, v.Text())
	case KArray, KAssoc, KStruct:
		return copyValue(v)
	}
	return v
}

// round6 keeps the 6 significant digits of a `réel sur 4 octets` (doc
// 1514048).
func round6(f float64) float64 {
	r, err := strconv.ParseFloat(strconv.FormatFloat(f, 'g', 6, 64), 64)
	if err != nil {
		return f
	}
	return r
}

// maxDayCount is DateVersEntier of 31/12/9999: a larger integer cannot
// count days, so it is read as AAAAMMJJ (a leniency: 20011231 assigned to
// a Date is the 31/12/2001).
var maxDayCount = daysFromCivil(9999, 12, 31) - epoch1800

// dateFromNumber converts an integer to a Date: days since 31/12/1799
// (doc 1514066), or AAAAMMJJ beyond the last day count.
func dateFromNumber(n int64) Value {
	if n > maxDayCount {
		return Value{k: KDate, n: n}
	}
	return DateFromInteger(n)
}

// castValue is the explicit conversion `(type) expression` (doc 1515004):
// the conversion of an assignment; a conversion the types do not allow
// (an array or a structure to a simple type, a string to a booléen,
// between Date, Heure and Durée) is an error.
func castValue(v Value, t *Type) (Value, error) {
	if v.k == KTuple {
		v = v.First()
	}
	if t == nil || t.Any {
		return v, nil
	}
	bad := func() (Value, error) {
		return Null, &opError{
			"Conversion impossible d'une valeur de type " + typeName(v) + " en " + t.Name,
			"Cannot convert a value of type " + typeName(v) + " to " + t.Name,
		}
	}
	switch v.k {
	case KArray, KAssoc, KStruct, KProc:
		if t.Kind != KBuffer || v.k != KArray {
			return bad()
		}
	}
	switch t.Kind {
	case KBool:
		if v.k == KString {
			return bad()
		}
	case KDate:
		if v.k == KTime || v.k == KDuration {
			return bad()
		}
	case KTime:
		if v.k == KDate {
			return bad()
		}
	case KDuration:
		if v.k == KDate || v.k == KDateTime {
			return bad()
		}
	}
	return convertLoose(v, t), nil
}

// assignOverflow reports whether storing v (converted to out) in a
// variable of type t overflows it: an entier out of its size (DECISIONS 5),
// a monétaire beyond its 10 bytes, a numérique beyond its integer digits.
func assignOverflow(v, out Value, t *Type) bool {
	if t == nil || t.Any {
		return false
	}
	switch t.Kind {
	case KInt:
		switch v.k {
		case KReal:
			f := v.Float()
			if f > 9.2e18 || f < -9.2e18 {
				return true
			}
		case KCurrency, KNumeric:
			if d := v.dec().rescale(0); d.b != nil {
				return true
			}
		}
		return !checkInt(out.n, t)
	case KCurrency, KNumeric:
		return !decimalFits(out, t)
	}
	return false
}

// checkInt reports whether i fits the entier type t (32-bit by default,
// `sur N octets` otherwise; 64-bit is never checked).
func checkInt(i int64, t *Type) bool {
	if t != nil && t.Unsigned {
		// entier sans signe: 0 to 2^bits - 1 (an 8-byte one keeps the
		// non-negative half of int64).
		if i < 0 {
			return false
		}
		return t.Bits <= 0 || t.Bits >= 63 || i < int64(1)<<t.Bits
	}
	if t == nil || t.Bits <= 0 || t.Bits >= 64 {
		return true
	}
	if t.Bits == 32 {
		return i >= math.MinInt32 && i <= math.MaxInt32
	}
	lim := int64(1) << (t.Bits - 1)
	return i >= -lim && i < lim
}

// Convert converts v to type t as an assignment does (without range check).
func Convert(v Value, t *Type) Value { return convertLoose(v, t) }

// Cast is the explicit conversion `(type) v` (doc 1515004).
func Cast(v Value, t *Type) (Value, error) { return castValue(v, t) }
