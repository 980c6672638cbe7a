package lexer

import (
	"fmt"
	"unicode"

	"github.com/wlangage/wl/lexer/diag"
)

// Error is a lexical error: a diagnostic of the shared model (Pos, Code,
// FR, EN; see package diag).
type Error = diag.Diagnostic

// Codes of the lexical errors (see package diag for the ranges).
const (
	// CodeUnterminatedString is WinDev's compile error 3, « Chaîne non terminée ».
	CodeUnterminatedString = 3
	// CodeUnterminatedComment: a /* comment without its */.
	CodeUnterminatedComment = 9001
	// CodeUnexpectedChar: a character that starts no token.
	CodeUnexpectedChar = 9002
	// CodeBadNumber: a malformed number literal (0x without digits).
	CodeBadNumber = 9003
	// CodeDurationRange: a duration literal too large for 64 bits.
	CodeDurationRange = 9004
	// CodeEncoding: the bytes of the file cannot be decoded.
	CodeEncoding = 9005
)

func errUnterminatedString(pos Pos) *Error {
	return diag.New(pos, CodeUnterminatedString, diag.T("Chaîne non terminée", "Unterminated string"))
}

func errUnterminatedComment(pos Pos) *Error {
	return diag.New(pos, CodeUnterminatedComment, diag.T(
		"Commentaire non terminé : « */ » manquant",
		"Unterminated comment: missing '*/'"))
}

func errUnexpectedChar(pos Pos, r rune) *Error {
	var shown string
	if unicode.IsPrint(r) && r != '\uFFFD' {
		shown = string(r)
	} else {
		shown = fmt.Sprintf("U+%04X", r)
	}
	return diag.New(pos, CodeUnexpectedChar, diag.T(
		"Caractère inattendu « "+shown+" »",
		"Unexpected character '"+shown+"'"))
}

func errBadHex(pos Pos) *Error {
	return diag.New(pos, CodeBadNumber, diag.T(
		"Nombre hexadécimal invalide : chiffre attendu après « 0x »",
		"Invalid hexadecimal number: digit expected after '0x'"))
}

func errDurationRange(pos Pos) *Error {
	return diag.New(pos, CodeDurationRange, diag.T("Durée hors limites", "Duration out of range"))
}

// ErrEncoding is the error for a file whose bytes cannot be decoded
// (see Decode), positioned at the start of the file.
func ErrEncoding(filename string, err error) *Error {
	return errEncoding(Pos{File: filename, Line: 1, Col: 1}, err)
}

func errEncoding(pos Pos, err error) *Error {
	return diag.New(pos, CodeEncoding, diag.T(
		"Encodage du fichier illisible : "+err.Error(),
		"Unreadable file encoding: "+err.Error()))
}
