package parser

// ExternDecl is `EXTERNE nom[, nom…]` or `EXTERNE "fichier.wl"` (English
// `EXTERN`): a name declared in another element of the project, or a text
// file of declarations loaded at compile time (doc 3034006 loads its
// exception constants with `EXTERNE "Except.WL"`). wl declares the names
// (Variants) and checks the code around them, but does not provide the
// external element: reaching the declaration is a runtime error ("not
// provided by wl"), like a typed SQL query.
type ExternDecl struct {
	At
	Names []Name
	File  string // the file of `EXTERNE "fichier"`; empty for names
}

func (*ExternDecl) stmtNode() {}

// tryExtern parses an EXTERNE declaration; ok is false (nothing consumed)
// when the line is something else, e.g. a variable called Externe.
func (p *exprParser) tryExtern() (Stmt, bool, error) {
	t := p.peek()
	if t.Type != tIdent || t.Value != "EXTERNE" && t.Value != "EXTERN" {
		return nil, false, nil
	}
	cp := p.lx.MakeCheckpoint()
	p.next()
	d := &ExternDecl{At: At{posOf(t)}}
	n := p.peek()
	switch {
	case n.Type == tString || n.Type == tRawString:
		p.next()
		d.File = n.Value
	case n.Type == tIdent:
		for {
			n = p.peek()
			if n.Type != tIdent {
				return nil, true, p.errf(n, CodeSyntax, "Nom attendu après « , », "+found(n).FR,
					"Name expected after ',', "+found(n).EN)
			}
			p.next()
			d.Names = append(d.Names, Name{At: At{posOf(n)}, Key: n.Value})
			if !isPunct(p.peek(), ",") {
				break
			}
			p.next()
		}
	default:
		p.lx.LoadCheckpoint(cp)
		return nil, false, nil
	}
	if e := p.peek(); e.Type != tNewline && !e.EOF() {
		p.lx.LoadCheckpoint(cp)
		return nil, false, nil
	}
	return d, true, nil
}
