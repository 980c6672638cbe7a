package parser

import (
	"github.com/alecthomas/participle/v2"
	plexer "github.com/alecthomas/participle/v2/lexer"

	"github.com/wlangage/wl/lexer"
)

// pExpr is a full expression, parsed by the Pratt parser.
type pExpr struct{ X Expr }

// Parse implements participle.Parseable.
func (e *pExpr) Parse(lx *plexer.PeekingLexer) error {
	if !startsExpr(lx.Peek()) {
		return participle.NextMatch
	}
	p := &exprParser{lx: lx}
	x, err := p.parseExpr()
	if err != nil {
		return err
	}
	e.X = x
	return nil
}

// pType is a type reference (after EST / SONT / `:`).
type pType struct{ T *TypeRef }

// Parse implements participle.Parseable.
func (t *pType) Parse(lx *plexer.PeekingLexer) error {
	p := &exprParser{lx: lx}
	tr, err := p.parseType()
	if err != nil {
		return err
	}
	t.T = tr
	return nil
}

// pCaseItem is one item of a CAS list.
type pCaseItem struct{ M *CaseMatch }

// Parse implements participle.Parseable.
func (c *pCaseItem) Parse(lx *plexer.PeekingLexer) error {
	p := &exprParser{lx: lx}
	m, err := p.parseCaseItem()
	if err != nil {
		return err
	}
	c.M = m
	return nil
}

// pSimple is every statement that starts with an expression: declarations
// (`x est un entier`), structure declarations, assignments (single and
// multiple) and expression statements. They are parsed in one pass here,
// without backtracking, because they share an arbitrarily long prefix.
type pSimple struct{ S Stmt }

// Parse implements participle.Parseable.
func (s *pSimple) Parse(lx *plexer.PeekingLexer) error {
	t := lx.Peek()
	if !startsExpr(t) {
		return participle.NextMatch
	}
	p := &exprParser{lx: lx}
	// `A FAIRE TANTQUE` closes a BOUCLE: not a statement.
	if t.Type == lexer.Ident && t.Value == "A" {
		cp := lx.MakeCheckpoint()
		lx.Next()
		if isKw(lx.Peek(), "FAIRE") {
			lx.LoadCheckpoint(cp)
			return participle.NextMatch
		}
		lx.LoadCheckpoint(cp)
	}
	if t.Type == lexer.Ident {
		if st, ok, err := p.tryDecl(); ok || err != nil {
			s.S = st
			return err
		}
	}
	if isPunct(t, "(") {
		if st, ok, err := p.tryMulti(); ok || err != nil {
			s.S = st
			return err
		}
	}
	target, err := p.parseLValue()
	if err != nil {
		return err
	}
	op := lx.Peek()
	if op.Type == lexer.Punct {
		switch op.Value {
		case "=", "+=", "-=", "<=", "<-", "<=>":
			lx.Next()
			v, err := p.parseExpr()
			if err != nil {
				return err
			}
			s.S = &Assign{At: At{posOf(op)}, Targets: []Expr{target}, Op: op.Value, Value: v}
			return nil
		}
	}
	switch target.(type) {
	case *Call, *Postfix, *Ident, *Member:
		s.S = &ExprStmt{At: At{target.Position()}, X: target}
		return nil
	}
	return p.errf(op, "Affectation ou appel attendu, « "+tokenText(op)+" » trouvé", "Assignment or call expected, found '"+tokenText(op)+"'")
}

// tryDecl parses `a, b EST|SONT [article] type [= init]` and the structure
// declaration. ok is false (and nothing consumed) when the tokens are not
// a declaration.
func (p *exprParser) tryDecl() (Stmt, bool, error) {
	cp := p.lx.MakeCheckpoint()
	var names []Name
	for {
		t := p.peek()
		if t.Type != lexer.Ident {
			p.lx.LoadCheckpoint(cp)
			return nil, false, nil
		}
		p.next()
		names = append(names, Name{At: At{posOf(t)}, Key: t.Value})
		if isPunct(p.peek(), ",") {
			p.next()
			continue
		}
		break
	}
	kw := p.peek()
	if !isKw(kw, "EST") && !isKw(kw, "SONT") {
		p.lx.LoadCheckpoint(cp)
		return nil, false, nil
	}
	p.next()
	// Structure declaration.
	cp2 := p.lx.MakeCheckpoint()
	p.skipArticle()
	if isKw(p.peek(), "STRUCTURE") && len(names) == 1 {
		p.next()
		st, err := p.parseStructBody(names[0])
		return st, true, err
	}
	p.lx.LoadCheckpoint(cp2)
	if err := p.outOfScopeType(); err != nil {
		return nil, true, err
	}
	d := &VarDecl{At: At{names[0].P}, Names: names}
	tr, err := p.parseType()
	if err != nil {
		return nil, true, err
	}
	d.Type = tr
	if t := p.peek(); isPunct(t, "(") {
		return nil, true, p.errf(t, "La construction d'un objet avec des paramètres (« est un Classe(...) ») n'est pas prise en charge : les classes ne font pas partie du langage accepté",
			"Constructing an object with parameters ('is a Class(...)') is not supported: classes are not part of the accepted language")
	}
	p.skipAttrs()
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
		t := p.peek()
		switch {
		case t.Type == lexer.Newline:
			p.next()
			continue
		case isKw(t, "FIN"):
			p.next()
			return sd, nil
		case t.EOF():
			return nil, p.errf(t, "FIN attendu pour terminer la structure", "END expected to close the structure")
		}
		st, ok, err := p.tryDecl()
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, p.errf(t, "Déclaration de membre attendue dans la structure", "Member declaration expected in the structure")
		}
		d, isDecl := st.(*VarDecl)
		if !isDecl {
			return nil, p.errf(t, "Structure imbriquée non prise en charge", "Nested structure declarations are not supported")
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

// outOfScope names the declarations of constructs outside the accepted
// language (classes and their relatives), with the message to give.
var outOfScope = map[string][2]string{
	"CLASSE":      {"Les classes ne sont pas prises en charge", "Classes are not supported"},
	"CLASS":       {"Les classes ne sont pas prises en charge", "Classes are not supported"},
	"INTERFACE":   {"Les interfaces ne sont pas prises en charge (classes)", "Interfaces are not supported (classes)"},
	"ENUMERATION": {"Les énumérations ne sont pas prises en charge", "Enumerations are not supported"},
	"COMBINAISON": {"Les combinaisons ne sont pas prises en charge", "Combinations are not supported"},
	"COMBINATION": {"Les combinaisons ne sont pas prises en charge", "Combinations are not supported"},
}

// outOfScopeType reports a positioned error when the type after EST names
// a construct outside the accepted language (`X est une Classe`). Nothing
// is consumed.
func (p *exprParser) outOfScopeType() error {
	cp := p.lx.MakeCheckpoint()
	defer p.lx.LoadCheckpoint(cp)
	p.skipArticle()
	t := p.peek()
	if t.Type != lexer.Ident {
		return nil
	}
	if t.Value == "OBJET" || t.Value == "OBJECT" {
		// `clSession est un objet CClasse(...)`
		p.next()
		if p.peek().Type == lexer.Ident {
			return p.errf(t, "Les objets (instances de classe) ne sont pas pris en charge : les classes ne font pas partie du langage accepté",
				"Objects (class instances) are not supported: classes are not part of the accepted language")
		}
		return nil
	}
	m, ok := outOfScope[t.Value]
	if !ok {
		return nil
	}
	p.next()
	if n := p.peek(); n.Type != lexer.Newline && !n.EOF() && !isPunct(n, "<") {
		return nil // a variable of a type that happens to be called so
	}
	return p.errf(t, m[0], m[1])
}

var articles = map[string]bool{"UN": true, "UNE": true, "DES": true, "A": true, "AN": true}

func (p *exprParser) skipArticle() {
	if t := p.peek(); t.Type == lexer.Ident && articles[t.Value] {
		cp := p.lx.MakeCheckpoint()
		p.next()
		n := p.peek()
		if n.Type == lexer.Ident || n.Type == lexer.Keyword || n.Type == lexer.Int {
			return // `un entier`, `an 8-byte int`
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
	at := At{posOf(t)}
	// English puts the adjective first: `associative array of T`
	// (DECISIONS 9d).
	enAssoc := false
	if t.Type == lexer.Ident && t.Value == "ASSOCIATIVE" {
		cp := p.lx.MakeCheckpoint()
		p.next()
		if n := p.peek(); n.Type == lexer.Ident && (n.Value == "ARRAY" || n.Value == "ARRAYS") {
			enAssoc, t = true, n
		} else {
			p.lx.LoadCheckpoint(cp)
		}
	}
	if t.Type == lexer.Ident && (t.Value == "TABLEAU" || t.Value == "ARRAY" || t.Value == "TABLEAUX" || t.Value == "ARRAYS") {
		p.next()
		at2 := &ArrayType{Assoc: enAssoc}
		if n := p.peek(); !enAssoc && n.Type == lexer.Ident && (n.Value == "ASSOCIATIF" || n.Value == "ASSOCIATIVE" || n.Value == "ASSOCIATIFS") {
			p.next()
			at2.Assoc = true
		}
		// `tableau fixe de 5 entiers`, `tableau dynamique de chaînes`
		// (older spellings): the dimensions already say which one it is.
		if n := p.peek(); n.Type == lexer.Ident && (n.Value == "FIXE" || n.Value == "FIXED" || n.Value == "DYNAMIQUE" || n.Value == "DYNAMIC") {
			p.next()
		}
		if at2.Assoc && isPunct(p.peek(), "(") {
			opts, err := p.parseParenList()
			if err != nil {
				return nil, err
			}
			at2.Options = opts
		}
		if isPunct(p.peek(), "<") {
			p.next()
			if n := p.peek(); n.Type == lexer.Ident {
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
			for p.peek().Type == lexer.Int || (len(at2.Dims) == 0 && p.peek().Type == lexer.Ident && p.isDimName()) {
				d, err := p.parseAdd()
				if err != nil {
					return nil, err
				}
				at2.Dims = append(at2.Dims, d)
				if n := p.peek(); isKw(n, "PAR") || (n.Type == lexer.Ident && n.Value == "BY") {
					p.next()
					continue
				}
				break
			}
		}
		if isKw(p.peek(), "DE") {
			p.next()
		}
		if n := p.peek(); n.Type == lexer.Newline || n.EOF() || isPunct(n, "=") || isPunct(n, ",") || isPunct(n, ")") {
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
		return &TypeRef{At: at, Name: Name{At: at, Key: t.Value}}, nil
	}
	// English sized integers: `8-byte int`, `8-byte unsigned int`.
	size, unsigned := 0, false
	if t.Type == lexer.Int {
		cp := p.lx.MakeCheckpoint()
		p.next()
		if isPunct(p.peek(), "-") {
			p.next()
			if b := p.peek(); b.Type == lexer.Ident && (b.Value == "BYTE" || b.Value == "BYTES" || b.Value == "OCTET" || b.Value == "OCTETS") {
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
	if t.Type == lexer.Ident && (t.Value == "ANSI" || t.Value == "UNICODE") {
		// English word order: `ANSI string`, `Unicode string`.
		cp := p.lx.MakeCheckpoint()
		p.next()
		if n := p.peek(); n.Type == lexer.Ident && (n.Value == "STRING" || n.Value == "STRINGS") {
			t = n
		} else {
			p.lx.LoadCheckpoint(cp)
		}
	}
	if t.Type == lexer.Ident && t.Value == "UNSIGNED" {
		p.next()
		unsigned = true
		t = p.peek()
	}
	if t.Type != lexer.Ident {
		return nil, p.errf(t, "Type attendu, « "+tokenText(t)+" » trouvé", "Type expected, found '"+tokenText(t)+"'")
	}
	p.next()
	tr := &TypeRef{At: at, Name: Name{At: at, Key: t.Value}, Size: size, Unsigned: unsigned}
	if n := p.peek(); (t.Value == "SOURCE" && isKw(n, "DE")) || (t.Value == "DATA" && n.Type == lexer.Ident && n.Value == "SOURCE") {
		// `Source de Données` / `data source` (HFSQL): one type name in
		// several words; it resolves as an unknown type.
		cp := p.lx.MakeCheckpoint()
		p.next()
		if t.Value == "DATA" {
			tr.Name.Key = "SOURCEDEDONNEES"
		} else if d := p.peek(); d.Type == lexer.Ident && d.Value == "DONNEES" {
			p.next()
			tr.Name.Key = "SOURCEDEDONNEES"
		} else {
			p.lx.LoadCheckpoint(cp)
		}
	}
	if containerTypes[t.Value] && isKw(p.peek(), "DE") {
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
		if n.Type == lexer.Ident && (n.Value == "FIXE" || n.Value == "ANSI" || n.Value == "UNICODE" || n.Value == "FIXED" || n.Value == "DYNAMIQUE" || n.Value == "DYNAMIC") {
			p.next()
			continue
		}
		if n.Type == lexer.Ident && n.Value == "SANS" {
			// entier sans signe
			cp := p.lx.MakeCheckpoint()
			p.next()
			if s := p.peek(); s.Type == lexer.Ident && s.Value == "SIGNE" {
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
				if n.Type != lexer.Int {
					return nil, p.errf(n, "Nombre de chiffres attendu", "Number of digits expected")
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
		if n.Type != lexer.Int {
			return nil, p.errf(n, "Taille attendue après SUR", "Size expected after ON")
		}
		p.next()
		lit, err := parseIntLit(n, At{posOf(n)})
		if err != nil {
			return nil, err
		}
		if il, ok := lit.(*IntLit); ok {
			tr.Size = int(il.Value)
		}
		if o := p.peek(); o.Type == lexer.Ident && (o.Value == "OCTETS" || o.Value == "OCTET" || o.Value == "BYTES" || o.Value == "BYTE") {
			p.next()
		}
	}
	return tr, nil
}

var containerTypes = map[string]bool{
	"PILE": true, "PILES": true, "FILE": true, "FILES": true, "LISTE": true, "LISTES": true,
	"STACK": true, "STACKS": true, "QUEUE": true, "QUEUES": true, "LIST": true, "LISTS": true,
}

// isDimName reports whether the identifier at the cursor is an array
// dimension given by a constant name (`tableau de N entiers`): it is if a
// type name follows it.
func (p *exprParser) isDimName() bool {
	cp := p.lx.MakeCheckpoint()
	defer p.lx.LoadCheckpoint(cp)
	p.next()
	n := p.peek()
	return n.Type == lexer.Ident || isKw(n, "PAR")
}

// parseCaseItem parses one CAS item: a value, `a À b`, `À b`, `a À`,
// `> v` (any comparison), `a < * <= b`.
func (p *exprParser) parseCaseItem() (*CaseMatch, error) {
	t := p.peek()
	m := &CaseMatch{At: At{posOf(t)}}
	if isA(t) {
		p.next()
		hi, err := p.parseAdd()
		if err != nil {
			return nil, err
		}
		m.Kind, m.Hi = "range", hi
		return m, nil
	}
	if t.Type == lexer.Punct && compareOps[t.Value] && t.Value != "=" {
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
				return nil, p.errf(op2, "« < » ou « <= » attendu après « * »", "'<' or '<=' expected after '*'")
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
		if n := p.peek(); !isPunct(n, ":") && !isPunct(n, ",") && n.Type != lexer.Newline && !n.EOF() {
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
	if n := p.peek(); n.Type == lexer.Punct && compareOps[n.Value] || isKw(n, "ET") || isKw(n, "OU") || isKw(n, "DANS") {
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
	t := p.peek()
	if t.Type == lexer.Punct && compareOps[t.Value] {
		p.next()
		r, err := p.parseAdd()
		if err != nil {
			return nil, err
		}
		l = &Binary{At: At{posOf(t)}, Op: t.Value, L: l, R: r}
	}
	for {
		t := p.peek()
		if !isKw(t, "ET") && !isKw(t, "OU") && !isKw(t, "_ET_") && !isKw(t, "_OU_") {
			return l, nil
		}
		p.next()
		r, err := p.parseNot()
		if err != nil {
			return nil, err
		}
		l = &Binary{At: At{posOf(t)}, Op: t.Value, L: l, R: r}
	}
}

// pBareType is a parameter type written without EST (`sNom chaîne`,
// `X buffer`): it only matches when an identifier follows the name.
type pBareType struct{ T *TypeRef }

// Parse implements participle.Parseable.
func (t *pBareType) Parse(lx *plexer.PeekingLexer) error {
	if lx.Peek().Type != lexer.Ident {
		return participle.NextMatch
	}
	var pt pType
	err := pt.Parse(lx)
	t.T = pt.T
	return err
}

// procModifiers are the access and kind qualifiers a procedure header may
// carry before its name (PROCÉDURE PRIVÉE P(), procédure publique globale
// Q()). A script has nothing to restrict, so they are read and dropped.
var procModifiers = map[string]bool{
	"PUBLIQUE": true, "PUBLIC": true, "PRIVE": true, "PRIVEE": true, "PRIVATE": true,
	"PROTEGE": true, "PROTEGEE": true, "PROTECTED": true, "RESTREINT": true,
	"RESTREINTE": true, "RESTRICTED": true, "ABSTRAIT": true, "ABSTRAITE": true,
	"ABSTRACT": true, "VIRTUEL": true, "VIRTUELLE": true, "VIRTUAL": true,
	"GLOBAL": true,
}

// pProcMods consumes procedure modifiers, each one only when a name (or
// another modifier) follows it: `PROCÉDURE Privé()` keeps Privé as the name.
type pProcMods struct{ N int }

// Parse implements participle.Parseable.
func (m *pProcMods) Parse(lx *plexer.PeekingLexer) error {
	for {
		t := lx.Peek()
		if (t.Type != lexer.Ident && t.Type != lexer.Keyword) || !procModifiers[t.Value] {
			break
		}
		cp := lx.MakeCheckpoint()
		lx.Next()
		if lx.Peek().Type != lexer.Ident && !isKw(lx.Peek(), "GLOBAL") {
			lx.LoadCheckpoint(cp)
			break
		}
		m.N++
	}
	if m.N == 0 {
		return participle.NextMatch
	}
	return nil
}

// pAttrs is an attribute list in angle brackets that WinDev puts after a
// prototype, a parameter or a declared type: <métier>, <utile>,
// <section critique>, <mapping=Nom, clé unique>. Scripts have no use for
// them: they are read and dropped. It matches only `<` followed by a name.
type pAttrs struct{ N int }

// Parse implements participle.Parseable.
func (a *pAttrs) Parse(lx *plexer.PeekingLexer) error {
	p := &exprParser{lx: lx}
	if !p.skipAttrs() {
		return participle.NextMatch
	}
	a.N = 1
	return nil
}

// skipAttrs consumes `< name [words] [= value] [, ...] >` on one line and
// reports whether it did; otherwise nothing is consumed.
func (p *exprParser) skipAttrs() bool {
	if !isPunct(p.peek(), "<") {
		return false
	}
	cp := p.lx.MakeCheckpoint()
	p.next()
	if n := p.peek(); n.Type != lexer.Ident && n.Type != lexer.Keyword {
		p.lx.LoadCheckpoint(cp)
		return false
	}
	for {
		t := p.peek()
		switch {
		case isPunct(t, ">"):
			p.next()
			return true
		case t.Type == lexer.Newline || t.EOF() || isPunct(t, "<") || isPunct(t, "(") || isPunct(t, ")"):
			p.lx.LoadCheckpoint(cp)
			return false
		}
		p.next()
	}
}

// pStmtEnd checks, without consuming anything, that a statement is followed
// by what may follow one: a line break or `;`, the end of the file, or the
// SINON of a one-line SI. Without it `RENVOYER new X(a)` would read as two
// statements, `RENVOYER new` and `X(a)`.
type pStmtEnd struct{}

// Parse implements participle.Parseable.
func (e *pStmtEnd) Parse(lx *plexer.PeekingLexer) error {
	t := lx.Peek()
	if t.Type == lexer.Newline || t.EOF() || isKw(t, "SINON") {
		return nil
	}
	return &Error{Pos: posOf(t), FR: "Fin d'instruction attendue, « " + tokenText(t) + " » trouvé", EN: "End of statement expected, found '" + tokenText(t) + "'"}
}
