package parser

import (
	plexer "github.com/alecthomas/participle/v2/lexer"
)

// maxDepth bounds expression and block nesting so that hostile input ends
// with an error instead of exhausting the Go stack.
const maxDepth = 200

// exprParser is a Pratt parser over participle's token stream. The
// statement grammar (grammar.go) calls it through Parseable types.
type exprParser struct {
	lx    *plexer.PeekingLexer
	depth int
}

func (p *exprParser) peek() *plexer.Token { return p.lx.Peek() }
func (p *exprParser) next() *plexer.Token { return p.lx.Next() }

// leadingA reports whether the token at the cursor is À "to" at the start
// of a subscript or a CAS item (isLeadingA).
func (p *exprParser) leadingA() bool {
	t := p.peek()
	if !isA(t) {
		return false
	}
	cp := p.lx.MakeCheckpoint()
	p.next()
	next := p.next()
	third := p.peek()
	p.lx.LoadCheckpoint(cp)
	return isLeadingA(t, next, third)
}

// errf returns the syntax error code at t.
func (p *exprParser) errf(t *plexer.Token, code int, fr, en string) *Error {
	return errAt(t, code, fr, en)
}

func (p *exprParser) unexpected(t *plexer.Token) *Error {
	if t.EOF() {
		return p.errf(t, CodeExprExpected, "Fin du fichier inattendue dans une expression", "Unexpected end of file in an expression")
	}
	if t.Type == tNewline {
		return p.errf(t, CodeExprExpected, "Fin de ligne inattendue dans une expression", "Unexpected end of line in an expression")
	}
	f := found(t)
	return p.errf(t, CodeExprExpected, "Expression attendue, "+f.FR, "Expression expected, "+f.EN)
}

func (p *exprParser) expectPunct(v string) error {
	t := p.peek()
	if !isPunct(t, v) {
		f := found(t)
		return p.errf(t, CodeTokenExpected, "« "+v+" » attendu, "+f.FR, "'"+v+"' expected, "+f.EN)
	}
	p.next()
	return nil
}

func (p *exprParser) enter(t *plexer.Token) error {
	p.depth++
	if p.depth > maxDepth {
		return p.errf(t, CodeTooDeep, "Expression trop imbriquée", "Expression nested too deeply")
	}
	return nil
}

func (p *exprParser) leave() { p.depth-- }

// maxChain bounds the operators of one chain (a + b + c ...): the tree of
// a chain is as deep as it is long, and later passes recurse on it.
const maxChain = 2000

func (p *exprParser) chain(n *int, t *plexer.Token) error {
	*n++
	if *n > maxChain {
		return p.errf(t, CodeTooDeep, "Expression trop longue", "Expression too long")
	}
	return nil
}

// parseExpr parses a full expression (the conditional level).
func (p *exprParser) parseExpr() (Expr, error) {
	t := p.peek()
	if err := p.enter(t); err != nil {
		return nil, err
	}
	defer p.leave()
	c, err := p.parseLogic()
	if err != nil {
		return nil, err
	}
	if isPunct(p.peek(), "?") {
		q := p.next()
		a, err := p.parseExpr()
		if err != nil {
			return nil, err
		}
		if !isKw(p.peek(), "SINON") {
			return nil, p.errf(p.peek(), CodeTokenExpected, "SINON attendu dans l'expression conditionnelle « ? »", "ELSE expected in the '?' conditional expression")
		}
		p.next()
		b, err := p.parseExpr()
		if err != nil {
			return nil, err
		}
		return &Cond{At: At{posOf(q)}, C: c, A: a, B: b}, nil
	}
	return c, nil
}

func (p *exprParser) parseLogic() (Expr, error) {
	l, err := p.parseNot()
	if err != nil {
		return nil, err
	}
	return p.logicTail(l)
}

// logicTail parses the `ET|OU|_ET_|_OU_ operand` links that follow l, at
// most maxChain of them.
func (p *exprParser) logicTail(l Expr) (Expr, error) {
	n := 0
	for {
		t := p.peek()
		if t.Type != tKeyword {
			return l, nil
		}
		switch t.Value {
		case "ET", "OU", "_ET_", "_OU_":
		default:
			return l, nil
		}
		if err := p.chain(&n, t); err != nil {
			return nil, err
		}
		p.next()
		r, err := p.parseNot()
		if err != nil {
			return nil, err
		}
		l = &Binary{At: At{posOf(t)}, Op: t.Value, L: l, R: r}
	}
}

func (p *exprParser) parseNot() (Expr, error) {
	t := p.peek()
	if isKw(t, "PAS") {
		p.next()
		if err := p.enter(t); err != nil {
			return nil, err
		}
		defer p.leave()
		x, err := p.parseNot()
		if err != nil {
			return nil, err
		}
		return &Unary{At: At{posOf(t)}, Op: "PAS", X: x}, nil
	}
	return p.parseCompare()
}

// isCompareOp reports whether a punctuation token is a comparison operator.
func isCompareOp(s string) bool {
	switch s {
	case "=", "<>", "<", "<=", ">", ">=", "~=", "~~", "[=", "=]", "[=]", "[~", "[~~", "[~]",
		"~]":
		return true
	}
	return false
}

// compareStep reads a comparison operator t and its additive-level right
// operand r when one comes next (ok); otherwise t is the next token, unread.
func (p *exprParser) compareStep() (t *plexer.Token, r Expr, ok bool, err error) {
	t = p.peek()
	if t.Type != tPunct || !isCompareOp(t.Value) {
		return t, nil, false, nil
	}
	p.next()
	r, err = p.parseAdd()
	return t, r, true, err
}

func (p *exprParser) parseCompare() (Expr, error) {
	l, err := p.parseAdd()
	if err != nil {
		return nil, err
	}
	t, r, ok, err := p.compareStep()
	if err != nil {
		return nil, err
	}
	if ok {
		if t.Value == "=" && isA(p.peek()) {
			p.next()
			hi, err := p.parseAdd()
			if err != nil {
				return nil, err
			}
			return &Between{At: At{posOf(t)}, X: l, Lo: r, Hi: hi, LoOp: "<=", HiOp: "<="}, nil
		}
		if (t.Value == "<" || t.Value == "<=") && (isPunct(p.peek(), "<") || isPunct(p.peek(), "<=")) {
			op2 := p.next()
			hi, err := p.parseAdd()
			if err != nil {
				return nil, err
			}
			return &Between{At: At{posOf(t)}, X: r, Lo: l, Hi: hi, LoOp: t.Value, HiOp: op2.Value}, nil
		}
		return &Binary{At: At{posOf(t)}, Op: t.Value, L: l, R: r}, nil
	}
	if isKw(t, "EST") {
		// x est C: a type test on an object (6010019).
		return p.parseTypeTest(l, t)
	}
	not := false
	if isKw(t, "PAS") {
		// x PAS DANS (...)
		cp := p.lx.MakeCheckpoint()
		p.next()
		if !isKw(p.peek(), "DANS") && !isKw(p.peek(), "_DANS_") {
			p.lx.LoadCheckpoint(cp)
			return l, nil
		}
		not = true
		t = p.peek()
	}
	if isKw(t, "DANS") || isKw(t, "_DANS_") {
		p.next()
		list, err := p.parseParenList()
		if err != nil {
			return nil, err
		}
		return &In{At: At{posOf(t)}, X: l, List: list, Not: not, Short: t.Value == "_DANS_"}, nil
	}
	return l, nil
}

func (p *exprParser) parseParenList() ([]Expr, error) {
	return p.parenItems(p.parseExpr)
}

// parenItems parses `(item, item...)`, at least one item.
func (p *exprParser) parenItems(item func() (Expr, error)) ([]Expr, error) {
	if err := p.expectPunct("("); err != nil {
		return nil, err
	}
	var list []Expr
	for {
		e, err := item()
		if err != nil {
			return nil, err
		}
		list = append(list, e)
		if isPunct(p.peek(), ",") {
			p.next()
			continue
		}
		break
	}
	return list, p.expectPunct(")")
}

func (p *exprParser) parseAdd() (Expr, error) {
	n := 0
	l, err := p.parseMul()
	if err != nil {
		return nil, err
	}
	for {
		t := p.peek()
		if !isPunct(t, "+") && !isPunct(t, "-") {
			return l, nil
		}
		if err := p.chain(&n, t); err != nil {
			return nil, err
		}
		p.next()
		r, err := p.parseMul()
		if err != nil {
			return nil, err
		}
		l = &Binary{At: At{posOf(t)}, Op: t.Value, L: l, R: r}
	}
}

func (p *exprParser) parseMul() (Expr, error) {
	n := 0
	l, err := p.parsePow()
	if err != nil {
		return nil, err
	}
	for {
		t := p.peek()
		op := ""
		switch {
		case isPunct(t, "*"), isPunct(t, "/"), isPunct(t, "%"):
			op = t.Value
		case isKw(t, "MODULO"):
			op = "%"
		default:
			return l, nil
		}
		if err := p.chain(&n, t); err != nil {
			return nil, err
		}
		p.next()
		r, err := p.parsePow()
		if err != nil {
			return nil, err
		}
		l = &Binary{At: At{posOf(t)}, Op: op, L: l, R: r}
	}
}

func (p *exprParser) parsePow() (Expr, error) {
	l, err := p.parseUnary()
	if err != nil {
		return nil, err
	}
	n := 0
	for isPunct(p.peek(), "^") {
		t := p.next()
		if err := p.chain(&n, t); err != nil {
			return nil, err
		}
		r, err := p.parseUnary()
		if err != nil {
			return nil, err
		}
		l = &Binary{At: At{posOf(t)}, Op: "^", L: l, R: r}
	}
	return l, nil
}

func (p *exprParser) parseUnary() (Expr, error) {
	t := p.peek()
	if t.Type == tPunct {
		switch t.Value {
		case "-", "+", "++", "--":
			p.next()
			if err := p.enter(t); err != nil {
				return nil, err
			}
			defer p.leave()
			x, err := p.parseUnary()
			if err != nil {
				return nil, err
			}
			if t.Value == "+" {
				return x, nil
			}
			if t.Value == "-" {
				switch lit := x.(type) {
				case *IntLit:
					lit.Value = -lit.Value
					lit.P = posOf(t)
					return lit, nil
				case *RealLit:
					lit.Value = -lit.Value
					lit.Text = "-" + lit.Text
					lit.P = posOf(t)
					return lit, nil
				}
			}
			return &Unary{At: At{posOf(t)}, Op: t.Value, X: x}, nil
		}
	}
	x, err := p.parsePrimary()
	if err != nil {
		return nil, err
	}
	return p.parsePostfix(x)
}
