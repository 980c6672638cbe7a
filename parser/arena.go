package parser

import (
	plexer "github.com/alecthomas/participle/v2/lexer"
)

// tokenArena lends participle one token store for all the chunks of a
// procedure-by-procedure parse. plexer.Upgrade copies the tokens it is
// given one append at a time (about 2.5 times their size in garbage, half
// of what a parse allocated); here it is called only when a chunk outgrows
// the store, and a chunk is otherwise copied into the store the
// PeekingLexer reads, which Range exposes. The store is known to be shared
// (checked when it is made); otherwise every chunk is upgraded.
type tokenArena struct {
	lx    *plexer.PeekingLexer
	store []plexer.Token // lx's tokens
	zero  plexer.Checkpoint
}

// load returns a lexer positioned at the first of toks, followed by an
// EOF token when toks does not end with one.
func (a *tokenArena) load(toks []plexer.Token) (*plexer.PeekingLexer, error) {
	if len(toks)+1 > len(a.store) {
		n := max(len(toks)+1, 2*len(a.store), 64)
		lx, err := plexer.Upgrade(&fillLexer{n: n - 1})
		if err != nil {
			return nil, err
		}
		store := lx.Range(0, plexer.RawCursor(n))
		if len(store) != n || lx.Peek() != &store[0] {
			return plexer.Upgrade(&sliceLexer{toks: toks})
		}
		a.lx, a.store, a.zero = lx, store, lx.MakeCheckpoint()
	}
	n := copy(a.store, toks)
	if n == 0 || !a.store[n-1].EOF() {
		var p plexer.Position
		if n > 0 {
			p = a.store[n-1].Pos
		}
		a.store[n] = plexer.EOFToken(p)
	}
	a.lx.LoadCheckpoint(a.zero)
	return a.lx, nil
}

// fillLexer yields n line breaks then EOF: the store of a tokenArena.
type fillLexer struct{ n int }

// Next implements plexer.Lexer.
func (f *fillLexer) Next() (plexer.Token, error) {
	if f.n == 0 {
		return plexer.EOFToken(plexer.Position{}), nil
	}
	f.n--
	return plexer.Token{Type: tNewline, Value: "\n"}, nil
}
