// Package lexer turns WLangage source bytes into tokens.
//
// It decodes the source (UTF-8, UTF-8 or UTF-16 with a byte-order mark,
// otherwise Windows-1252), then produces tokens with positions. It implements
// participle's lexer.Definition so that the parser consumes it directly.
//
// The package has its own token and position types: the parser adapts
// them to participle, which nothing else sees. Errors are diagnostics of
// the shared model (package diag, in lexer/diag).
//
// Words are classified after lexing by their folded spelling (Unicode NFD,
// combining marks dropped, upper case): a word found in the keyword table
// becomes a Keyword token whose Value is the canonical French keyword, so
// that `IF`, `si` and `Si` all read as "SI". Every other word is an Ident
// token whose Value is its folded spelling; the spelling the script used is
// recovered from the source with Word.
package lexer
