package parser

import (
	"slices"

	"github.com/alecthomas/participle/v2"
	plexer "github.com/alecthomas/participle/v2/lexer"
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
	if t.Type == tKeyword || !startsExpr(t) {
		// Statements that start with a keyword are the grammar's (gStmt).
		return participle.NextMatch
	}
	p := &exprParser{lx: lx}
	// `A FAIRE TANTQUE` closes a BOUCLE: not a statement.
	if t.Type == tIdent && t.Value == "A" {
		cp := lx.MakeCheckpoint()
		lx.Next()
		if isKw(lx.Peek(), "FAIRE") {
			lx.LoadCheckpoint(cp)
			return participle.NextMatch
		}
		lx.LoadCheckpoint(cp)
	}
	if t.Type == tIdent {
		if st, ok, err := p.tryGoto(); ok || err != nil {
			s.S = st
			return err
		}
		if st, ok, err := p.tryExtern(); ok || err != nil {
			s.S = st
			return err
		}
		if st, ok, err := p.tryClassStmt(); ok || err != nil {
			s.S = st
			return err
		}
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
	if op.Type == tPunct {
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
	f := found(op)
	return p.errf(op, CodeAssignOrCall, "Affectation ou appel attendu, "+f.FR, "Assignment or call expected, "+f.EN)
}

// pBareType is a parameter type written without EST (`sNom chaîne`,
// `X buffer`): it only matches when an identifier follows the name.
type pBareType struct{ T *TypeRef }

// Parse implements participle.Parseable.
func (t *pBareType) Parse(lx *plexer.PeekingLexer) error {
	if lx.Peek().Type != tIdent {
		return participle.NextMatch
	}
	var pt pType
	err := pt.Parse(lx)
	t.T = pt.T
	return err
}

// isProcModifier are the access and kind qualifiers a procedure header may
// carry before its name (PROCÉDURE PRIVÉE P(), procédure publique globale
// Q()). They matter for methods (access, GLOBALE, VIRTUELLE, 6010006).
func isProcModifier(s string) bool {
	switch s {
	case "PUBLIQUE", "PUBLIC", "PRIVE", "PRIVEE", "PRIVATE", "PROTEGE", "PROTEGEE",
		"PROTECTED", "RESTREINT", "RESTREINTE", "RESTRICTED", "ABSTRAIT", "ABSTRAITE",
		"ABSTRACT", "VIRTUEL", "VIRTUELLE", "VIRTUAL", "GLOBAL", PropertyMod:
		return true
	}
	return false
}

// pProcMods consumes procedure modifiers, each one only when a name (or
// another modifier) follows it: `PROCÉDURE Privé()` keeps Privé as the name.
type pProcMods struct {
	N     int
	Words []string
}

// Parse implements participle.Parseable.
func (m *pProcMods) Parse(lx *plexer.PeekingLexer) error {
	for {
		t := lx.Peek()
		if (t.Type != tIdent && t.Type != tKeyword) || !isProcModifier(t.Value) {
			break
		}
		cp := lx.MakeCheckpoint()
		lx.Next()
		if lx.Peek().Type != tIdent && !isKw(lx.Peek(), "GLOBAL") {
			lx.LoadCheckpoint(cp)
			break
		}
		m.N++
		m.Words = append(m.Words, t.Value)
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
type pAttrs struct {
	N int
	// First is the first attribute's folded name (EXTENSION for a
	// procedure d'extension, doc 1514086).
	First string
}

// Parse implements participle.Parseable.
func (a *pAttrs) Parse(lx *plexer.PeekingLexer) error {
	p := &exprParser{lx: lx}
	var first string
	if isPunct(lx.Peek(), "<") {
		cp := lx.MakeCheckpoint()
		lx.Next()
		first = lx.Peek().Value
		lx.LoadCheckpoint(cp)
	}
	if !p.skipAttrs() {
		return participle.NextMatch
	}
	a.N, a.First = 1, first
	return nil
}

// pStmtEnd checks that a statement is followed by what may follow one: a
// line break or `;` (consumed here, so that the statement lists of the
// grammar try the next statement first and a separator costs no
// alternative of its own), the end of the file, or the SINON of a one-line
// SI. A statement that ends a one-line SI has consumed the line break
// already: the token before the cursor is then that separator. Without it
// `RENVOYER new X(a)` would read as two statements, `RENVOYER new` and
// `X(a)`.
type pStmtEnd struct{}

// Parse implements participle.Parseable.
func (e *pStmtEnd) Parse(lx *plexer.PeekingLexer) error {
	t := lx.Peek()
	switch {
	case t.Type == tNewline:
		lx.Next()
		return nil
	case t.EOF() || isKw(t, "SINON"):
		return nil
	}
	if rc := lx.RawCursor(); rc > 0 && lx.Range(rc-1, rc)[0].Type == tNewline {
		return nil
	}
	f := found(t)
	return errAt(t, CodeStmtEnd, "Fin d'instruction attendue, "+f.FR, "End of statement expected, "+f.EN)
}

// pStrWord is CHAÎNE (or STRING) before the variable of POUR TOUT CHAÎNE
// x DE s; pElemWord is ÉLÉMENT before the variable of POUR TOUT ÉLÉMENT x
// DE t. Each is that word only when a name follows it; otherwise the word
// is the loop variable itself (POUR TOUT chaine DE t, POUR TOUT element, i
// DE t).
type (
	pStrWord  struct{}
	pElemWord struct{}
)

// Parse implements participle.Parseable.
func (*pStrWord) Parse(lx *plexer.PeekingLexer) error {
	return forWord(lx, "CHAINE", "CHAINES", "STRING")
}

// Parse implements participle.Parseable.
func (*pElemWord) Parse(lx *plexer.PeekingLexer) error {
	return forWord(lx, "ELEMENT", "ELEMENTS")
}

// forWord consumes the word at the cursor when it is one of words and a
// name follows it (isForWord).
func forWord(lx *plexer.PeekingLexer, words ...string) error {
	cp := lx.MakeCheckpoint()
	t := lx.Next()
	if !isForWord(t, lx.Peek(), words...) {
		lx.LoadCheckpoint(cp)
		return participle.NextMatch
	}
	return nil
}

// isForWord reports whether t, followed by next, is one of the words
// (identifiers) that may come before the loop variable of POUR TOUT: it
// is when the variable's name follows it.
func isForWord(t, next *plexer.Token, words ...string) bool {
	return t.Type == tIdent && slices.Contains(words, t.Value) && next.Type == tIdent
}

// pSameLine matches, without consuming anything, when the token before
// the cursor is not a line break (see gIfInline).
type pSameLine struct{}

// Parse implements participle.Parseable.
func (*pSameLine) Parse(lx *plexer.PeekingLexer) error {
	if rc := lx.RawCursor(); rc > 0 && lx.Range(rc-1, rc)[0].Type == tNewline {
		return participle.NextMatch
	}
	return nil
}

// pStmtKw matches, without consuming anything, a keyword that can start a
// statement of gStmt, and declines every other token (see gStmt).
type pStmtKw struct{}

// isStmtKeyword says whether s starts a statement of gStmt (stmtReaders);
// pStmtKw.Parse looks at the word after CAS and PROCEDURE first.
func isStmtKeyword(s string) bool { return stmtReaderOf(s) != nil }

// Parse implements participle.Parseable.
func (*pStmtKw) Parse(lx *plexer.PeekingLexer) error {
	t := lx.Peek()
	if t.Type != tKeyword {
		return participle.NextMatch
	}
	switch t.Value {
	case "CAS", "PROCEDURE":
		// CAS ERREUR: / CAS EXCEPTION: (a label, not the next CAS of a
		// SELON); PROCÉDURE INTERNE (not the next procedure).
		cp := lx.MakeCheckpoint()
		lx.Next()
		n := lx.Peek()
		lx.LoadCheckpoint(cp)
		if t.Value == "CAS" && (isWord(n, "ERREUR") || isWord(n, "ERROR") || isKw(n, "EXCEPTION")) ||
			t.Value == "PROCEDURE" && isKw(n, "INTERNE") {
			return nil
		}
		return participle.NextMatch
	}
	if !isStmtKeyword(t.Value) {
		return participle.NextMatch
	}
	return nil
}
