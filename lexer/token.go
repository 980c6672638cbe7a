package lexer

import "github.com/wlangage/wl/lexer/diag"

// TokenType is the kind of a token. Values are negative, as participle
// expects for the symbols of a lexer, so that the parser passes them
// through unchanged.
type TokenType int

// Pos is a position in the decoded source (see diag.Pos).
type Pos = diag.Pos

// Token is one token: its type, its value (see each type) and where it
// starts.
type Token struct {
	Type  TokenType
	Value string
	Pos   Pos
}

// EOF reports whether the token ends the stream.
func (t Token) EOF() bool { return t.Type == EOF }

// Token types.
const (
	// EOF ends the token stream.
	EOF TokenType = -1
	// Newline ends a statement: a line break or ';'. Never emitted inside
	// parentheses or brackets, after a binary operator or ',', or after a
	// '...' continuation. Consecutive separators are collapsed into one.
	Newline TokenType = -(iota + 2)
	// Ident is a word that is not a keyword. Value is the folded spelling.
	Ident
	// Keyword is a reserved word. Value is the canonical French keyword,
	// folded ("SI", "ALORS", "A" for À, "_A_" for _À_, "DE" for d').
	Keyword
	// Int is an integer literal. Value is the decimal digits, or "0x" and
	// hexadecimal digits; digit-group separators removed.
	Int
	// Real is a real literal such as 12.5 or 1e3. Value is the literal text
	// without separators.
	Real
	// Currency is a monétaire literal written 0m12.32. Value is "12.32".
	Currency
	// Duration is a duration literal such as `2 min 8 s`. Value is the total
	// in milliseconds, in decimal.
	Duration
	// String is a string literal with [% %] interpolation enabled (double
	// quotes, the multi-line [ ] form and backticks). Value is the decoded
	// content: quotes removed, doubled quotes undoubled, multi-line rules
	// applied, line breaks inside multi-line literals turned into "\r\n".
	// The [% %] markers are kept for the parser.
	String
	// RawString is a literal prefixed with -% : no interpolation.
	RawString
	// Punct is an operator or punctuation mark; Value is its text.
	Punct
	// Numeric is a numérique literal written 0n12.5 [fr:1514072]. Value is
	// "12.5" (separators removed).
	Numeric
)

// Symbols maps the name of each token type to it (the names of a
// participle grammar).
func Symbols() map[string]TokenType {
	return map[string]TokenType{
		"EOF":       EOF,
		"Newline":   Newline,
		"Ident":     Ident,
		"Keyword":   Keyword,
		"Int":       Int,
		"Real":      Real,
		"Currency":  Currency,
		"Duration":  Duration,
		"String":    String,
		"RawString": RawString,
		"Punct":     Punct,
		"Numeric":   Numeric,
	}
}

// TypeName returns a readable name for a token type.
func TypeName(t TokenType) string {
	for name, tt := range Symbols() {
		if tt == t {
			return name
		}
	}
	return "?"
}
