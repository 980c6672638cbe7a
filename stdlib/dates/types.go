package dates

// The prefixed functions of the Date, Heure, DateHeure and Durée types
// (doc 1000023943): `d.VersChaîne()`, `d.VersJourEnLettre()`… A call
// x.M(args) on a value that is not a structure runs the built-in M with x
// as first parameter, so each one is registered as a function taking the
// value first.

import (
	"strconv"
	"strings"
	"time"

	"github.com/wlangage/wl/runtime"
)

func installTypes(r *runtime.Registry) {
	// DateHeure is its own type (doc 1514070), not an Heure.
	r.AddType(runtime.TypeDateTime, "DateHeure", "DateTime")

	r.AddFuncs([]runtime.Func{
		{Name: "VersChaîne", Aliases: []string{"ToString"}, Min: 1, Max: 2, Fallible: true, Fn: func(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
			return versChaine(r, c, args)
		}},
		{Name: "VersJourEnLettre", Aliases: []string{"ToDayInAlpha"}, Min: 1, Max: 1, Fn: dateVersJourEnLettre},
		{Name: "VersMoisEnLettre", Aliases: []string{"ToMonthInAlpha"}, Min: 1, Max: 1, Fn: dateVersMoisEnLettre},
		{Name: "VersEntier", Aliases: []string{"ToInteger"}, Min: 1, Max: 2, Fn: versEntier},
		// No English alias: "ToDay" would fold to Today (DateDuJour).
		{Name: "VersJour", Min: 1, Max: 1, Fn: dateVersJour},
		{Name: "VersJourDansLAnnée", Aliases: []string{"ToDayInYear"}, Min: 1, Max: 1, Fn: onDate(runtime.Int(0), func(_ *runtime.Call, d time.Time) runtime.Value {
			return runtime.Int(int64(d.YearDay()))
		})},
		{Name: "VersNuméroDeSemaine", Aliases: []string{"ToWeekNumber"}, Min: 1, Max: 1, Fn: onDate(runtime.Int(0), func(_ *runtime.Call, d time.Time) runtime.Value {
			_, w := d.ISOWeek()
			return runtime.Int(int64(w))
		})},
		{Name: "DateHeureSys", Aliases: []string{"SysDateTime"}, Min: 0, Max: 0, Fn: func(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
			return c.Run.NowValue(runtime.KDateTime), nil
		}},
		{Name: "DateHeureVersChaîne", Aliases: []string{"DateTimeToString"}, Min: 1, Max: 2, Fallible: true, Fn: dateVersChaine},
		{Name: "DuréeVersChaîne", Aliases: []string{"DurationToString"}, Min: 1, Max: 2, Fn: durationToString},
		{Name: "ChaîneVersDurée", Aliases: []string{"StringToDuration"}, Min: 1, Max: 1, Fn: func(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
			var s string
			if err := c.Unpack(args, "chaîne", &s); err != nil {
				return runtime.Null, err
			}
			return runtime.Convert(runtime.Str(s), runtime.TypeDuration), nil
		}},
	})
	// The two format constants of <Durée>.VersChaîne (doc 1000023947).
	r.AddConstTable(durationConsts)
	// The format constants of DateVersChaîne (doc 3027025).
	r.AddConstTable(maskConsts)
}

// durationConsts are the format constants of <Durée>.VersChaîne.
func durationConsts() []runtime.Const {
	return []runtime.Const{
		{Name: "duréeCentième", Value: runtime.Str(formatCenti)},
		{Name: "duréeMillième", Value: runtime.Str(formatMilli)},
	}
}

const (
	formatCenti = "+JHHMMSSCC"
	formatMilli = "+JHHMMSSCCC"
)

// versChaine is <Date>.VersChaîne (doc 1000023952), <DateHeure>.VersChaîne
// (1000025807), <Heure>.VersChaîne (as HeureVersChaîne, 3027023) and
// <Durée>.VersChaîne (1000023947), chosen by the type of the value; a
// number with a format is NumériqueVersChaîne; anything else gives its
// text.
func versChaine(r *runtime.Registry, c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	v, _, err := formatArgs(c, args, "")
	if err != nil {
		return runtime.Null, err
	}
	switch v.Kind() {
	case runtime.KDate, runtime.KDateTime:
		return dateVersChaine(c, args)
	case runtime.KTime:
		return heureVersChaine(c, args)
	case runtime.KDuration:
		return durationToString(c, args)
	}
	if v.IsNumeric() && !c.Omit(args, 1) {
		if f := r.LookupFunc(runtime.Fold("NumériqueVersChaîne")); f != nil {
			return f.Fn(c, args)
		}
	}
	return runtime.Str(v.Text()), nil
}

// versEntier is <Date>.VersEntier (doc 1000024029: days since
// 31/12/1799, or since the start of the year, like DateVersEntier); for an Heure, the hundredths of a
// second since midnight (as the Heure type counts them, doc 1514068).
func versEntier(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	v, err := dateArgs(c, args)
	if err != nil {
		return runtime.Null, err
	}
	if v.Kind() == runtime.KTime {
		if !c.Omit(args, 1) {
			return runtime.Null, c.Errorf(9403, "%s : une Heure se convertit sans second paramètre (<Depuis début année> est celui d'une Date).", "%s: an Heure converts without a second parameter (<Depuis début année> belongs to a Date).", c.Name)
		}
		return runtime.Int(v.ToInt()), nil
	}
	return dateVersEntier(c, args)
}

// durationToString formats a Durée (or a +JHHMMSSCCC text, or a number of
// milliseconds) with a mask; the default is the text form +JHHMMSSCCC.
func durationToString(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	v, format, err := formatArgs(c, args, formatMilli)
	if err != nil {
		return runtime.Null, err
	}
	d := runtime.Convert(v, runtime.TypeDuration).RawInt()
	return runtime.Str(formatDuration(d, format)), nil
}

// formatDuration applies a Durée mask (doc 1000023947): + shows the sign
// of a negative duration, J the days, HH the hours, MM the minutes, SS
// the seconds, CCC the milliseconds (CC the hundredths). The largest unit
// of the mask takes what the missing larger ones would hold, so "MM:SS" of
// 1 h 2 min 8 s is "62:08" (our reading: the doc shows no such case).
func formatDuration(ms int64, format string) string {
	neg := ms < 0
	if neg {
		ms = -ms
	}
	has := func(p string) bool { return strings.Contains(format, p) }
	hasJ := containsWord(format, "J")
	hasH, hasM, hasS := has("HH"), has("MM"), has("SS")
	num := func(n int64, w int) string {
		s := strconv.FormatInt(n, 10)
		for len(s) < w {
			s = "0" + s
		}
		return s
	}
	h := ms / 3600000
	if hasJ {
		h %= 24
	}
	m := ms / 60000
	if hasJ || hasH {
		m %= 60
	}
	s := ms / 1000
	if hasJ || hasH || hasM {
		s %= 60
	}
	toks := []dateToken{
		{"+", false, func() string {
			if neg {
				return "-"
			}
			return ""
		}},
		{"J", true, func() string { return strconv.FormatInt(ms/86400000, 10) }},
		{"HH", false, func() string { return num(h, 2) }},
		{"MM", false, func() string { return num(m, 2) }},
		{"SS", false, func() string { return num(s, 2) }},
		{"CCC", false, func() string {
			if !hasJ && !hasH && !hasM && !hasS {
				return num(ms, 3)
			}
			return num(ms%1000, 3)
		}},
		{"CC", false, func() string { return num(ms/10%100, 2) }},
	}
	return applyMask(format, toks)
}

// containsWord reports whether the one-letter token t appears with no
// lower-case letter next to it (see applyMask).
func containsWord(format, t string) bool {
	rs := []rune(format)
	for i, r := range rs {
		if string(r) != t {
			continue
		}
		if (i > 0 && isLetter(rs[i-1])) || (i+1 < len(rs) && isLetter(rs[i+1])) {
			continue
		}
		return true
	}
	return false
}
