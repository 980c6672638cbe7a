package numbers

// ArrondiInférieur and ArrondiSupérieur of a Durée, an Heure or a DateHeure
// to an interval (doc 1000019395, 1000019396).

import (
	"github.com/wlangage/wl/runtime"
)

const msPerDay = 24 * 60 * 60 * 1000

// isTemporal reports whether v is a Durée, a Date, an Heure or a DateHeure:
// values that round to an interval (a Date cannot), never to decimals.
func isTemporal(v runtime.Value) bool {
	switch v.Kind() {
	case runtime.KDuration, runtime.KDate, runtime.KTime, runtime.KDateTime:
		return true
	}
	return false
}

// roundToInterval is ArrondiInférieur (up = false) or ArrondiSupérieur (up
// = true) of a Durée, an Heure or a DateHeure v, or of a number with a
// Durée as second parameter (then an error). The pages cut the value's
// range into periods of the interval and give the start of the period that
// contains the value, or its end: 13 min by 5 min gives 10 min, or 15 min;
// a value on a boundary starts its period, so ArrondiSupérieur moves it a
// whole interval (15:24 by 7 min gives 15:31, the page's example).
//
// A Durée's periods start at 0 (-13 min by 5 min: -15 min, or -10 min). A
// day's periods start at midnight ("la journée est découpée") and the last
// one ends at the next midnight however long it is: ArrondiSupérieur of
// 23:58 by 7 min is midnight, the next day for a DateHeure, 00:00 for an
// Heure (an Heure wraps as Heure + Durée does). The pages are silent on an
// Heure (treated as a DateHeure's time) and on an interval longer than a
// day, which cannot cut a day: that is an error.
func roundToInterval(c *runtime.Call, args []runtime.Value, up bool) (runtime.Value, error) {
	var v, iv runtime.Value
	if err := c.Unpack(args, "valeur", &v, "intervalle?", &iv); err != nil {
		return runtime.Null, err
	}
	v, iv = v.First(), iv.First()
	switch v.Kind() {
	case runtime.KDuration, runtime.KTime, runtime.KDateTime:
	case runtime.KDate:
		return runtime.Null, c.Errorf(1022, "%s : une Date ne s'arrondit pas (une Durée, une Heure ou une DateHeure s'arrondissent à un intervalle).",
			"%s: a Date does not round (a Duration, a Time or a DateTime rounds to an interval).", c.Name)
	default:
		return runtime.Null, c.Errorf(1022, "%s : un intervalle de type Durée arrondit une Durée, une Heure ou une DateHeure, pas « %s » (le second paramètre d'un nombre est son nombre de décimales).",
			"%s: an interval of type Duration rounds a Duration, a Time or a DateTime, not '%s' (the second parameter of a number is its number of decimals).", c.Name, v.Text())
	}
	if c.Omit(args, 1) {
		fr, en := "une Durée", "a Duration"
		switch v.Kind() {
		case runtime.KTime:
			fr, en = "une Heure", "a Time"
		case runtime.KDateTime:
			fr, en = "une DateHeure", "a DateTime"
		}
		return runtime.Null, c.Errorf(1022, "%[1]s : il manque l'intervalle (une Durée) auquel arrondir %[2]s.",
			"%[1]s: the interval (a Duration) to round %[3]s to is missing.", c.Name, fr, en)
	}
	if iv.Kind() != runtime.KDuration {
		return runtime.Null, c.Errorf(1022, "%s : l'intervalle doit être une Durée (par exemple 5 min), pas « %s ».",
			"%s: the interval must be a Duration (for example 5 min), not '%s'.", c.Name, iv.Text())
	}
	step := iv.RawInt()
	if step <= 0 {
		return runtime.Null, c.Errorf(1022, "%s : l'intervalle doit être une Durée positive, pas %s.",
			"%s: the interval must be a positive Duration, not %s.", c.Name, iv.Text())
	}
	if v.Kind() == runtime.KDuration {
		start := floorDiv(v.RawInt(), step) * step
		if up {
			return runtime.Duration(start + step), nil
		}
		return runtime.Duration(start), nil
	}
	if step > msPerDay {
		return runtime.Null, c.Errorf(1022, "%s : l'intervalle (%s) dépasse une journée, que les périodes découpent à partir de minuit.",
			"%s: the interval (%s) is longer than a day, which the periods cut from midnight.", c.Name, iv.Text())
	}
	ms := runtime.TimeOf(v)
	start := ms - ms%step
	var at runtime.Value
	if v.Kind() == runtime.KTime {
		at = runtime.Time(start)
	} else {
		at = runtime.DateTime(runtime.DateOf(v), start)
	}
	if !up {
		return at, nil
	}
	// The end of the period, the next midnight at most; Heure and DateHeure
	// arithmetic carry it (to 00:00, or to the next day).
	return runtime.Arith("+", at, runtime.Duration(min(step, msPerDay-start)))
}

// floorDiv is a / b rounded towards minus infinity (b > 0).
func floorDiv(a, b int64) int64 {
	q := a / b
	if a%b != 0 && a < 0 {
		q--
	}
	return q
}
