package header

import (
	"fmt"

	"github.com/wlangage/wl/lexer/diag"
)

// Forbidden returns the name of the first character of v that may not
// appear in a header value or an envelope address ("CR", "LF", "NUL"), or
// "".
func Forbidden(v string) string {
	for i := 0; i < len(v); i++ {
		switch v[i] {
		case '\r':
			return "CR"
		case '\n':
			return "LF"
		case 0:
			return "NUL"
		}
	}
	return ""
}

// Error is a header value refused because it holds a forbidden character;
// nothing was sent.
type Error struct {
	// Field names the field as the script knows it (for example "Sujet").
	Field string
	// Char is what Forbidden returned: "CR", "LF" or "NUL".
	Char string
}

// Error returns Message("fr").
func (e *Error) Error() string { return e.Message("fr") }

// Message describes the refusal in French ("fr") or English ("en").
func (e *Error) Message(lang string) string {
	if diag.English(lang) {
		return fmt.Sprintf("Invalid value for the %s field: it contains %s; nothing was sent", e.Field, CharName(e.Char, lang))
	}
	return fmt.Sprintf("Valeur invalide pour le champ %s : elle contient %s ; rien n'a été envoyé", e.Field, CharName(e.Char, lang))
}

// CharName names a character reported by Forbidden (or an angle bracket)
// in a sentence.
func CharName(c, lang string) string {
	switch c {
	case "CR":
		return diag.Tr(lang, "un retour chariot (CR)", "a carriage return (CR)")
	case "LF":
		return diag.Tr(lang, "un saut de ligne (LF)", "a line feed (LF)")
	case "NUL":
		return diag.Tr(lang, "un caractère nul (NUL)", "a NUL character")
	case "<", ">":
		return diag.Tr(lang, "un chevron ("+c+")", "an angle bracket ("+c+")")
	}
	return c
}

// Check refuses a header value holding CR, LF or NUL with an *Error.
func Check(field, v string) error {
	if c := Forbidden(v); c != "" {
		return &Error{Field: field, Char: c}
	}
	return nil
}

var _ diag.Error = (*Error)(nil)
