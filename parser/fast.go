package parser

import (
	"github.com/alecthomas/participle/v2"
	plexer "github.com/alecthomas/participle/v2/lexer"
)

// The fast path of a correct script (parseByProc). The file, its
// procedures and their bodies are read by hand (readFile, the rules of
// gFile and gProc) into the grammar's own structures (gStmt, gIf...),
// which convert.go turns into the tree as usual; a correct script made of
// the forms read by hand builds no participle grammar at all (start-up).
// A statement form it does not read by hand, or that it cannot read, is
// parsed by participle with the statement grammar (stmtGrammar, gStmt),
// and an unusual procedure header with the header grammar (headGrammar):
// what they return is what the whole-file grammar would have built at
// that place. Any error ends the fast path: the caller then parses the
// rest of the file, from the procedure where it ended, with fileGrammar,
// whose diagnostics are the reference (parseSplit, splitParser.decide). So
// the hand-written reader only has to agree with the grammar on what it
// accepts: it follows the grammar's rules in their order, with
// participle's choices (an alternative that fails after taking more than
// the lookahead's tokens is an error, not a reason to try the next one).
// TestSplitParseEqualsWhole and FuzzParse compare both paths.

// lookahead is the participle.UseLookahead of every grammar. It decides
// when a failed alternative is an error rather than a reason to try the
// next one, so diagnostics depend on it: on 20,292 damaged test scripts,
// 8 changes 19 diagnostics and 32 changes 12 (2 also rejects correct
// forms such as POUR TOUT Client SUR Nom). A correct script pays nothing
// for it since the fast path reads its statements by hand.
const lookahead = 64

// stmtGrammar parses one statement with the statement grammar, for the
// forms fastStmt does not read by hand.
var stmtGrammar lazyGrammar[gStmt]

// readFile reads gFile by hand: `@@` Main, `@@*` Procs, then the end of
// the input, as the whole-file grammar does. A gProc is
// `@('PROCEDURE' | 'FONCTION') @@ Body ( @'FIN' Newline* )?`, its Pos the
// position of its keyword. Any error is the fast path's end (errFast, or
// a nested statement's error).
func readFile(lx *plexer.PeekingLexer, pool *stmtPool) (*gFile, error) {
	main, err := stmtList(lx, pool, nil)
	if err != nil {
		return nil, err
	}
	var procs []*gProc
	for {
		t := lx.Peek()
		if !isKw(t, "PROCEDURE") && !isKw(t, "FONCTION") {
			break
		}
		p := &gProc{Pos: t.Pos, Kind: t.Value}
		lx.Next()
		var h fProcHead
		if err := h.Parse(lx); err != nil {
			return nil, err
		}
		p.Head = h.H
		if p.Body, err = stmtList(lx, pool, nil); err != nil {
			return nil, err
		}
		if isKw(lx.Peek(), "FIN") {
			p.Closed = true
			for lx.Next(); lx.Peek().Type == tNewline; {
				lx.Next()
			}
		}
		procs = append(procs, p)
	}
	if !lx.Peek().EOF() {
		return nil, errFast
	}
	return &gFile{Main: main, Procs: procs}, nil
}

// errFast ends the fast path: the script has an error somewhere, or a
// form the fast path leaves to the whole-file grammar.
var errFast error = fastDeclined{}

// fastDeclined is errFast's type (a value, so nothing is built at
// package initialisation).
type fastDeclined struct{}

func (fastDeclined) Error() string { return "parser: fast path declined" }

// stmtList appends to out the statements and line breaks that follow,
// up to the first token that starts no statement.
func stmtList(lx *plexer.PeekingLexer, pool *stmtPool, out []*gStmt) ([]*gStmt, error) {
	for {
		if lx.Peek().Type == tNewline {
			lx.Next()
			continue
		}
		s, err := fastStmt(lx, pool)
		if err != nil {
			return out, err
		}
		if s == nil {
			return out, nil
		}
		out = append(out, s)
	}
}

// fastStmt reads one statement (gStmt), or returns nil, nil when the next
// token starts none. An error is errFast or the statement's error.
func fastStmt(lx *plexer.PeekingLexer, pool *stmtPool) (*gStmt, error) {
	t := lx.Peek()
	var s *gStmt
	var simple pSimple
	switch err := simple.Parse(lx); err {
	case nil:
		s = pool.get()
		s.Simple = &pSimple{S: simple.S}
	case participle.NextMatch:
		var kw pStmtKw
		if kw.Parse(lx) != nil {
			return nil, nil
		}
		start := lx.MakeCheckpoint()
		r := pool.reader(lx)
		s = pool.get()
		ok, err := r.keywordStmt(s), r.err
		pool.release(r)
		if !ok {
			if err != nil {
				// A nested statement failed: whether the
				// grammar recovers is the whole-file parse's call.
				return nil, err
			}
			lx.LoadCheckpoint(start)
			return delegate(lx)
		}
		s.Kw = &pStmtKw{}
	default:
		return nil, err
	}
	var end pStmtEnd
	if err := end.Parse(lx); err != nil {
		return nil, err
	}
	s.Pos, s.End = t.Pos, &end
	return s, nil
}

// delegated, when set (by tests), is called for each delegated statement.
var delegated func()

// delegate parses the statement at the cursor with the statement grammar.
func delegate(lx *plexer.PeekingLexer) (*gStmt, error) {
	if delegated != nil {
		delegated()
	}
	s, err := stmtGrammar.get().ParseFromLexer(lx, participle.AllowTrailing(true))
	if err != nil {
		return nil, errFast
	}
	return s, nil
}

// reader reads a keyword statement by hand. A method returns false when
// the input does not follow its rule (the statement is then delegated);
// err records an error of a nested statement that ends the fast path.
type reader struct {
	lx   *plexer.PeekingLexer
	pool *stmtPool // nil: gStmts are allocated
	err  error
}

func (r *reader) peek() *plexer.Token { return r.lx.Peek() }

// peek2 returns the token after the next one.
func (r *reader) peek2() *plexer.Token {
	cp := r.lx.MakeCheckpoint()
	r.lx.Next()
	t := r.lx.Peek()
	r.lx.LoadCheckpoint(cp)
	return t
}

// kw consumes the keyword v.
func (r *reader) kw(v string) bool {
	if isKw(r.peek(), v) {
		r.lx.Next()
		return true
	}
	return false
}

// punct consumes the punctuation v.
func (r *reader) punct(v string) bool {
	if isPunct(r.peek(), v) {
		r.lx.Next()
		return true
	}
	return false
}

// oneOf consumes a token of type tt (any type when tt is tEOF) whose value
// is in vs, and returns its value.
func (r *reader) oneOf(tt plexer.TokenType, vs ...string) (string, bool) {
	t := r.peek()
	if tt != tEOF && t.Type != tt {
		return "", false
	}
	for _, v := range vs {
		if t.Value == v {
			r.lx.Next()
			return v, true
		}
	}
	return "", false
}

// toA consumes `'A' | '_A_':Keyword`: À as a keyword or any token A.
func (r *reader) toA() (string, bool) {
	t := r.peek()
	if t.Value == "A" || isKw(t, "_A_") {
		r.lx.Next()
		return t.Value, true
	}
	return "", false
}

// expr reads a required expression.
func (r *reader) expr() (*pExpr, bool) {
	e := &pExpr{}
	if err := e.Parse(r.lx); err != nil {
		return nil, false
	}
	return e, true
}

// optExpr reads an optional expression: nil, true when none starts here.
func (r *reader) optExpr() (*pExpr, bool) {
	e := &pExpr{}
	switch err := e.Parse(r.lx); err {
	case nil:
		return e, true
	case participle.NextMatch:
		return nil, true
	}
	return nil, false
}

// exprList reads `@@ ( ',' @@ )*`.
func (r *reader) exprList() ([]*pExpr, bool) {
	var out []*pExpr
	for {
		e, ok := r.expr()
		if !ok {
			return nil, false
		}
		out = append(out, e)
		if !r.punct(",") {
			return out, true
		}
	}
}

// name reads a gName.
func (r *reader) name() (gName, bool) {
	t := r.peek()
	if t.Type != tIdent {
		return gName{}, false
	}
	r.lx.Next()
	return gName{Pos: t.Pos, Key: t.Value}, true
}

// body reads `( @@ | Newline )*`.
func (r *reader) body() ([]*gStmt, bool) {
	s, err := stmtList(r.lx, r.pool, nil)
	if err != nil {
		r.err = errFast // a nested statement failed: the whole-file grammar decides
		return nil, false
	}
	return s, true
}

// blockEnd reads `( @@ | Newline )* 'FIN':Keyword`.
func (r *reader) blockEnd() ([]*gStmt, bool) {
	b, ok := r.body()
	return b, ok && r.kw("FIN")
}

// keywordStmt reads the statement of gStmt that the keyword pStmtKw
// matched starts.
func (r *reader) keywordStmt(s *gStmt) bool {
	if read := stmtReaderOf(r.peek().Value); read != nil {
		return read(r, s)
	}
	return false
}

// A stmtReader reads, into s, the statement its keyword starts.
type stmtReader struct {
	kw   string
	read func(r *reader, s *gStmt) bool
}

// stmtReaders are the keywords that start a statement of gStmt, each with
// its reader: keywordStmt reads them, and pStmtKw accepts their keywords
// (isStmtKeyword). init sets them: the readers reach keywordStmt, which
// reads the table, so a variable's initialiser would be a cycle. An array
// assigned in init costs no allocation at start-up.
var stmtReaders [19]stmtReader

func init() {
	stmtReaders = [len(stmtReaders)]stmtReader{
		{"SI", (*reader).ifStmt}, {"RENVOYER", (*reader).result}, {"POUR", (*reader).forStmt},
		{"SELON", (*reader).selon}, {"TANTQUE", (*reader).while}, {"RETOUR", (*reader).ret},
		{"BOUCLE", (*reader).loop}, {"SORTIR", (*reader).brk}, {"CONTINUER", (*reader).cont},
		// CAS ERREUR: and CAS EXCEPTION: (pStmtKw looks at the next word).
		{"CAS", (*reader).label},
		// The FIN: label (prepareTokens), not the FIN of a block.
		{"FIN:", (*reader).label},
		{"QUAND", (*reader).when}, {"CONSTANTE", (*reader).constStmt}, {"SOIT", (*reader).let},
		// INTERNE PROCÉDURE, and PROCÉDURE INTERNE (pStmtKw looks at the next word).
		{"INTERNE", (*reader).internal}, {"PROCEDURE", (*reader).internal},
		{"EXCEPTION", (*reader).rethrow}, {"GLOBAL", (*reader).scope}, {"LOCAL", (*reader).scope},
	}
}

// stmtReaderOf returns the reader of the statement kw starts, nil when it
// starts none of gStmt's keyword statements.
func stmtReaderOf(kw string) func(r *reader, s *gStmt) bool {
	for _, sr := range stmtReaders {
		if sr.kw == kw {
			return sr.read
		}
	}
	return nil
}

// rethrow reads EXCEPTION alone: the exception is raised again.
func (r *reader) rethrow(s *gStmt) bool {
	r.lx.Next()
	s.Rethrow = true
	return true
}

// scope reads GLOBAL or LOCAL alone: what follows is in that scope.
func (r *reader) scope(s *gStmt) bool {
	r.lx.Next()
	s.Scope = true
	return true
}

// ifStmt reads gIf into s.
func (r *reader) ifStmt(s *gStmt) bool {
	r.lx.Next()
	g := &gIf{}
	var ok bool
	if g.Cond, ok = r.expr(); !ok {
		return false
	}
	g.Alors = r.kw("ALORS")
	if r.peek().Type != tNewline {
		// gIfBlock fails on its first token: the one-line form.
		l := &gIfInline{}
		if l.Then, ok = r.stmt(); !ok {
			return false
		}
		var same pSameLine
		if same.Parse(r.lx) == nil && isKw(r.peek(), "SINON") {
			r.lx.Next()
			if l.Else, ok = r.stmt(); !ok {
				return false
			}
			l.SameLine = &same
		}
		g.Line = l
		s.If = g
		return true
	}
	r.lx.Next()
	b := &gIfBlock{}
	if b.Then, ok = r.body(); !ok {
		return false
	}
	for isKw(r.peek(), "SINON") && isKw(r.peek2(), "SI") {
		el := &gElif{Pos: r.peek().Pos}
		r.lx.Next()
		r.lx.Next()
		if el.Cond, ok = r.expr(); !ok {
			return false
		}
		r.kw("ALORS")
		if el.Body, ok = r.body(); !ok {
			return false
		}
		b.Elifs = append(b.Elifs, el)
	}
	if r.kw("SINON") {
		b.Else = &gElse{}
		if b.Else.Body, ok = r.body(); !ok {
			return false
		}
	}
	if !r.kw("FIN") {
		return false
	}
	g.Block = b
	s.If = g
	return true
}

// stmt reads a required nested statement (gIfInline's).
func (r *reader) stmt() (*gStmt, bool) {
	s, err := fastStmt(r.lx, r.pool)
	if err != nil {
		r.err = errFast
		return nil, false
	}
	return s, s != nil
}

// result reads gResult into s.
func (r *reader) result(s *gStmt) bool {
	g := &gResult{Kw: r.lx.Next().Value}
	e, ok := r.optExpr()
	if !ok {
		return false
	}
	if e != nil {
		g.Values = []*pExpr{e}
		for r.punct(",") {
			if e, ok = r.expr(); !ok {
				return false
			}
			g.Values = append(g.Values, e)
		}
	}
	s.Result = g
	return true
}

// ret reads gReturn into s.
func (r *reader) ret(s *gStmt) bool {
	g := &gReturn{Kw: r.lx.Next().Value}
	var ok bool
	if r.punct("=") {
		g.Value, ok = r.expr()
	} else {
		g.Value, ok = r.optExpr()
	}
	s.Return = g
	return ok
}

// brk reads gBreak into s; SORTIR followed by ':' is a label (gLabel
// comes first in gStmt).
func (r *reader) brk(s *gStmt) bool {
	if isPunct(r.peek2(), ":") {
		return r.label(s)
	}
	t := r.lx.Next()
	g := &gBreak{Pos: t.Pos, Kw: t.Value}
	if r.kw("SELON") {
		g.Selon = true
	} else if r.punct("(") {
		var ok bool
		if g.N, ok = r.expr(); !ok || !r.punct(")") {
			return false
		}
	}
	s.Break = g
	return true
}

// cont reads gContinue into s; CONTINUER followed by ':' is a label.
func (r *reader) cont(s *gStmt) bool {
	if isPunct(r.peek2(), ":") {
		return r.label(s)
	}
	t := r.lx.Next()
	g := &gContinue{Pos: t.Pos, Kw: t.Value}
	if r.punct("(") {
		var ok bool
		if g.N, ok = r.expr(); !ok || !r.punct(")") {
			return false
		}
	}
	s.Continue = g
	return true
}

// label reads gLabel into s.
func (r *reader) label(s *gStmt) bool {
	g := &gLabel{}
	if r.kw("CAS") {
		t := r.peek()
		if !(t.Type == tIdent && (t.Value == "ERREUR" || t.Value == "ERROR")) && !isKw(t, "EXCEPTION") {
			return false
		}
		g.Kind = r.lx.Next().Value
	} else {
		g.Kind = r.lx.Next().Value
	}
	s.Label = g
	return r.punct(":")
}

// selon reads gSelon into s.
func (r *reader) selon(s *gStmt) bool {
	x, ok := r.headLine()
	if !ok {
		return false
	}
	g := &gSelon{X: x}
	for {
		t := r.peek()
		if t.Type == tNewline {
			r.lx.Next()
			continue
		}
		if !isKw(t, "CAS") {
			break
		}
		r.lx.Next()
		c := &gCase{Pos: t.Pos}
		for {
			it := &pCaseItem{}
			if it.Parse(r.lx) != nil {
				return false
			}
			c.Items = append(c.Items, it)
			if !r.punct(",") {
				break
			}
		}
		r.punct(":")
		if c.Body, ok = r.body(); !ok {
			return false
		}
		g.Cases = append(g.Cases, c)
	}
	if _, other := r.oneOf(tKeyword, "AUTRE", "AUTRES"); other {
		if !r.kw("CAS") {
			return false
		}
		r.punct(":")
		g.Other = &gOther{}
		if g.Other.Body, ok = r.body(); !ok {
			return false
		}
	}
	s.Selon = g
	return r.kw("FIN")
}

// while reads gWhile into s.
func (r *reader) while(s *gStmt) bool {
	cond, ok := r.headLine()
	if !ok {
		return false
	}
	r.lx.Next()
	g := &gWhile{Cond: cond}
	g.Body, ok = r.blockEnd()
	s.While = g
	return ok
}

// headLine reads the keyword of SELON x or TANTQUE c, then its expression,
// which must end the line.
func (r *reader) headLine() (*pExpr, bool) {
	r.lx.Next()
	x, ok := r.expr()
	return x, ok && r.peek().Type == tNewline
}

// loop reads gLoop into s.
func (r *reader) loop(s *gStmt) bool {
	r.lx.Next()
	g := &gLoop{}
	var ok bool
	if r.punct("(") {
		if g.Count, ok = r.expr(); !ok || !r.punct(")") {
			return false
		}
	}
	if r.peek().Type != tNewline {
		return false
	}
	r.lx.Next()
	if g.Body, ok = r.body(); !ok {
		return false
	}
	if r.kw("FIN") {
		s.Loop = g
		return true
	}
	if r.peek().Value != "A" {
		return false
	}
	r.lx.Next()
	if !r.kw("FAIRE") || !r.kw("TANTQUE") {
		return false
	}
	g.Until = &gUntil{}
	g.Until.Cond, ok = r.expr()
	s.Loop = g
	return ok
}
