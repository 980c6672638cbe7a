package runtime

import (
	"testing"
	"time"
)

// The calendar functions agree with the time package over four
// centuries, leap years included.
func TestCivilDays(t *testing.T) {
	start := time.Date(1583, 1, 1, 0, 0, 0, 0, time.UTC)
	z0 := daysFromCivil(1583, 1, 1)
	for i := int64(0); i < 160000; i += 7 {
		d := start.AddDate(0, 0, int(i))
		y, m, dd := civilFromDays(z0 + i)
		if y != int64(d.Year()) || m != int64(d.Month()) || dd != int64(d.Day()) {
			t.Fatalf("day %d: %d-%d-%d, want %v", i, y, m, dd, d)
		}
		if got := daysFromCivil(int64(d.Year()), int64(d.Month()), int64(d.Day())); got != z0+i {
			t.Fatalf("daysFromCivil(%v) = %d", d, got)
		}
	}
	// Months out of range carry over.
	if dateOfDay(daysFromCivil(2020, 13, 1)) != 20210101 || dateOfDay(daysFromCivil(2021, 0, 31)) != 20201231 {
		t.Error("month carry")
	}
}

func TestDateHelpers(t *testing.T) {
	// 01/01/1800 is 1 and 25/12/2001 is 73773 (doc 1514066, 3027025).
	if DateFromInteger(1).n != 18000101 || DateFromInteger(73773).n != 20011225 {
		t.Error("day counts from 1800")
	}
	if DateToInteger(Value{k: KDate, n: 20011225}) != 73773 {
		t.Error("DateToInteger")
	}
	if addDays(20201226, 10) != 20210105 || addDays(20240228, 1) != 20240229 || addDays(20010101, -1) != 20001231 {
		t.Error("addDays")
	}
	// Changing the month keeps the day inside it (doc 2512095).
	if addMonths(20240229, 12) != 20250228 || addMonths(20200131, 1) != 20200229 || addMonths(20200115, -13) != 20181215 {
		t.Error("addMonths")
	}
	// 25/12/2001 was a Tuesday (doc 1000024031), 26/10/1985 a Saturday.
	if WeekdayOf(Value{k: KDate, n: 20011225}) != 2 || WeekdayOf(Value{k: KDate, n: 19851026}) != 6 {
		t.Error("WeekdayOf")
	}
}

func TestTemporalText(t *testing.T) {
	for _, c := range []struct {
		v    Value
		want string
	}{
		{Value{k: KDate, n: 20011231}, "20011231"},
		{Value{k: KDate, n: 5010203}, "05010203"},
		{Value{k: KTime, n: 15*msPerHour + 25*msPerMinute + 7*msPerSecond + 120}, "15250712"},
		{Value{k: KDateTime, n: mkDT(20211231, 15*msPerHour+24*msPerMinute+33*msPerSecond+123)}, "20211231152433123"},
		{Duration(2*msPerMinute + 8*msPerSecond), "0000208000"},
		{Duration(-1000), "-0000001000"},
		{Duration(3*msPerDay + 4*msPerHour), "3040000000"},
	} {
		if got := c.v.Text(); got != c.want {
			t.Errorf("%v: %q, want %q", c.v.k, got, c.want)
		}
	}
	// duréeCentième: 1 h 15 min 28 s is 001152800 (doc 1000023947).
	if got := durationText(msPerHour+15*msPerMinute+28*msPerSecond, true); got != "001152800" {
		t.Errorf("centi %q", got)
	}
}

func TestTemporalParse(t *testing.T) {
	for _, c := range []struct {
		in   string
		want int64
	}{
		{"1525", 15*msPerHour + 25*msPerMinute},
		{"153050", 15*msPerHour + 30*msPerMinute + 50*msPerSecond},
		{"12005956", 12*msPerHour + 59*msPerSecond + 560},
		{"143005123", 14*msPerHour + 30*msPerMinute + 5*msPerSecond + 123},
		{"12:30:00", 12*msPerHour + 30*msPerMinute},
	} {
		if got := parseTimeText(c.in); got != c.want {
			t.Errorf("time %q: %d, want %d", c.in, got, c.want)
		}
	}
	if got := parseDateTimeText("202112311524"); got != mkDT(20211231, 15*msPerHour+24*msPerMinute) {
		t.Errorf("datetime %d", got)
	}
	if got := parseDateTimeText("20211231"); got != mkDT(20211231, 0) {
		t.Errorf("date only %d", got)
	}
	for _, ms := range []int64{0, 1, 128000, 86399999, 3*msPerDay + 17, -5000, 1234 * msPerDay} {
		if got := parseDurationText(durationText(ms, false)); got != ms {
			t.Errorf("duration round trip %d → %q → %d", ms, durationText(ms, false), got)
		}
	}
}

func TestConvertTemporal(t *testing.T) {
	if v := convertLoose(Str("20011231"), TypeDate); v.Kind() != KDate || v.n != 20011231 {
		t.Errorf("string → Date %v", v)
	}
	if v := convertLoose(Int(73773), TypeDate); v.n != 20011225 {
		t.Errorf("int → Date %v", v)
	}
	// An integer too large to count days is read as AAAAMMJJ.
	if v := convertLoose(Int(20011231), TypeDate); v.n != 20011231 {
		t.Errorf("AAAAMMJJ int → Date %v", v)
	}
	// Integers count hundredths of a second for an Heure (doc 1514068).
	if v := convertLoose(Int(360000), TypeTime); v.n != msPerHour {
		t.Errorf("int → Heure %v", v)
	}
	dt := Value{k: KDateTime, n: mkDT(20011212, 15*msPerHour)}
	if v := convertLoose(dt, TypeDate); v.n != 20011212 {
		t.Errorf("DateHeure → Date %v", v)
	}
	if v := convertLoose(dt, TypeTime); v.n != 15*msPerHour {
		t.Errorf("DateHeure → Heure %v", v)
	}
	if v := convertLoose(Value{k: KDate, n: 20011209}, TypeDateTime); v.Text() != "20011209000000000" {
		t.Errorf("Date → DateHeure %s", v.Text())
	}
	if v := convertLoose(Str("1023000500"), TypeDuration); v.n != msPerDay+2*msPerHour+30*msPerMinute+500 {
		t.Errorf("string → Durée %d", v.n)
	}
	if v := convertLoose(Duration(128000), TypeString); v.Text() != "0000208000" {
		t.Errorf("Durée → chaîne %q", v.Text())
	}
	a := &Array{Elem: TypeVariant, Data: []Value{Int(0x41), Int(0x42)}}
	if v := convertLoose(ArrayValue(a), TypeBuffer); v.Kind() != KBuffer || v.Text() != "AB" {
		t.Errorf("array → Buffer %q", v.Text())
	}
	if _, err := castValue(Value{k: KDate, n: 20011231}, TypeTime); err == nil {
		t.Error("(Heure) Date accepted")
	}
	if _, err := castValue(Str("x"), TypeBool); err == nil {
		t.Error("(booléen) chaîne accepted")
	}
	if v, err := castValue(Int(378), TypeString); err != nil || v.Text() != "378" {
		t.Errorf("(chaîne) 378: %v %v", v, err)
	}
}

// The tables of doc 1514040.
func TestTemporalArith(t *testing.T) {
	d1 := Value{k: KDate, n: 20011225}
	d2 := Value{k: KDate, n: 20020105}
	h1 := Value{k: KTime, n: 13*msPerHour + 30*msPerMinute}
	h2 := Value{k: KTime, n: 17*msPerHour + 30*msPerMinute}
	dt1 := Value{k: KDateTime, n: mkDT(20011205, 15*msPerHour+30*msPerMinute)}
	dt2 := Value{k: KDateTime, n: mkDT(20011207, 17*msPerHour+30*msPerMinute)}
	ok := func(name, op string, a, b Value, kind Kind, n int64) {
		t.Helper()
		v, err := arith(op, a, b)
		if err != nil || v.k != kind || v.n != n {
			t.Errorf("%s: %v %d %v, want %v %d", name, v.k, v.n, err, kind, n)
		}
	}
	ok("Date - Date", "-", d2, d1, KDuration, 11*msPerDay)
	ok("Date + 1", "+", d1, Int(7), KDate, 20020101)
	ok("1 + Date", "+", Int(7), d1, KDate, 20020101)
	ok("Date + Durée", "+", d1, Duration(36*msPerHour), KDate, 20011226)
	ok("Durée + Date", "+", Duration(-msPerDay), d1, KDate, 20011224)
	ok("Date - Durée", "-", d1, Duration(msPerDay), KDate, 20011224)
	ok("Heure - Heure", "-", h2, h1, KDuration, 4*msPerHour)
	ok("Heure + Durée wraps", "+", h2, Duration(7*msPerHour), KTime, 30*msPerMinute)
	ok("Heure - Durée wraps", "-", h1, Duration(14*msPerHour), KTime, 23*msPerHour+30*msPerMinute)
	ok("Durée + Heure", "+", Duration(msPerHour), h1, KTime, 14*msPerHour+30*msPerMinute)
	ok("DateHeure - DateHeure", "-", dt2, dt1, KDuration, 50*msPerHour)
	ok("DateHeure + Durée", "+", dt2, Duration(7*msPerHour), KDateTime, mkDT(20011208, 30*msPerMinute))
	ok("DateHeure - Durée", "-", dt1, Duration(16*msPerHour), KDateTime, mkDT(20011204, 23*msPerHour+30*msPerMinute))
	ok("Durée + Durée", "+", Duration(1000), Duration(500), KDuration, 1500)
	ok("Durée * 2", "*", Duration(1500), Int(2), KDuration, 3000)
	ok("Durée / 2", "/", Duration(1500), Int(2), KDuration, 750)
	if v, err := arith("+", d1, h1); err != nil || v.k != KString || v.Text() != "2001122513300000" {
		t.Errorf("Date + Heure concatenates: %v %q", v.k, v.Text())
	}
	for _, c := range []struct {
		op   string
		a, b Value
	}{
		{"-", d1, h1}, {"-", d1, dt1}, {"-", h1, d1}, {"-", dt1, d1}, {"-", Duration(1), d1}, {"*", d1, Int(2)},
	} {
		if _, err := arith(c.op, c.a, c.b); err == nil {
			t.Errorf("%v %s %v accepted (doc 1514040: Erreur)", c.a.k, c.op, c.b.k)
		}
	}
	// ++ on a Date keeps a Date (numeric() leaves it alone).
	if v, _ := arith("+", numeric(d1), Int(1)); v.k != KDate || v.n != 20011226 {
		t.Errorf("d++ %v", v)
	}
}

func TestTemporalCompare(t *testing.T) {
	d := Value{k: KDate, n: 20011231}
	dt := Value{k: KDateTime, n: mkDT(20011231, 18*msPerHour)}
	h := Value{k: KTime, n: 18 * msPerHour}
	if compare(d, dt) != 0 || compare(dt, d) != 0 {
		t.Error("Date = DateHeure ignores the time")
	}
	if compare(h, dt) != 0 {
		t.Error("Heure = DateHeure ignores the date")
	}
	if compare(d, Str("20011231")) != 0 || compare(d, Str("20020101")) >= 0 {
		t.Error("Date against an AAAAMMJJ string")
	}
	if compare(Duration(90000), Duration(45000)) <= 0 {
		t.Error("durations")
	}
}

func TestScalarProps(t *testing.T) {
	get := func(v Value, key string) Value {
		t.Helper()
		r, ok := scalarProp(v, key)
		if !ok {
			t.Fatalf("no property %s on %v", key, v.k)
		}
		return r
	}
	d := Value{k: KDate, n: 20240229}
	if get(d, "ANNEE").n != 2024 || get(d, "MONTH").n != 2 || get(d, "JOUR").n != 29 {
		t.Error("Date parts")
	}
	du := Duration(2*msPerMinute + 8*msPerSecond)
	if v := get(du, "ENSECONDES"); v.Text() != "128" {
		t.Errorf("EnSecondes %s", v.Text())
	}
	if v := get(Duration(756000000), "ENHEURES"); v.Text() != "210" {
		t.Errorf("EnHeures %s", v.Text())
	}
	if v := get(Duration(-(msPerDay + 3*msPerHour)), "HEURE"); v.n != -3 {
		t.Errorf("negative component %d", v.n)
	}
	dt := Value{k: KDateTime, n: mkDT(20011212, 15*msPerHour+15*msPerMinute)}
	if v := get(dt, "PARTIEDATE"); v.k != KDate || v.n != 20011212 {
		t.Errorf("PartieDate %v", v)
	}
	if v := get(dt, "TIMEPART"); v.k != KTime || v.n != 15*msPerHour+15*msPerMinute {
		t.Errorf("PartieHeure %v", v)
	}
	if _, ok := scalarProp(Int(3), "ANNEE"); ok {
		t.Error("Année of an entier")
	}

	// Direct assignment: range checked, day clamped (doc 2512043).
	p := Value{k: KDate, n: 20201126}
	if ok, err := setScalarProp(&p, "JOUR", "Jour", Int(31)); !ok || err != nil || p.n != 20201130 {
		t.Errorf("Jour = 31 in November: %v %v %d", ok, err, p.n)
	}
	if _, err := setScalarProp(&p, "JOUR", "Jour", Int(46)); err == nil {
		t.Error("Jour = 46 accepted")
	}
	if _, err := setScalarProp(&p, "MOIS", "Mois", Int(13)); err == nil {
		t.Error("Mois = 13 accepted")
	}
	h := Value{k: KTime, n: 15*msPerHour + 25*msPerMinute}
	if _, err := setScalarProp(&h, "HEURE", "Heure", Int(24)); err == nil {
		t.Error("Heure = 24 accepted")
	}
	setScalarProp(&h, "HEURE", "Heure", Int(12))
	setScalarProp(&h, "MINUTE", "Minute", Int(0))
	if h.n != 12*msPerHour {
		t.Errorf("Heure = 12, Minute = 0: %d", h.n)
	}
	var dur = Duration(0)
	setScalarProp(&dur, "ENSECONDES", "EnSecondes", Int(128))
	if dur.n != 128000 {
		t.Errorf("EnSecondes = 128: %d", dur.n)
	}
	setScalarProp(&dur, "JOUR", "Jour", Int(5))
	if dur.n != 5*msPerDay+128000 {
		t.Errorf("Jour = 5: %d", dur.n)
	}
	setScalarProp(&dt, "PARTIEDATE", "PartieDate", Str("20011225"))
	if dt.Text() != "20011225151500000" {
		t.Errorf("PartieDate = %s", dt.Text())
	}

	// Operations carry over (doc 2512043, 2512052, 2512038).
	p = Value{k: KDate, n: 20201226}
	addScalarProp(&p, "JOUR", Int(10))
	if p.n != 20210105 {
		t.Errorf("Jour += 10: %d", p.n)
	}
	p = Value{k: KDate, n: 20201226}
	addScalarProp(&p, "MOIS", Int(5))
	if p.n != 20210526 {
		t.Errorf("Mois += 5: %d", p.n)
	}
	h = Value{k: KTime, n: 23*msPerHour + 35*msPerMinute}
	addScalarProp(&h, "HEURE", Int(1))
	if h.n != 35*msPerMinute {
		t.Errorf("23:35 + 1 h: %d", h.n)
	}
	dt = Value{k: KDateTime, n: mkDT(20201126, 23*msPerHour+35*msPerMinute)}
	addScalarProp(&dt, "HEURE", Int(1))
	if dt.Text() != "20201127003500000" {
		t.Errorf("DateHeure 23:35 + 1 h: %s", dt.Text())
	}
}

// Date and duration arithmetic does not allocate.
func TestTemporalNoAlloc(t *testing.T) {
	d := Value{k: KDate, n: 20011225}
	n := testing.AllocsPerRun(100, func() {
		v, _ := arith("+", d, Int(1))
		w, _ := arith("-", v, d)
		_ = compare(v, d)
		_, _ = arith("+", w, Duration(5))
	})
	if n != 0 {
		t.Errorf("%v allocations", n)
	}
}
