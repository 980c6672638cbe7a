package diag

import (
	"errors"
	"fmt"
	"testing"
)

func TestTr(t *testing.T) {
	for _, c := range []struct{ lang, want string }{
		{"en", "en"}, {"EN", "en"}, {"en-GB", "en"}, {"fr", "fr"}, {"", "fr"}, {"e", "fr"}, {"de", "fr"},
	} {
		if got := Tr(c.lang, "fr", "en"); got != c.want {
			t.Errorf("Tr(%q) = %q, want %q", c.lang, got, c.want)
		}
	}
	if got := Tr("en", "seul", ""); got != "seul" {
		t.Errorf("empty English falls back to French: got %q", got)
	}
	if got := T("a", "b").In("en"); got != "b" {
		t.Errorf("Text.In = %q", got)
	}
}

func TestFormat(t *testing.T) {
	d := New(Pos{File: "f.wl", Offset: 4, Line: 2, Col: 3}, 25, T("ALORS manquant", "THEN missing"))
	if got := d.Format("fr"); got != "f.wl:2:3: ALORS manquant (25)" {
		t.Errorf("fr: %q", got)
	}
	if got := d.Format("en"); got != "f.wl:2:3: THEN missing (25)" {
		t.Errorf("en: %q", got)
	}
	if d.Error() != d.Format("fr") || d.Message("en") != "THEN missing" || d.Text() != T("ALORS manquant", "THEN missing") {
		t.Errorf("Error/Message/Text disagree")
	}
	w := &Diagnostic{Pos: Pos{Line: 1, Col: 1}, Severity: SeverityWarning, FR: "implicite", EN: "implicit"}
	if got := w.Format("fr"); got != "1:1: avertissement : implicite" {
		t.Errorf("warning fr: %q", got)
	}
	if got := w.Format("en"); got != "1:1: warning: implicit" {
		t.Errorf("warning en: %q", got)
	}
	if SeverityError.String() != "error" || SeverityWarning.String() != "warning" {
		t.Errorf("severity names")
	}
	var e Error = d
	var target *Diagnostic
	if !errors.As(fmt.Errorf("wrapped: %w", e), &target) || target != d {
		t.Errorf("errors.As through a wrap")
	}
}

func TestList(t *testing.T) {
	l := List{
		New(Pos{File: "f.wl", Line: 3, Col: 1}, 1, T("c", "c")),
		New(Pos{File: "f.wl", Line: 1, Col: 5}, 2, T("b", "b")),
		New(Pos{File: "f.wl", Line: 1, Col: 2}, 3, T("a", "a")),
		New(Pos{File: "f.wl", Line: 1, Col: 2}, 4, T("a2", "a2")),
	}
	l.Sort()
	var codes []int
	for _, d := range l {
		codes = append(codes, d.Code)
	}
	if fmt.Sprint(codes) != "[3 4 2 1]" {
		t.Errorf("sorted codes %v", codes)
	}
	if got := l.Error(); got != "f.wl:1:2: a (3) (et 3 autres erreurs)" {
		t.Errorf("Error() = %q", got)
	}
	if got := l[:2].Message("en"); got != "f.wl:1:2: a (3) (and 1 more error)" {
		t.Errorf("Message(en) = %q", got)
	}
	if got := List(nil).Message("en"); got != "no error" {
		t.Errorf("empty list: %q", got)
	}
}
