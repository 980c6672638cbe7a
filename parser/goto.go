package parser

// GOTO and its labels (doc 1510005): `GOTO Nom` runs the code that
// follows the label `Nom :` of the same traitement.

// Goto is `GOTO Nom`.
type Goto struct {
	At
	Label Name
}

// GotoLabel is `Nom :` alone on its line: the target of a GOTO.
type GotoLabel struct {
	At
	Name Name
}

func (*Goto) stmtNode()      {}
func (*GotoLabel) stmtNode() {}

// tryGoto parses `GOTO Nom` and a label `Nom :` ending its line, at an
// identifier that starts a statement; nothing is consumed otherwise.
func (p *exprParser) tryGoto() (Stmt, bool, error) {
	t := p.peek()
	rc := p.lx.RawCursor()
	atLineStart := rc == 0 || p.lx.Range(rc-1, rc)[0].Type == tNewline
	cp := p.lx.MakeCheckpoint()
	p.next()
	n := p.peek()
	switch {
	case t.Value == "GOTO" && n.Type == tIdent:
		p.next()
		if e := p.peek(); e.Type == tNewline || e.EOF() || isKw(e, "SINON") {
			return &Goto{At: At{posOf(t)}, Label: Name{At: At{posOf(n)}, Key: n.Value}}, true, nil
		}
	case isPunct(n, ":") && atLineStart:
		p.next()
		if e := p.peek(); e.Type == tNewline || e.EOF() {
			return &GotoLabel{At: At{posOf(t)}, Name: Name{At: At{posOf(t)}, Key: t.Value}}, true, nil
		}
	}
	p.lx.LoadCheckpoint(cp)
	return nil, false, nil
}
