package parser

// parseCaseItem parses one CAS item: a value, `a À b`, `À b`, `a À`,
// `> v` (any comparison), `a < * <= b`.
func (p *exprParser) parseCaseItem() (*CaseMatch, error) {
	t := p.peek()
	m := &CaseMatch{At: At{posOf(t)}}
	if p.leadingA() {
		p.next()
		hi, err := p.parseAdd()
		if err != nil {
			return nil, err
		}
		m.Kind, m.Hi = "range", hi
		return m, nil
	}
	if t.Type == tPunct && isCompareOp(t.Value) && t.Value != "=" {
		p.next()
		v, err := p.parseAdd()
		if err != nil {
			return nil, err
		}
		m.Kind, m.Value = t.Value, v
		return m, nil
	}
	lo, err := p.parseAdd()
	if err != nil {
		return nil, err
	}
	if op := p.peek(); isPunct(op, "<") || isPunct(op, "<=") {
		cp := p.lx.MakeCheckpoint()
		p.next()
		if isPunct(p.peek(), "*") {
			p.next()
			op2 := p.peek()
			if !isPunct(op2, "<") && !isPunct(op2, "<=") {
				return nil, p.errf(op2, CodeTokenExpected, "« < » ou « <= » attendu après « * »", "'<' or '<=' expected after '*'")
			}
			p.next()
			hi, err := p.parseAdd()
			if err != nil {
				return nil, err
			}
			m.Kind, m.Lo, m.Hi, m.LoOp, m.HiOp = "between", lo, hi, op.Value, op2.Value
			return m, nil
		}
		p.lx.LoadCheckpoint(cp)
	}
	if isA(p.peek()) {
		p.next()
		m.Kind, m.Lo = "range", lo
		if n := p.peek(); !isPunct(n, ":") && !isPunct(n, ",") && n.Type != tNewline && !n.EOF() {
			hi, err := p.parseAdd()
			if err != nil {
				return nil, err
			}
			m.Hi = hi
		}
		return m, nil
	}
	// A full expression (e.g. `CAS x > 2` under SELON Vrai).
	m.Kind, m.Value = "=", lo
	if n := p.peek(); n.Type == tPunct && isCompareOp(n.Value) || isKw(n, "ET") || isKw(n, "OU") || isKw(n, "DANS") {
		rest, err := p.continueExpr(lo)
		if err != nil {
			return nil, err
		}
		m.Value = rest
	}
	return m, nil
}

// continueExpr continues parsing an expression whose additive-level left
// operand is already parsed.
func (p *exprParser) continueExpr(l Expr) (Expr, error) {
	t, r, ok, err := p.compareStep()
	if err != nil {
		return nil, err
	}
	if ok {
		l = &Binary{At: At{posOf(t)}, Op: t.Value, L: l, R: r}
	}
	return p.logicTail(l)
}
