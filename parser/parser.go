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
// tree is the same (TestSplitParseEqualsWhole), and its diagnostics are
// the whole-file parse's, found without its cost (a 10 MB script with an
// error used to be parsed whole again by participle, at about 1 GB):
//   - lexing, preparing and prechecking carry their state from one
//     procedure to the next, so they see the file as the whole-file parse
//     does: a lexical error, then precheck's errors, win as there;
//   - a procedure the hand reader cannot read (a syntax error, or a form
//     it leaves to the grammar) goes to the whole-file grammar with the
//     procedures after it that the grammar may need to decide (window);
//   - conversion errors are collected as the procedures go, and reported
//     at the end unless a syntax error came, as the whole-file parse
//     reports them after parsing everything.
//
// fast is true when the hand reader read every procedure.
func parseSplit(filename, src string) (f *File, errs ErrorList, fast bool) {
	sc, err := lexer.NewScanner(filename, src)
	if err != nil {
		f, errs = parse(filename, src, false)
		return f, errs, false
	}
	p := &splitParser{src: src, pre: newPrecheck(), fast: true, first: true}
	p.f = &File{Name: filename, Src: src}
	p.c = &converter{file: p.f}
	var buf []lexer.Token
	iface := false
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
			p.chunk(buf[:n-2], false)
			buf = append(buf[:0], buf[n-2:]...)
		}
		if t.Type == lexer.EOF {
			break
		}
	}
	p.chunk(buf, true)
	if errs := p.pre.finish(src); len(errs) > 0 {
		return nil, errs, false
	}
	if p.syntax != nil {
		return nil, ErrorList{p.syntax}, false
	}
	if len(p.c.errs) > 0 {
		return nil, p.c.errs, false
	}
	if errs := check(p.f); len(errs) > 0 {
		return nil, errs, false
	}
	return p.f, nil, p.fast
}

// splitParser is the state of parseSplit between two chunks (the main
// traitement, or a procedure).
type splitParser struct {
	src      string
	f        *File
	c        *converter
	prep     prepState
	pre      *precheckState
	prepared []plexer.Token
	arena    tokenArena
	pool     stmtPool
	first    bool // the main traitement is not converted yet
	fast     bool // every chunk so far was read by hand
	// window holds the prepared tokens from the first chunk the hand
	// reader did not read, until the grammar decides them; tried is its
	// length when the grammar last could not.
	window []plexer.Token
	tried  int
	// syntax is the grammar's error: the chunks after it are only
	// lexed, prepared and prechecked, whose errors come first.
	syntax *Error
}

// chunk handles the next chunk's tokens; last says it ends the file.
func (p *splitParser) chunk(chunk []lexer.Token, last bool) {
	clean := p.prep.closed() && p.pre.balanced() // nothing open before this chunk
	if cap(p.prepared) < len(chunk)+4 {
		p.prepared = make([]plexer.Token, 0, len(chunk)+4) // a Newline may be inserted
	}
	toks := prepareTokensInto(p.prepared, chunk, p.src, &p.prep)
	p.prepared = toks
	p.pre.feed(toks)
	if p.syntax != nil || p.pre.failed() {
		return // the result is an error found already, or precheck's
	}
	if p.window == nil && clean && p.prep.closed() && p.pre.balanced() {
		g, err := parseFast(&p.arena, &p.pool, toks)
		if err == nil {
			p.convert(g)
			p.pool.reset()
			return
		}
		p.pool.reset()
	}
	p.fast = false
	p.window = append(p.window, toks...)
	if !last && len(p.window) < max(2*p.tried, windowMargin) {
		return // too few tokens after the last try to decide more
	}
	p.decide(last)
}

// windowMargin is how many tokens the grammar's decision may depend on
// after the token where it reports an error: its lookahead, and a token
// or two that an adapter peeks at.
const windowMargin = lookahead + 4

// decide parses the window with the whole-file grammar, as if the file
// ended with it. An error followed by windowMargin tokens of the window is
// the whole file's; so is any result when the window reaches the end of
// the file. No error and the chunks are converted, and the hand reader
// goes on. Otherwise the window waits for more chunks.
func (p *splitParser) decide(last bool) {
	lx, err := p.arena.load(p.window)
	var g *gFile
	if err == nil {
		g, err = fileGrammar.get().ParseFromLexer(lx)
	}
	switch {
	case err == nil && (last || p.prep.closed() && p.pre.balanced()):
		p.convert(g)
		p.window, p.tried = nil, 0
	case err != nil && (last || farFromEnd(err, p.window)):
		p.syntax = translate(p.f.Name, err)
		p.window = nil
	default:
		p.tried = len(p.window)
	}
}

// farFromEnd reports whether the grammar's error err stands at least
// windowMargin tokens before the end of toks.
func farFromEnd(err error, toks []plexer.Token) bool {
	var pe participle.Error
	if !errors.As(err, &pe) || len(toks) <= windowMargin {
		return false
	}
	return pe.Position().Offset < toks[len(toks)-windowMargin].Pos.Offset
}

// convert converts a chunk's structures into the file.
func (p *splitParser) convert(g *gFile) {
	if p.first {
		p.f.Main = p.c.stmts(g.Main)
		p.first = false
	}
	p.c.procs(g.Procs)
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
