package dates

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/wlangage/wl/lexer/diag"
	"github.com/wlangage/wl/runtime"
)

// Install registers the date family.
func Install(r *runtime.Registry) {
	r.AddFuncs([]runtime.Func{
		{Name: "DateDuJour", Aliases: []string{"Today"}, Min: 0, Max: 0, Fn: today},
		{Name: "DateSys", Min: 0, Max: 0, Fn: today},
		{Name: "HeureSys", Aliases: []string{"TimeSys"}, Min: 0, Max: 0, Fn: now},
		{Name: "Maintenant", Aliases: []string{"Now"}, Min: 0, Max: 0, Fn: now},
		{Name: "Hier", Aliases: []string{"Yesterday"}, Min: 0, Max: 1, Fn: func(c *runtime.Call, args []runtime.Value) (runtime.Value, error) { return shift(c, args, -1) }},
		{Name: "Demain", Aliases: []string{"Tomorrow"}, Min: 0, Max: 1, Fn: func(c *runtime.Call, args []runtime.Value) (runtime.Value, error) { return shift(c, args, 1) }},
		{Name: "DateVersChaîne", Aliases: []string{"DateToString"}, Min: 1, Max: 2, Fallible: true, Fn: dateVersChaine},
		{Name: "HeureVersChaîne", Aliases: []string{"TimeToString"}, Min: 1, Max: 2, Fallible: true, Fn: heureVersChaine},
		{Name: "DateVersEntier", Aliases: []string{"DateToInteger"}, Min: 1, Max: 1, Fn: dateVersEntier},
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
	})
	installTypes(r)
	r.AddFuncs([]runtime.Func{
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

func dateVersEntier(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	return onDateCall(c, args, runtime.Int(0), func(c *runtime.Call, t time.Time) runtime.Value {
		return runtime.Int(int64(t.Sub(epoch).Hours() / 24))
	})
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

var (
	daysFR   = []string{"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"}
	daysEN   = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
	monthsFR = []string{"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"}
	monthsEN = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
)

func dayName(lang string, t time.Time) string {
	if diag.English(lang) {
		return daysEN[weekday(t)-1]
	}
	return daysFR[weekday(t)-1]
}

func monthName(lang string, m time.Month) string {
	if diag.English(lang) {
		return monthsEN[m-1]
	}
	return monthsFR[m-1]
}

// abbrev is the 3-character form of a name followed by a dot ("mar.",
// "déc.", 3027025); a name of 3 characters or fewer is kept.
func abbrev(s string) string {
	rs := []rune(s)
	if len(rs) <= 3 {
		return s
	}
	return string(rs[:3]) + "."
}

func capitalize(s string) string {
	rs := []rune(s)
	if len(rs) > 0 {
		rs[0] = []rune(strings.ToUpper(string(rs[0])))[0]
	}
	return string(rs)
}

func lower(s string) string { return strings.ToLower(s) }

// DateVersChaîne (3027025): formats a date (default JJ/MM/AAAA) or a
// date-time — a DateHeure or AAAAMMJJHHMMSSCC text — (default
// JJ/MM/AAAA HH:mm:SS:CC); "" gives "".
func dateVersChaine(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	v, format, err := formatArgs(c, args, "")
	if err != nil {
		return runtime.Null, err
	}
	if v.Kind() != runtime.KDate && v.Kind() != runtime.KDateTime && strings.TrimSpace(v.Text()) == "" {
		return runtime.Str(""), nil
	}
	t, ok := parseDate(v)
	if !ok {
		c.Fail(1041, "La date « "+v.Text()+" » passée à "+c.Name+" n'est pas valide.", "The date '"+v.Text()+"' passed to "+c.Name+" is not valid.")
		return runtime.Str(""), nil
	}
	withTime := false
	switch v.Kind() {
	case runtime.KDateTime:
		withTime = true
		t = t.Add(time.Duration(runtime.TimeOf(v)) * time.Millisecond)
	case runtime.KString:
		s := strings.TrimSpace(v.Text())
		if len(s) >= 12 {
			withTime = true
			t = t.Add(time.Duration(runtime.TimeOf(runtime.Str(s[8:]))) * time.Millisecond)
		}
	}
	if c.Omit(args, 1) {
		format = "JJ/MM/AAAA"
		if withTime {
			format = "JJ/MM/AAAA HH:mm:SS:CC"
		}
	}
	return runtime.Str(formatDate(c.Run.Lang, t, format, withTime)), nil
}

// dateToken is one element of a date mask and its value.
type dateToken struct {
	pat  string
	word bool // a single letter, replaced only when no lower-case letter touches it
	val  func() string
}

// formatDate replaces the date (and time) tokens of format by their
// values (doc 1000023952, 1000025807); other characters are copied. At
// each position the longest token wins, so MMMM is the month name and
// mm the minutes. The one-letter tokens J, M and L are replaced only when
// no lower-case letter touches them, so that words of the mask ("Le
// numéro") stay while "+JHHMMSS" still counts the days.
func formatDate(lang string, t time.Time, format string, withTime bool) string {
	day, month := dayName(lang, t), monthName(lang, t.Month())
	toks := []dateToken{
		{"AAAA", false, func() string { return fmt.Sprintf("%04d", t.Year()) }},
		{"AA", false, func() string { return fmt.Sprintf("%02d", t.Year()%100) }},
		{"MMMM", false, func() string { return lower(month) }},
		{"Mmmm", false, func() string { return capitalize(month) }},
		{"mmmm", false, func() string { return lower(month) }},
		{"MMM", false, func() string { return abbrev(lower(month)) }},
		{"Mmm", false, func() string { return capitalize(abbrev(lower(month))) }},
		{"mmm", false, func() string { return abbrev(lower(month)) }},
		{"MM", false, func() string { return fmt.Sprintf("%02d", int(t.Month())) }},
		{"JJJJ", false, func() string { return lower(day) }},
		{"Jjjj", false, func() string { return capitalize(day) }},
		{"jjjj", false, func() string { return lower(day) }},
		{"JJJ", false, func() string { return abbrev(lower(day)) }},
		{"Jjj", false, func() string { return capitalize(abbrev(lower(day))) }},
		{"jjj", false, func() string { return abbrev(lower(day)) }},
		{"JJ", false, func() string { return fmt.Sprintf("%02d", t.Day()) }},
		{"M", true, func() string { return strconv.Itoa(int(t.Month())) }},
		{"J", true, func() string { return strconv.Itoa(t.Day()) }},
		{"L", true, func() string { return strings.ToUpper(string([]rune(day)[0])) }},
	}
	if withTime {
		ampm := strings.Contains(format, "AP")
		toks = append(toks,
			dateToken{"HH", false, func() string {
				h := t.Hour()
				if ampm {
					h = (h+11)%12 + 1
				}
				return fmt.Sprintf("%02d", h)
			}},
			dateToken{"mm", false, func() string { return fmt.Sprintf("%02d", t.Minute()) }},
			dateToken{"SS", false, func() string { return fmt.Sprintf("%02d", t.Second()) }},
			dateToken{"CCC", false, func() string { return fmt.Sprintf("%03d", t.Nanosecond()/1e6) }},
			dateToken{"CC", false, func() string { return fmt.Sprintf("%02d", t.Nanosecond()/1e7) }},
			dateToken{"AP", false, func() string {
				if t.Hour() < 12 {
					return "AM"
				}
				return "PM"
			}},
		)
	}
	return applyMask(format, toks)
}

// isLetter reports whether r would make a one-letter token part of a
// word: a lower-case letter.
func isLetter(r rune) bool { return unicode.IsLower(r) }

// applyMask replaces the tokens of a mask, longest first.
func applyMask(format string, toks []dateToken) string {
	var b strings.Builder
	rs := []rune(format)
	for i := 0; i < len(rs); {
		best := -1
		for k, tk := range toks {
			n := len([]rune(tk.pat))
			if i+n > len(rs) || string(rs[i:i+n]) != tk.pat {
				continue
			}
			if tk.word && ((i > 0 && isLetter(rs[i-1])) || (i+n < len(rs) && isLetter(rs[i+n]))) {
				continue
			}
			if best < 0 || n > len([]rune(toks[best].pat)) {
				best = k
			}
		}
		if best < 0 {
			b.WriteRune(rs[i])
			i++
			continue
		}
		b.WriteString(toks[best].val())
		i += len([]rune(toks[best].pat))
	}
	return b.String()
}

// formatTime formats the milliseconds of a day with an Heure mask (doc
// 3027023: HH, MM or mm, SS, CC, CCC for milliseconds, AP for a 12-hour
// clock); the default is HH:MM:SS:CC.
func formatTime(ms int64, format string) string {
	h, mi, s := ms/3600000, ms/60000%60, ms/1000%60
	ampm := strings.Contains(format, "AP")
	toks := []dateToken{
		{"HH", false, func() string {
			hh := h
			if ampm {
				hh = (h+11)%12 + 1
			}
			return fmt.Sprintf("%02d", hh)
		}},
		{"MM", false, func() string { return fmt.Sprintf("%02d", mi) }},
		{"mm", false, func() string { return fmt.Sprintf("%02d", mi) }},
		{"SS", false, func() string { return fmt.Sprintf("%02d", s) }},
		{"CCC", false, func() string { return fmt.Sprintf("%03d", ms%1000) }},
		{"CC", false, func() string { return fmt.Sprintf("%02d", ms/10%100) }},
		{"AP", false, func() string {
			if h < 12 {
				return "AM"
			}
			return "PM"
		}},
	}
	return applyMask(format, toks)
}

// HeureVersChaîne (3027023): formats an Heure, a DateHeure (its time) or
// HHMMSSCC text; the default format is HH:MM:SS:CC ("15:33:21:05",
// 3027024).
func heureVersChaine(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	v, format, err := formatArgs(c, args, "HH:MM:SS:CC")
	if err != nil {
		return runtime.Null, err
	}
	var ms int64
	if v.Kind() == runtime.KString && len(strings.TrimSpace(v.Text())) >= 16 {
		// AAAAMMJJHHmmSSCC: only the time counts.
		ms = runtime.TimeOf(runtime.Str(strings.TrimSpace(v.Text())[8:]))
	} else {
		ms = runtime.TimeOf(v)
	}
	return runtime.Str(formatTime(ms, format)), nil
}

// chronos is the per-run state of the Chrono functions: start instants
// and, once stopped, the measured value.
type chronos struct {
	start   map[int64]time.Time
	stopped map[int64]time.Duration
}

type chronoKey struct{}

func getChronos(c *runtime.Call) *chronos {
	return c.Run.State(chronoKey{}, func() any {
		return &chronos{start: map[int64]time.Time{}, stopped: map[int64]time.Duration{}}
	}).(*chronos)
}

// ChronoDébut (3027031): starts (or restarts) chronometer n (1 by default).
func chronoDebut(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	ch := getChronos(c)
	n := int64(1)
	if err := c.Unpack(args, "chronomètre?", &n); err != nil {
		return runtime.Null, err
	}
	ch.start[n] = c.Run.Now()
	delete(ch.stopped, n)
	return runtime.Null, nil
}

func notStarted(c *runtime.Call, n int64) error {
	return c.Errorf(1042, "Le chronomètre %d n'est pas démarré (%s).", "Chronometer %d is not started (%s).", n, c.Name)
}

// ChronoFin (3027032): stops chronometer n and returns the elapsed Durée
// in milliseconds; a second call returns the same value.
func chronoFin(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	return chronoRead(c, args, true)
}

// ChronoValeur (3027033): elapsed time of chronometer n without stopping it.
func chronoValeur(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	return chronoRead(c, args, false)
}

// chronoRead is the Durée of chronometer n: the value it was stopped at,
// or the time since it started (which stop makes its stopped value).
func chronoRead(c *runtime.Call, args []runtime.Value, stop bool) (runtime.Value, error) {
	ch := getChronos(c)
	n := int64(1)
	if err := c.Unpack(args, "chronomètre?", &n); err != nil {
		return runtime.Null, err
	}
	if d, ok := ch.stopped[n]; ok {
		return runtime.Duration(d.Milliseconds()), nil
	}
	st, ok := ch.start[n]
	if !ok {
		return runtime.Null, notStarted(c, n)
	}
	d := c.Run.Now().Sub(st)
	if stop {
		ch.stopped[n] = d
	}
	return runtime.Duration(d.Milliseconds()), nil
}
