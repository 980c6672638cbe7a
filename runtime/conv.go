package runtime

import (
	"math"
	"strconv"
	"strings"
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
// checks (they are done by the compiled assignment for entier).
func convertLoose(v Value, t *Type) Value {
	if t == nil || t.Any {
		if v.k == KTuple {
			return v.First()
		}
		return v
	}
	if v.k == t.Kind && t.Kind != KStruct && t.Kind != KArray {
		return v
	}
	switch t.Kind {
	case KInt:
		return Int(v.ToInt())
	case KReal:
		return Real(v.ToReal())
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
		if v.k == KString {
			return Duration(parseDurationText(v.Text()))
		}
		return Duration(v.ToInt())
	case KDate:
		if v.k == KString || v.k == KInt {
			return Value{k: KDate, n: ParseNumber(v.Text()).ToInt()}
		}
	case KTime:
		if v.k == KString {
			return Value{k: KTime, n: parseTimeText(v.Text())}
		}
	case KBuffer:
		return Value{k: KBuffer, s: v.Text()}
	case KArray, KAssoc, KStruct:
		return copyValue(v)
	}
	return v
}

// parseTimeText reads "HHMM[SS[CC]]".
func parseTimeText(s string) int64 {
	s = strings.ReplaceAll(s, ":", "")
	get := func(i int) int64 {
		if len(s) >= i+2 {
			n, _ := strconv.Atoi(s[i : i+2])
			return int64(n)
		}
		return 0
	}
	return get(0)*3600000 + get(2)*60000 + get(4)*1000 + get(6)*10
}

// parseDurationText reads "+JHHMMSSCCC"-like text, or a number of ms.
func parseDurationText(s string) int64 {
	return ParseNumber(s).ToInt()
}

// checkInt reports whether i fits the entier type t.
func checkInt(i int64, t *Type) bool {
	if t == nil || t.Bits != 32 {
		return true
	}
	return i >= math.MinInt32 && i <= math.MaxInt32
}
