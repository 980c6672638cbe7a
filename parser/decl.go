package parser

import "strings"

// tryDecl parses `a, b EST|SONT [article] type [= init]` and the structure
// declaration. ok is false (and nothing consumed) when the tokens are not
// a declaration.
func (p *exprParser) tryDecl() (Stmt, bool, error) {
	cp := p.lx.MakeCheckpoint()
	// The names are built once EST or SONT is seen: most statements are
	// not declarations.
	n := 0
	for {
		if p.peek().Type != tIdent {
			p.lx.LoadCheckpoint(cp)
			return nil, false, nil
		}
		p.next()
		n++
		if isPunct(p.peek(), ",") {
			p.next()
			continue
		}
		break
	}
	if kw := p.peek(); !isKw(kw, "EST") && !isKw(kw, "SONT") {
		p.lx.LoadCheckpoint(cp)
		return nil, false, nil
	}
	p.lx.LoadCheckpoint(cp)
	names := make([]Name, n)
	for i := range names {
		t := p.next()
		names[i] = Name{At: At{posOf(t)}, Key: t.Value}
		p.next() // the comma, or EST / SONT
	}
	// Structure declaration.
	cp2 := p.lx.MakeCheckpoint()
	p.skipArticle()
	if isKw(p.peek(), "STRUCTURE") && len(names) == 1 {
		p.next()
		st, err := p.parseStructBody(names[0])
		return st, true, err
	}
	p.lx.LoadCheckpoint(cp2)
	if st, ok, err := p.tryQueryDecl(names); ok || err != nil {
		return st, true, err
	}
	if st, ok, err := p.tryClassDecl(names); ok || err != nil {
		return st, true, err
	}
	if st, ok, err := p.tryEnumDecl(names); ok || err != nil {
		return st, true, err
	}
	d := &VarDecl{At: At{names[0].P}, Names: names}
	p.skipObjectWord()
	tr, err := p.parseType()
	if err != nil {
		return nil, true, err
	}
	d.Type = tr
	if t := p.peek(); isPunct(t, "(") {
		// o est un C(a, b): the constructor's arguments (6010002).
		p.next()
		args, err := p.parseArgs()
		if err != nil {
			return nil, true, err
		}
		d.Args, d.HasArgs = args, true
		p.skipDynamic(tr)
	}
	p.skipAttrs()
	if isPunct(p.peek(), "<-") {
		// o est un I <- f(): a reference taken at the declaration
		// (6010001, 6010017).
		p.next()
		v, err := p.parseExpr()
		if err != nil {
			return nil, true, err
		}
		d.Init, d.Ref = []Expr{v}, true
		return d, true, nil
	}
	if isPunct(p.peek(), "=") {
		p.next()
		v, err := p.parseExpr()
		if err != nil {
			return nil, true, err
		}
		if tl, ok := v.(*TupleLit); ok && len(names) > 1 {
			d.Init = tl.Elems
		} else {
			d.Init = []Expr{v}
		}
	}
	return d, true, nil
}

func (p *exprParser) parseStructBody(name Name) (Stmt, error) {
	sd := &StructDecl{At: name.At, Name: name}
	for {
		if end, err := p.blockEnd("FIN attendu pour terminer la structure", "END expected to close the structure"); end {
			return sd, nil
		} else if err != nil {
			return nil, err
		}
		t := p.peek()
		st, ok, err := p.tryDecl()
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, p.errf(t, CodeStructMember, "Déclaration de membre attendue dans la structure", "Member declaration expected in the structure")
		}
		d, isDecl := st.(*VarDecl)
		if !isDecl {
			return nil, p.errf(t, CodeStructMember, "Structure imbriquée non prise en charge", "Nested structure declarations are not supported")
		}
		sd.Fields = append(sd.Fields, d)
	}
}

// tryMulti parses `(a, , c) = v`.
func (p *exprParser) tryMulti() (Stmt, bool, error) {
	cp := p.lx.MakeCheckpoint()
	open := p.next()
	var targets []Expr
	for {
		t := p.peek()
		if isPunct(t, ",") || isPunct(t, ")") {
			targets = append(targets, nil)
		} else {
			x, err := p.parseLValue()
			if err != nil {
				p.lx.LoadCheckpoint(cp)
				return nil, false, nil
			}
			targets = append(targets, x)
		}
		if isPunct(p.peek(), ",") {
			p.next()
			continue
		}
		break
	}
	if !isPunct(p.peek(), ")") {
		p.lx.LoadCheckpoint(cp)
		return nil, false, nil
	}
	p.next()
	if !isPunct(p.peek(), "=") {
		p.lx.LoadCheckpoint(cp)
		return nil, false, nil
	}
	p.next()
	v, err := p.parseExpr()
	if err != nil {
		return nil, true, err
	}
	return &Assign{At: At{posOf(open)}, Targets: targets, Multi: true, Op: "=", Value: v}, true, nil
}

// skipAttrs consumes `< name [words] [= value] [, ...] >` on one line and
// reports whether it did; otherwise nothing is consumed.
func (p *exprParser) skipAttrs() bool {
	if !isPunct(p.peek(), "<") {
		return false
	}
	cp := p.lx.MakeCheckpoint()
	p.next()
	if n := p.peek(); n.Type != tIdent && n.Type != tKeyword {
		p.lx.LoadCheckpoint(cp)
		return false
	}
	for {
		t := p.peek()
		switch {
		case isPunct(t, ">"):
			p.next()
			return true
		case t.Type == tNewline || t.EOF() || isPunct(t, "<") || isPunct(t, "(") || isPunct(t, ")"):
			p.lx.LoadCheckpoint(cp)
			return false
		}
		p.next()
	}
}

// tryQueryDecl parses `q est une requête SQL = [ texte ]`, a typed SQL
// query with its {param} slots, after EST. The SQL text is kept as its
// text and the names of its slots (wl does not run it: a later wave gives
// it a database).
func (p *exprParser) tryQueryDecl(names []Name) (Stmt, bool, error) {
	cp := p.lx.MakeCheckpoint()
	p.skipArticle()
	// requête SQL in French, SQL query in English.
	first, second := "REQUETE", "SQL"
	if isWord(p.peek(), "SQL") {
		first, second = "SQL", "QUERY"
	}
	if !isWord(p.peek(), first) {
		p.lx.LoadCheckpoint(cp)
		return nil, false, nil
	}
	p.next()
	if !isWord(p.peek(), second) {
		p.lx.LoadCheckpoint(cp)
		return nil, false, nil
	}
	p.next()
	q := &QueryDecl{At: At{names[0].P}, Names: names}
	if err := p.expectPunct("="); err != nil {
		return nil, true, err
	}
	// The text is the multi-line string `[ … ]` (the lexer reads it as
	// one string token) or a string on the line.
	t := p.peek()
	if t.Type != tString && t.Type != tRawString {
		return nil, true, p.errf(t, CodeSyntax, "Texte de la requête attendu entre « [ » et « ] », "+found(t).FR,
			"Query text expected between '[' and ']', "+found(t).EN)
	}
	p.next()
	q.SQL = t.Value
	for rest := q.SQL; ; {
		a := strings.IndexByte(rest, '{')
		if a < 0 {
			break
		}
		b := strings.IndexByte(rest[a:], '}')
		if b < 0 {
			break
		}
		if name := strings.TrimSpace(rest[a+1 : a+b]); name != "" {
			q.Params = append(q.Params, name)
		}
		rest = rest[a+b+1:]
	}
	return q, true, nil
}
