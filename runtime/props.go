package runtime

import "math"

// memberValue reads a property that is not a structure field.
func memberValue(f *frame, v Value, key, name string, pos Position) Value {
	if v.k == KTuple {
		v = v.First()
	}
	switch key {
	case "OCCURRENCE", "COUNT":
		switch v.k {
		case KArray:
			return Int(int64(v.arrayRaw().Len()))
		case KAssoc:
			return Int(int64(v.Assoc().Len()))
		case KString:
			return Int(int64(len([]rune(v.strRaw()))))
		}
	case "VIDE", "EMPTY":
		switch v.k {
		case KArray:
			return Bool(v.arrayRaw().Len() == 0)
		case KAssoc:
			return Bool(v.Assoc().Len() == 0)
		}
	}
	if r, ok := scalarProp(v, key); ok {
		return r
	}
	if r, ok := dynRead(f, v, key, name, pos); ok {
		return r
	}
	f.run.raise(pos, 0, "Membre ou propriété inconnu « "+name+" » pour une valeur de type "+typeName(v), "Unknown member or property '"+name+"' for a value of type "+typeName(v))
	return Null
}

func typeName(v Value) string {
	if s := v.Struct(); s != nil {
		return s.Type.Name
	}
	return v.k.String()
}

// propKind identifies a property of the date, time and duration types
// (doc 2514010), by its folded French or English name.
type propKind uint8

const (
	propNone propKind = iota
	propYear
	propMonth
	propDay
	propHour
	propMinute
	propSecond
	propMillisecond
	propDatePart
	propTimePart
	propInDays
	propInHours
	propInMinutes
	propInSeconds
	propInMilliseconds
)

// propKey is the property a folded name designates, propNone for none (a
// switch, so that no table is built at package initialisation).
func propKey(key string) propKind {
	// PartieDate / PartieHeure: the mirror of doc 2512065 / 2512069 gives
	// "Date" / "Time" as English names; DatePart / TimePart are accepted too.
	switch key {
	case "ANNEE", "YEAR":
		return propYear
	case "MOIS", "MONTH":
		return propMonth
	case "JOUR", "DAY":
		return propDay
	case "HEURE", "HOUR":
		return propHour
	case "MINUTE":
		return propMinute
	case "SECONDE", "SECOND":
		return propSecond
	case "MILLISECONDE", "MILLISECOND":
		return propMillisecond
	case "PARTIEDATE", "DATEPART", "DATE":
		return propDatePart
	case "PARTIEHEURE", "TIMEPART", "TIME":
		return propTimePart
	case "ENJOURS", "INDAYS":
		return propInDays
	case "ENHEURES", "INHOURS":
		return propInHours
	case "ENMINUTES", "INMINUTES":
		return propInMinutes
	case "ENSECONDES", "INSECONDS":
		return propInSeconds
	case "ENMILLISECONDES", "INMILLISECONDS":
		return propInMilliseconds
	}
	return propNone
}

// unitMs is the length of a Durée unit in milliseconds.
func unitMs(p propKind) int64 {
	switch p {
	case propDay, propInDays:
		return msPerDay
	case propHour, propInHours:
		return msPerHour
	case propMinute, propInMinutes:
		return msPerMinute
	case propSecond, propInSeconds:
		return msPerSecond
	}
	return 1
}

// durationComponent returns the days, hours (0–23), minutes, seconds or
// milliseconds part of a duration, with the duration's sign.
func durationComponent(ms int64, p propKind) int64 {
	sign := int64(1)
	if ms < 0 {
		sign, ms = -1, -ms
	}
	switch p {
	case propDay:
		return sign * (ms / msPerDay)
	case propHour:
		return sign * (ms / msPerHour % 24)
	case propMinute:
		return sign * (ms / msPerMinute % 60)
	case propSecond:
		return sign * (ms / msPerSecond % 60)
	}
	return sign * (ms % 1000)
}

// timeComponent returns a part of the milliseconds of a day.
func timeComponent(ms int64, p propKind) int64 {
	switch p {
	case propHour:
		return ms / msPerHour
	case propMinute:
		return ms / msPerMinute % 60
	case propSecond:
		return ms / msPerSecond % 60
	}
	return ms % 1000
}

// scalarProp reads a property of a Date (Année, Mois, Jour — doc 1514066),
// an Heure (Heure, Minute, Seconde, Milliseconde — doc 1514068), a
// DateHeure (all of them plus PartieDate, PartieHeure — doc 1514070) or a
// Durée (Jour … Milliseconde as integer parts, EnJours … EnSecondes as
// reals, EnMillisecondes as an integer — doc 1514069).
func scalarProp(v Value, key string) (Value, bool) {
	p := propKey(key)
	if p == propNone {
		return Null, false
	}
	switch v.k {
	case KDate, KDateTime:
		date := datePart(v)
		y, m, d := splitDate(date)
		switch p {
		case propYear:
			return Int(y), true
		case propMonth:
			return Int(m), true
		case propDay:
			return Int(d), true
		}
		if v.k == KDateTime {
			switch p {
			case propHour, propMinute, propSecond, propMillisecond:
				return Int(timeComponent(dtMs(v.n), p)), true
			case propDatePart:
				return Value{k: KDate, n: date}, true
			case propTimePart:
				return Value{k: KTime, n: dtMs(v.n)}, true
			}
		}
	case KTime:
		switch p {
		case propHour, propMinute, propSecond, propMillisecond:
			return Int(timeComponent(v.n, p)), true
		}
	case KDuration:
		switch p {
		case propDay, propHour, propMinute, propSecond, propMillisecond:
			return Int(durationComponent(v.n, p)), true
		case propInDays, propInHours, propInMinutes, propInSeconds:
			u := unitMs(p)
			if v.n%u == 0 {
				return Int(v.n / u), true
			}
			return Real(float64(v.n) / float64(u)), true
		case propInMilliseconds:
			return Int(v.n), true
		}
	}
	return Null, false
}

// propError is the error of a property write.
type propError struct{ fr, en string }

func (e *propError) Error() string { return e.fr }

func rangeErr(name string, n, lo, hi int64) error {
	return &propError{
		"La valeur " + Int(n).Text() + " affectée à la propriété " + name + " doit être comprise entre " + Int(lo).Text() + " et " + Int(hi).Text(),
		"The value " + Int(n).Text() + " assigned to property " + name + " must be between " + Int(lo).Text() + " and " + Int(hi).Text(),
	}
}

// setScalarProp writes a property of the Date, Heure, DateHeure or Durée
// held in *p, as `x.Prop = nv` does: the value must be in range (Jour 1 to
// 31, Mois 1 to 12, Heure 0 to 23… — doc 2512043, 2512052, 2512038), and a
// day past the end of the month becomes its last day (Jour = 31 in
// November gives the 30th). ok is false when the property does not apply.
func setScalarProp(p *Value, key, name string, nv Value) (ok bool, err error) {
	pk := propKey(key)
	if pk == propNone {
		return false, nil
	}
	v := *p
	n := nv.ToInt()
	switch v.k {
	case KDate, KDateTime:
		date := datePart(v)
		y, m, d := splitDate(date)
		switch pk {
		case propYear, propMonth, propDay:
			switch pk {
			case propYear:
				if n < 1 || n > 9999 {
					return true, rangeErr(name, n, 1, 9999)
				}
				y = n
			case propMonth:
				if n < 1 || n > 12 {
					return true, rangeErr(name, n, 1, 12)
				}
				m = n
			case propDay:
				if n < 1 || n > 31 {
					return true, rangeErr(name, n, 1, 31)
				}
				d = n
			}
			if ml := monthLen(y, m); d > ml {
				d = ml
			}
			date = joinDate(y, m, d)
			if v.k == KDate {
				*p = Value{k: KDate, n: date}
			} else {
				*p = Value{k: KDateTime, n: mkDT(date, dtMs(v.n))}
			}
			return true, nil
		}
		if v.k != KDateTime {
			return false, nil
		}
		switch pk {
		case propDatePart:
			*p = Value{k: KDateTime, n: mkDT(convertLoose(nv, TypeDate).n, dtMs(v.n))}
			return true, nil
		case propTimePart:
			*p = Value{k: KDateTime, n: mkDT(date, convertLoose(nv, TypeTime).n)}
			return true, nil
		case propHour, propMinute, propSecond, propMillisecond:
			ms, err := setTimeComponent(dtMs(v.n), pk, name, n)
			if err != nil {
				return true, err
			}
			*p = Value{k: KDateTime, n: mkDT(date, ms)}
			return true, nil
		}
	case KTime:
		switch pk {
		case propHour, propMinute, propSecond, propMillisecond:
			ms, err := setTimeComponent(v.n, pk, name, n)
			if err != nil {
				return true, err
			}
			*p = Value{k: KTime, n: ms}
			return true, nil
		}
	case KDuration:
		switch pk {
		case propDay, propHour, propMinute, propSecond, propMillisecond:
			// Replace one part; a Durée has no limits (doc 2512043).
			u := unitMs(pk)
			old := durationComponent(v.n, pk)
			*p = Duration(v.n - old*u + n*u)
			return true, nil
		case propInDays, propInHours, propInMinutes, propInSeconds:
			*p = Duration(int64(math.Round(nv.ToReal() * float64(unitMs(pk)))))
			return true, nil
		case propInMilliseconds:
			*p = Duration(n)
			return true, nil
		}
	}
	return false, nil
}

func setTimeComponent(ms int64, pk propKind, name string, n int64) (int64, error) {
	var lo, hi int64
	switch pk {
	case propHour:
		hi = 23
	case propMinute, propSecond:
		hi = 59
	default:
		hi = 999
	}
	if n < lo || n > hi {
		return 0, rangeErr(name, n, lo, hi)
	}
	u := unitMs(pk)
	return ms - timeComponent(ms, pk)*u + n*u, nil
}

// addScalarProp applies `x.Prop += delta` (and -=, ++, --, with a signed
// delta) to the Date, Heure, DateHeure or Durée in *p: the change carries
// over to the other parts (26/12/2020 .Jour += 10 is 05/01/2021, 23:35
// .Heure++ is 00:35, doc 2512043, 2512038); changing the year or the month
// keeps the day within the month (doc 2512095). ok is false when the
// property does not apply.
func addScalarProp(p *Value, key string, delta Value) (ok bool) {
	pk := propKey(key)
	if pk == propNone {
		return false
	}
	v := *p
	n := delta.ToInt()
	switch v.k {
	case KDate, KDateTime:
		date := datePart(v)
		switch pk {
		case propYear:
			date = addMonths(date, 12*n)
		case propMonth:
			date = addMonths(date, n)
		case propDay:
			date = addDays(date, n)
		default:
			if v.k == KDateTime {
				switch pk {
				case propHour, propMinute, propSecond, propMillisecond:
					*p = Value{k: KDateTime, n: dtAdd(v.n, n*unitMs(pk))}
					return true
				}
			}
			return false
		}
		if v.k == KDate {
			*p = Value{k: KDate, n: date}
		} else {
			*p = Value{k: KDateTime, n: mkDT(date, dtMs(v.n))}
		}
		return true
	case KTime:
		switch pk {
		case propHour, propMinute, propSecond, propMillisecond:
			*p = Value{k: KTime, n: wrapDay(v.n + n*unitMs(pk))}
			return true
		}
	case KDuration:
		switch pk {
		case propDay, propHour, propMinute, propSecond, propMillisecond, propInMilliseconds:
			*p = Duration(v.n + n*unitMs(pk))
			return true
		case propInDays, propInHours, propInMinutes, propInSeconds:
			*p = Duration(v.n + int64(math.Round(delta.ToReal()*float64(unitMs(pk)))))
			return true
		}
	}
	return false
}

// memberSet writes the property key of the scalar value in *p
// (`d.Jour = 10`): the hook for the assignment compiler when the target
// is not a structure member. It raises a positioned error for a value out
// of range or a property the type does not have.
func memberSet(f *frame, p *Value, key, name string, nv Value, pos Position) {
	if m := dynMember(f, p, name, pos); m != nil {
		*m = copyValue(nv)
		return
	}
	ok, err := setScalarProp(p, key, name, nv)
	if err != nil {
		pe := err.(*propError)
		f.run.raise(pos, 0, pe.fr, pe.en)
	}
	if !ok {
		memberWriteError(f, *p, name, pos)
	}
}

// memberAdd applies `d.Jour += n`, `d.Jour -= n` (delta negated by the
// caller), `d.Jour++` and `d.Jour--` (delta ±1) to the scalar in *p.
func memberAdd(f *frame, p *Value, key, name string, delta Value, pos Position) {
	if variantObject(*p) != nil {
		m := dynMember(f, p, name, pos)
		r, err := arith("+", *m, delta)
		if err != nil {
			f.run.raiseOp(pos, err)
		}
		*m = r
		return
	}
	if !addScalarProp(p, key, delta) {
		memberWriteError(f, *p, name, pos)
	}
}

func memberWriteError(f *frame, v Value, name string, pos Position) {
	if v.k == KNull {
		f.run.raise(pos, 0, "Accès au membre « "+name+" » d'une variable vide (Null)", "Access to member '"+name+"' of an empty (Null) variable")
	}
	f.run.raise(pos, 0, "Membre ou propriété inconnu « "+name+" » pour une valeur de type "+typeName(v), "Unknown member or property '"+name+"' for a value of type "+typeName(v))
}
