package parser

import (
	"sync"

	"github.com/alecthomas/participle/v2"
	plexer "github.com/alecthomas/participle/v2/lexer"
)

// Lambdas (doc 1514084, « Lambda : Expressions et procédures »): an
// anonymous internal procedure written where a procedure value is
// expected.
//
//	x => expr              expression lambda (RENVOYER expr)
//	(a, b) => expr         several parameters; () => expr for none
//	x => { instructions }  lambda procedure, on one line
//	x => {                 or as a brace block, whose `}` is FIN
//	    instructions
//	}
//
// The lexer has no `=>` token: it reads `=` then `>`, and a lambda's
// arrow is those two tokens glued (a comparison is never written `=>`).

// Lambda is a lambda procedure or expression. Proc is its anonymous
// internal procedure (empty Name, Internal set): an expression lambda's
// body is one RENVOYER of the expression.
type Lambda struct {
	At
	Proc *ProcDecl
}

func (*Lambda) exprNode()        {}
func (n *Lambda) walk(v visitor) { visit(v, n.Proc) }

// gLambdaBody is the statements of a one-line lambda procedure, `{`
// and `}` taken off (parsed on their own tokens, ended by a line break).
type gLambdaBody struct {
	Body []*gStmt `parser:"( @@ | Newline )*"`
}

// gLambdaBlock is a lambda procedure written as a brace block: the lexer
// dropped its `{` at the end of the line and made its `}` a FIN.
type gLambdaBlock struct {
	Body []*gStmt `parser:"Newline ( @@ | Newline )* 'FIN':Keyword"`
}

var (
	lambdaBodyGrammar  lazyGrammar[gLambdaBody]
	lambdaBlockGrammar lazyGrammar[gLambdaBlock]
)

// arrowAt reports whether the tokens at the cursor are `=` `>` glued.
func (p *exprParser) arrowAt() bool {
	t := p.peek()
	if !isPunct(t, "=") {
		return false
	}
	cp := p.lx.MakeCheckpoint()
	p.next()
	g := p.peek()
	p.lx.LoadCheckpoint(cp)
	return isPunct(g, ">") && g.Pos.Offset == t.Pos.Offset+1
}

// identLambdaAhead reports whether the cursor is at `x =>`.
func (p *exprParser) identLambdaAhead() bool {
	cp := p.lx.MakeCheckpoint()
	defer p.lx.LoadCheckpoint(cp)
	p.next()
	return p.arrowAt()
}

// parenLambdaParams reads `( [x {, x}] ) =>` at the cursor and returns
// its parameters, ok false (cursor unchanged) when the parenthesis opens
// something else. The tokens are checked before anything is allocated:
// most parentheses are not lambdas.
func (p *exprParser) parenLambdaParams() (params []*Param, ok bool) {
	cp := p.lx.MakeCheckpoint()
	p.next() // (
	n := 0
	for !isPunct(p.peek(), ")") && p.peek().Type == tIdent {
		p.next()
		n++
		if !isPunct(p.peek(), ",") {
			break
		}
		p.next()
		if p.peek().Type != tIdent {
			p.lx.LoadCheckpoint(cp) // `(a,)`: no lambda
			return nil, false
		}
	}
	if !isPunct(p.peek(), ")") {
		p.lx.LoadCheckpoint(cp)
		return nil, false
	}
	p.next()
	if !p.arrowAt() {
		p.lx.LoadCheckpoint(cp)
		return nil, false
	}
	end := p.lx.MakeCheckpoint()
	p.lx.LoadCheckpoint(cp)
	p.next()
	params = make([]*Param, 0, n)
	for t := p.next(); t.Type == tIdent; t = p.next() {
		at := At{posOf(t)}
		params = append(params, &Param{At: at, Name: Name{At: at, Key: t.Value}})
		if !isPunct(p.peek(), ",") {
			break
		}
		p.next()
	}
	p.lx.LoadCheckpoint(end)
	return params, true
}

// parseLambda reads the arrow and the body of a lambda whose parameters
// were read; start is its first token.
func (p *exprParser) parseLambda(start *plexer.Token, params []*Param) (Expr, error) {
	at := At{posOf(start)}
	p.next() // =
	arrow := p.next()
	pd := &ProcDecl{At: at, Params: params, Internal: true}
	lam := &Lambda{At: at, Proc: pd}
	t := p.peek()
	if isPunct(t, "{") || t.Type == tNewline {
		body, err := p.lambdaBody(start)
		if err != nil {
			return nil, err
		}
		pd.Body = body
		return lam, nil
	}
	e, err := p.parseExpr()
	if err != nil {
		return nil, err
	}
	pd.Body = []Stmt{&Return{At: At{posOf(arrow)}, Values: []Expr{e}, Result: true, Kw: "RENVOYER"}}
	return lam, nil
}

// lambdaBody reads the body of a lambda procedure: `{ instructions }` on
// one line, or a brace block (its `{` ended the line: the lexer dropped
// it and made its `}` a FIN).
func (p *exprParser) lambdaBody(start *plexer.Token) ([]Stmt, error) {
	t := p.peek()
	if !isPunct(t, "{") && t.Type != tNewline {
		f := found(t)
		return nil, p.errf(t, CodeTokenExpected, "« { » attendu, "+f.FR, "'{' expected, "+f.EN)
	}
	outer := lambdaNesting(p.lx)
	d := outer + p.depth + 1
	if d > maxDepth {
		return nil, p.errf(start, CodeTooDeep, "Procédures lambda trop imbriquées", "Lambda procedures nested too deeply")
	}
	setLambdaNesting(p.lx, d)
	defer setLambdaNesting(p.lx, outer)
	if isPunct(t, "{") {
		return p.lambdaInline(d)
	}
	g, err := lambdaBlockGrammar.get().ParseFromLexer(p.lx, participle.AllowTrailing(true))
	if err != nil {
		return nil, translate(start.Pos.Filename, err)
	}
	return convertLambda(g.Body)
}

// lambdaInline parses `{ instructions }` on one line: the tokens up to
// the matching `}`, followed by a line break, are parsed on their own.
func (p *exprParser) lambdaInline(nesting int) ([]Stmt, error) {
	open := p.next()
	var toks []plexer.Token
	depth := 0
	for {
		t := p.peek()
		switch {
		case t.EOF():
			return nil, p.errf(open, CodeTokenExpected, "« } » attendu pour fermer cette « { » de procédure lambda, "+found(t).FR,
				"'}' expected to close this lambda procedure's '{', "+found(t).EN)
		case isPunct(t, "{"):
			depth++
		case isPunct(t, "}"):
			if depth == 0 {
				end := *p.next()
				end.Type, end.Value = tNewline, "\n"
				toks = append(toks, end)
				return parseLambdaTokens(open, toks, nesting)
			}
			depth--
		}
		toks = append(toks, *p.next())
	}
}

// parseLambdaTokens parses the statements of a one-line lambda body.
func parseLambdaTokens(open *plexer.Token, toks []plexer.Token, nesting int) ([]Stmt, error) {
	lx, err := plexer.Upgrade(&sliceLexer{toks: toks})
	if err != nil {
		return nil, translate(open.Pos.Filename, err)
	}
	setLambdaNesting(lx, nesting)
	defer setLambdaNesting(lx, 0)
	g, err := lambdaBodyGrammar.get().ParseFromLexer(lx)
	if err != nil {
		return nil, translate(open.Pos.Filename, err)
	}
	return convertLambda(g.Body)
}

// convertLambda converts a lambda body to the tree.
func convertLambda(body []*gStmt) ([]Stmt, error) {
	c := &converter{file: &File{}}
	out := c.stmts(body)
	if len(c.errs) > 0 {
		return nil, c.errs[0]
	}
	return out, nil
}

// procPrototype reads the prototype of a Procédure type, `procédure(x
// entier):booléen` (doc 1514084's CompteValeurs): parameters `nom [est]
// [type]` then an optional `: type`. The type stays Procédure: a
// procedure value is checked by the call, as an untyped one is.
func (p *exprParser) procPrototype() error {
	p.next() // (
	if isPunct(p.peek(), ")") {
		p.next()
	} else {
		for {
			t := p.peek()
			if t.Type != tIdent {
				f := found(t)
				return p.errf(t, CodeExprExpected, "Paramètre attendu, "+f.FR, "Parameter expected, "+f.EN)
			}
			p.next()
			if isKw(p.peek(), "EST") || isKw(p.peek(), "SONT") {
				p.next()
			}
			if n := p.peek(); !isPunct(n, ",") && !isPunct(n, ")") {
				if _, err := p.parseType(); err != nil {
					return err
				}
			}
			if isPunct(p.peek(), ",") {
				p.next()
				continue
			}
			if err := p.expectPunct(")"); err != nil {
				return err
			}
			break
		}
	}
	if isPunct(p.peek(), ":") {
		p.next()
		if _, err := p.parseType(); err != nil {
			return err
		}
	}
	return nil
}

// parseTypedLambda reads a typed lambda procedure (doc 1514084):
// `PROCÉDURE (a est une chaîne, b) : type { instructions }`, parameters
// and result typed or not; the body is a one-line brace or a brace block.
func (p *exprParser) parseTypedLambda() (Expr, error) {
	start := p.next() // PROCEDURE
	at := At{posOf(start)}
	if err := p.expectPunct("("); err != nil {
		return nil, err
	}
	pd := &ProcDecl{At: at, Internal: true}
	for !isPunct(p.peek(), ")") {
		t := p.peek()
		if t.Type != tIdent {
			f := found(t)
			return nil, p.errf(t, CodeExprExpected, "Paramètre attendu, "+f.FR, "Parameter expected, "+f.EN)
		}
		p.next()
		pat := At{posOf(t)}
		prm := &Param{At: pat, Name: Name{At: pat, Key: t.Value}}
		if isKw(p.peek(), "EST") || isKw(p.peek(), "SONT") {
			p.next()
		}
		if n := p.peek(); !isPunct(n, ",") && !isPunct(n, ")") {
			tr, err := p.parseType()
			if err != nil {
				return nil, err
			}
			prm.Type = tr
		}
		pd.Params = append(pd.Params, prm)
		if !isPunct(p.peek(), ",") {
			break
		}
		p.next()
	}
	if err := p.expectPunct(")"); err != nil {
		return nil, err
	}
	if isPunct(p.peek(), ":") {
		p.next()
		tr, err := p.parseType()
		if err != nil {
			return nil, err
		}
		pd.Results = []*TypeRef{tr}
	}
	body, err := p.lambdaBody(start)
	if err != nil {
		return nil, err
	}
	pd.Body = body
	return &Lambda{At: at, Proc: pd}, nil
}

// procLambdaAhead reports whether the cursor is at `PROCÉDURE (`.
func (p *exprParser) procLambdaAhead() bool {
	cp := p.lx.MakeCheckpoint()
	defer p.lx.LoadCheckpoint(cp)
	p.next()
	return isPunct(p.peek(), "(")
}

// lambdaNest holds, for each token store a lambda body is being parsed
// from, how deeply the lambdas around it nest (their expressions'
// nesting included). A body is parsed by the statement grammar, whose
// expressions start a new exprParser at depth 0: without it, lambdas
// nested in lambdas would escape maxDepth and overflow the Go stack. The
// key is the store's first token: participle hands each Parseable a copy
// of the PeekingLexer, over the same tokens.
var lambdaNest struct {
	sync.Mutex
	m map[*plexer.Token]int
}

func nestKey(lx *plexer.PeekingLexer) *plexer.Token {
	if r := lx.Range(0, 1); len(r) > 0 {
		return &r[0]
	}
	return nil
}

// lambdaNesting returns the nesting of the lambdas being parsed from lx.
func lambdaNesting(lx *plexer.PeekingLexer) int {
	lambdaNest.Lock()
	defer lambdaNest.Unlock()
	return lambdaNest.m[nestKey(lx)]
}

// setLambdaNesting records it (0 forgets lx).
func setLambdaNesting(lx *plexer.PeekingLexer, d int) {
	k := nestKey(lx)
	lambdaNest.Lock()
	defer lambdaNest.Unlock()
	if d == 0 {
		delete(lambdaNest.m, k)
		return
	}
	if lambdaNest.m == nil {
		lambdaNest.m = map[*plexer.Token]int{}
	}
	lambdaNest.m[k] = d
}

// lambdaBlockOpen reports whether the line ended by the Newline toks[i]
// opens a lambda's brace block, for precheck: prepareTokens dropped its
// `{` and made its `}` a FIN. It ends with the arrow (`x => {`), or holds
// a typed lambda's PROCÉDURE (typed, not nil) not followed by a `{`.
// open is what precheck reports if the block is never closed.
func lambdaBlockOpen(toks []plexer.Token, i int, typed *plexer.Token) (open plexer.Token, ok bool) {
	if i >= 2 && isPunct(&toks[i-1], ">") && isPunct(&toks[i-2], "=") && toks[i-1].Pos.Offset == toks[i-2].Pos.Offset+1 {
		open = toks[i-2]
		open.Value = "=> {"
		return open, true
	}
	if typed != nil {
		return *typed, true
	}
	return open, false
}

// isTypedLambda reports whether toks[i] is the PROCÉDURE of a typed
// lambda: `(` follows, and it comes where an expression starts (after
// `=`, `(` or `,`), not as a type (`est une procédure(x entier)`) nor at
// the start of a line.
func isTypedLambda(toks []plexer.Token, i int, lineStart bool) bool {
	if !isKw(&toks[i], "PROCEDURE") || lineStart || i == 0 || i+1 >= len(toks) || !isPunct(&toks[i+1], "(") {
		return false
	}
	prev := &toks[i-1]
	return isPunct(prev, "=") || isPunct(prev, "(") || isPunct(prev, ",")
}
