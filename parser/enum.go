package parser

// Enumerations and combinations: `E est une Enumération … FIN` (doc
// 1514067) and `C est une Combinaison … FIN` (doc 1514074). Each line of
// the block is a value (an option), a value with its associated value or
// alias (`Nom = expr`), a base enumeration or combination in brackets
// (`[Base]`, extension), or, in a combination, a mutual exclusion
// (`Option2 - Option3`).

// EnumDecl declares an enumeration or, with Combination, a combination.
type EnumDecl struct {
	At
	Name        Name
	Combination bool
	// Bases are the enumerations (combinations) extended by `[Base]`.
	Bases []Name
	Items []*EnumItem
	// Exclusions are the `A - B` lines of a combination: options that
	// cannot be active together.
	Exclusions [][]Name
}

// EnumItem is one value of an enumeration or option of a combination.
// Value is what follows `=`: the associated value, an alias of another
// value (an identifier of the same block) or, in a combination, a
// predefined combination (`A + B`); nil when absent.
type EnumItem struct {
	At
	Name  Name
	Value Expr
}

func (*EnumDecl) stmtNode() {}

// isEnumWord reports whether a folded word after EST declares an
// enumeration (false) or a combination (true).
func isEnumWord(w string) (combination, ok bool) {
	switch w {
	case "ENUMERATION":
		return false, true
	case "COMBINAISON", "COMBINATION":
		return true, true
	}
	return false, false
}

// tryEnumDecl parses the block after `E est une` when the type is
// Enumération or Combinaison alone on its line; nothing is consumed
// otherwise (a variable of a type that happens to be named so).
func (p *exprParser) tryEnumDecl(names []Name) (Stmt, bool, error) {
	cp := p.lx.MakeCheckpoint()
	p.skipArticle()
	t := p.peek()
	comb, ok := isEnumWord(t.Value)
	if t.Type != tIdent || !ok || len(names) != 1 {
		p.lx.LoadCheckpoint(cp)
		return nil, false, nil
	}
	p.next()
	p.skipAttrs()
	if n := p.peek(); n.Type != tNewline && !n.EOF() {
		p.lx.LoadCheckpoint(cp)
		return nil, false, nil
	}
	ed := &EnumDecl{At: names[0].At, Name: names[0], Combination: comb}
	what := diagWhat(comb)
	for {
		if end, err := p.blockEnd("FIN attendu pour terminer "+what.FR, "END expected to close "+what.EN); end {
			return ed, true, nil
		} else if err != nil {
			return nil, true, err
		}
		if err := p.enumLine(ed); err != nil {
			return nil, true, err
		}
		if n := p.peek(); n.Type != tNewline && !n.EOF() {
			f := found(n)
			return nil, true, p.errf(n, CodeStmtEnd, "Fin de ligne attendue dans "+what.FR+", "+f.FR, "End of line expected in "+what.EN+", "+f.EN)
		}
	}
}

// enumLine parses one line of an enumeration or combination block.
func (p *exprParser) enumLine(ed *EnumDecl) error {
	t := p.peek()
	if isPunct(t, "[") {
		// [Base]: the values of Base come first (extension).
		p.next()
		n := p.peek()
		if n.Type != tIdent {
			return p.errf(n, CodeEnumItem, "Nom de l'énumération de base attendu entre « [ » et « ] », "+found(n).FR,
				"Base enumeration name expected between '[' and ']', "+found(n).EN)
		}
		p.next()
		ed.Bases = append(ed.Bases, Name{At: At{posOf(n)}, Key: n.Value})
		return p.expectPunct("]")
	}
	if t.Type != tIdent {
		return p.errf(t, CodeEnumItem, "Valeur attendue dans "+diagWhat(ed.Combination).FR+", "+found(t).FR,
			"Value expected in "+diagWhat(ed.Combination).EN+", "+found(t).EN)
	}
	p.next()
	name := Name{At: At{posOf(t)}, Key: t.Value}
	switch n := p.peek(); {
	case isPunct(n, "="):
		p.next()
		v, err := p.parseExpr()
		if err != nil {
			return err
		}
		ed.Items = append(ed.Items, &EnumItem{At: name.At, Name: name, Value: v})
	case isPunct(n, "-") && ed.Combination:
		// Option2 - Option3 [- Option4]: a mutual exclusion.
		group := []Name{name}
		for isPunct(p.peek(), "-") {
			p.next()
			o := p.peek()
			if o.Type != tIdent {
				return p.errf(o, CodeEnumItem, "Nom d'option attendu après « - », "+found(o).FR, "Option name expected after '-', "+found(o).EN)
			}
			p.next()
			group = append(group, Name{At: At{posOf(o)}, Key: o.Value})
		}
		ed.Exclusions = append(ed.Exclusions, group)
	default:
		p.skipAttrs()
		ed.Items = append(ed.Items, &EnumItem{At: name.At, Name: name})
	}
	return nil
}

// diagWhat names the block in messages: « l'énumération » / « la
// combinaison ».
func diagWhat(comb bool) (t struct{ FR, EN string }) {
	if comb {
		t.FR, t.EN = "la combinaison", "the combination"
	} else {
		t.FR, t.EN = "l'énumération", "the enumeration"
	}
	return t
}
