package parser

import plexer "github.com/alecthomas/participle/v2/lexer"

// The POUR loops of the fast path (fast.go), read as gFor's alternatives:
// gForRows, gForEach, gForFile, gForNum, in that order.

// forStmt reads gFor into s.
func (r *reader) forStmt(s *gStmt) bool {
	r.lx.Next()
	g := &gFor{}
	var ok bool
	t := r.peek()
	if t.Type != tKeyword || !isForKind(t.Value) {
		// The first three alternatives fail on their first token.
		g.Num, ok = r.forNum()
		s.For = g
		return ok
	}
	if n := r.peek2(); n.Type == tIdent && (n.Value == "LIGNE" || n.Value == "LIGNES" || n.Value == "ROW" || n.Value == "ROWS") {
		g.Rows, ok = r.forRows()
		s.For = g
		return ok
	}
	// gForRows fails on its second token. gForEach fails before its DE
	// when what follows the loop variables is not DE: gForFile is tried
	// then, unless gForEach went past the lookahead (an error).
	cp := r.lx.MakeCheckpoint()
	start := r.lx.Cursor()
	each, ok, de := r.forEach()
	if ok {
		g.Each = each
		s.For = g
		return true
	}
	if de || r.lx.Cursor() > start+lookahead || r.err != nil {
		return false
	}
	r.lx.LoadCheckpoint(cp)
	g.File, ok = r.forFile()
	s.For = g
	return ok
}

// isForKind reports whether s, after POUR, starts gForRows, gForEach or
// gForFile.
func isForKind(s string) bool {
	switch s {
	case "TOUT", "TOUS", "TOUTE", "TOUTES", "CHAQUE":
		return true
	}
	return false
}

// forDir reads the optional DEPUISFIN / DEPUISDEBUT of a browse.
func (r *reader) forDir() string {
	d, _ := r.oneOf(tIdent, "DEPUISFIN", "DEPUISDEBUT", "FROMEND", "FROMBEGINNING")
	return d
}

// forWhere reads `( ( 'AVEC':Keyword | 'WHERE':Ident ) @@ )?`.
func (r *reader) forWhere() (*pExpr, bool) {
	if r.kw("AVEC") || r.word(tIdent, "WHERE") {
		return r.expr()
	}
	return nil, true
}

// word consumes a token of type tt and value v.
func (r *reader) word(tt plexer.TokenType, v string) bool {
	t := r.peek()
	if t.Type == tt && t.Value == v {
		r.lx.Next()
		return true
	}
	return false
}

// forRows reads gForRows.
func (r *reader) forRows() (*gForRows, bool) {
	g := &gForRows{}
	r.lx.Next() // TOUT...
	t := r.lx.Next()
	g.Row = gRowWord{Pos: t.Pos, Key: t.Value}
	_, g.Selected = r.oneOf(tIdent, "SELECTIONNEE", "SELECTIONNEES", "SELECTED")
	if n, ok := r.name(); ok {
		g.Var = &n
		if isPunct(r.peek(), ",") && r.peek2().Type == tIdent {
			r.lx.Next()
			c, _ := r.name()
			g.Counter = &c
		}
	}
	var ok bool
	if !r.kw("DE") {
		return nil, false
	}
	if g.Control, ok = r.expr(); !ok {
		return nil, false
	}
	g.Body, ok = r.blockEnd()
	return g, ok
}

// forEach reads gForEach; de reports whether it got past its DE.
func (r *reader) forEach() (g *gForEach, ok, de bool) {
	g = &gForEach{Kind: r.lx.Next().Value}
	if isForWord(r.peek(), r.peek2(), "CHAINE", "CHAINES", "STRING") {
		r.lx.Next()
		g.Str = &pStrWord{}
	}
	if isForWord(r.peek(), r.peek2(), "ELEMENT", "ELEMENTS") {
		r.lx.Next()
		g.Elem = &pElemWord{}
	}
	n, ok := r.name()
	if !ok {
		return nil, false, false
	}
	g.Vars = append(g.Vars, n)
	for isPunct(r.peek(), ",") && r.peek2().Type == tIdent {
		r.lx.Next()
		n, _ = r.name()
		g.Vars = append(g.Vars, n)
	}
	if !r.kw("DE") {
		return nil, false, false
	}
	if g.Seq, ok = r.expr(); !ok {
		return nil, false, true
	}
	if _, sep := r.oneOf(tIdent, "SEPAREE", "SEPAREES", "SEPARATED"); sep {
		if !r.kw("PAR") && !r.word(tIdent, "BY") {
			return nil, false, true
		}
		var es []*pExpr
		if es, ok = r.exprList(); !ok {
			return nil, false, true
		}
		g.Sep = es
	}
	if g.Where, ok = r.forWhere(); !ok {
		return nil, false, true
	}
	g.Dir = r.forDir()
	g.Body, ok = r.blockEnd()
	return g, ok, true
}

// forFile reads gForFile.
func (r *reader) forFile() (*gForFile, bool) {
	g := &gForFile{}
	r.lx.Next() // TOUT...
	var ok bool
	if g.Source, ok = r.name(); !ok {
		return nil, false
	}
	if r.kw("SUR") {
		if g.Key, ok = r.expr(); !ok {
			return nil, false
		}
	}
	if g.Where, ok = r.forWhere(); !ok {
		return nil, false
	}
	if g.Where != nil && r.kw("SUR") {
		if g.KeyAfter, ok = r.expr(); !ok {
			return nil, false
		}
	}
	if r.word(tIdent, "SANSSAUVEPOSITION") || r.word(tIdent, "NOSAVEPOSITION") {
		g.NoSave = true
		r.punct(",")
	}
	g.Dir = r.forDir()
	if t := r.peek(); t.Type == tIdent && (t.Value == "SANS" || t.Value == "WITHOUT") {
		cp := r.lx.MakeCheckpoint()
		r.lx.Next()
		if t.Value == "SANS" && r.word(tIdent, "FILTRE") || t.Value == "WITHOUT" && r.word(tIdent, "FILTER") {
			g.NoFilter = true
		} else {
			r.lx.LoadCheckpoint(cp)
		}
	}
	g.Body, ok = r.blockEnd()
	return g, ok
}

// forNum reads gForNum.
func (r *reader) forNum() (*gForNum, bool) {
	g := &gForNum{}
	var ok bool
	if g.Var, ok = r.name(); !ok || !r.punct("=") {
		return nil, false
	}
	if g.From, ok = r.expr(); !ok {
		return nil, false
	}
	if g.To, ok = r.toA(); !ok {
		return nil, false
	}
	if g.Lim, ok = r.expr(); !ok {
		return nil, false
	}
	if g.StKw, ok = r.oneOf(tKeyword, "PAS", "_PAS_"); ok {
		if g.Step, ok = r.expr(); !ok {
			return nil, false
		}
	}
	g.Body, ok = r.blockEnd()
	return g, ok
}
