// Package diag is the diagnostic model shared by every part of wl: the
// lexer, the parser, the compiler and runtime, the standard library and
// the command line.
//
// A message exists in French (the default language) and English: Text
// holds both and Tr picks one, the only translation helper. Every error
// shown to a user implements Error: its Message(lang) is the message
// alone, in the language asked for. A Diagnostic is a positioned compile
// error or warning with a severity and a code; List is a file's
// diagnostics in source order.
//
// Codes. Below 9000 a code is WinDev's own compile error number, used when
// WinDev has one for the same fault (3 unterminated string, 4 space
// missing after ':' in CAS, 25 ALORS missing, 301 unknown identifier, 803
// RETOUR and RENVOYER in one traitement). From 9000 on, codes are wl's own
// and never reused for another fault:
//
//	9000–9099  lexer (lexer/codes.go)
//	9100–9399  parser (parser/codes.go)
//	9400–9699  compiler (runtime)
//	9700–9999  reserved
//
// The package lives under lexer/ because the top level of the repository
// is fixed; it imports nothing from wl, so every package can import it.
package diag
