package lexer

import (
	"fmt"
	"strings"
	"unicode"

	plexer "github.com/alecthomas/participle/v2/lexer"
)

// Error codes carried by Error.Code. Zero means the error has no WinDev
// compiler number.
const (
	// CodeUnterminatedString is WinDev's compile error 3, « Chaîne non terminée ».
	CodeUnterminatedString = 3
)

// Error is a lexical error at a position of the decoded source. FR is the
// French message (the default language), EN the English one.
type Error struct {
	// Pos is where the faulty token or character starts.
	Pos plexer.Position
	// Code is the WinDev compile error number, or 0 when there is none.
	Code int
	// FR is the message in French.
	FR string
	// EN is the message in English.
	EN string
}

// Error returns "file:line:col: message" with the French message
// ("line:col: message" when the file name is empty).
func (e *Error) Error() string {
	return e.Pos.String() + ": " + e.FR
}

// Message returns the message in the given language: English when lang
// starts with "en" (any case), French otherwise.
func (e *Error) Message(lang string) string {
	if len(lang) >= 2 && strings.EqualFold(lang[:2], "en") {
		return e.EN
	}
	return e.FR
}

// Position returns where the error occurred.
func (e *Error) Position() plexer.Position { return e.Pos }

func errUnterminatedString(pos plexer.Position) *Error {
	return &Error{Pos: pos, Code: CodeUnterminatedString,
		FR: "Chaîne non terminée", EN: "Unterminated string"}
}

func errUnterminatedComment(pos plexer.Position) *Error {
	return &Error{Pos: pos,
		FR: "Commentaire non terminé : « */ » manquant",
		EN: "Unterminated comment: missing '*/'"}
}

func errUnexpectedChar(pos plexer.Position, r rune) *Error {
	var shown string
	if unicode.IsPrint(r) && r != '\uFFFD' {
		shown = string(r)
	} else {
		shown = fmt.Sprintf("U+%04X", r)
	}
	return &Error{Pos: pos,
		FR: "Caractère inattendu « " + shown + " »",
		EN: "Unexpected character '" + shown + "'"}
}

func errBadHex(pos plexer.Position) *Error {
	return &Error{Pos: pos,
		FR: "Nombre hexadécimal invalide : chiffre attendu après « 0x »",
		EN: "Invalid hexadecimal number: digit expected after '0x'"}
}

func errDurationRange(pos plexer.Position) *Error {
	return &Error{Pos: pos,
		FR: "Durée hors limites",
		EN: "Duration out of range"}
}

func errEncoding(pos plexer.Position, err error) *Error {
	return &Error{Pos: pos,
		FR: "Encodage du fichier illisible : " + err.Error(),
		EN: "Unreadable file encoding: " + err.Error()}
}
