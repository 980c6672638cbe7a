package dates_test

import (
	"testing"
	"time"

	"github.com/wlangage/wl/runtime"
	"github.com/wlangage/wl/stdlib/internal/wltest"
)

var (
	S = wltest.S
	I = wltest.I
)

// The test clock is Tuesday 2 December 2003, 15:33:21.05.
func TestClock(t *testing.T) {
	e := wltest.New()
	d := e.Call(t, "DateDuJour")
	if d.Kind() != runtime.KDate || d.Text() != "20031202" {
		t.Fatalf("DateDuJour = %v %q (3027016)", d.Kind(), d.Text())
	}
	if got := e.Text(t, "Today"); got != "20031202" {
		t.Fatalf("Today %q", got)
	}
	h := e.Call(t, "HeureSys")
	if h.Kind() != runtime.KTime || h.Text() != "15332105" {
		t.Fatalf("HeureSys = %q", h.Text())
	}
	if got := e.Text(t, "Maintenant"); got != "15332105" {
		t.Fatalf("Maintenant = %q (3027024)", got)
	}
	if got := e.Text(t, "HeureVersChaîne", e.Call(t, "Maintenant")); got != "15:33:21:05" {
		t.Fatalf("HeureVersChaîne = %q", got)
	}
	if got := e.Text(t, "Hier"); got != "20031201" {
		t.Fatalf("Hier = %q", got)
	}
	if got := e.Text(t, "Yesterday", S("20030301")); got != "20030228" {
		t.Fatalf("Hier(1 mars) = %q", got)
	}
	if got := e.Text(t, "Demain", S("20041231")); got != "20050101" {
		t.Fatalf("Demain = %q", got)
	}
}

// DateVersChaîne (3027025).
func TestDateVersChaine3027025(t *testing.T) {
	e := wltest.New()
	for _, c := range []struct {
		args []runtime.Value
		want string
	}{
		{[]runtime.Value{S("20191225")}, "25/12/2019"},
		{[]runtime.Value{e.Call(t, "EntierVersDate", I(73773))}, "25/12/2001"},
		{[]runtime.Value{S("")}, ""},
		{[]runtime.Value{S("20191225"), S("MM-JJ-AAAA")}, "12-25-2019"},
		{[]runtime.Value{S("20031202"), S("JJJ JJ MMM AAAA")}, "mar. 02 déc. 2003"},
		{[]runtime.Value{S("20031202"), S("JJJJ JJ MMMM AAAA")}, "mardi 02 décembre 2003"},
		{[]runtime.Value{S("20031202"), S("Jjjj JJ Mmmm AAAA")}, "Mardi 02 Décembre 2003"},
		{[]runtime.Value{S("20030105"), S("J/M/AA")}, "5/1/03"},
		{[]runtime.Value{e.Call(t, "DateDuJour")}, "02/12/2003"},
		{[]runtime.Value{S("2003120214302512")}, "02/12/2003 14:30:25:12"},
	} {
		if got := e.Text(t, "DateVersChaîne", c.args...); got != c.want {
			t.Errorf("DateVersChaîne%v = %q, want %q", c.args, got, c.want)
		}
	}
	e.Call(t, "DateToString", S("20190230"))
	if !e.Run.ErrorDetected() {
		t.Errorf("an invalid date is a non-fatal error")
	}
}

func TestIntegers(t *testing.T) {
	e := wltest.New()
	if got := e.Call(t, "DateVersEntier", S("20011225")).ToInt(); got != 73773 {
		t.Errorf("DateVersEntier = %d", got)
	}
	if got := e.Call(t, "DateVersEntier", S("18000101")).ToInt(); got != 1 {
		t.Errorf("DateVersEntier(01/01/1800) = %d", got)
	}
	if got := e.Call(t, "DateDifférence", S("20031201"), S("20031225")).ToInt(); got != 24 {
		t.Errorf("DateDifférence = %d", got)
	}
	if e.Call(t, "DateValide", S("20030229")).Text() != "0" || e.Call(t, "DateValide", S("20040229")).Text() != "1" {
		t.Errorf("DateValide")
	}
	if got := e.Text(t, "DateVersJourEnLettre", S("20031202")); got != "mardi" {
		t.Errorf("DateVersJourEnLettre = %q", got)
	}
}

// ChronoDébut / ChronoFin (3027031, 3027032): elapsed Durée in ms; a second
// ChronoFin returns the same value; an unstarted chronometer is an error.
func TestChrono(t *testing.T) {
	e := wltest.New()
	e.Call(t, "ChronoDébut")
	e.Call(t, "ChronoStart", I(2))
	e.Now = e.Now.Add(1500 * time.Millisecond)
	if v := e.Call(t, "ChronoValeur"); v.ToInt() != 1500 {
		t.Fatalf("ChronoValeur %v", v)
	}
	d := e.Call(t, "ChronoFin")
	if d.Kind() != runtime.KDuration || d.ToInt() != 1500 {
		t.Fatalf("ChronoFin = %v", d)
	}
	e.Now = e.Now.Add(time.Second)
	if d := e.Call(t, "ChronoFin"); d.ToInt() != 1500 {
		t.Fatalf("second ChronoFin = %v", d)
	}
	if d := e.Call(t, "ChronoEnd", I(2)); d.ToInt() != 2500 {
		t.Fatalf("ChronoFin(2) = %v", d)
	}
	if _, err := e.Try("ChronoFin", []runtime.Value{I(9)}); err == nil {
		t.Fatal("an unstarted chronometer is an error")
	}
}

// The format constants of DateVersChaîne (3027025) write the offset of the
// run clock's zone on the given date, or convert to UTC.
func TestStandardMasks(t *testing.T) {
	e := wltest.New()
	e.Now = time.Date(2003, 12, 2, 15, 33, 21, 0, time.FixedZone("IST", 5*3600+1800))
	for _, c := range []struct {
		date, mask, want string
	}{
		{"20191125", "maskDateEmail", "Mon, 25 Nov 2019 00:00:00 +0530"},
		{"20191125", "maskDateEmailUTC", "Sun, 24 Nov 2019 18:30:00 +0000"},
		{"20191125", "maskDateInternet", "2019-11-25T00:00:00.000+05:30"},
		{"20191125", "maskDateInternetUTC", "2019-11-24T18:30:00.000Z"},
		{"2019112501020304", "maskDateInternet", "2019-11-25T01:02:03.040+05:30"},
		{"20191125", "maskDateSystème", "25/11/2019"},
		{"2019112501020304", "maskDateSystem", "25/11/2019 01:02:03:04"},
	} {
		if got := e.Text(t, "DateVersChaîne", S(c.date), e.Const(t, c.mask)); got != c.want {
			t.Errorf("DateVersChaîne(%s, %s) = %q, want %q", c.date, c.mask, got, c.want)
		}
	}
}

// Age (3027034): calendar years, months and days.
func TestAge(t *testing.T) {
	e := wltest.New()
	for _, c := range []struct{ birth, at, want string }{
		{"19690513", "20051010", "00360427"},
		{"19730912", "20050812", "00311100"},
		{"19790201", "20061025", "00270824"},
		{"20230131", "20230301", "00000101"},
		{"20240131", "20240301", "00000101"}, // 29/02 of a leap year
		{"20000229", "20040229", "00040000"},
		{"20200101", "20200101", "00000000"},
		{"20200102", "20200101", ""},
	} {
		if got := e.Text(t, "Age", S(c.birth), S(c.at)); got != c.want {
			t.Errorf("Age(%s, %s) = %q, want %q", c.birth, c.at, got, c.want)
		}
	}
	if got := e.Text(t, "Age", S("19690513")); got != "00340619" {
		t.Errorf("Age at the clock's date (02/12/2003) = %q", got)
	}
}
