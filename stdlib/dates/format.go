package dates

// Names of days and months, and the masks of DateVersChaîne and
// HeureVersChaîne (3027025, 3027023).

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/wlangage/wl/lexer/diag"
	"github.com/wlangage/wl/runtime"
)

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
	switch {
	case c.Omit(args, 1) || format == maskSystem:
		// maskDateSystème is the project's format for the language; wl
		// has no project description, so it is the format used when none
		// is given (the page: those options apply when no format is).
		format = "JJ/MM/AAAA"
		if withTime {
			format = "JJ/MM/AAAA HH:mm:SS:CC"
		}
	default:
		if layout, utc, ok := standardMask(format); ok {
			return runtime.Str(formatStandard(c, t, layout, utc)), nil
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

// The format constants of DateVersChaîne (3027025). Each one's value is its
// own name, which no date mask would be written as.
const (
	maskSystem      = "maskDateSystème"
	maskEmail       = "maskDateEmail"
	maskEmailUTC    = "maskDateEmailUTC"
	maskInternet    = "maskDateInternet"
	maskInternetUTC = "maskDateInternetUTC"
)

// maskConsts are the format constants of DateVersChaîne. maskDateSystem is
// our reading of the English name; maskDateDuréeRelative (natural-language
// durations, configured in a project description) is not provided.
func maskConsts() []runtime.Const {
	return []runtime.Const{
		{Name: maskSystem, Aliases: []string{"maskDateSystem"}, Value: runtime.Str(maskSystem)},
		{Name: maskEmail, Value: runtime.Str(maskEmail)},
		{Name: maskEmailUTC, Value: runtime.Str(maskEmailUTC)},
		{Name: maskInternet, Value: runtime.Str(maskInternet)},
		{Name: maskInternetUTC, Value: runtime.Str(maskInternetUTC)},
	}
}

// standardMask gives the Go layout of a standard format constant: the date
// of RFC 5322 ("Mon, 25 Nov 2019 00:00:00 +0100") or the date-time of RFC
// 3339 with milliseconds ("2019-08-25T00:00:00.000+02:00", "Z" in UTC),
// and whether it is written in UTC.
func standardMask(format string) (layout string, utc, ok bool) {
	switch format {
	case maskEmail:
		return "Mon, 02 Jan 2006 15:04:05 -0700", false, true
	case maskEmailUTC:
		return "Mon, 02 Jan 2006 15:04:05 -0700", true, true
	case maskInternet:
		return "2006-01-02T15:04:05.000-07:00", false, true
	case maskInternetUTC:
		return "2006-01-02T15:04:05.000Z07:00", true, true
	}
	return "", false, false
}

// formatStandard writes the wall-clock date-time t (its fields, read as
// UTC) in a standard layout. Its time zone is the local one: that of the
// run's clock (time.Local unless an embedder's clock says otherwise; the
// tests fix it), whose offset on that date (summer time included) the
// result shows, or converts to UTC.
func formatStandard(c *runtime.Call, t time.Time, layout string, utc bool) string {
	local := time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), c.Run.Now().Location())
	if utc {
		local = local.UTC()
	}
	return local.Format(layout)
}
