package parser

import (
	plexer "github.com/alecthomas/participle/v2/lexer"

	"github.com/wlangage/wl/lexer/diag"
)

// Error is a positioned syntax error: a diagnostic of the shared model
// (package diag). Its Code is WinDev's compile error number when WinDev
// has one for the fault (3, 4, 25, 803), else a wl code of codes.go.
type Error = diag.Diagnostic

// ErrorList is every error found in a file, in source order.
type ErrorList = diag.List

func posOf(t *plexer.Token) Pos {
	return Pos{File: t.Pos.Filename, Offset: t.Pos.Offset, Line: t.Pos.Line, Col: t.Pos.Column}
}

// errAt returns the error diagnostic code at t.
func errAt(t *plexer.Token, code int, fr, en string) *Error {
	return &Error{Pos: posOf(t), Code: code, FR: fr, EN: en}
}
