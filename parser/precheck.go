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
	s := newPrecheck()
	s.feed(toks)
	return s.finish(src)
}

// precheckState is precheck carried from one piece of a file to the next
// (parseSplit): fed piece after piece, it reports what precheck of the
// whole file does.
type precheckState struct {
	open      []plexer.Token // block openers waiting for their FIN (copies: pieces are reused)
	parens    int            // brackets open
	lineStart bool
	prevProc  bool
	perLine   int // statements nested on one line (one-line SI)
	errs      ErrorList
	stopped   bool // nesting too deep: precheck ends there

	// lambda is a typed lambda's PROCÉDURE seen on this line, before
	// any { (lambda.go).
	lambda *plexer.Token
}

func newPrecheck() *precheckState { return &precheckState{lineStart: true} }

// failed reports whether precheck has found an error so far.
func (s *precheckState) failed() bool { return len(s.errs) > 0 }

// balanced reports whether no block and no bracket is open.
func (s *precheckState) balanced() bool { return len(s.open) == 0 && s.parens == 0 }

// feed prechecks the next tokens of the file.
func (s *precheckState) feed(toks []plexer.Token) {
	if s.stopped {
		return
	}
	for i := range toks {
		t := &toks[i]
		switch t.Type {
		case tNewline:
			if open, ok := lambdaBlockOpen(toks, i, s.lambda); ok {
				s.open = append(s.open, open) // lambda.go
				if len(s.open) > maxDepth {
					s.errs, s.stopped = append(s.errs, &Error{Pos: posOf(t), Code: CodeTooDeep, FR: "Imbrication de blocs trop profonde", EN: "Blocks nested too deeply"}), true
					return
				}
			}
			s.lambda = nil
			s.lineStart = true
			s.perLine = 0
			continue
		case tIdent:
			if opensClass(toks, i) {
				s.open = append(s.open, *t) // C est une Classe ... FIN (6010006)
			}
		case tPunct:
			switch t.Value {
			case "(", "[", "[[", "{":
				if t.Value == "{" {
					s.lambda = nil // a one-line lambda body
				}
				s.parens++
				if s.parens > maxDepth {
					s.errs, s.stopped = append(s.errs, &Error{Pos: posOf(t), Code: CodeTooDeep, FR: "Imbrication trop profonde", EN: "Nesting too deep"}), true
					return
				}
			case ")", "]", "]]", "}":
				s.parens--
			}
		case tKeyword:
			if t.Value == "SI" || t.Value == "SINON" {
				s.perLine++
				if s.perLine > maxDepth {
					s.errs, s.stopped = append(s.errs, &Error{Pos: posOf(t), Code: CodeTooDeep, FR: "Imbrication trop profonde sur une seule ligne", EN: "Nesting too deep on a single line"}), true
					return
				}
			}
			endsLine := func(j int) bool { return j+1 >= len(toks) || toks[j+1].Type == tNewline || toks[j+1].EOF() }
			switch {
			case t.Value == "SI" && s.lineStart:
				hasAlors := false
				for j := i + 1; j < len(toks) && toks[j].Type != tNewline && !toks[j].EOF(); j++ {
					if isKw(&toks[j], "ALORS") {
						hasAlors = true
						if endsLine(j) {
							s.open = append(s.open, *t)
						}
						break
					}
				}
				if !hasAlors {
					if instructionAfterCond(toks, i) {
						s.errs = append(s.errs, &Error{Pos: posOf(t), Code: CodeAlorsMissing, FR: "Le mot-clé ALORS est attendu après la condition du SI", EN: "The THEN keyword is expected after the IF condition"})
					} else {
						// A condition alone on its line opens a block
						// (DECISIONS 9g: WinDev compiles it).
						s.open = append(s.open, *t)
					}
				}
			case isBlockOpener(t.Value) && s.lineStart:
				s.open = append(s.open, *t)
			case t.Value == "INTERNE" && (s.prevProc || s.lineStart):
				s.open = append(s.open, *t)
			case t.Value == "STRUCTURE" && endsLine(i):
				s.open = append(s.open, *t)
			case t.Value == "CONSTANTE" && s.lineStart && endsLine(i):
				s.open = append(s.open, *t)
			case t.Value == "CAS" && s.lineStart:
				if e := casColon(toks, i); e != nil {
					s.errs = append(s.errs, e)
				}
			case t.Value == "FIN" && s.lineStart && i+1 < len(toks) && isPunct(&toks[i+1], ":"):
				// The FIN: label (code run when the traitement ends,
				// fr:1510014) is not a block end.
			case t.Value == "FIN" && s.lineStart, t.Value == "FAIRE" && i > 0 && isA(&toks[i-1]) && i+1 < len(toks) && isKw(&toks[i+1], "TANTQUE"):
				if len(s.open) > 0 {
					s.open = s.open[:len(s.open)-1]
				}
			}
			if len(s.open) > maxDepth {
				s.errs, s.stopped = append(s.errs, &Error{Pos: posOf(t), Code: CodeTooDeep, FR: "Imbrication de blocs trop profonde", EN: "Blocks nested too deeply"}), true
				return
			}
		}
		if isTypedLambda(toks, i, s.lineStart) {
			tok := *t // a copy: pieces are reused
			s.lambda = &tok
		}
		s.prevProc = isKw(t, "PROCEDURE")
		s.lineStart = false
	}
}

// finish returns the errors of the whole file: those found, or a block
// still open at its end.
func (s *precheckState) finish(src string) ErrorList {
	if len(s.open) > 0 && len(s.errs) == 0 {
		t := &s.open[len(s.open)-1]
		kw := lexer.Word(src, t.Pos.Offset) // as written: POUR, Pour, FOR
		if kw == "" {
			kw = t.Value
		}
		return ErrorList{{Pos: posOf(t), Code: CodeEndMissing, FR: "FIN manquant : le bloc " + kw + " ouvert ici n'est pas fermé", EN: "Missing END: the " + kw + " block opened here is not closed"}}
	}
	return s.errs
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
