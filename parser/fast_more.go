package parser

// The less frequent statements of the fast path (fast.go), read by hand so
// that a correct script using them does not build the statement grammar:
// gWhen, gLet, gConst, gInternal.

// when reads gWhen.
func (r *reader) when() (*gWhen, bool) {
	r.lx.Next()
	if !r.kw("EXCEPTION") {
		return nil, false
	}
	g := &gWhen{}
	var ok bool
	if r.kw("DANS") {
		// gTry; its alternative (a block) fails on its first token.
		t := &gTry{}
		if t.Body, ok = r.body(); !ok || !r.kw("FAIRE") {
			return nil, false
		}
		if t.Handler, ok = r.body(); !ok {
			return nil, false
		}
		if r.kw("SINON") {
			t.Else = &gElse{}
			if t.Else.Body, ok = r.body(); !ok {
				return nil, false
			}
		}
		g.Try = t
	} else {
		if r.peek().Type != tNewline {
			return nil, false
		}
		r.lx.Next()
		if g.Body, ok = r.body(); !ok {
			return nil, false
		}
	}
	return g, r.kw("FIN")
}

// let reads gLet.
func (r *reader) let() (*gLet, bool) {
	g := &gLet{Pos: r.lx.Next().Pos}
	if r.punct("(") {
		for {
			n, ok := r.name()
			if !ok {
				return nil, false
			}
			g.Names = append(g.Names, n)
			if !r.punct(",") {
				break
			}
		}
		if !r.punct(")") {
			return nil, false
		}
	} else {
		n, ok := r.name()
		if !ok {
			return nil, false
		}
		g.Name = &n
		if r.kw("EST") {
			g.Type = &pType{}
			if g.Type.Parse(r.lx) != nil {
				return nil, false
			}
		}
	}
	if !r.punct("=") {
		return nil, false
	}
	var ok bool
	g.Value, ok = r.expr()
	return g, ok
}

// constItem reads gConstItem.
func (r *reader) constItem() (*gConstItem, bool) {
	it := &gConstItem{}
	var ok bool
	if it.Name, ok = r.name(); !ok || !r.punct("=") {
		return nil, false
	}
	it.Value, ok = r.expr()
	return it, ok
}

// constStmt reads gConst.
func (r *reader) constStmt() (*gConst, bool) {
	r.lx.Next()
	g := &gConst{}
	if r.peek().Type != tNewline {
		it, ok := r.constItem()
		if !ok {
			return nil, false
		}
		g.Items = []*gConstItem{it}
		return g, true
	}
	for {
		t := r.peek()
		if t.Type == tNewline {
			r.lx.Next()
			continue
		}
		if t.Type != tIdent {
			break
		}
		it, ok := r.constItem()
		if !ok {
			return nil, false
		}
		g.Items = append(g.Items, it)
	}
	return g, r.kw("FIN")
}

// internal reads gInternal.
func (r *reader) internal() (*gInternal, bool) {
	g := &gInternal{Pos: r.peek().Pos}
	if r.kw("PROCEDURE") {
		if !r.kw("INTERNE") {
			return nil, false
		}
	} else if !r.kw("INTERNE") || !r.kw("PROCEDURE") && !r.kw("FONCTION") {
		return nil, false
	}
	var ok bool
	if g.Head, ok = r.procHead(); !ok {
		return nil, false
	}
	g.Body, ok = r.blockEnd()
	return g, ok
}
