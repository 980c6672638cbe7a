package parser

import (
	"math"
	"strconv"
	"strings"

	plexer "github.com/alecthomas/participle/v2/lexer"

	"github.com/wlangage/wl/lexer"
)

// maxDepth bounds expression and block nesting so that hostile input ends
// with an error instead of exhausting the Go stack.
const maxDepth = 200

// exprParser is a Pratt parser over participle's token stream. The
// statement grammar (grammar.go) calls it through Parseable types.
type exprParser struct {
	lx    *plexer.PeekingLexer
	depth int
}

func (p *exprParser) peek() *plexer.Token { return p.lx.Peek() }
func (p *exprParser) next() *plexer.Token { return p.lx.Next() }

func isKw(t *plexer.Token, v string) bool    { return t.Type == lexer.Keyword && t.Value == v }
func isPunct(t *plexer.Token, v string) bool { return t.Type == lexer.Punct && t.Value == v }
func isWord(t *plexer.Token, v string) bool {
	return (t.Type == lexer.Ident || t.Type == lexer.Keyword) && t.Value == v
}

// isA reports whether t is À (keyword) or the bare word A, both meaning "to".
func isA(t *plexer.Token) bool { return isWord(t, "A") }

func (p *exprParser) errf(t *plexer.Token, fr, en string) *Error {
	return &Error{Pos: posOf(t), FR: fr, EN: en}
}

func (p *exprParser) unexpected(t *plexer.Token) *Error {
	if t.EOF() {
		return p.errf(t, "Fin du fichier inattendue dans une expression", "Unexpected end of file in an expression")
	}
	if t.Type == lexer.Newline {
		return p.errf(t, "Fin de ligne inattendue dans une expression", "Unexpected end of line in an expression")
	}
	v := tokenText(t)
	return p.errf(t, "Expression attendue, « "+v+" » trouvé", "Expression expected, found '"+v+"'")
}

func tokenText(t *plexer.Token) string {
	switch t.Type {
	case lexer.String, lexer.RawString:
		return `"` + t.Value + `"`
	case lexer.Newline:
		return "fin de ligne"
	}
	if t.EOF() {
		return "fin du fichier"
	}
	return t.Value
}

func (p *exprParser) expectPunct(v string) error {
	t := p.peek()
	if !isPunct(t, v) {
		return p.errf(t, "« "+v+" » attendu, « "+tokenText(t)+" » trouvé", "'"+v+"' expected, found '"+tokenText(t)+"'")
	}
	p.next()
	return nil
}

func (p *exprParser) enter(t *plexer.Token) error {
	p.depth++
	if p.depth > maxDepth {
		return p.errf(t, "Expression trop imbriquée", "Expression nested too deeply")
	}
	return nil
}

func (p *exprParser) leave() { p.depth-- }

// startsExpr reports whether t can begin an expression.
func startsExpr(t *plexer.Token) bool {
	switch t.Type {
	case lexer.Ident, lexer.Int, lexer.Real, lexer.Currency, lexer.Numeric, lexer.Duration, lexer.String, lexer.RawString:
		return true
	case lexer.Keyword:
		switch t.Value {
		case "VRAI", "FAUX", "NULL", "PAS", "SELON":
			return true
		}
	case lexer.Punct:
		switch t.Value {
		case "(", "[", "-", "+", "++", "--":
			return true
		case ":", "::", "{":
			// Object members and indirection: out of the accepted
			// language, parsed only to say so (see parsePrimary).
			return true
		}
	}
	return false
}

// maxChain bounds the operators of one chain (a + b + c ...): the tree of
// a chain is as deep as it is long, and later passes recurse on it.
const maxChain = 2000

func (p *exprParser) chain(n *int, t *plexer.Token) error {
	*n++
	if *n > maxChain {
		return p.errf(t, "Expression trop longue", "Expression too long")
	}
	return nil
}

// parseExpr parses a full expression (the conditional level).
func (p *exprParser) parseExpr() (Expr, error) {
	t := p.peek()
	if err := p.enter(t); err != nil {
		return nil, err
	}
	defer p.leave()
	c, err := p.parseLogic()
	if err != nil {
		return nil, err
	}
	if isPunct(p.peek(), "?") {
		q := p.next()
		a, err := p.parseExpr()
		if err != nil {
			return nil, err
		}
		if !isKw(p.peek(), "SINON") {
			return nil, p.errf(p.peek(), "SINON attendu dans l'expression conditionnelle « ? »", "ELSE expected in the '?' conditional expression")
		}
		p.next()
		b, err := p.parseExpr()
		if err != nil {
			return nil, err
		}
		return &Cond{At: At{posOf(q)}, C: c, A: a, B: b}, nil
	}
	return c, nil
}

func (p *exprParser) parseLogic() (Expr, error) {
	n := 0
	l, err := p.parseNot()
	if err != nil {
		return nil, err
	}
	for {
		t := p.peek()
		if t.Type != lexer.Keyword {
			return l, nil
		}
		switch t.Value {
		case "ET", "OU", "_ET_", "_OU_":
		default:
			return l, nil
		}
		if err := p.chain(&n, t); err != nil {
			return nil, err
		}
		p.next()
		r, err := p.parseNot()
		if err != nil {
			return nil, err
		}
		l = &Binary{At: At{posOf(t)}, Op: t.Value, L: l, R: r}
	}
}

func (p *exprParser) parseNot() (Expr, error) {
	t := p.peek()
	if isKw(t, "PAS") {
		p.next()
		if err := p.enter(t); err != nil {
			return nil, err
		}
		defer p.leave()
		x, err := p.parseNot()
		if err != nil {
			return nil, err
		}
		return &Unary{At: At{posOf(t)}, Op: "PAS", X: x}, nil
	}
	return p.parseCompare()
}

var compareOps = map[string]bool{
	"=": true, "<>": true, "<": true, "<=": true, ">": true, ">=": true,
	"~=": true, "~~": true, "[=": true, "=]": true, "[=]": true, "[~": true,
	"[~~": true, "[~]": true, "~]": true,
}

func (p *exprParser) parseCompare() (Expr, error) {
	l, err := p.parseAdd()
	if err != nil {
		return nil, err
	}
	t := p.peek()
	if t.Type == lexer.Punct && compareOps[t.Value] {
		p.next()
		r, err := p.parseAdd()
		if err != nil {
			return nil, err
		}
		if t.Value == "=" && isA(p.peek()) {
			p.next()
			hi, err := p.parseAdd()
			if err != nil {
				return nil, err
			}
			return &Between{At: At{posOf(t)}, X: l, Lo: r, Hi: hi, LoOp: "<=", HiOp: "<="}, nil
		}
		if (t.Value == "<" || t.Value == "<=") && (isPunct(p.peek(), "<") || isPunct(p.peek(), "<=")) {
			op2 := p.next()
			hi, err := p.parseAdd()
			if err != nil {
				return nil, err
			}
			return &Between{At: At{posOf(t)}, X: r, Lo: l, Hi: hi, LoOp: t.Value, HiOp: op2.Value}, nil
		}
		return &Binary{At: At{posOf(t)}, Op: t.Value, L: l, R: r}, nil
	}
	not := false
	if isKw(t, "PAS") {
		// x PAS DANS (...)
		cp := p.lx.MakeCheckpoint()
		p.next()
		if !isKw(p.peek(), "DANS") && !isKw(p.peek(), "_DANS_") {
			p.lx.LoadCheckpoint(cp)
			return l, nil
		}
		not = true
		t = p.peek()
	}
	if isKw(t, "DANS") || isKw(t, "_DANS_") {
		p.next()
		list, err := p.parseParenList()
		if err != nil {
			return nil, err
		}
		return &In{At: At{posOf(t)}, X: l, List: list, Not: not, Short: t.Value == "_DANS_"}, nil
	}
	return l, nil
}

func (p *exprParser) parseParenList() ([]Expr, error) {
	if err := p.expectPunct("("); err != nil {
		return nil, err
	}
	var list []Expr
	for {
		e, err := p.parseExpr()
		if err != nil {
			return nil, err
		}
		list = append(list, e)
		if isPunct(p.peek(), ",") {
			p.next()
			continue
		}
		break
	}
	return list, p.expectPunct(")")
}

func (p *exprParser) parseAdd() (Expr, error) {
	n := 0
	l, err := p.parseMul()
	if err != nil {
		return nil, err
	}
	for {
		t := p.peek()
		if !isPunct(t, "+") && !isPunct(t, "-") {
			return l, nil
		}
		if err := p.chain(&n, t); err != nil {
			return nil, err
		}
		p.next()
		r, err := p.parseMul()
		if err != nil {
			return nil, err
		}
		l = &Binary{At: At{posOf(t)}, Op: t.Value, L: l, R: r}
	}
}

func (p *exprParser) parseMul() (Expr, error) {
	n := 0
	l, err := p.parsePow()
	if err != nil {
		return nil, err
	}
	for {
		t := p.peek()
		op := ""
		switch {
		case isPunct(t, "*"), isPunct(t, "/"), isPunct(t, "%"):
			op = t.Value
		case isKw(t, "MODULO"):
			op = "%"
		default:
			return l, nil
		}
		if err := p.chain(&n, t); err != nil {
			return nil, err
		}
		p.next()
		r, err := p.parsePow()
		if err != nil {
			return nil, err
		}
		l = &Binary{At: At{posOf(t)}, Op: op, L: l, R: r}
	}
}

func (p *exprParser) parsePow() (Expr, error) {
	l, err := p.parseUnary()
	if err != nil {
		return nil, err
	}
	n := 0
	for isPunct(p.peek(), "^") {
		t := p.next()
		if err := p.chain(&n, t); err != nil {
			return nil, err
		}
		r, err := p.parseUnary()
		if err != nil {
			return nil, err
		}
		l = &Binary{At: At{posOf(t)}, Op: "^", L: l, R: r}
	}
	return l, nil
}

func (p *exprParser) parseUnary() (Expr, error) {
	t := p.peek()
	if t.Type == lexer.Punct {
		switch t.Value {
		case "-", "+", "++", "--":
			p.next()
			if err := p.enter(t); err != nil {
				return nil, err
			}
			defer p.leave()
			x, err := p.parseUnary()
			if err != nil {
				return nil, err
			}
			if t.Value == "+" {
				return x, nil
			}
			if t.Value == "-" {
				switch lit := x.(type) {
				case *IntLit:
					lit.Value = -lit.Value
					lit.P = posOf(t)
					return lit, nil
				case *RealLit:
					lit.Value = -lit.Value
					lit.Text = "-" + lit.Text
					lit.P = posOf(t)
					return lit, nil
				}
			}
			return &Unary{At: At{posOf(t)}, Op: t.Value, X: x}, nil
		}
	}
	x, err := p.parsePrimary()
	if err != nil {
		return nil, err
	}
	return p.parsePostfix(x)
}

// parseLValue parses a primary expression and its postfix chain only (no
// binary operator): the target of an assignment.
func (p *exprParser) parseLValue() (Expr, error) {
	x, err := p.parsePrimary()
	if err != nil {
		return nil, err
	}
	return p.parsePostfix(x)
}

func (p *exprParser) parsePostfix(x Expr) (Expr, error) {
	for {
		t := p.peek()
		if t.Type != lexer.Punct {
			return x, nil
		}
		switch t.Value {
		case "(":
			p.next()
			args, err := p.parseArgs()
			if err != nil {
				return nil, err
			}
			x = &Call{At: At{x.Position()}, Fun: x, Args: args}
		case ".", "..":
			p.next()
			n := p.peek()
			if n.Type != lexer.Ident && n.Type != lexer.Keyword {
				return nil, p.errf(n, "Nom de membre attendu après « "+t.Value+" »", "Member name expected after '"+t.Value+"'")
			}
			p.next()
			x = &Member{At: At{x.Position()}, X: x, Name: Name{At: At{posOf(n)}, Key: n.Value}}
		case "[":
			p.next()
			e, err := p.parseIndex(x, t, "]")
			if err != nil {
				return nil, err
			}
			x = e
		case "[[":
			p.next()
			e, err := p.parseIndex(x, t, "]]")
			if err != nil {
				return nil, err
			}
			x = e
		case "++", "--":
			p.next()
			return &Postfix{At: At{posOf(t)}, Op: t.Value, X: x}, nil
		case "::":
			return nil, p.errf(t, "L'accès à un membre de classe (« Classe::membre ») n'est pas pris en charge : les classes ne font pas partie du langage accepté",
				"Class member access ('Class::member') is not supported: classes are not part of the accepted language")
		default:
			return x, nil
		}
	}
}

// parseIndex parses what follows `[` or `[[`: an index list or a string
// extraction (À / SUR forms).
func (p *exprParser) parseIndex(x Expr, open *plexer.Token, closer string) (Expr, error) {
	ex := &Extract{At: At{posOf(open)}, X: x}
	if isA(p.peek()) {
		// [[À b]]
		p.next()
		to, err := p.parseExpr()
		if err != nil {
			return nil, err
		}
		ex.Range, ex.To = true, to
		return ex, p.expectPunct(closer)
	}
	first, err := p.parseExpr()
	if err != nil {
		return nil, err
	}
	switch {
	case isA(p.peek()):
		p.next()
		ex.From, ex.Range = first, true
		if !isPunct(p.peek(), closer) {
			if ex.To, err = p.parseExpr(); err != nil {
				return nil, err
			}
		}
		return ex, p.expectPunct(closer)
	case isKw(p.peek(), "SUR"):
		p.next()
		ex.From = first
		if ex.Len, err = p.parseExpr(); err != nil {
			return nil, err
		}
		return ex, p.expectPunct(closer)
	}
	if closer == "]]" {
		ex.From = first
		return ex, p.expectPunct(closer)
	}
	idx := []Expr{first}
	for isPunct(p.peek(), ",") {
		p.next()
		e, err := p.parseExpr()
		if err != nil {
			return nil, err
		}
		idx = append(idx, e)
	}
	if err := p.expectPunct("]"); err != nil {
		return nil, err
	}
	return &Index{At: At{x.Position()}, X: x, Idx: idx}, nil
}

// parseArgs parses call arguments after "(": an argument may be omitted
// (empty position or `*`).
func (p *exprParser) parseArgs() ([]Expr, error) {
	var args []Expr
	if isPunct(p.peek(), ")") {
		p.next()
		return args, nil
	}
	for {
		t := p.peek()
		switch {
		case isPunct(t, ",") || isPunct(t, ")"):
			args = append(args, &Omitted{At{posOf(t)}})
		case isPunct(t, "*"):
			p.next()
			args = append(args, &Omitted{At{posOf(t)}})
		default:
			e, err := p.parseExpr()
			if err != nil {
				return nil, err
			}
			args = append(args, e)
		}
		if isPunct(p.peek(), ",") {
			p.next()
			continue
		}
		return args, p.expectPunct(")")
	}
}

func (p *exprParser) parsePrimary() (Expr, error) {
	t := p.peek()
	at := At{posOf(t)}
	switch t.Type {
	case lexer.Ident:
		if (t.Value == "ALLOUER" || t.Value == "NEW") && p.followedByName() {
			return nil, p.errf(t, "L'allocation d'un objet (« allouer » / « new ») n'est pas prise en charge : les classes ne font pas partie du langage accepté",
				"Allocating an object ('new') is not supported: classes are not part of the accepted language")
		}
		p.next()
		return &Ident{Name{At: at, Key: t.Value}}, nil
	case lexer.Int:
		p.next()
		return parseIntLit(t, at)
	case lexer.Real:
		p.next()
		f, err := strconv.ParseFloat(t.Value, 64)
		if err != nil {
			return nil, p.errf(t, "Nombre réel invalide « "+t.Value+" »", "Invalid real number '"+t.Value+"'")
		}
		return &RealLit{At: at, Value: f, Text: t.Value}, nil
	case lexer.Currency:
		p.next()
		return &CurrencyLit{At: at, Text: t.Value}, nil
	case lexer.Numeric:
		p.next()
		return &NumericLit{At: at, Text: t.Value}, nil
	case lexer.Duration:
		p.next()
		ms, err := strconv.ParseInt(t.Value, 10, 64)
		if err != nil {
			return nil, p.errf(t, "Durée invalide", "Invalid duration")
		}
		return &DurationLit{At: at, Millis: ms}, nil
	case lexer.String:
		p.next()
		return parseInterpolated(t, at)
	case lexer.RawString:
		p.next()
		return &StringLit{At: at, Value: t.Value}, nil
	case lexer.Keyword:
		switch t.Value {
		case "VRAI", "FAUX":
			p.next()
			return &BoolLit{At: at, Value: t.Value == "VRAI"}, nil
		case "NULL":
			p.next()
			return &NullLit{at}, nil
		case "SELON":
			p.next()
			return p.parseSelonExpr(t)
		case "MODULO":
			// Modulo(a, b): the operator written as a function.
			p.next()
			if isPunct(p.peek(), "(") {
				args, err := p.parseParenList()
				if err != nil {
					return nil, err
				}
				if len(args) != 2 {
					return nil, p.errf(t, "Modulo attend deux paramètres", "Modulo expects two parameters")
				}
				return &Binary{At: at, Op: "%", L: args[0], R: args[1]}, nil
			}
			return nil, p.unexpected(t)
		}
	case lexer.Punct:
		switch t.Value {
		case ":", "::":
			return nil, p.errf(t, "L'accès à un membre d'objet (« "+t.Value+"membre ») n'est pas pris en charge : les classes ne font pas partie du langage accepté",
				"Object member access ('"+t.Value+"member') is not supported: classes are not part of the accepted language")
		case "{":
			return nil, p.errf(t, "L'indirection « { } » n'est pas prise en charge", "Indirection '{ }' is not supported")
		case "(":
			if c, err := p.parseCast(); c != nil || err != nil {
				return c, err
			}
			p.next()
			e, err := p.parseExpr()
			if err != nil {
				return nil, err
			}
			if isPunct(p.peek(), ",") {
				elems := []Expr{e}
				for isPunct(p.peek(), ",") {
					p.next()
					e, err := p.parseExpr()
					if err != nil {
						return nil, err
					}
					elems = append(elems, e)
				}
				return &TupleLit{At: at, Elems: elems}, p.expectPunct(")")
			}
			return &Paren{At: at, X: e}, p.expectPunct(")")
		case "[":
			p.next()
			lit := &ArrayLit{At: at}
			if isPunct(p.peek(), "]") {
				p.next()
				return lit, nil
			}
			for {
				e, err := p.parseExpr()
				if err != nil {
					return nil, err
				}
				lit.Elems = append(lit.Elems, e)
				if isPunct(p.peek(), ",") {
					p.next()
					continue
				}
				return lit, p.expectPunct("]")
			}
		}
	}
	return nil, p.unexpected(t)
}

// followedByName reports whether the token after the cursor is a name,
// possibly after an article (`allouer un cDossier(...)`, `new CAuth(...)`).
func (p *exprParser) followedByName() bool {
	cp := p.lx.MakeCheckpoint()
	defer p.lx.LoadCheckpoint(cp)
	p.next()
	n := p.peek()
	if n.Type == lexer.Ident && articles[n.Value] {
		p.next()
		n = p.peek()
	}
	return n.Type == lexer.Ident
}

// castTypes are the simple types a `(type) x` conversion may name
// (1515004), folded, in French and English.
var castTypes = map[string]bool{
	"ENTIER": true, "INT": true, "INTEGER": true, "REEL": true, "REAL": true,
	"NUMERIQUE": true, "NUMERIC": true, "MONETAIRE": true, "CURRENCY": true,
	"CHAINE": true, "STRING": true, "BOOLEEN": true, "BOOLEAN": true,
	"DATE": true, "HEURE": true, "TIME": true, "DATEHEURE": true, "DATETIME": true,
	"DUREE": true, "DURATION": true, "BUFFER": true, "VARIANT": true,
}

// startsOperand reports whether t can only begin an operand (not an
// operator), which tells `(chaîne) 378` from `(x) - 1`.
func startsOperand(t *plexer.Token) bool {
	switch t.Type {
	case lexer.Ident, lexer.Int, lexer.Real, lexer.Currency, lexer.Numeric, lexer.Duration, lexer.String, lexer.RawString:
		return true
	case lexer.Keyword:
		switch t.Value {
		case "VRAI", "FAUX", "NULL", "SELON":
			return true
		}
	case lexer.Punct:
		return t.Value == "(" || t.Value == "["
	}
	return false
}

// parseCast parses `(type) operand` when the parentheses hold only the
// name of a simple type and an operand follows; otherwise it consumes
// nothing and returns nil.
func (p *exprParser) parseCast() (Expr, error) {
	cp := p.lx.MakeCheckpoint()
	open := p.next()
	name := p.next()
	if name.Type != lexer.Ident || !castTypes[name.Value] || !isPunct(p.peek(), ")") {
		p.lx.LoadCheckpoint(cp)
		return nil, nil
	}
	p.next()
	if !startsOperand(p.peek()) {
		p.lx.LoadCheckpoint(cp)
		return nil, nil
	}
	if err := p.enter(open); err != nil {
		return nil, err
	}
	defer p.leave()
	x, err := p.parseUnary()
	if err != nil {
		return nil, err
	}
	return &Cast{At: At{posOf(open)}, Type: Name{At: At{posOf(name)}, Key: name.Value}, X: x}, nil
}

func (p *exprParser) parseSelonExpr(kw *plexer.Token) (Expr, error) {
	if err := p.expectPunct("("); err != nil {
		return nil, err
	}
	s := &SelonExpr{At: At{posOf(kw)}}
	x, err := p.parseExpr()
	if err != nil {
		return nil, err
	}
	s.X = x
	for isPunct(p.peek(), ",") {
		p.next()
		if isKw(p.peek(), "SINON") {
			p.next()
			if s.Else, err = p.parseExpr(); err != nil {
				return nil, err
			}
			break
		}
		e, err := p.parseExpr()
		if err != nil {
			return nil, err
		}
		s.Cases = append(s.Cases, e)
	}
	return s, p.expectPunct(")")
}

func parseIntLit(t *plexer.Token, at At) (Expr, error) {
	v := t.Value
	base := 10
	if strings.HasPrefix(v, "0x") || strings.HasPrefix(v, "0X") {
		v, base = v[2:], 16
	}
	n, err := strconv.ParseUint(v, base, 64)
	if err != nil || n > math.MaxInt64 {
		// Too large for 64 bits: keep it as a real, as WinDev computes
		// without loss where it can.
		f, ferr := strconv.ParseFloat(t.Value, 64)
		if ferr != nil || base == 16 {
			return nil, &Error{Pos: posOf(t), FR: "Entier trop grand « " + t.Value + " »", EN: "Integer too large '" + t.Value + "'"}
		}
		return &RealLit{At: at, Value: f, Text: t.Value}, nil
	}
	return &IntLit{At: at, Value: int64(n)}, nil
}

// parseInterpolated splits a string literal on its [% expr %] parts. A
// literal without markers is a plain StringLit.
func parseInterpolated(t *plexer.Token, at At) (Expr, error) {
	s := t.Value
	if !strings.Contains(s, "[%") {
		return &StringLit{At: at, Value: s}, nil
	}
	out := &InterpString{At: at}
	for {
		i := strings.Index(s, "[%")
		if i < 0 {
			break
		}
		j := strings.Index(s[i+2:], "%]")
		if j < 0 {
			break
		}
		if i > 0 {
			out.Parts = append(out.Parts, &StringLit{At: at, Value: s[:i]})
		}
		src := s[i+2 : i+2+j]
		e, err := parseSubExpr(t, src)
		if err != nil {
			return nil, err
		}
		out.Parts = append(out.Parts, e)
		s = s[i+2+j+2:]
	}
	if s != "" {
		out.Parts = append(out.Parts, &StringLit{At: at, Value: s})
	}
	return out, nil
}

// parseSubExpr parses the expression inside [% %]; positions are those of
// the literal that holds it.
func parseSubExpr(t *plexer.Token, src string) (Expr, error) {
	toks, err := lexer.Tokenize(t.Pos.Filename, src)
	if err != nil {
		return nil, &Error{Pos: posOf(t), FR: "Expression invalide dans [% %] : " + strings.TrimSpace(src), EN: "Invalid expression in [% %]: " + strings.TrimSpace(src)}
	}
	toks = prepareTokens(toks, src)
	for i := range toks {
		toks[i].Pos = t.Pos
	}
	lx, err := plexer.Upgrade(&sliceLexer{toks: toks})
	if err != nil {
		return nil, err
	}
	ep := &exprParser{lx: lx}
	e, err := ep.parseExpr()
	if err != nil {
		return nil, err
	}
	if !lx.Peek().EOF() && lx.Peek().Type != lexer.Newline {
		return nil, &Error{Pos: posOf(t), FR: "Expression invalide dans [% %] : " + strings.TrimSpace(src), EN: "Invalid expression in [% %]: " + strings.TrimSpace(src)}
	}
	return e, nil
}

// sliceLexer replays a token slice for participle.
type sliceLexer struct {
	toks []plexer.Token
	i    int
}

func (s *sliceLexer) Next() (plexer.Token, error) {
	if s.i >= len(s.toks) {
		if len(s.toks) > 0 {
			return plexer.EOFToken(s.toks[len(s.toks)-1].Pos), nil
		}
		return plexer.EOFToken(plexer.Position{}), nil
	}
	t := s.toks[s.i]
	s.i++
	return t, nil
}
