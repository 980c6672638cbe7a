package parser

import (
	"io"

	plexer "github.com/alecthomas/participle/v2/lexer"

	"github.com/wlangage/wl/lexer"
)

// Token types as participle sees them: the lexer's values, unchanged,
// written as package lexer writes them (EOF -1, then Newline -3 and each
// next type one less). TestTokenTypesAreTheLexers checks each one.
const (
	tEOF     plexer.TokenType = -1
	tNewline plexer.TokenType = -(iota + 2)
	tIdent
	tKeyword
	tInt
	tReal
	tCurrency
	tDuration
	tString
	tRawString
	tPunct
	tNumeric
)

// lexDef adapts package lexer to participle's lexer.Definition: the
// grammar is built with it, and it lexes through lexer.Tokenize. It stays
// inside this package: participle's types appear in no exported API.
type lexDef struct{}

var (
	_ plexer.Definition       = lexDef{}
	_ plexer.StringDefinition = lexDef{}
	_ plexer.BytesDefinition  = lexDef{}
)

// Symbols returns the token type names of package lexer.
func (lexDef) Symbols() map[string]plexer.TokenType {
	out := make(map[string]plexer.TokenType, 12)
	for name, t := range lexer.Symbols() {
		out[name] = plexer.TokenType(t)
	}
	return out
}

// Lex reads all of r and lexes it as LexBytes does.
func (d lexDef) Lex(filename string, r io.Reader) (plexer.Lexer, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	return d.LexBytes(filename, b)
}

// LexBytes decodes input (lexer.Decode) and lexes it.
func (d lexDef) LexBytes(filename string, input []byte) (plexer.Lexer, error) {
	src, err := lexer.Decode(input)
	if err != nil {
		return nil, lexer.ErrEncoding(filename, err)
	}
	return d.LexString(filename, src)
}

// LexString lexes input; a lexical error is returned by the first Next.
func (lexDef) LexString(filename, input string) (plexer.Lexer, error) {
	toks, err := lexer.Tokenize(filename, input)
	if err != nil {
		return &sliceLexer{err: err}, nil
	}
	return &sliceLexer{toks: toParticiple(toks)}, nil
}

// toParticiple converts tokens to participle's type.
func toParticiple(toks []lexer.Token) []plexer.Token {
	out := make([]plexer.Token, len(toks))
	for i, t := range toks {
		out[i] = plexer.Token{Type: plexer.TokenType(t.Type), Value: t.Value, Pos: plexer.Position{
			Filename: t.Pos.File, Offset: t.Pos.Offset, Line: t.Pos.Line, Column: t.Pos.Col}}
	}
	return out
}

// sliceLexer replays a token slice for participle (after the last token,
// EOF again), or returns err when it is set.
type sliceLexer struct {
	toks []plexer.Token
	i    int
	err  error
}

// Next implements plexer.Lexer.
func (s *sliceLexer) Next() (plexer.Token, error) {
	if s.err != nil {
		return plexer.Token{}, s.err
	}
	if s.i >= len(s.toks) {
		if len(s.toks) > 0 {
			return plexer.EOFToken(s.toks[len(s.toks)-1].Pos), nil
		}
		return plexer.EOFToken(plexer.Position{}), nil
	}
	t := s.toks[s.i]
	s.i++
	return t, nil
}
