package parser

import (
	"fmt"

	plexer "github.com/alecthomas/participle/v2/lexer"
)

// Error is a positioned syntax error. Code is the WinDev compile error code
// when one exists (3, 4, 25, 301, 803, ...), else 0.
type Error struct {
	Pos  Pos
	Code int
	FR   string
	EN   string
}

// Error formats the error in French as file:line:col: message (code).
func (e *Error) Error() string { return e.Format("fr") }

// Format renders the error in the given language ("fr" or "en").
func (e *Error) Format(lang string) string {
	msg := e.Message2(lang)
	if e.Code != 0 {
		return fmt.Sprintf("%s: %s (%d)", e.Pos, msg, e.Code)
	}
	return fmt.Sprintf("%s: %s", e.Pos, msg)
}

// Message2 returns the bare message in the given language.
func (e *Error) Message2(lang string) string {
	if lang == "en" && e.EN != "" {
		return e.EN
	}
	return e.FR
}

// Message implements participle.Error.
func (e *Error) Message() string { return e.FR }

// Position implements participle.Error.
func (e *Error) Position() plexer.Position {
	return plexer.Position{Filename: e.Pos.File, Offset: e.Pos.Offset, Line: e.Pos.Line, Column: e.Pos.Col}
}

// ErrorList is every error found in a file, in source order.
type ErrorList []*Error

// Error returns the first error's text and how many follow.
func (l ErrorList) Error() string {
	if len(l) == 0 {
		return "no error"
	}
	if len(l) == 1 {
		return l[0].Error()
	}
	return fmt.Sprintf("%s (et %d autres erreurs)", l[0].Error(), len(l)-1)
}

func posOf(t *plexer.Token) Pos {
	return Pos{File: t.Pos.Filename, Offset: t.Pos.Offset, Line: t.Pos.Line, Col: t.Pos.Column}
}
