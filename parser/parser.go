package parser

import (
	"errors"
	"strings"
	"sync"

	"github.com/alecthomas/participle/v2"
	plexer "github.com/alecthomas/participle/v2/lexer"

	"github.com/wlangage/wl/lexer"
)

// lazyGrammar is a participle grammar built on first use, not at package
// initialisation (its zero value is ready): a program that links the
// parser without parsing pays nothing, and a correct script of the forms
// the fast path reads by hand builds none (fast.go).
type lazyGrammar[G any] struct {
	once sync.Once
	p    *participle.Parser[G]
}

// get returns the grammar, built on the first call.
func (l *lazyGrammar[G]) get() *participle.Parser[G] {
	if grammarUsed != nil {
		grammarUsed()
	}
	l.once.Do(func() {
		l.p = participle.MustBuild[G](participle.Lexer(lexDef{}), participle.UseLookahead(lookahead))
	})
	return l.p
}

// grammarUsed, when set (by tests), is called each time a grammar is
// asked for.
var grammarUsed func()

// fileGrammar is the whole-file grammar: the reference, run when the fast
// path fails, whose diagnostics are the parser's.
var fileGrammar lazyGrammar[gFile]

// ParseBytes decodes src (see lexer.Decode) and parses it.
func ParseBytes(filename string, src []byte) (*File, error) {
	s, err := lexer.Decode(src)
	if err != nil {
		return nil, ErrorList{lexer.ErrEncoding(filename, err)}
	}
	return Parse(filename, s)
}

// Parse parses decoded source text. The error, when not nil, is an
// ErrorList of positioned errors.
func Parse(filename, src string) (*File, error) {
	f, errs := parse(filename, src, true)
	if len(errs) > 0 {
		for _, e := range errs {
			respell(e, src)
		}
		return nil, errs
	}
	return f, nil
}

// respell puts back, in a message that quotes the word at the error's
// position, the spelling the script used: tokens hold folded words (TRACE
// for Trace) and canonical French keywords (FIN for END), which would show
// a French word in an English message.
func respell(e *Error, src string) {
	w := lexer.Word(src, e.Pos.Offset)
	if w == "" || strings.HasSuffix(w, "'") { // no word, or the article d'
		return
	}
	folded := lexer.Fold(w)
	canon := folded
	if c, ok := lexer.IsKeyword(folded); ok {
		canon = c
	}
	if canon == w {
		return
	}
	e.FR = strings.Replace(e.FR, "« "+canon+" »", "« "+w+" »", 1)
	e.EN = strings.Replace(e.EN, "'"+canon+"'", "'"+w+"'", 1)
}

// parse parses src; split parses procedure by procedure (splitProcs),
// which tests compare with a whole-file parse.
func parse(filename, src string, split bool) (*File, ErrorList) {
	if split {
		if f, ok := parseByProc(filename, src); ok {
			return f, nil
		}
		// An error somewhere: the whole-file path below reports exactly
		// what it always did.
	}
	ltoks, err := lexer.Tokenize(filename, src)
	if err != nil {
		var le *lexer.Error
		if errors.As(err, &le) {
			return nil, ErrorList{le}
		}
		return nil, ErrorList{{Pos: Pos{File: filename, Line: 1, Col: 1}, Code: CodeSyntax, FR: err.Error(), EN: err.Error()}}
	}
	toks := prepareTokens(ltoks, src)
	if errs := precheck(toks, src); len(errs) > 0 {
		return nil, errs
	}
	g, err := parseTokens(toks)
	if err != nil {
		return nil, ErrorList{translate(filename, err)}
	}
	f := &File{Name: filename, Src: src}
	c := &converter{file: f}
	f.Main = c.stmts(g.Main)
	c.procs(g.Procs)
	if len(c.errs) > 0 {
		return nil, c.errs
	}
	if errs := check(f); len(errs) > 0 {
		return nil, errs
	}
	return f, nil
}

// parseByProc parses a correct script procedure by procedure: it lexes,
// prepares, prechecks, parses and converts the main traitement then each
// procedure in turn, so that only one procedure's tokens and grammar
// structures exist at a time (memory and garbage collection grow with
// them). Procedures start at the same tokens as in a whole-file parse
// (splitProcs), so the tree is the same (TestSplitParseEqualsWhole). ok is
// false at the first error of any kind: the caller then parses the whole
// file for its exact diagnostics.
func parseByProc(filename, src string) (f *File, ok bool) {
	sc, err := lexer.NewScanner(filename, src)
	if err != nil {
		return nil, false
	}
	f = &File{Name: filename, Src: src}
	c := &converter{file: f}
	var buf []lexer.Token
	var prepared []plexer.Token
	var arena tokenArena
	var pool stmtPool
	first, iface := true, false
	flush := func(chunk []lexer.Token) bool {
		toks := prepareTokensInto(prepared, chunk, src)
		prepared = toks
		if len(precheck(toks, src)) > 0 {
			return false
		}
		g, err := parseFast(&arena, &pool, toks)
		defer pool.reset() // the chunk's gStmts, once converted
		if err != nil {
			return false
		}
		if first {
			f.Main = c.stmts(g.Main)
			first = false
		}
		c.procs(g.Procs)
		return len(c.errs) == 0
	}
	for {
		t, err := sc.Next()
		if err != nil {
			return nil, false
		}
		buf = append(buf, t)
		// Inside an interface block PROCÉDURE is a prototype (class.go).
		iface = interfaceState(buf, iface)
		// buf ends with: Newline, PROCÉDURE|FONCTION, t — a procedure
		// starts at the keyword unless t is INTERNE.
		if n := len(buf); !iface && n >= 3 && buf[n-3].Type == lexer.Newline && buf[n-2].Type == lexer.Keyword &&
			(buf[n-2].Value == "PROCEDURE" || buf[n-2].Value == "FONCTION") && !(t.Type == lexer.Keyword && t.Value == "INTERNE") {
			if !flush(buf[:n-2]) {
				return nil, false
			}
			buf = append(buf[:0], buf[n-2:]...)
		}
		if t.Type == lexer.EOF {
			break
		}
	}
	if !flush(buf) {
		return nil, false
	}
	if len(check(f)) > 0 {
		return nil, false
	}
	return f, true
}

// parseTokens runs the grammar over toks.
func parseTokens(toks []plexer.Token) (*gFile, error) {
	lx, err := plexer.Upgrade(&sliceLexer{toks: toks})
	if err != nil {
		return nil, err
	}
	return fileGrammar.get().ParseFromLexer(lx)
}

// parseFast reads toks by hand (readFile), with pool's statements.
func parseFast(a *tokenArena, pool *stmtPool, toks []plexer.Token) (*gFile, error) {
	lx, err := a.load(toks)
	if err != nil {
		return nil, err
	}
	return readFile(lx, pool)
}

// Spell returns the spelling the script used for a name.
func (f *File) Spell(n Name) string {
	if w := lexer.Word(f.Src, n.P.Offset); w != "" {
		return w
	}
	return n.Key
}

// translate turns an error out of participle into our positioned error.
// Our own errors pass through; participle's are reworded in each language
// (its English text names grammar internals and would leak into French).
func translate(filename string, err error) *Error {
	var own *Error
	if errors.As(err, &own) {
		return own
	}
	var ute *participle.UnexpectedTokenError
	if errors.As(err, &ute) {
		t := ute.Unexpected
		u := unexpectedText(&t)
		return errAt(&t, CodeSyntax, "Syntaxe invalide : "+u.FR, "Syntax error: "+u.EN)
	}
	pos := Pos{File: filename, Line: 1, Col: 1}
	var pe participle.Error
	if errors.As(err, &pe) {
		p := pe.Position()
		pos = Pos{File: filename, Offset: p.Offset, Line: p.Line, Col: p.Column}
	}
	return &Error{Pos: pos, Code: CodeSyntax, FR: "Syntaxe invalide", EN: "Syntax error"}
}
