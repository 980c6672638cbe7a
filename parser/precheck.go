package parser

import (
	plexer "github.com/alecthomas/participle/v2/lexer"

	"github.com/wlangage/wl/lexer"
)

// isBlockOpener reports whether a keyword at the start of a line opens a
// block closed by FIN.
func isBlockOpener(s string) bool {
	switch s {
	case "POUR", "TANTQUE", "SELON", "QUAND", "BOUCLE":
		return true
	}
	return false
}

// precheck finds errors that are clearer before parsing: nesting deeper
// than maxDepth (participle has no limit; a Go stack overflow would kill
// the process), SI without ALORS (WinDev error 25) and blocks left without
// their FIN (reported at the line that opened them).
func precheck(toks []plexer.Token, src string) ErrorList {
	errs, _ := precheckFrom(toks, src, 0)
	return errs
}

// precheckFrom is precheck of tokens that follow others: parens is how
// many brackets those left open (a whole-file precheck carries the count
// from one procedure to the next), and the count after toks is returned
// with the errors. Procedures that pass leave no block open, so the count
// is all a piece-by-piece precheck has to carry.
func precheckFrom(toks []plexer.Token, src string, parens int) (ErrorList, int) {
	var errs ErrorList
	var open []*plexer.Token // block openers waiting for their FIN
	lineStart := true
	prevProc := false
	perLine := 0 // statements nested on one line (one-line SI)
	for i := range toks {
		t := &toks[i]
		switch t.Type {
		case tNewline:
			lineStart = true
			perLine = 0
			continue
		case tIdent:
			if opensClass(toks, i) {
				open = append(open, t) // C est une Classe ... FIN (6010006)
			}
		case tPunct:
			switch t.Value {
			case "(", "[", "[[", "{":
				parens++
				if parens > maxDepth {
					return append(errs, &Error{Pos: posOf(t), Code: CodeTooDeep, FR: "Imbrication trop profonde", EN: "Nesting too deep"}), parens
				}
			case ")", "]", "]]", "}":
				parens--
			}
		case tKeyword:
			if t.Value == "SI" || t.Value == "SINON" {
				perLine++
				if perLine > maxDepth {
					return append(errs, &Error{Pos: posOf(t), Code: CodeTooDeep, FR: "Imbrication trop profonde sur une seule ligne", EN: "Nesting too deep on a single line"}), parens
				}
			}
			endsLine := func(j int) bool { return j+1 >= len(toks) || toks[j+1].Type == tNewline || toks[j+1].EOF() }
			switch {
			case t.Value == "SI" && lineStart:
				hasAlors := false
				for j := i + 1; j < len(toks) && toks[j].Type != tNewline && !toks[j].EOF(); j++ {
					if isKw(&toks[j], "ALORS") {
						hasAlors = true
						if endsLine(j) {
							open = append(open, t)
						}
						break
					}
				}
				if !hasAlors {
					if instructionAfterCond(toks, i) {
						errs = append(errs, &Error{Pos: posOf(t), Code: CodeAlorsMissing, FR: "Le mot-clé ALORS est attendu après la condition du SI", EN: "The THEN keyword is expected after the IF condition"})
					} else {
						// A condition alone on its line opens a block
						// (DECISIONS 9g: WinDev compiles it).
						open = append(open, t)
					}
				}
			case isBlockOpener(t.Value) && lineStart:
				open = append(open, t)
			case t.Value == "INTERNE" && (prevProc || lineStart):
				open = append(open, t)
			case t.Value == "STRUCTURE" && endsLine(i):
				open = append(open, t)
			case t.Value == "CONSTANTE" && lineStart && endsLine(i):
				open = append(open, t)
			case t.Value == "CAS" && lineStart:
				if e := casColon(toks, i); e != nil {
					errs = append(errs, e)
				}
			case t.Value == "FIN" && lineStart && i+1 < len(toks) && isPunct(&toks[i+1], ":"):
				// The FIN: label (code run when the traitement ends,
				// fr:1510014) is not a block end.
			case t.Value == "FIN" && lineStart, t.Value == "FAIRE" && i > 0 && isA(&toks[i-1]) && i+1 < len(toks) && isKw(&toks[i+1], "TANTQUE"):
				if len(open) > 0 {
					open = open[:len(open)-1]
				}
			}
			if len(open) > maxDepth {
				return append(errs, &Error{Pos: posOf(t), Code: CodeTooDeep, FR: "Imbrication de blocs trop profonde", EN: "Blocks nested too deeply"}), parens
			}
		}
		prevProc = isKw(t, "PROCEDURE")
		lineStart = false
	}
	if len(open) > 0 && len(errs) == 0 {
		t := open[len(open)-1]
		kw := lexer.Word(src, t.Pos.Offset) // as written: POUR, Pour, FOR
		if kw == "" {
			kw = t.Value
		}
		return ErrorList{{Pos: posOf(t), Code: CodeEndMissing, FR: "FIN manquant : le bloc " + kw + " ouvert ici n'est pas fermé", EN: "Missing END: the " + kw + " block opened here is not closed"}}, parens
	}
	return errs, parens
}

// instructionAfterCond reports whether the line of the SI at i (which has
// no ALORS) holds an instruction after its condition: two operands side by
// side outside brackets, as in `SI x = 1 Trace(x)`. A condition alone on
// its line does not.
func instructionAfterCond(toks []plexer.Token, i int) bool {
	depth := 0
	prevEnds := false // the previous token ends an operand
	for j := i + 1; j < len(toks) && toks[j].Type != tNewline && !toks[j].EOF(); j++ {
		t := &toks[j]
		startsOperand := false
		endsOperand := false
		switch t.Type {
		case tIdent, tInt, tReal, tCurrency, tDuration, tString, tRawString, tNumeric:
			startsOperand, endsOperand = true, true
		case tPunct:
			switch t.Value {
			case "(", "[", "[[":
				depth++
			case ")", "]", "]]":
				depth--
				endsOperand = true
			}
		}
		if depth == 0 && prevEnds && startsOperand {
			return true
		}
		prevEnds = endsOperand && depth == 0
	}
	return false
}

// casColon checks the `:` of a CAS line: WinDev requires a space after it
// when code follows on the same line (compile error 4).
func casColon(toks []plexer.Token, i int) *Error {
	depth := 0
	for j := i + 1; j < len(toks) && toks[j].Type != tNewline && !toks[j].EOF(); j++ {
		t := &toks[j]
		if t.Type != tPunct {
			continue
		}
		switch t.Value {
		case "(", "[", "[[":
			depth++
		case ")", "]", "]]":
			depth--
		case ":":
			if depth != 0 {
				continue
			}
			n := &toks[j+1]
			if n.Type != tNewline && !n.EOF() && n.Pos.Offset == t.Pos.Offset+1 {
				return &Error{Pos: posOf(n), Code: CodeCasSpace, FR: "Un espace est obligatoire après « : » dans un CAS", EN: "A space is required after ':' in a CASE"}
			}
			return nil
		}
	}
	return nil
}
