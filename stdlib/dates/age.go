package dates

// Age (doc 3027034): the age between a birth date and a date of
// calculation, in calendar years, months and days.

import (
	"fmt"
	"time"

	"github.com/wlangage/wl/runtime"
)

// age is Age(<Date de naissance> [, <Date de calcul>]): an AAAAMMJJ text
// ("00360427" from 13/05/1969 to 10/10/2005), which a Date variable takes
// as a date whose Année, Mois and Jour are the age. Each date is a Date, a
// DateHeure, or AAAAMMJJ[HHmmSSCC] text (only the date counts); the date
// of calculation defaults to today. As the page says, an invalid date or a
// birth after the date of calculation gives "" (ErreurDétectée tells why).
func age(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	var vb, vc runtime.Value
	if err := c.Unpack(args, "date de naissance", &vb, "date de calcul?", &vc); err != nil {
		return runtime.Null, err
	}
	birth, ok := parseDate(vb)
	if !ok {
		return invalidAgeDate(c, vb)
	}
	var at time.Time
	if c.Omit(args, 1) {
		n := c.Run.Now()
		at = time.Date(n.Year(), n.Month(), n.Day(), 0, 0, 0, 0, time.UTC)
	} else if at, ok = parseDate(vc); !ok {
		return invalidAgeDate(c, vc)
	}
	if birth.After(at) {
		c.Fail(1040,
			fmt.Sprintf("%s : la date de naissance (%s) est postérieure à la date de calcul (%s).", c.Name, birth.Format("02/01/2006"), at.Format("02/01/2006")),
			fmt.Sprintf("%s: the birth date (%s) is after the date of calculation (%s).", c.Name, birth.Format("01/02/2006"), at.Format("01/02/2006")))
		return runtime.Str(""), nil
	}
	y, m, d := calendarDiff(birth, at)
	return runtime.Str(fmt.Sprintf("%04d%02d%02d", y, m, d)), nil
}

func invalidAgeDate(c *runtime.Call, v runtime.Value) (runtime.Value, error) {
	c.Fail(1040, "La date « "+v.Text()+" » passée à "+c.Name+" n'est pas valide.", "The date '"+v.Text()+"' passed to "+c.Name+" is not valid.")
	return runtime.Str(""), nil
}

// calendarDiff counts the whole years, then the whole months, then the
// days from a to b (a <= b, both at midnight UTC). An anniversary on a day
// the month lacks (31, or 29 February) falls on the month's last day: from
// 31/01 to 01/03 of a common year is 1 month (to 28/02) and 1 day. The
// page is silent on such days; this is the reading of a civil age.
func calendarDiff(a, b time.Time) (years, months, days int) {
	total := (b.Year()-a.Year())*12 + int(b.Month()) - int(a.Month())
	if addMonths(a, total).After(b) {
		total--
	}
	end := addMonths(a, total)
	days = int(b.Sub(end).Hours() / 24)
	return total / 12, total % 12, days
}

// addMonths moves t by n months, keeping its day or, when the target month
// is shorter, taking that month's last day.
func addMonths(t time.Time, n int) time.Time {
	first := time.Date(t.Year(), t.Month()+time.Month(n), 1, 0, 0, 0, 0, time.UTC)
	last := first.AddDate(0, 1, -1).Day()
	day := t.Day()
	if day > last {
		day = last
	}
	return time.Date(first.Year(), first.Month(), day, 0, 0, 0, 0, time.UTC)
}
