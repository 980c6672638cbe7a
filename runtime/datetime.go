package runtime

// Date, Heure, DateHeure and Durée.
//
// Representations (all unboxed in Value.n):
//   - Date: the number AAAAMMJJ (20011231), so that the text form and the
//     chronological order come for free;
//   - Heure: milliseconds since midnight (the documented precision is the
//     millisecond, doc 1514068);
//   - DateHeure: AAAAMMJJ × 10^8 + milliseconds of the day, which keeps the
//     chronological order of AAAAMMJJHHmmSSCCC (doc 1000019398);
//   - Durée: a signed number of milliseconds (doc 1514069).
//
// Arithmetic and comparisons follow the tables of doc 1514040.

import (
	"strconv"
	"strings"
	"time"
)

const (
	msPerSecond = 1000
	msPerMinute = 60 * msPerSecond
	msPerHour   = 60 * msPerMinute
	msPerDay    = 24 * msPerHour
)

// daysFromCivil numbers the days of the proleptic Gregorian calendar
// (1970-01-01 is 0); out-of-range months and days carry over.
func daysFromCivil(y, m, d int64) int64 {
	// Bring the month into 1..12 first.
	y += (m - 1) / 12
	m = (m-1)%12 + 1
	if m < 1 {
		m += 12
		y--
	}
	if m <= 2 {
		y--
	}
	era := y / 400
	if y < 0 && y%400 != 0 {
		era = (y - 399) / 400
	}
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

// civilFromDays is the inverse of daysFromCivil.
func civilFromDays(z int64) (y, m, d int64) {
	z += 719468
	era := z / 146097
	if z < 0 && z%146097 != 0 {
		era = (z - 146096) / 146097
	}
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y = yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d = doy - (153*mp+2)/5 + 1
	m = mp + 3
	if m > 12 {
		m -= 12
	}
	if m <= 2 {
		y++
	}
	return
}

func splitDate(n int64) (y, m, d int64) { return n / 10000, n / 100 % 100, n % 100 }

func joinDate(y, m, d int64) int64 { return y*10000 + m*100 + d }

// dayNumber returns the day number of an AAAAMMJJ date.
func dayNumber(n int64) int64 {
	y, m, d := splitDate(n)
	return daysFromCivil(y, m, d)
}

func dateOfDay(z int64) int64 {
	y, m, d := civilFromDays(z)
	return joinDate(y, m, d)
}

func isLeap(y int64) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

func monthLen(y, m int64) int64 {
	switch m {
	case 2:
		if isLeap(y) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// addDays shifts an AAAAMMJJ date by n days.
func addDays(date, n int64) int64 { return dateOfDay(dayNumber(date) + n) }

// addMonths shifts a date by n months; a day that does not exist in the
// target month becomes its last day (doc 2512095: 29/02 plus one year is
// 28/02).
func addMonths(date, n int64) int64 {
	y, m, d := splitDate(date)
	t := y*12 + (m - 1) + n
	y = floorDiv(t, 12)
	m = t - y*12 + 1
	if ml := monthLen(y, m); d > ml {
		d = ml
	}
	return joinDate(y, m, d)
}

// epoch1800 is the day number before 01/01/1800: an integer assigned to a
// Date counts the days from 01/01/1800 (doc 1514066), and
// EntierVersDate(73773) is 25/12/2001 (doc 3027025), so 01/01/1800 is 1.
var epoch1800 = daysFromCivil(1800, 1, 1) - 1

// DateFromInteger returns the Date whose DateVersEntier is n.
func DateFromInteger(n int64) Value { return Value{k: KDate, n: dateOfDay(epoch1800 + n)} }

// DateToInteger returns the number of days of d since 31/12/1799.
func DateToInteger(d Value) int64 { return dayNumber(datePart(d)) - epoch1800 }

func pad(n int64, w int) string {
	s := strconv.FormatInt(n, 10)
	if len(s) < w {
		s = strings.Repeat("0", w-len(s)) + s
	}
	return s
}

func dateText(n int64) string { return pad(n, 8) }

func timeText(ms int64) string {
	return pad2(ms/msPerHour) + pad2(ms/msPerMinute%60) + pad2(ms/msPerSecond%60) + pad2(ms/10%100)
}

func dateTimeText(n int64) string {
	ms := n % 1e8
	return pad(n/1e8, 8) + pad2(ms/msPerHour) + pad2(ms/msPerMinute%60) + pad2(ms/msPerSecond%60) + pad(ms%1000, 3)
}

// durationText formats milliseconds as +JHHMMSSCCC (or +JHHMMSSCC with
// centi): the sign only when negative, then the days without padding
// (doc 1000023947: 1 h 15 min 28 s is "001152800" in hundredths).
func durationText(ms int64, centi bool) string {
	var b strings.Builder
	if ms < 0 {
		b.WriteByte('-')
		ms = -ms
	}
	b.WriteString(strconv.FormatInt(ms/msPerDay, 10))
	b.WriteString(pad2(ms / msPerHour % 24))
	b.WriteString(pad2(ms / msPerMinute % 60))
	b.WriteString(pad2(ms / msPerSecond % 60))
	if centi {
		b.WriteString(pad2(ms / 10 % 100))
	} else {
		b.WriteString(pad(ms%1000, 3))
	}
	return b.String()
}

// digitsOf keeps the digits of s (colons and other separators dropped).
func digitsOf(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			b.WriteByte(s[i])
		}
	}
	return b.String()
}

func atoiPart(s string, i, w int) int64 {
	if len(s) < i+w {
		if len(s) <= i {
			return 0
		}
		w = len(s) - i
	}
	n, _ := strconv.ParseInt(s[i:i+w], 10, 64)
	return n
}

// parseTimeText reads HHMM, HHMMSS, HHMMSSCC or HHMMSSCCC (doc 1514068);
// separators such as ':' are ignored.
func parseTimeText(s string) int64 { return timeDigits(digitsOf(s)) }

// timeDigits returns the milliseconds of the digits HHMMSSCC[C], or of
// the first of them.
func timeDigits(s string) int64 {
	ms := atoiPart(s, 0, 2)*msPerHour + atoiPart(s, 2, 2)*msPerMinute + atoiPart(s, 4, 2)*msPerSecond
	switch {
	case len(s) >= 9:
		ms += atoiPart(s, 6, 3)
	case len(s) >= 7:
		ms += atoiPart(s, 6, 2) * 10
	}
	return ms
}

// parseDateText reads the AAAAMMJJ part of a text.
func parseDateText(s string) int64 {
	s = strings.TrimSpace(s)
	if len(s) >= 8 {
		if n, err := strconv.ParseInt(s[:8], 10, 64); err == nil {
			return n
		}
	}
	n, _ := strconv.ParseInt(digitsOf(s), 10, 64)
	return n
}

// parseDateTimeText reads AAAAMMJJ[HH[mm[SS[CC[C]]]]] (doc 1514070).
func parseDateTimeText(s string) int64 {
	s = strings.TrimSpace(s)
	d := parseDateText(s)
	rest := ""
	if len(s) > 8 {
		rest = digitsOf(s[8:])
	}
	return d*1e8 + timeDigits(rest)
}

// parseDurationText reads +JHHMMSSCCC (doc 1514069): an optional sign,
// then the last nine digits are HHMMSSCCC and those before are the days.
func parseDurationText(s string) int64 {
	s = strings.TrimSpace(s)
	neg := strings.HasPrefix(s, "-")
	d := digitsOf(s)
	if len(d) < 9 {
		d = strings.Repeat("0", 9-len(d)) + d
	}
	days, _ := strconv.ParseInt(d[:len(d)-9], 10, 64)
	t := d[len(d)-9:]
	ms := days*msPerDay + atoiPart(t, 0, 2)*msPerHour + atoiPart(t, 2, 2)*msPerMinute + atoiPart(t, 4, 2)*msPerSecond + atoiPart(t, 6, 3)
	if neg {
		ms = -ms
	}
	return ms
}

func dtDate(n int64) int64 { return n / 1e8 }
func dtMs(n int64) int64   { return n % 1e8 }
func mkDT(date, ms int64) int64 {
	return date*1e8 + ms
}

// dtAdd shifts a DateHeure by ms milliseconds, carrying into the date.
func dtAdd(n, ms int64) int64 {
	total := dayNumber(dtDate(n))*msPerDay + dtMs(n) + ms
	day := floorDiv(total, msPerDay)
	return mkDT(dateOfDay(day), total-day*msPerDay)
}

func floorDiv(a, b int64) int64 {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

// wrapDay brings milliseconds into one day (23:35 + 1 h is 00:35, doc
// 2512038).
func wrapDay(ms int64) int64 {
	ms %= msPerDay
	if ms < 0 {
		ms += msPerDay
	}
	return ms
}

// dtInstant is the number of milliseconds of a DateHeure since the
// calendar's day 0 (for differences).
func dtInstant(n int64) int64 { return dayNumber(dtDate(n))*msPerDay + dtMs(n) }

// datePart returns the AAAAMMJJ of a Date or DateHeure (or converts).
func datePart(v Value) int64 { return temporalPart(v, KDate, dtDate, TypeDate) }

// timePart returns the milliseconds of the day of an Heure or DateHeure.
func timePart(v Value) int64 { return temporalPart(v, KTime, dtMs, TypeTime) }

// temporalPart returns the value of v when it is of kind k, its part
// (split off) when it is a DateHeure, else v converted to t.
func temporalPart(v Value, k Kind, split func(int64) int64, t *Type) int64 {
	switch v.k {
	case k:
		return v.n
	case KDateTime:
		return split(v.n)
	}
	return convertLoose(v, t).n
}

func isTemporal(k Kind) bool { return k == KDate || k == KTime || k == KDateTime || k == KDuration }

func isPlainNumber(v Value) bool {
	switch v.k {
	case KInt, KReal, KBool, KCurrency, KNumeric:
		return true
	}
	return false
}

func errTemporal(op string, a, b Value) error {
	return &opError{
		"Opération « " + op + " » impossible entre une valeur de type " + a.k.String() + " et une valeur de type " + b.k.String(),
		"Operation '" + op + "' is not allowed between a " + a.k.String() + " and a " + b.k.String(),
	}
}

// temporalArith computes op when a or b is a Date, Heure, DateHeure or
// Durée (doc 1514040). ok is false when neither is.
func temporalArith(op string, a, b Value) (Value, error, bool) {
	if !isTemporal(a.k) && !isTemporal(b.k) {
		return Null, nil, false
	}
	concat := func() (Value, error, bool) { return Str(a.Text() + b.Text()), nil, true }
	days := func(v Value) int64 { return v.ToInt() }
	switch op {
	case "+":
		switch a.k {
		case KDate:
			switch {
			case b.k == KDuration:
				return Value{k: KDate, n: addDays(a.n, b.n/msPerDay)}, nil, true
			case isTemporal(b.k) || b.k == KString:
				return concat()
			case isPlainNumber(b):
				return Value{k: KDate, n: addDays(a.n, days(b))}, nil, true
			case b.k == KNull:
				return a, nil, true
			}
		case KTime:
			switch {
			case b.k == KDuration:
				return Value{k: KTime, n: wrapDay(a.n + b.n)}, nil, true
			case isTemporal(b.k) || b.k == KString:
				return concat()
			case b.k == KNull:
				return a, nil, true
			}
		case KDateTime:
			switch {
			case b.k == KDuration:
				return Value{k: KDateTime, n: dtAdd(a.n, b.n)}, nil, true
			case isTemporal(b.k) || b.k == KString:
				return concat()
			case b.k == KNull:
				return a, nil, true
			}
		case KDuration:
			switch b.k {
			case KDate:
				return Value{k: KDate, n: addDays(b.n, a.n/msPerDay)}, nil, true
			case KTime:
				return Value{k: KTime, n: wrapDay(b.n + a.n)}, nil, true
			case KDateTime:
				return Value{k: KDateTime, n: dtAdd(b.n, a.n)}, nil, true
			case KDuration:
				return Duration(a.n + b.n), nil, true
			case KString:
				return Duration(a.n + parseDurationText(b.strRaw())), nil, true
			case KNull:
				return a, nil, true
			}
			if isPlainNumber(b) {
				return Duration(a.n + b.ToInt()), nil, true
			}
		default:
			switch {
			case a.k == KNull:
				return b, nil, true
			case isPlainNumber(a) && b.k == KDate:
				return Value{k: KDate, n: addDays(b.n, days(a))}, nil, true
			case isPlainNumber(a) && b.k == KDuration:
				return Duration(a.ToInt() + b.n), nil, true
			}
		}
	case "-":
		switch a.k {
		case KDate:
			switch {
			case b.k == KDate:
				return Duration((dayNumber(a.n) - dayNumber(b.n)) * msPerDay), nil, true
			case b.k == KDuration:
				return Value{k: KDate, n: addDays(a.n, -(b.n / msPerDay))}, nil, true
			case isPlainNumber(b):
				return Value{k: KDate, n: addDays(a.n, -days(b))}, nil, true
			case b.k == KNull:
				return a, nil, true
			}
		case KTime:
			switch b.k {
			case KTime:
				return Duration(a.n - b.n), nil, true
			case KDuration:
				return Value{k: KTime, n: wrapDay(a.n - b.n)}, nil, true
			case KNull:
				return a, nil, true
			}
		case KDateTime:
			switch b.k {
			case KDateTime:
				return Duration(dtInstant(a.n) - dtInstant(b.n)), nil, true
			case KDuration:
				return Value{k: KDateTime, n: dtAdd(a.n, -b.n)}, nil, true
			case KNull:
				return a, nil, true
			}
		case KDuration:
			switch {
			case b.k == KDuration:
				return Duration(a.n - b.n), nil, true
			case isPlainNumber(b):
				return Duration(a.n - b.ToInt()), nil, true
			case b.k == KNull:
				return a, nil, true
			}
		default:
			if (isPlainNumber(a) || a.k == KNull) && b.k == KDuration {
				return Duration(a.ToInt() - b.n), nil, true
			}
		}
	case "*":
		switch {
		case a.k == KDuration && isPlainNumber(b):
			return Duration(int64(float64(a.n) * b.ToReal())), nil, true
		case isPlainNumber(a) && b.k == KDuration:
			return Duration(int64(a.ToReal() * float64(b.n))), nil, true
		}
	case "/":
		switch {
		case a.k == KDuration && b.k == KDuration:
			if b.n == 0 {
				return Null, errDivZero, true
			}
			if a.n%b.n == 0 {
				return Int(a.n / b.n), nil, true
			}
			return Real(float64(a.n) / float64(b.n)), nil, true
		case a.k == KDuration && isPlainNumber(b):
			f := b.ToReal()
			if f == 0 {
				return Null, errDivZero, true
			}
			return Duration(int64(float64(a.n) / f)), nil, true
		}
	case "%":
		if a.k == KDuration && b.k == KDuration {
			if b.n == 0 {
				return Null, errDivZero, true
			}
			return Duration(a.n % b.n), nil, true
		}
	}
	return Null, errTemporal(op, a, b), true
}

// temporalCompare compares when a or b is a Date, Heure, DateHeure or
// Durée: a Date against a DateHeure ignores the time, an Heure against a
// DateHeure ignores the date (doc 1514040); a string is read in the other
// operand's format. ok is false when the pair is not temporal.
func temporalCompare(a, b Value) (int, bool) {
	if !isTemporal(a.k) && !isTemporal(b.k) {
		return 0, false
	}
	cmp := func(x, y int64) (int, bool) {
		switch {
		case x < y:
			return -1, true
		case x > y:
			return 1, true
		}
		return 0, true
	}
	if a.k == b.k {
		return cmp(a.n, b.n)
	}
	switch {
	case a.k == KDate && b.k == KDateTime, a.k == KDateTime && b.k == KDate:
		return cmp(datePart(a), datePart(b))
	case a.k == KTime && b.k == KDateTime, a.k == KDateTime && b.k == KTime:
		return cmp(timePart(a), timePart(b))
	case isTemporal(a.k) && b.k == KString:
		return cmp(a.n, convertLoose(b, &Type{Kind: a.k}).n)
	case a.k == KString && isTemporal(b.k):
		return cmp(convertLoose(a, &Type{Kind: b.k}).n, b.n)
	}
	return 0, false
}

// nowValue returns the current Date, Heure or DateHeure of t.
func nowValue(t time.Time, k Kind) Value {
	date := int64(t.Year()*10000 + int(t.Month())*100 + t.Day())
	ms := int64(t.Hour()*msPerHour + t.Minute()*msPerMinute + t.Second()*msPerSecond + t.Nanosecond()/1e6)
	switch k {
	case KDate:
		return Value{k: KDate, n: date}
	case KTime:
		return Value{k: KTime, n: ms}
	}
	return Value{k: KDateTime, n: mkDT(date, ms)}
}

// WeekdayOf returns the day of the week of a date (1 = Monday … 7 =
// Sunday).
func WeekdayOf(v Value) int {
	z := dayNumber(datePart(v))
	// 1970-01-01 (day 0) was a Thursday (4).
	w := (z%7+7)%7 + 4
	if w > 7 {
		w -= 7
	}
	return int(w)
}

// Date makes a Date from yyyymmdd (20011225).
func Date(yyyymmdd int64) Value { return Value{k: KDate, n: yyyymmdd} }

// Time makes an Heure from milliseconds since midnight.
func Time(ms int64) Value { return Value{k: KTime, n: ms} }

// DateTime makes a DateHeure from a date AAAAMMJJ and the milliseconds of
// the day.
func DateTime(yyyymmdd, ms int64) Value { return Value{k: KDateTime, n: mkDT(yyyymmdd, ms)} }

// DateOf returns the AAAAMMJJ date of a Date or DateHeure, or of a value
// converted to a Date as an assignment does ("20011231", a day count).
func DateOf(v Value) int64 { return datePart(v.First()) }

// TimeOf returns the milliseconds of the day of an Heure or DateHeure, or
// of a value converted to an Heure as an assignment does ("1530").
func TimeOf(v Value) int64 { return timePart(v.First()) }

// DurationText formats milliseconds as a Durée's text +JHHMMSSCCC, or
// +JHHMMSSCC when centi is set (doc 1000023947).
func DurationText(ms int64, centi bool) string { return durationText(ms, centi) }

// Now returns the current Date, Heure or DateHeure (k) of the run.
func (r *Run) NowValue(k Kind) Value { return nowValue(r.Now(), k) }
