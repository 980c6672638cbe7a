package diag

import (
	"fmt"
	"sort"
	"strings"
)

// English reports whether lang asks for English: it starts with "en", in
// any case ("en", "EN", "en-GB"). Every other value means French.
func English(lang string) bool {
	return len(lang) >= 2 && strings.EqualFold(lang[:2], "en")
}

// Tr returns en when lang asks for English (see English), else fr. An
// empty en falls back to fr, so that a message is never empty.
func Tr(lang, fr, en string) string {
	if English(lang) && en != "" {
		return en
	}
	return fr
}

// Text is a message in French and English.
type Text struct {
	FR string
	EN string
}

// T returns the Text of a French and an English message.
func T(fr, en string) Text { return Text{FR: fr, EN: en} }

// In returns the message in lang (see Tr).
func (t Text) In(lang string) string { return Tr(lang, t.FR, t.EN) }

// Error is an error whose message can be read in French or English.
// Message returns the message alone (no position, no code); Error()
// returns it in French, as the error interface is read by default.
type Error interface {
	error
	Message(lang string) string
}

// Severity tells an error (the program cannot run) from a warning.
type Severity uint8

const (
	// SeverityError is a fault that stops compilation (the zero value).
	SeverityError Severity = iota
	// SeverityWarning is reported, but the program still runs.
	SeverityWarning
)

// String returns "error" or "warning", the spelling of the JSON output.
func (s Severity) String() string {
	if s == SeverityWarning {
		return "warning"
	}
	return "error"
}

// Pos is a position in a source file. Offset is in bytes from the start of
// the decoded source; Line and Col are 1-based and Col counts characters
// (runes), not bytes. The zero Pos means "unknown".
type Pos struct {
	File   string
	Offset int
	Line   int
	Col    int
}

// String formats the position as file:line:col, or line:col when File is
// empty.
func (p Pos) String() string {
	if p.File == "" {
		return fmt.Sprintf("%d:%d", p.Line, p.Col)
	}
	return fmt.Sprintf("%s:%d:%d", p.File, p.Line, p.Col)
}

// IsValid reports whether the position is known (Line > 0).
func (p Pos) IsValid() bool { return p.Line > 0 }

// Diagnostic is a positioned compile error or warning. FR and EN are the
// message (see Text); Code is WinDev's compile error number or a wl code
// (see the package documentation), 0 only for a diagnostic made outside
// wl's packages. End, when valid, is where the faulty text ends.
type Diagnostic struct {
	Pos      Pos
	End      Pos
	Severity Severity
	Code     int
	FR       string
	EN       string
}

// New returns an error diagnostic.
func New(pos Pos, code int, msg Text) *Diagnostic {
	return &Diagnostic{Pos: pos, Code: code, FR: msg.FR, EN: msg.EN}
}

// Text returns the message in both languages.
func (d *Diagnostic) Text() Text { return Text{FR: d.FR, EN: d.EN} }

// Message returns the message alone in lang.
func (d *Diagnostic) Message(lang string) string { return Tr(lang, d.FR, d.EN) }

// Error formats the diagnostic in French (see Format).
func (d *Diagnostic) Error() string { return d.Format("fr") }

// Format renders the diagnostic on one line in lang:
// `file:line:col: message (code)`, a warning as
// `file:line:col: avertissement : message (code)` (`warning: ` in
// English); the code is left out when it is 0.
func (d *Diagnostic) Format(lang string) string {
	var b strings.Builder
	b.WriteString(d.Pos.String())
	b.WriteString(": ")
	if d.Severity == SeverityWarning {
		b.WriteString(Tr(lang, "avertissement : ", "warning: "))
	}
	b.WriteString(d.Message(lang))
	if d.Code != 0 {
		fmt.Fprintf(&b, " (%d)", d.Code)
	}
	return b.String()
}

// List is the diagnostics of a file, in source order.
type List []*Diagnostic

// Error returns the first diagnostic in French and how many follow.
func (l List) Error() string { return l.Message("fr") }

// Message returns the first diagnostic, formatted in lang, and how many
// follow.
func (l List) Message(lang string) string {
	switch len(l) {
	case 0:
		return Tr(lang, "aucune erreur", "no error")
	case 1:
		return l[0].Format(lang)
	case 2:
		return l[0].Format(lang) + Tr(lang, " (et 1 autre erreur)", " (and 1 more error)")
	}
	n := len(l) - 1
	return l[0].Format(lang) + fmt.Sprintf(Tr(lang, " (et %d autres erreurs)", " (and %d more errors)"), n)
}

// Sort orders the list by position, stably: diagnostics at the same
// position keep their order.
func (l List) Sort() {
	sort.SliceStable(l, func(i, j int) bool {
		a, b := l[i].Pos, l[j].Pos
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Col < b.Col
	})
}
