package parser

import (
	"slices"

	plexer "github.com/alecthomas/participle/v2/lexer"

	"github.com/wlangage/wl/lexer"
)

// PropertyMod is the modifier the parser gives the header of a property
// event, `PROPRIÉTÉ C.Nom()` (get) or `PROPRIÉTÉ C.Nom(Valeur)` (set): the
// text form of a class in WinDev writes a property's events as procedures
// with PROPRIETE instead of PROCEDURE (9000183); 6010006 and 6010011 give
// their meaning. It cannot be spelled in a script.
const PropertyMod = "#PROPRIETE"

// IsProperty reports whether pd is the get or set event of a property.
func (pd *ProcDecl) IsProperty() bool { return slices.Contains(pd.Mods, PropertyMod) }

// propertyHeader reports whether the identifier at toks[i] is the
// PROPRIÉTÉ (PROPERTY) of a property event header: first on its line,
// then access words, a name, an optional `.Nom` / `::Nom`, and "(". In an
// interface, `Propriété Nom` has no parenthesis (proto).
func propertyHeader(toks []lexer.Token, i int, out []plexer.Token) bool {
	t := &toks[i]
	if t.Type != lexer.Ident || (t.Value != "PROPRIETE" && t.Value != "PROPERTY") {
		return false
	}
	if len(out) > 0 && out[len(out)-1].Type != tNewline {
		return false
	}
	j := i + 1
	for j+1 < len(toks) && toks[j+1].Type == lexer.Ident &&
		((toks[j].Type == lexer.Ident && isProcModifier(toks[j].Value)) || (toks[j].Type == lexer.Keyword && toks[j].Value == "GLOBAL")) {
		j++
	}
	if j >= len(toks) || toks[j].Type != lexer.Ident {
		return false
	}
	j++
	if j+1 < len(toks) && toks[j].Type == lexer.Punct && (toks[j].Value == "." || toks[j].Value == "::") && toks[j+1].Type == lexer.Ident {
		j += 2
	}
	return j < len(toks) && toks[j].Type == lexer.Punct && toks[j].Value == "("
}

// propertyTokens are the tokens a property header's PROPRIÉTÉ becomes:
// PROCÉDURE and the PropertyMod modifier, at its position.
func propertyTokens(t plexer.Token) (proc, mod plexer.Token) {
	proc, mod = t, t
	proc.Type, proc.Value = tKeyword, "PROCEDURE"
	mod.Type, mod.Value = tKeyword, PropertyMod
	return proc, mod
}
