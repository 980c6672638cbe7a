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
		f, errs, _ := parseSplit(filename, src)
		return f, errs
	}
	ltoks, err := lexer.Tokenize(filename, src)
	if err != nil {
		return nil, lexError(filename, err)
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

// parseSplit parses src procedure by procedure: it lexes, prepares,
// prechecks, parses and converts the main traitement then each procedure
// in turn, so that only one procedure's tokens and grammar structures
// exist at a time (memory and garbage collection grow with them).
// Procedures start at the same tokens as in a whole-file parse, so the
// tree is the same (TestSplitParseEqualsWhole). Its diagnostics are the
// whole-file parse's too, without its cost where the error is:
//   - a lexical error is the first one of the file either way;
//   - conversion errors are collected as the procedures go, and reported
//     at the end unless a syntax error comes later, as the whole-file
//     parse reports them after parsing everything;
//   - at the first procedure the hand reader cannot read (a syntax error,
//     or a form it leaves to the grammar), the rest of the file, from that
//     procedure on, goes through the whole-file grammar (parseRest): the
//     procedures before it are the ones the whole-file grammar would have
//     built. A 10 MB script with an error in its last procedure used to
//     be parsed whole again by participle, at about 1 GB.
//
// fast is true when the hand reader read every procedure.
func parseSplit(filename, src string) (f *File, errs ErrorList, fast bool) {
	sc, err := lexer.NewScanner(filename, src)
	if err != nil {
		f, errs = parse(filename, src, false)
		return f, errs, false
	}
	f = &File{Name: filename, Src: src}
	c := &converter{file: f}
	var buf []lexer.Token
	var prepared []plexer.Token
	var arena tokenArena
	var pool stmtPool
	parens := 0 // brackets the procedures read so far left open (precheckFrom)
	first, iface := true, false
	// read reads one chunk by hand; false: from chunk on, the grammar
	// decides.
	read := func(chunk []lexer.Token) bool {
		toks, closed := prepareTokensInto(prepared, chunk, src)
		prepared = toks
		errs, after := precheckFrom(toks, src, parens)
		if len(errs) > 0 || !closed {
			// An open bracket or brace carries into the next procedure in
			// the whole file (a `}` there ends this block).
			return false
		}
		g, err := parseFast(&arena, &pool, toks)
		defer pool.reset() // the chunk's gStmts, once converted
		if err != nil {
			return false
		}
		parens = after
		if first {
			f.Main = c.stmts(g.Main)
			first = false
		}
		c.procs(g.Procs)
		return true
	}
	rest := func(toks []lexer.Token) (*File, ErrorList, bool) {
		f, errs := parseRest(sc, toks, c, first, parens)
		return f, errs, false
	}
	for {
		t, err := sc.Next()
		if err != nil {
			return nil, lexError(filename, err), false
		}
		buf = append(buf, t)
		// Inside an interface block PROCÉDURE is a prototype (class.go).
		iface = interfaceState(buf, iface)
		// buf ends with: Newline, PROCÉDURE|FONCTION, t — a procedure
		// starts at the keyword unless t is INTERNE.
		if n := len(buf); !iface && n >= 3 && buf[n-3].Type == lexer.Newline && buf[n-2].Type == lexer.Keyword &&
			(buf[n-2].Value == "PROCEDURE" || buf[n-2].Value == "FONCTION") && !(t.Type == lexer.Keyword && t.Value == "INTERNE") {
			if !read(buf[:n-2]) {
				return rest(buf)
			}
			buf = append(buf[:0], buf[n-2:]...)
		}
		if t.Type == lexer.EOF {
			break
		}
	}
	if !read(buf) {
		return rest(buf)
	}
	if len(c.errs) > 0 {
		return nil, c.errs, false
	}
	if errs := check(f); len(errs) > 0 {
		return nil, errs, false
	}
	return f, nil, true
}

// parseRest finishes parseSplit from the first chunk the hand reader did
// not read: toks are that chunk's tokens and those the scanner has given
// since; the rest of the file is lexed, prepared, prechecked, parsed with
// the whole-file grammar and converted by c, with the state the chunks
// before it left (main: the main traitement is not converted yet; parens:
// precheckFrom's count). What comes out is what the whole-file parse
// reports.
func parseRest(sc *lexer.Scanner, toks []lexer.Token, c *converter, main bool, parens int) (*File, ErrorList) {
	filename := c.file.Name
	for len(toks) == 0 || toks[len(toks)-1].Type != lexer.EOF {
		t, err := sc.Next()
		if err != nil {
			return nil, lexError(filename, err)
		}
		toks = append(toks, t)
	}
	ptoks := prepareTokens(toks, c.file.Src)
	if errs, _ := precheckFrom(ptoks, c.file.Src, parens); len(errs) > 0 {
		return nil, errs
	}
	g, err := parseTokens(ptoks)
	if err != nil {
		return nil, ErrorList{translate(filename, err)}
	}
	if main {
		c.file.Main = c.stmts(g.Main)
	}
	c.procs(g.Procs)
	if len(c.errs) > 0 {
		return nil, c.errs
	}
	if errs := check(c.file); len(errs) > 0 {
		return nil, errs
	}
	return c.file, nil
}

// lexError is the diagnostic of a lexical error.
func lexError(filename string, err error) ErrorList {
	var le *lexer.Error
	if errors.As(err, &le) {
		return ErrorList{le}
	}
	return ErrorList{{Pos: Pos{File: filename, Line: 1, Col: 1}, Code: CodeSyntax, FR: err.Error(), EN: err.Error()}}
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
