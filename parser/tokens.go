package parser

import (
	"unicode/utf8"

	plexer "github.com/alecthomas/participle/v2/lexer"

	"github.com/wlangage/wl/lexer"
	"github.com/wlangage/wl/lexer/diag"
)

func isKw(t *plexer.Token, v string) bool { return t.Type == tKeyword && t.Value == v }

func isPunct(t *plexer.Token, v string) bool { return t.Type == tPunct && t.Value == v }

func isWord(t *plexer.Token, v string) bool {
	return (t.Type == tIdent || t.Type == tKeyword) && t.Value == v
}

// isA reports whether t is À (keyword) or the bare word A, both meaning "to".
func isA(t *plexer.Token) bool { return isWord(t, "A") }

// isLeadingA reports whether t, first in a subscript or a CAS item
// (`s[À 3]`, `CAS À 10`), is À "to" rather than a variable named a
// (`t[a]`, `t[a[1]]`, `t[a + 1]`, `CAS a:`), given the two tokens after
// it. The keyword À always is; the bare word A only when an operand
// follows that could not follow a variable: a name, a literal or an
// opening parenthesis, not a bracket. When that operand is itself the
// bare word A, the first one is a variable if a third operand follows
// (`s[a A 3]`, from a to 3) and "to" otherwise (`s[A a]`); before the
// keyword À it is a variable (`s[a À]`). After an operand (`1 A 10`) the
// bare A is always "to": two operands never stand side by side.
func isLeadingA(t, next, third *plexer.Token) bool {
	if t.Type == tKeyword {
		return t.Value == "A"
	}
	if t.Type != tIdent || t.Value != "A" {
		return false
	}
	// A bracket would index the variable (t[a[1]]).
	leads := func(t *plexer.Token) bool { return startsOperand(t) && !isPunct(t, "[") }
	switch {
	case isKw(next, "A"):
		return false // a À: from a
	case isA(next):
		return !leads(third)
	}
	return leads(next)
}

// found says, in French and English, that t was found where something
// else was expected: « x » trouvé / found 'x', and for the end of a line or
// of the file words of each language (no French word in English text).
func found(t *plexer.Token) diag.Text {
	switch {
	case t.EOF():
		return diag.T("fin du fichier trouvée", "found end of file")
	case t.Type == tNewline:
		return diag.T("fin de ligne trouvée", "found end of line")
	}
	v := quoted(t)
	return diag.T("« "+v+" » trouvé", "found '"+v+"'")
}

// unexpectedText says that t is unexpected: « x » inattendu / unexpected
// 'x', fin du fichier inattendue / unexpected end of file.
func unexpectedText(t *plexer.Token) diag.Text {
	switch {
	case t.EOF():
		return diag.T("fin du fichier inattendue", "unexpected end of file")
	case t.Type == tNewline:
		return diag.T("fin de ligne inattendue", "unexpected end of line")
	}
	v := quoted(t)
	return diag.T("« "+v+" » inattendu", "unexpected '"+v+"'")
}

// quoted is the text of t as a message quotes it: a string literal keeps
// its double quotes.
func quoted(t *plexer.Token) string {
	if t.Type == tString || t.Type == tRawString {
		return `"` + t.Value + `"`
	}
	return t.Value
}

// startsExpr reports whether t can begin an expression.
func startsExpr(t *plexer.Token) bool {
	switch t.Type {
	case tIdent, tInt, tReal, tCurrency, tNumeric, tDuration, tString, tRawString:
		return true
	case tKeyword:
		switch t.Value {
		case "VRAI", "FAUX", "NULL", "PAS", "SELON", "MODULO": // SI Modulo(n, 10) = 0 ALORS
			return true
		}
	case tPunct:
		switch t.Value {
		case "(", "[", "-", "+", "++", "--":
			return true
		case ":", "::", "{":
			// Object members and indirection: out of the accepted
			// language, parsed only to say so (see parsePrimary).
			return true
		}
	}
	return false
}

// startsOperand reports whether t can only begin an operand (not an
// operator), which tells `(chaîne) 378` from `(x) - 1`.
func startsOperand(t *plexer.Token) bool {
	switch t.Type {
	case tIdent, tInt, tReal, tCurrency, tNumeric, tDuration, tString, tRawString:
		return true
	case tKeyword:
		switch t.Value {
		case "VRAI", "FAUX", "NULL", "SELON":
			return true
		}
	case tPunct:
		return t.Value == "(" || t.Value == "["
	}
	return false
}

// prepareTokens converts the lexer's tokens to participle's and rewrites
// context-dependent punctuation that the lexer cannot classify alone:
// `a:b` (no space on either side) is member access,
// written as ".", and `[` `[` glued after an expression open a string
// extraction "[[" closed by a glued "]]".
func prepareTokens(toks []lexer.Token, src string) []plexer.Token {
	var st prepState
	return prepareTokensInto(make([]plexer.Token, 0, len(toks)+4), toks, src, &st) // a Newline may be inserted
}

// prepState is what prepareTokens carries from one token to the next:
// the brackets and braces open. A caller that prepares a file piece by
// piece passes the same one to each piece.
type prepState struct {
	stack  []bool // for each open "[": true if it opened a "[["
	braces []bool // for each open "{": true if it opens a block
}

// closed reports whether no bracket or brace is open.
func (st *prepState) closed() bool { return len(st.stack) == 0 && len(st.braces) == 0 }

// prepareTokensInto is prepareTokens appending to out[:0], so that a
// caller that parses piece by piece reuses one buffer (participle copies
// the tokens it is given), with the state st the pieces before left.
func prepareTokensInto(out []plexer.Token, toks []lexer.Token, src string, st *prepState) []plexer.Token {
	out = out[:0]
	stack, braces := st.stack, st.braces
	defer func() { st.stack, st.braces = stack, braces }()
	punct := func(t *lexer.Token, v string) bool { return t.Type == lexer.Punct && t.Value == v }
	for i := 0; i < len(toks); i++ {
		lt := &toks[i]
		t := plexer.Token{Type: plexer.TokenType(lt.Type), Value: lt.Value, Pos: plexer.Position{
			Filename: lt.Pos.File, Offset: lt.Pos.Offset, Line: lt.Pos.Line, Column: lt.Pos.Col}}
		if mappingMarker(toks, i, out) {
			// A <MAPPING> / <FIN> line of a generated model class: it
			// declares nothing, and ends a line (the lexer took its `>`
			// for an operator continuing the line).
			if len(out) > 0 && out[len(out)-1].Type != tNewline {
				nl := t
				nl.Type, nl.Value = tNewline, "\n"
				out = append(out, nl)
			}
			i += 2
			continue
		}
		if propertyHeader(toks, i, out) {
			// PROPRIÉTÉ C.Nom(…): a procedure marked as a property event (class.go).
			proc, mod := propertyTokens(t)
			out = append(out, proc, mod)
			continue
		}
		if t.Type == tKeyword && t.Value == "FIN" && i+1 < len(toks) && punct(&toks[i+1], ":") &&
			(len(out) == 0 || out[len(out)-1].Type == tNewline) {
			// The FIN: label (fr:1510014), told apart from the FIN that
			// ends a block before the grammar sees it.
			t.Value = "FIN:"
		}
		if t.Type == tPunct {
			switch t.Value {
			case "{", "}":
				// Brace blocks, the recent form of a block instead of FIN:
				// a `{` that ends its line opens one (the lexer keeps its
				// line breaks) and its `}` is the block's FIN, or nothing
				// before SINON / FAIRE, which continue the block.
				if t.Value == "{" {
					block := i+1 >= len(toks) || toks[i+1].Type == lexer.Newline || toks[i+1].Type == lexer.EOF
					braces = append(braces, block)
					if block {
						continue
					}
				} else if k := len(braces); k > 0 {
					block := braces[k-1]
					braces = braces[:k-1]
					if block {
						if i+1 < len(toks) && toks[i+1].Type == lexer.Keyword && (toks[i+1].Value == "SINON" || toks[i+1].Value == "FAIRE") {
							continue
						}
						t.Type, t.Value = tKeyword, "FIN"
					}
				}
			case ":":
				if i > 0 && i+1 < len(toks) && (toks[i-1].Type == lexer.Ident || punct(&toks[i-1], "]")) &&
					toks[i+1].Type == lexer.Ident && glued(src, t.Pos.Offset) && toks[i+1].Pos.Offset == t.Pos.Offset+1 {
					t.Value = "."
				}
			case "[":
				if i+1 < len(toks) && punct(&toks[i+1], "[") && toks[i+1].Pos.Offset == t.Pos.Offset+1 && len(out) > 0 && endsExpr(&out[len(out)-1]) {
					t.Value = "[["
					i++
					stack = append(stack, true)
				} else {
					stack = append(stack, false)
				}
			case "]":
				if len(stack) > 0 {
					top := stack[len(stack)-1]
					stack = stack[:len(stack)-1]
					if top && i+1 < len(toks) && punct(&toks[i+1], "]") {
						t.Value = "]]"
						i++
					}
				}
			}
		}
		out = append(out, t)
		if t.Type == tPunct && t.Value == ">" && closesAttrs(out) && i+1 < len(toks) &&
			toks[i+1].Type != lexer.Newline && toks[i+1].Type != lexer.EOF && toks[i+1].Pos.Line > t.Pos.Line {
			// The lexer took this `>` for an operator continuing the line;
			// it closes an <attribut> list, so the line ends here.
			nl := t
			nl.Type, nl.Value = tNewline, "\n"
			nl.Pos.Offset++
			nl.Pos.Column++
			out = append(out, nl)
		}
	}
	return out
}

// mappingMarker reports whether toks[i:i+3] is a `<MAPPING>` or `<FIN>`
// marker alone on its line: WinDev writes them around the members it
// generates for a data-file model class (its own comment in the class says
// the code between them is regenerated).
func mappingMarker(toks []lexer.Token, i int, out []plexer.Token) bool {
	if i+2 >= len(toks) || toks[i].Type != lexer.Punct || toks[i].Value != "<" ||
		toks[i+2].Type != lexer.Punct || toks[i+2].Value != ">" {
		return false
	}
	if w := &toks[i+1]; !(w.Type == lexer.Ident && w.Value == "MAPPING") && !(w.Type == lexer.Keyword && w.Value == "FIN") {
		return false
	}
	line := toks[i].Pos.Line
	if len(out) > 0 && out[len(out)-1].Type != tNewline && out[len(out)-1].Pos.Line >= line {
		return false
	}
	n := &toks[i+2]
	if n.Pos.Line != line {
		return false
	}
	return i+3 >= len(toks) || toks[i+3].Type == lexer.Newline || toks[i+3].Type == lexer.EOF || toks[i+3].Pos.Line > line
}

// closesAttrs reports whether the `>` ending out closes an attribute list
// `<nom [mots] [= valeur] [, ...]>` opened on the same line after a name
// or a `)`: <section critique>, <métier>, <mapping=Nom, clé unique>.
func closesAttrs(out []plexer.Token) bool {
	last := len(out) - 1
	line := out[last].Pos.Line
	for k := last - 1; k > 0 && out[k].Pos.Line == line; k-- {
		t := &out[k]
		switch t.Type {
		case tIdent, tInt, tString:
			continue
		case tPunct:
			switch t.Value {
			case "=", ",":
				continue
			case "<":
				p := &out[k-1]
				return k+1 < last && out[k+1].Type == tIdent &&
					(p.Type == tIdent || p.Type == tKeyword || isPunct(p, ")"))
			}
		}
		return false
	}
	return false
}

// glued reports whether the character before offset is not blank.
func glued(src string, offset int) bool {
	if offset <= 0 || offset > len(src) {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(src[:offset])
	return r != ' ' && r != '\t' && r != '\n' && r != '\r'
}

func endsExpr(t *plexer.Token) bool {
	switch t.Type {
	case tIdent, tString, tRawString:
		return true
	case tPunct:
		return t.Value == ")" || t.Value == "]" || t.Value == "]]"
	}
	return false
}
