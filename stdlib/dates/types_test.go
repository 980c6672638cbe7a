package dates_test

import (
	"testing"

	"github.com/wlangage/wl/runtime"
	"github.com/wlangage/wl/stdlib/internal/wltest"
)

func date(s string) runtime.Value     { return runtime.Convert(S(s), runtime.TypeDate) }
func timeOf(s string) runtime.Value   { return runtime.Convert(S(s), runtime.TypeTime) }
func dateTime(s string) runtime.Value { return runtime.Convert(S(s), runtime.TypeDateTime) }

// <Date>.VersChaîne (1000023952), <DateHeure>.VersChaîne (1000025807),
// <Heure> (3027023) and <Durée>.VersChaîne (1000023947).
func TestVersChaine(t *testing.T) {
	e := wltest.New()
	dur := runtime.Convert(timeOf("140852"), runtime.TypeDuration)
	dur = runtime.Duration(dur.RawInt() - runtime.Convert(timeOf("125324"), runtime.TypeDuration).RawInt())
	for _, c := range []struct {
		args []runtime.Value
		want string
	}{
		{[]runtime.Value{date("20191225")}, "25/12/2019"},
		{[]runtime.Value{date("20191225"), S("MM-JJ-AAAA")}, "12-25-2019"},
		{[]runtime.Value{date("20191225"), S("Le numéro du jour JJ du mois n° MM de l'année AAAA")}, "Le numéro du jour 25 du mois n° 12 de l'année 2019"},
		{[]runtime.Value{date("20031202"), S("Jjj JJ Mmm AAAA")}, "Mar. 02 Déc. 2003"},
		{[]runtime.Value{date("20031202"), S("L J/M")}, "M 2/12"},
		{[]runtime.Value{dateTime("201912251715")}, "25/12/2019 17:15:00:00"},
		{[]runtime.Value{dateTime("201912251715"), S("MM-JJ-AAAA HH:mm")}, "12-25-2019 17:15"},
		{[]runtime.Value{dateTime("202012021715"), S("JJJJ JJ MMMM AAAA HH:mm")}, "mercredi 02 décembre 2020 17:15"},
		{[]runtime.Value{dateTime("202012020515"), S("HH:mm AP")}, "05:15 AM"},
		{[]runtime.Value{timeOf("1525")}, "15:25:00:00"},
		{[]runtime.Value{timeOf("1525"), S("HH:mm:SS")}, "15:25:00"},
		{[]runtime.Value{timeOf("143005123"), S("HH:MM:SS.CCC")}, "14:30:05.123"},
		{[]runtime.Value{dur, S("+JHHMMSSCC")}, "001152800"},
		{[]runtime.Value{dur, S("J-HH:MM")}, "0-01:15"},
		{[]runtime.Value{dur}, "0011528000"},
		{[]runtime.Value{runtime.Duration(128000), S("MM:SS")}, "02:08"},
		{[]runtime.Value{runtime.Duration(3728000), S("MM:SS")}, "62:08"},
		{[]runtime.Value{runtime.Duration(-90000), S("+MM:SS")}, "-01:30"},
		{[]runtime.Value{I(42)}, "42"},
	} {
		if got := e.Text(t, "VersChaîne", c.args...); got != c.want {
			t.Errorf("VersChaîne(%v): %q, want %q", c.args, got, c.want)
		}
	}
	if got := e.Text(t, "ToString", date("20011225"), S("JJ.MM.AA")); got != "25.12.01" {
		t.Errorf("ToString %q", got)
	}
	if got := e.Text(t, "HeureVersChaîne", S("12005956")); got != "12:00:59:56" {
		t.Errorf("HeureVersChaîne %q", got)
	}
	if got := e.Text(t, "DateVersChaîne", dateTime("201912251715")); got != "25/12/2019 17:15:00:00" {
		t.Errorf("DateVersChaîne(DateHeure) %q", got)
	}
	if got := e.Text(t, "DuréeVersChaîne", runtime.Duration(128000), S("MM:SS")); got != "02:08" {
		t.Errorf("DuréeVersChaîne %q", got)
	}
}

func TestDateMethods(t *testing.T) {
	e := wltest.New()
	d := date("20011225")
	if got := e.Text(t, "VersJourEnLettre", d); got != "mardi" {
		t.Errorf("VersJourEnLettre %q (1000024031)", got)
	}
	if got := e.Text(t, "VersMoisEnLettre", d); got != "décembre" {
		t.Errorf("VersMoisEnLettre %q", got)
	}
	if got := e.Call(t, "VersEntier", d).ToInt(); got != 73773 {
		t.Errorf("VersEntier %d", got)
	}
	if got := e.Call(t, "VersEntier", timeOf("0100")).ToInt(); got != 360000 {
		t.Errorf("VersEntier(Heure) %d", got)
	}
	if got := e.Call(t, "VersJour", d).ToInt(); got != 2 {
		t.Errorf("VersJour %d", got)
	}
	if got := e.Call(t, "VersJourDansLAnnée", d).ToInt(); got != 359 {
		t.Errorf("VersJourDansLAnnée %d", got)
	}
	if got := e.Call(t, "VersNuméroDeSemaine", d).ToInt(); got != 52 {
		t.Errorf("VersNuméroDeSemaine %d", got)
	}
	if got := e.Text(t, "VersJourEnLettre", dateTime("200112251830")); got != "mardi" {
		t.Errorf("VersJourEnLettre(DateHeure) %q", got)
	}
	// The test clock is Tuesday 2 December 2003, 15:33:21.05.
	dh := e.Call(t, "DateHeureSys")
	if dh.Kind() != runtime.KDateTime || dh.Text() != "20031202153321050" {
		t.Errorf("DateHeureSys %v %q", dh.Kind(), dh.Text())
	}
	if got := e.Call(t, "ChaîneVersDurée", S("0000208000")).RawInt(); got != 128000 {
		t.Errorf("ChaîneVersDurée %d", got)
	}
}

// DateHeure is its own type, not an Heure.
func TestDateTimeType(t *testing.T) {
	e := wltest.New()
	if ty := e.Eng.Registry().LookupType(runtime.Fold("DateHeure")); ty != runtime.TypeDateTime {
		t.Errorf("DateHeure is %v", ty)
	}
	if ty := e.Eng.Registry().LookupType(runtime.Fold("DateTime")); ty != runtime.TypeDateTime {
		t.Errorf("DateTime is %v", ty)
	}
}
