package parser

import (
	"math"
	"strconv"
	"strings"

	plexer "github.com/alecthomas/participle/v2/lexer"

	"github.com/wlangage/wl/lexer"
)

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
			return nil, &Error{Pos: posOf(t), Code: CodeBadLiteral, FR: "Entier trop grand « " + t.Value + " »", EN: "Integer too large '" + t.Value + "'"}
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
	ltoks, err := lexer.Tokenize(t.Pos.Filename, src)
	if err != nil {
		return nil, errAt(t, CodeBadLiteral, "Expression invalide dans [% %] : "+strings.TrimSpace(src), "Invalid expression in [% %]: "+strings.TrimSpace(src))
	}
	toks := prepareTokens(ltoks, src)
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
	if !lx.Peek().EOF() && lx.Peek().Type != tNewline {
		return nil, errAt(t, CodeBadLiteral, "Expression invalide dans [% %] : "+strings.TrimSpace(src), "Invalid expression in [% %]: "+strings.TrimSpace(src))
	}
	return e, nil
}
