package dates

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/wlangage/wl/runtime"
)

// Install registers the date family: its types and their methods
// (types.go), then its functions.
func Install(r *runtime.Registry) {
	installTypes(r)
	r.AddFuncs([]runtime.Func{
		{Name: "DateDuJour", Aliases: []string{"Today"}, Min: 0, Max: 0, Fn: today},
		{Name: "DateSys", Min: 0, Max: 0, Fn: today},
		{Name: "HeureSys", Aliases: []string{"TimeSys"}, Min: 0, Max: 0, Fn: now},
		{Name: "Maintenant", Aliases: []string{"Now"}, Min: 0, Max: 0, Fn: now},
		{Name: "Hier", Aliases: []string{"Yesterday"}, Min: 0, Max: 1, Fn: func(c *runtime.Call, args []runtime.Value) (runtime.Value, error) { return shift(c, args, -1) }},
		{Name: "Demain", Aliases: []string{"Tomorrow"}, Min: 0, Max: 1, Fn: func(c *runtime.Call, args []runtime.Value) (runtime.Value, error) { return shift(c, args, 1) }},
		{Name: "DateVersChaîne", Aliases: []string{"DateToString"}, Min: 1, Max: 2, Fallible: true, Fn: dateVersChaine},
		{Name: "HeureVersChaîne", Aliases: []string{"TimeToString"}, Min: 1, Max: 2, Fallible: true, Fn: heureVersChaine},
		{Name: "DateVersEntier", Aliases: []string{"DateToInteger"}, Min: 1, Max: 2, Fn: dateVersEntier},
		{Name: "EntierVersDate", Aliases: []string{"IntegerToDate"}, Min: 1, Max: 1, Fn: entierVersDate},
		{Name: "DateValide", Aliases: []string{"DateValid"}, Min: 1, Max: 1, Fn: func(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
			v0, err := dateArgs(c, args)
			if err != nil {
				return runtime.Null, err
			}
			_, ok := parseDate(v0)
			return runtime.Bool(ok), nil
		}},
		{Name: "DateDifférence", Aliases: []string{"DateDifference"}, Min: 2, Max: 2, Fn: dateDifference},
		{Name: "DateVersJour", Aliases: []string{"DateToDay"}, Min: 1, Max: 1, Fn: dateVersJour},
		{Name: "DateVersJourEnLettre", Aliases: []string{"DateToDayInAlpha"}, Min: 1, Max: 1, Fn: dateVersJourEnLettre},
		{Name: "DateVersMoisEnLettre", Aliases: []string{"DateToMonthInAlpha"}, Min: 1, Max: 1, Fn: dateVersMoisEnLettre},
		{Name: "AnnéeBissextile", Aliases: []string{"LeapYear"}, Min: 1, Max: 1, Fn: func(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
			var y64 int64
			if err := c.Unpack(args, "année", &y64); err != nil {
				return runtime.Null, err
			}
			y := int(y64)
			return runtime.Bool(y%4 == 0 && (y%100 != 0 || y%400 == 0)), nil
		}},
		{Name: "Age", Min: 1, Max: 2, Fallible: true, Fn: age},
		{Name: "ChronoDébut", Aliases: []string{"ChronoStart"}, Min: 0, Max: 1, Fn: chronoDebut},
		{Name: "ChronoFin", Aliases: []string{"ChronoEnd"}, Min: 0, Max: 1, Fn: chronoFin},
		{Name: "ChronoValeur", Aliases: []string{"ChronoValue"}, Min: 0, Max: 1, Fn: chronoValeur},
	})
}

// DateVersJour / <Date>.VersJour: the day of the week (1 = Monday), 0
// for an invalid date.
func dateVersJour(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	return onDateCall(c, args, runtime.Int(0), func(c *runtime.Call, d time.Time) runtime.Value {
		return runtime.Int(int64(weekday(d)))
	})
}

// DateVersJourEnLettre / <Date>.VersJourEnLettre: the name of the day in
// the run's language, "" for an invalid date.
func dateVersJourEnLettre(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	return onDateCall(c, args, runtime.Str(""), func(c *runtime.Call, d time.Time) runtime.Value {
		return runtime.Str(dayName(c.Run.Lang, d))
	})
}

// DateVersMoisEnLettre / <Date>.VersMoisEnLettre: the name of the month
// in the run's language, "" for an invalid date.
func dateVersMoisEnLettre(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	return onDateCall(c, args, runtime.Str(""), func(c *runtime.Call, d time.Time) runtime.Value {
		return runtime.Str(monthName(c.Run.Lang, d.Month()))
	})
}

// onDate builds a built-in of one date argument: f's result for a valid
// date, invalid otherwise.
func onDate(invalid runtime.Value, f func(c *runtime.Call, d time.Time) runtime.Value) func(*runtime.Call, []runtime.Value) (runtime.Value, error) {
	return func(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
		return onDateCall(c, args, invalid, f)
	}
}

// onDateCall runs a built-in of one date argument: f's result for a valid
// date, invalid otherwise. The functions declared at package level call it
// directly, so that no closure is built at package initialisation.
func onDateCall(c *runtime.Call, args []runtime.Value, invalid runtime.Value, f func(c *runtime.Call, d time.Time) runtime.Value) (runtime.Value, error) {
	v0, err := dateArgs(c, args)
	if err != nil {
		return runtime.Null, err
	}
	d, ok := parseDate(v0)
	if !ok {
		return invalid, nil
	}
	return f(c, d), nil
}

func dateOf(t time.Time) runtime.Value {
	return runtime.Date(int64(t.Year()*10000 + int(t.Month())*100 + t.Day()))
}

func timeOf(t time.Time) runtime.Value {
	return runtime.Time(int64(t.Hour()*3600000 + t.Minute()*60000 + t.Second()*1000 + t.Nanosecond()/1e6))
}

// DateDuJour (3027016): today, a Date whose text is AAAAMMJJ.
func today(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	return dateOf(c.Run.Now()), nil
}

// HeureSys / Maintenant (3027019, 3027024): now, an Heure whose text is
// HHMMSSCC.
func now(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	return timeOf(c.Run.Now()), nil
}

// parseDate reads a Date, an AAAAMMJJ string (or the date part of
// AAAAMMJJHHMMSSCC) and checks it.
func parseDate(v runtime.Value) (time.Time, bool) {
	v = v.First()
	var s string
	switch v.Kind() {
	case runtime.KDate, runtime.KDateTime:
		s = fmt.Sprintf("%08d", runtime.DateOf(v))
	default:
		s = strings.TrimSpace(v.Text())
	}
	if len(s) < 8 {
		return time.Time{}, false
	}
	y, e1 := strconv.Atoi(s[:4])
	m, e2 := strconv.Atoi(s[4:6])
	d, e3 := strconv.Atoi(s[6:8])
	if e1 != nil || e2 != nil || e3 != nil || m < 1 || m > 12 || d < 1 || y < 1 {
		return time.Time{}, false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return time.Time{}, false
	}
	return t, true
}

// dateArgs reads the first parameter of a date function (a date, a
// date-time, a text...).
func dateArgs(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	var v runtime.Value
	err := c.Unpack(args, "date", &v)
	return v, err
}

// formatArgs reads (valeur [, format]): format keeps def when omitted.
func formatArgs(c *runtime.Call, args []runtime.Value, def string) (runtime.Value, string, error) {
	var v runtime.Value
	err := c.Unpack(args, "valeur", &v, "format?", &def)
	return v, def, err
}

// shift is Hier / Demain (1000023786, 1000023787) of a date or of today.
func shift(c *runtime.Call, args []runtime.Value, days int) (runtime.Value, error) {
	var t time.Time
	var v runtime.Value
	if err := c.Unpack(args, "date?", &v); err != nil {
		return runtime.Null, err
	}
	if c.Omit(args, 0) {
		n := c.Run.Now()
		t = time.Date(n.Year(), n.Month(), n.Day(), 0, 0, 0, 0, time.UTC)
	} else {
		var ok bool
		if t, ok = parseDate(v); !ok {
			return runtime.Null, c.Errorf(1040, "%s : la date « %s » n'est pas valide.", "%s: date '%s' is not valid.", c.Name, v.Text())
		}
	}
	return dateOf(t.AddDate(0, 0, days)), nil
}

// epoch is day 0 of DateVersEntier: 01/01/1800 is 1 (DateVersChaîne's
// example EntierVersDate(73773) = 25/12/2001, 3027025).
var epoch = time.Date(1799, 12, 31, 0, 0, 0, 0, time.UTC)

// DateVersEntier (3027014) and <Date>.VersEntier (1000024029): the days
// from 31/12/1799 to the date (01/01/1800 is 1), or with <Depuis début
// année> at Vrai the days from 31/12 of the year before (25/01/2004 is
// 25). The page says an invalid date is an error message: a positioned
// error, not 0.
func dateVersEntier(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	var v runtime.Value
	fromYear := false
	if err := c.Unpack(args, "date", &v, "depuis début année?", &fromYear); err != nil {
		return runtime.Null, err
	}
	t, ok := parseDate(v)
	if !ok {
		return runtime.Null, c.Errorf(1040, "%s : la date « %s » n'est pas valide.", "%s: date '%s' is not valid.", c.Name, v.Text())
	}
	if fromYear {
		return runtime.Int(int64(t.YearDay())), nil
	}
	return runtime.Int(int64(t.Sub(epoch).Hours() / 24)), nil
}

func entierVersDate(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	var n int64
	if err := c.Unpack(args, "entier", &n); err != nil {
		return runtime.Null, err
	}
	return dateOf(epoch.AddDate(0, 0, int(n))), nil
}

// DateDifférence: number of days from the first date to the second.
func dateDifference(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	var va, vb runtime.Value
	if err := c.Unpack(args, "date1", &va, "date2", &vb); err != nil {
		return runtime.Null, err
	}
	a, ok1 := parseDate(va)
	b, ok2 := parseDate(vb)
	if !ok1 || !ok2 {
		return runtime.Null, c.Errorf(1040, "%s : date invalide.", "%s: invalid date.", c.Name)
	}
	return runtime.Int(int64(b.Sub(a).Hours() / 24)), nil
}

// weekday numbers the days from 1 (Monday) to 7 (Sunday).
func weekday(t time.Time) int {
	w := int(t.Weekday())
	if w == 0 {
		return 7
	}
	return w
}
