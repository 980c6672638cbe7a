package parser

import (
	"strconv"

	plexer "github.com/alecthomas/participle/v2/lexer"
)

func (p *exprParser) parsePrimary() (Expr, error) {
	t := p.peek()
	at := At{posOf(t)}
	switch t.Type {
	case tIdent:
		if (t.Value == "ALLOUER" || t.Value == "NEW") && p.followedByName() {
			return p.parseNew()
		}
		if p.identLambdaAhead() {
			// x => … (lambda.go)
			p.next()
			return p.parseLambda(t, []*Param{{At: at, Name: Name{At: at, Key: t.Value}}})
		}
		p.next()
		return &Ident{Name{At: at, Key: t.Value}}, nil
	case tInt:
		p.next()
		return parseIntLit(t, at)
	case tReal:
		p.next()
		f, err := strconv.ParseFloat(t.Value, 64)
		if err != nil {
			return nil, p.errf(t, CodeBadLiteral, "Nombre réel invalide « "+t.Value+" »", "Invalid real number '"+t.Value+"'")
		}
		return &RealLit{At: at, Value: f, Text: t.Value}, nil
	case tCurrency:
		p.next()
		return &CurrencyLit{At: at, Text: t.Value}, nil
	case tNumeric:
		p.next()
		return &NumericLit{At: at, Text: t.Value}, nil
	case tDuration:
		p.next()
		ms, err := strconv.ParseInt(t.Value, 10, 64)
		if err != nil {
			return nil, p.errf(t, CodeBadLiteral, "Durée invalide", "Invalid duration")
		}
		return &DurationLit{At: at, Millis: ms}, nil
	case tString:
		p.next()
		return parseInterpolated(t, at)
	case tRawString:
		p.next()
		return &StringLit{At: at, Value: t.Value}, nil
	case tKeyword:
		switch t.Value {
		case "VRAI", "FAUX":
			p.next()
			return &BoolLit{At: at, Value: t.Value == "VRAI"}, nil
		case "NULL":
			p.next()
			return &NullLit{at}, nil
		case "SELON":
			p.next()
			return p.parseSelonExpr(t)
		case "PROCEDURE":
			if p.procLambdaAhead() {
				return p.parseTypedLambda() // PROCÉDURE(a, b) {…} (lambda.go)
			}
		case "MODULO":
			// Modulo(a, b): the operator written as a function.
			p.next()
			if isPunct(p.peek(), "(") {
				args, err := p.parseParenList()
				if err != nil {
					return nil, err
				}
				if len(args) != 2 {
					return nil, p.errf(t, CodeArgCount, "Modulo attend deux paramètres", "Modulo expects two parameters")
				}
				return &Binary{At: at, Op: "%", L: args[0], R: args[1]}, nil
			}
			return nil, p.unexpected(t)
		}
	case tPunct:
		switch t.Value {
		case ":", "::":
			return p.parseSelfMember(t)
		case "{":
			// {nom} / {nom, indVariable} (fr:1512005).
			p.next()
			name, err := p.parseExpr()
			if err != nil {
				return nil, err
			}
			ind := &Indirection{At: at, Name: name}
			if isPunct(p.peek(), ",") {
				p.next()
				if ind.Kind, err = p.parseExpr(); err != nil {
					return nil, err
				}
			}
			return ind, p.expectPunct("}")
		case "(":
			if params, ok := p.parenLambdaParams(); ok {
				return p.parseLambda(t, params) // (a, b) => … (lambda.go)
			}
			if c, err := p.parseCast(); c != nil || err != nil {
				return c, err
			}
			p.next()
			e, err := p.parseExpr()
			if err != nil {
				return nil, err
			}
			if isPunct(p.peek(), ",") {
				elems := []Expr{e}
				for isPunct(p.peek(), ",") {
					p.next()
					e, err := p.parseExpr()
					if err != nil {
						return nil, err
					}
					elems = append(elems, e)
				}
				return &TupleLit{At: at, Elems: elems}, p.expectPunct(")")
			}
			return &Paren{At: at, X: e}, p.expectPunct(")")
		case "[":
			p.next()
			lit := &ArrayLit{At: at}
			if isPunct(p.peek(), "]") {
				p.next()
				return lit, nil
			}
			for {
				e, err := p.parseExpr()
				if err != nil {
					return nil, err
				}
				lit.Elems = append(lit.Elems, e)
				if isPunct(p.peek(), ",") {
					p.next()
					continue
				}
				return lit, p.expectPunct("]")
			}
		}
	}
	return nil, p.unexpected(t)
}

// followedByName reports whether the token after the cursor is a name,
// possibly after an article (`allouer un cDossier(...)`, `new CAuth(...)`).
func (p *exprParser) followedByName() bool {
	cp := p.lx.MakeCheckpoint()
	defer p.lx.LoadCheckpoint(cp)
	p.next()
	n := p.peek()
	if n.Type == tIdent && isArticle(n.Value) {
		p.next()
		n = p.peek()
	}
	return n.Type == tIdent
}

// isCastType are the simple types a `(type) x` conversion may name
// (1515004), folded, in French and English.
func isCastType(s string) bool {
	switch s {
	case "ENTIER", "INT", "INTEGER", "REEL", "REAL", "NUMERIQUE", "NUMERIC", "MONETAIRE",
		"CURRENCY", "CHAINE", "STRING", "BOOLEEN", "BOOLEAN", "DATE", "HEURE", "TIME",
		"DATEHEURE", "DATETIME", "DUREE", "DURATION", "BUFFER", "VARIANT":
		return true
	}
	return false
}

// castOperand parses the operand of a cast opened at open, one nesting
// level deeper.
func (p *exprParser) castOperand(open *plexer.Token) (Expr, error) {
	if err := p.enter(open); err != nil {
		return nil, err
	}
	defer p.leave()
	return p.parseUnary()
}

// parseCast parses `(type) operand` when the parentheses hold only the
// name of a simple type and an operand follows; otherwise it consumes
// nothing and returns nil.
func (p *exprParser) parseCast() (Expr, error) {
	cp := p.lx.MakeCheckpoint()
	open := p.next()
	name := p.next()
	if name.Type == tIdent && !isCastType(name.Value) {
		p.lx.LoadCheckpoint(cp)
		return p.parseObjCast()
	}
	if name.Type != tIdent || !isCastType(name.Value) || !isPunct(p.peek(), ")") {
		p.lx.LoadCheckpoint(cp)
		return nil, nil
	}
	p.next()
	if !startsOperand(p.peek()) {
		p.lx.LoadCheckpoint(cp)
		return nil, nil
	}
	x, err := p.castOperand(open)
	if err != nil {
		return nil, err
	}
	return &Cast{At: At{posOf(open)}, Type: Name{At: At{posOf(name)}, Key: name.Value}, X: x}, nil
}

func (p *exprParser) parseSelonExpr(kw *plexer.Token) (Expr, error) {
	if err := p.expectPunct("("); err != nil {
		return nil, err
	}
	s := &SelonExpr{At: At{posOf(kw)}}
	x, err := p.parseExpr()
	if err != nil {
		return nil, err
	}
	s.X = x
	for isPunct(p.peek(), ",") {
		p.next()
		if isKw(p.peek(), "SINON") {
			p.next()
			if s.Else, err = p.parseExpr(); err != nil {
				return nil, err
			}
			break
		}
		e, err := p.parseExpr()
		if err != nil {
			return nil, err
		}
		s.Cases = append(s.Cases, e)
	}
	return s, p.expectPunct(")")
}

func (p *exprParser) parsePostfix(x Expr) (Expr, error) {
	for {
		t := p.peek()
		if t.Type != tPunct {
			return x, nil
		}
		switch t.Value {
		case "(":
			p.next()
			args, err := p.parseArgs()
			if err != nil {
				return nil, err
			}
			x = &Call{At: At{x.Position()}, Fun: x, Args: args}
		case ".", "..":
			p.next()
			n := p.peek()
			if n.Type != tIdent && n.Type != tKeyword {
				return nil, p.errf(n, CodeMemberName, "Nom de membre attendu après « "+t.Value+" »", "Member name expected after '"+t.Value+"'")
			}
			p.next()
			x = &Member{At: At{x.Position()}, X: x, Name: Name{At: At{posOf(n)}, Key: n.Value}}
		case "[":
			p.next()
			e, err := p.parseIndex(x, t, "]")
			if err != nil {
				return nil, err
			}
			x = e
		case "[[":
			p.next()
			e, err := p.parseIndex(x, t, "]]")
			if err != nil {
				return nil, err
			}
			x = e
		case "++", "--":
			p.next()
			return &Postfix{At: At{posOf(t)}, Op: t.Value, X: x}, nil
		case "::":
			// C::m, a class member or method (6010006): read as C.m.
			p.next()
			n := p.peek()
			if n.Type != tIdent && n.Type != tKeyword {
				return nil, p.errf(n, CodeMemberName, "Nom de membre attendu après « :: »", "Member name expected after '::'")
			}
			p.next()
			x = &Member{At: At{x.Position()}, X: x, Name: Name{At: At{posOf(n)}, Key: n.Value}}
		default:
			return x, nil
		}
	}
}

// parseIndex parses what follows `[` or `[[`: an index list or a string
// extraction (À / SUR forms).
func (p *exprParser) parseIndex(x Expr, open *plexer.Token, closer string) (Expr, error) {
	ex := &Extract{At: At{posOf(open)}, X: x}
	if p.leadingA() {
		// [[À b]]
		p.next()
		to, err := p.parseExpr()
		if err != nil {
			return nil, err
		}
		ex.Range, ex.To = true, to
		return ex, p.expectPunct(closer)
	}
	first, err := p.parseExpr()
	if err != nil {
		return nil, err
	}
	switch {
	case isA(p.peek()):
		p.next()
		ex.From, ex.Range = first, true
		if !isPunct(p.peek(), closer) {
			if ex.To, err = p.parseExpr(); err != nil {
				return nil, err
			}
		}
		return ex, p.expectPunct(closer)
	case isKw(p.peek(), "SUR"):
		p.next()
		ex.From = first
		if ex.Len, err = p.parseExpr(); err != nil {
			return nil, err
		}
		return ex, p.expectPunct(closer)
	}
	if closer == "]]" {
		ex.From = first
		return ex, p.expectPunct(closer)
	}
	idx := []Expr{first}
	for isPunct(p.peek(), ",") {
		p.next()
		e, err := p.parseExpr()
		if err != nil {
			return nil, err
		}
		idx = append(idx, e)
	}
	if err := p.expectPunct("]"); err != nil {
		return nil, err
	}
	return &Index{At: At{x.Position()}, X: x, Idx: idx}, nil
}

// parseArgs parses call arguments after "(": an argument may be omitted
// (empty position or `*`).
func (p *exprParser) parseArgs() ([]Expr, error) {
	var args []Expr
	if isPunct(p.peek(), ")") {
		p.next()
		return args, nil
	}
	for {
		t := p.peek()
		switch {
		case isPunct(t, ",") || isPunct(t, ")"):
			args = append(args, &Omitted{At{posOf(t)}})
		case isPunct(t, "*"):
			p.next()
			args = append(args, &Omitted{At{posOf(t)}})
		default:
			e, err := p.parseExpr()
			if err != nil {
				return nil, err
			}
			args = append(args, e)
		}
		if isPunct(p.peek(), ",") {
			p.next()
			continue
		}
		return args, p.expectPunct(")")
	}
}

// parseLValue parses a primary expression and its postfix chain only (no
// binary operator): the target of an assignment.
func (p *exprParser) parseLValue() (Expr, error) {
	x, err := p.parsePrimary()
	if err != nil {
		return nil, err
	}
	return p.parsePostfix(x)
}
