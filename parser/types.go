package parser

// isArticle reports whether a folded word is an article (un, une, des, a, an).
func isArticle(s string) bool {
	switch s {
	case "UN", "UNE", "DES", "A", "AN":
		return true
	}
	return false
}

func (p *exprParser) skipArticle() {
	if t := p.peek(); t.Type == tIdent && isArticle(t.Value) {
		cp := p.lx.MakeCheckpoint()
		p.next()
		n := p.peek()
		if n.Type == tIdent || n.Type == tKeyword || n.Type == tInt || isPunct(n, "::") {
			return // `un entier`, `an 8-byte int`, `un ::E` (1514067)
		}
		p.lx.LoadCheckpoint(cp)
	}
}

// parseType parses a type: `[article] tableau ... de T`, `entier sur 8
// octets`, `chaîne`, a structure or built-in type name, `Procédure`.
func (p *exprParser) parseType() (*TypeRef, error) {
	t := p.peek()
	if err := p.enter(t); err != nil {
		return nil, err
	}
	defer p.leave()
	p.skipArticle()
	t = p.peek()
	if isPunct(t, "::") {
		// `::E` in a method: a type (an enumeration) declared in the
		// class (1514067), looked up by its name.
		p.next()
		t = p.peek()
	}
	at := At{posOf(t)}
	// English puts the adjective first: `associative array of T`
	// (DECISIONS 9d).
	enAssoc := false
	if t.Type == tIdent && t.Value == "ASSOCIATIVE" {
		cp := p.lx.MakeCheckpoint()
		p.next()
		if n := p.peek(); n.Type == tIdent && (n.Value == "ARRAY" || n.Value == "ARRAYS") {
			enAssoc, t = true, n
		} else {
			p.lx.LoadCheckpoint(cp)
		}
	}
	if t.Type == tIdent && (t.Value == "TABLEAU" || t.Value == "ARRAY" || t.Value == "TABLEAUX" || t.Value == "ARRAYS") {
		p.next()
		at2 := &ArrayType{Assoc: enAssoc}
		if n := p.peek(); !enAssoc && n.Type == tIdent && (n.Value == "ASSOCIATIF" || n.Value == "ASSOCIATIVE" || n.Value == "ASSOCIATIFS") {
			p.next()
			at2.Assoc = true
		}
		// `tableau fixe de 5 entiers`, `tableau dynamique de chaînes`
		// (older spellings): the dimensions already say which one it is.
		if n := p.peek(); n.Type == tIdent && (n.Value == "FIXE" || n.Value == "FIXED" || n.Value == "DYNAMIQUE" || n.Value == "DYNAMIC") {
			p.next()
		}
		if isKw(p.peek(), "LOCAL") {
			// tableau local de ...: a class member array copied with its
			// object (6010006); the copy semantics are not distinguished.
			p.next()
		}
		if at2.Assoc && isPunct(p.peek(), "(") {
			opts, err := p.parseAssocOptions()
			if err != nil {
				return nil, err
			}
			at2.Options = opts
		}
		if isPunct(p.peek(), "<") {
			p.next()
			if n := p.peek(); n.Type == tIdent {
				p.next()
			}
			if err := p.expectPunct("="); err != nil {
				return nil, err
			}
			g, err := p.parseAdd()
			if err != nil {
				return nil, err
			}
			at2.Grow = g
			if err := p.expectPunct(">"); err != nil {
				return nil, err
			}
		}
		if isKw(p.peek(), "DE") {
			p.next()
		}
		if isPunct(p.peek(), "[") {
			p.next()
			for {
				if st := p.peek(); isPunct(st, "*") {
					// tableau [*]: a dimension of any size, as `*`
					// below (doc 1514030).
					p.next()
					at2.Dims = append(at2.Dims, &IntLit{At: At{posOf(st)}})
					if isPunct(p.peek(), ",") {
						p.next()
						continue
					}
					break
				}
				d, err := p.parseExpr()
				if err != nil {
					return nil, err
				}
				at2.Dims = append(at2.Dims, d)
				if isPunct(p.peek(), ",") {
					p.next()
					continue
				}
				break
			}
			if err := p.expectPunct("]"); err != nil {
				return nil, err
			}
		} else {
			// `tableau de 5 entiers`, `tableau de N par 3 réels`; a star
			// is a dimension of 0 elements, as 0 is (doc 1514030), in
			// any place: `tableau de * par 2 entiers` has a dynamic
			// first dimension and rows of 2 (doc 3075003). As a
			// parameter, no size check (the array passed by reference
			// keeps the caller's dimensions).
			for {
				n := p.peek()
				if isPunct(n, "*") {
					p.next()
					at2.Dims = append(at2.Dims, &IntLit{At: At{posOf(n)}})
				} else if n.Type == tInt || len(at2.Dims) > 0 || (n.Type == tIdent && p.isDimName()) {
					// After PAR, a dimension whatever it is (a constant name,
					// an expression); before, a name only when a type follows.
					d, err := p.parseAdd()
					if err != nil {
						return nil, err
					}
					at2.Dims = append(at2.Dims, d)
				} else {
					break
				}
				if n := p.peek(); isKw(n, "PAR") || (n.Type == tIdent && n.Value == "BY") {
					p.next()
					continue
				}
				break
			}
		}
		if isKw(p.peek(), "DE") {
			p.next()
		}
		if n := p.peek(); n.Type == tNewline || n.EOF() || isPunct(n, "=") || isPunct(n, ",") || isPunct(n, ")") {
			at2.Elem = &TypeRef{At: at, Name: Name{At: at, Key: "VARIANT"}}
		} else {
			el, err := p.parseType()
			if err != nil {
				return nil, err
			}
			at2.Elem = el
		}
		return &TypeRef{At: at, Name: Name{At: at, Key: "TABLEAU"}, Array: at2}, nil
	}
	if isKw(t, "PROCEDURE") || isKw(t, "STRUCTURE") {
		p.next()
		if t.Value == "PROCEDURE" && isPunct(p.peek(), "(") {
			if err := p.procPrototype(); err != nil { // lambda.go
				return nil, err
			}
		}
		return &TypeRef{At: at, Name: Name{At: at, Key: t.Value}}, nil
	}
	// English sized integers: `8-byte int`, `8-byte unsigned int`.
	size, unsigned := 0, false
	if t.Type == tInt {
		cp := p.lx.MakeCheckpoint()
		p.next()
		if isPunct(p.peek(), "-") {
			p.next()
			if b := p.peek(); b.Type == tIdent && (b.Value == "BYTE" || b.Value == "BYTES" || b.Value == "OCTET" || b.Value == "OCTETS") {
				p.next()
				lit, err := parseIntLit(t, at)
				if err != nil {
					return nil, err
				}
				if il, ok := lit.(*IntLit); ok {
					size = int(il.Value)
				}
				t = p.peek()
			}
		}
		if size == 0 {
			p.lx.LoadCheckpoint(cp)
			t = p.peek()
		}
	}
	if t.Type == tIdent && (t.Value == "ANSI" || t.Value == "UNICODE") {
		// English word order: `ANSI string`, `Unicode string`.
		cp := p.lx.MakeCheckpoint()
		p.next()
		if n := p.peek(); n.Type == tIdent && (n.Value == "STRING" || n.Value == "STRINGS") {
			t = n
		} else {
			p.lx.LoadCheckpoint(cp)
		}
	}
	if t.Type == tIdent && t.Value == "UNSIGNED" {
		p.next()
		unsigned = true
		t = p.peek()
	}
	if t.Type != tIdent {
		f := found(t)
		return nil, p.errf(t, CodeTypeExpected, "Type attendu, "+f.FR, "Type expected, "+f.EN)
	}
	p.next()
	tr := &TypeRef{At: at, Name: Name{At: at, Key: t.Value}, Size: size, Unsigned: unsigned}
	if n := p.peek(); (t.Value == "SOURCE" && isKw(n, "DE")) || (t.Value == "DATA" && n.Type == tIdent && n.Value == "SOURCE") {
		// `Source de Données` / `data source` (HFSQL): one type name in
		// several words; it resolves as an unknown type.
		cp := p.lx.MakeCheckpoint()
		p.next()
		if t.Value == "DATA" {
			tr.Name.Key = "SOURCEDEDONNEES"
		} else if d := p.peek(); d.Type == tIdent && d.Value == "DONNEES" {
			p.next()
			tr.Name.Key = "SOURCEDEDONNEES"
		} else {
			p.lx.LoadCheckpoint(cp)
		}
	}
	if n := p.peek(); t.Value == "DESCRIPTION" && isKw(n, "DE") {
		// `Description de Variable`, `description de procédure`: WinDev's
		// introspection types, one type name in three words; it resolves
		// as an unknown type.
		cp := p.lx.MakeCheckpoint()
		p.next()
		if d := p.peek(); d.Type == tIdent || d.Type == tKeyword {
			p.next()
			tr.Name.Key = "DESCRIPTIONDE" + d.Value
		} else {
			p.lx.LoadCheckpoint(cp)
		}
	}
	if isPunct(p.peek(), "::") {
		// `cDossier::ETypeDossier`: a type declared inside a class (an
		// enumeration, most often); it resolves as an unknown type.
		cp := p.lx.MakeCheckpoint()
		p.next()
		if d := p.peek(); d.Type == tIdent {
			p.next()
			tr.Name.Key += "::" + d.Value
		} else {
			p.lx.LoadCheckpoint(cp)
		}
	}
	if isContainerType(t.Value) && isKw(p.peek(), "DE") {
		// `pile d'octets`, `file de chaînes`, `liste de T`: containers
		// outside the accepted language; the name resolves as an unknown
		// type, the element type is read and dropped.
		p.next()
		if _, err := p.parseType(); err != nil {
			return nil, err
		}
	}
	for {
		n := p.peek()
		if n.Type == tIdent && (n.Value == "FIXE" || n.Value == "ANSI" || n.Value == "UNICODE" || n.Value == "FIXED") {
			p.next()
			continue
		}
		if p.skipDynamic(tr) {
			continue
		}
		if n.Type == tIdent && n.Value == "SANS" {
			// entier sans signe
			cp := p.lx.MakeCheckpoint()
			p.next()
			if s := p.peek(); s.Type == tIdent && s.Value == "SIGNE" {
				p.next()
				tr.Unsigned = true
				continue
			}
			p.lx.LoadCheckpoint(cp)
		}
		break
	}
	if (t.Value == "NUMERIQUE" || t.Value == "NUMERIQUES" || t.Value == "NUMERIC" || t.Value == "NUMERICS") && isPunct(p.peek(), "(") {
		// numérique (i, d), numérique (i), numérique (*) [fr:1514072].
		p.next()
		tr.Precision = true
		if isPunct(p.peek(), "*") {
			p.next()
			tr.NumAuto = true
		} else {
			for k := 0; k < 2; k++ {
				n := p.peek()
				if n.Type != tInt {
					return nil, p.errf(n, CodeTypeExpected, "Nombre de chiffres attendu", "Number of digits expected")
				}
				p.next()
				v, _ := parseIntLit(n, At{posOf(n)})
				if il, ok := v.(*IntLit); ok {
					if k == 0 {
						tr.NumInt = int(il.Value)
					} else {
						tr.NumDec = int(il.Value)
					}
				}
				if k == 0 && isPunct(p.peek(), ",") {
					p.next()
					continue
				}
				break
			}
		}
		if err := p.expectPunct(")"); err != nil {
			return nil, err
		}
	}
	if isKw(p.peek(), "SUR") {
		p.next()
		n := p.peek()
		if n.Type != tInt {
			return nil, p.errf(n, CodeTypeExpected, "Taille attendue après SUR", "Size expected after ON")
		}
		p.next()
		lit, err := parseIntLit(n, At{posOf(n)})
		if err != nil {
			return nil, err
		}
		if il, ok := lit.(*IntLit); ok {
			tr.Size = int(il.Value)
		}
		if o := p.peek(); o.Type == tIdent && (o.Value == "OCTETS" || o.Value == "OCTET" || o.Value == "BYTES" || o.Value == "BYTE") {
			p.next()
		}
		// `entier sur 1 octet sans signe`: the sign may follow the size.
		if n := p.peek(); n.Type == tIdent && n.Value == "SANS" {
			cp := p.lx.MakeCheckpoint()
			p.next()
			if s := p.peek(); s.Type == tIdent && s.Value == "SIGNE" {
				p.next()
				tr.Unsigned = true
			} else {
				p.lx.LoadCheckpoint(cp)
			}
		}
	}
	return tr, nil
}

// isContainerType reports whether a folded word names a container type
// (pile, file, liste and their English names).
func isContainerType(s string) bool {
	switch s {
	case "PILE", "PILES", "FILE", "FILES", "LISTE", "LISTES", "STACK", "STACKS", "QUEUE",
		"QUEUES", "LIST", "LISTS":
		return true
	}
	return false
}

// isDimName reports whether the identifier at the cursor is an array
// dimension given by a constant name (`tableau de N entiers`): it is if a
// type name follows it.
func (p *exprParser) isDimName() bool {
	switch p.peek().Value {
	case "TABLEAU", "TABLEAUX", "ARRAY", "ARRAYS", "ASSOCIATIVE":
		return false // tableau de tableau(x) associatif(s) de T: an array of arrays
	}
	cp := p.lx.MakeCheckpoint()
	defer p.lx.LoadCheckpoint(cp)
	p.next()
	n := p.peek()
	if n.Type == tIdent && (n.Value == "DYNAMIQUE" || n.Value == "DYNAMIC" || n.Value == "DYNAMIQUES" || n.Value == "DYNAMICS") {
		return false // tableau de C dynamique: C is the element type
	}
	return n.Type == tIdent || isKw(n, "PAR")
}

// parseAssocOptions reads the options of an associative array,
// `(options [, default value [, key type]])` (fr:1514058), where `*`
// keeps a slot's default, as in `(*, *, wlEntier_8)`: an Omitted.
func (p *exprParser) parseAssocOptions() ([]Expr, error) {
	return p.parenItems(func() (Expr, error) {
		if t := p.peek(); isPunct(t, "*") {
			p.next()
			return &Omitted{At: At{posOf(t)}}, nil
		}
		return p.parseExpr()
	})
}
