package parser

// The less frequent statements of the fast path (fast.go), read by hand so
// that a correct script using them does not build the statement grammar:
// gWhen, gLet, gConst, gInternal.

// when reads gWhen into s.
func (r *reader) when(s *gStmt) bool {
	r.lx.Next()
	if !r.kw("EXCEPTION") {
		return false
	}
	g := &gWhen{}
	var ok bool
	if r.kw("DANS") {
		// gTry; its alternative (a block) fails on its first token.
		t := &gTry{}
		if t.Body, ok = r.body(); !ok || !r.kw("FAIRE") {
			return false
		}
		if t.Handler, ok = r.body(); !ok {
			return false
		}
		if r.kw("SINON") {
			t.Else = &gElse{}
			if t.Else.Body, ok = r.body(); !ok {
				return false
			}
		}
		g.Try = t
	} else {
		if r.peek().Type != tNewline {
			return false
		}
		r.lx.Next()
		if g.Body, ok = r.body(); !ok {
			return false
		}
	}
	s.When = g
	return r.kw("FIN")
}

// let reads gLet into s.
func (r *reader) let(s *gStmt) bool {
	g := &gLet{Pos: r.lx.Next().Pos}
	if r.punct("(") {
		for {
			n, ok := r.name()
			if !ok {
				return false
			}
			g.Names = append(g.Names, n)
			if !r.punct(",") {
				break
			}
		}
		if !r.punct(")") {
			return false
		}
	} else {
		n, ok := r.name()
		if !ok {
			return false
		}
		g.Name = &n
		if r.kw("EST") {
			g.Type = &pType{}
			if g.Type.Parse(r.lx) != nil {
				return false
			}
		}
	}
	if !r.punct("=") {
		return false
	}
	var ok bool
	g.Value, ok = r.expr()
	s.Let = g
	return ok
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

// constStmt reads gConst into s.
func (r *reader) constStmt(s *gStmt) bool {
	r.lx.Next()
	g := &gConst{}
	if r.peek().Type != tNewline {
		it, ok := r.constItem()
		if !ok {
			return false
		}
		g.Items = []*gConstItem{it}
		s.Const = g
		return true
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
			return false
		}
		g.Items = append(g.Items, it)
	}
	s.Const = g
	return r.kw("FIN")
}

// internal reads gInternal into s.
func (r *reader) internal(s *gStmt) bool {
	g := &gInternal{Pos: r.peek().Pos}
	if r.kw("PROCEDURE") {
		if !r.kw("INTERNE") {
			return false
		}
	} else if !r.kw("INTERNE") || !r.kw("PROCEDURE") && !r.kw("FONCTION") {
		return false
	}
	var ok bool
	if g.Head, ok = r.procHead(); !ok {
		return false
	}
	g.Body, ok = r.blockEnd()
	s.Internal = g
	return ok
}
