package runtime

import (
	"context"

	"github.com/wlangage/wl/lexer/diag"
	"github.com/wlangage/wl/parser"
)

// compiler turns a parsed file into closures.
type compiler struct {
	eng     *Engine
	file    *parser.File
	errs    []*parser.Error
	warns   []*parser.Error
	globals map[string]*procEntry
	structs map[string]*Type
	lang    string
	// consts are the script's CONSTANTE values, known before anything else
	// is compiled (they may size arrays).
	consts map[string]Value
	// avec, while a POUR TOUT ... AVEC condition is compiled, is the loop
	// element: unknown names there are its members.
	avec *lval
	// reported holds the errors already reported.
	reported map[errKey]bool
	// unknownTypes are the positions of type names reported unknown
	// (9402): errors that would only follow from them are not reported.
	unknownTypes map[Position]bool
	// ctx cancels a compilation; depth is the expression nesting being
	// compiled (how deeply closures will call each other at run time);
	// nodes counts compiled expressions and statements; stopped is set
	// once a limit ended the compilation (nothing more is compiled).
	// lastBase is the X of an X.m staticClass compiled without finding
	// an object (takeBase).
	lastBase cachedBase
	// concat holds the operands of the last x + y compiled by addValues
	// (binary), for an associative array subscript (index).
	concat  concatParts
	ctx     context.Context
	depth   int
	nodes   int64
	stopped bool
	// libs are the files compiled with the script (CompileWith), by name:
	// their names are spelled from their own text.
	libs map[string]*parser.File
	// scriptVars are the names the script's own top-level code declares
	// (CompileWith): the libraries' procedures do not see them (units.go).
	scriptVars map[string]bool
	// cls holds the program's classes (class.go).
	cls *classState
	// enums holds the program's enumerations and combinations (enum.go).
	enums *enumState
	// gotos holds the labels of the traitements with GOTO (goto.go).
	gotos *gotoState
	// checkOnly is set by CheckFile: the program will not run, so each
	// traitement's closures are dropped once compiled and each global
	// procedure's body once checked (release); released holds the names
	// those bodies declared, for declaredAnywhere.
	checkOnly bool
	released  map[string]bool
}

// Compile-time limits (their codes are in codes.go).
const (
	// maxExprDepth bounds expression nesting: binary chains are bounded
	// by the parser, postfix chains (t[1][1]…, t.a.a…) only here.
	maxExprDepth = 5000
	// nodeCost is a coarse estimate of what compiling one expression or
	// statement keeps in memory (closures, their captures, the AST).
	nodeCost = 512

	// maxArrayElems bounds the element count of an array declared with
	// dimensions; the memory limit usually stops a run well before.
	maxArrayElems = 1 << 32
)

// parseCostPerByte is what parsing holds in memory per byte of source at
// its peak (tokens, tree, garbage not yet collected), with a margin:
// measured on tests/bench/bigscript at 1 and 10 MB after the fast path,
// about 24 bytes (it was about 200 before it).
const parseCostPerByte = 40

// checkSourceSize refuses, before parsing it, a script whose parsing
// alone would pass the memory limit.
func (e *Engine) checkSourceSize(filename string, src []byte) error {
	return e.checkSourceLen(filename, int64(len(src)))
}

// checkSourceLen is checkSourceSize for a source of size bytes.
func (e *Engine) checkSourceLen(filename string, size int64) error {
	max := e.opts.MaxMemory
	if max <= 0 || size <= max/parseCostPerByte {
		return nil
	}
	fr, en := memText(max)
	n := Int(size).Text()
	return &CompileError{Errors: []*parser.Error{{Pos: Position{File: filename, Line: 1, Col: 1}, Code: codeCompileMemory,
		FR: "Script trop grand pour la limite de mémoire (" + n + " octets de source, limite " + fr + ")",
		EN: "Script too large for the memory limit (" + n + " bytes of source, limit " + en + ")"}}}
}

// cachedBase is an expression and its compiled form.
type cachedBase struct {
	x parser.Expr
	c compiled
}

// takeBase returns x compiled: the form staticClass just built for it,
// or a new one.
func (c *compiler) takeBase(b *procBuild, x parser.Expr) compiled {
	if c.lastBase.x == x && x != nil {
		bc := c.lastBase.c
		c.lastBase = cachedBase{}
		return bc
	}
	return c.expr(b, x)
}

// enter counts one more level of expression nesting and one more node;
// it reports false, after reporting why once, when a limit is reached.
func (c *compiler) enter(pos Position) bool {
	if c.stopped {
		return false
	}
	c.depth++
	c.nodes++
	if c.depth > maxExprDepth {
		c.stop(pos, codeTooDeep, "Expression trop imbriquée (plus de "+Int(maxExprDepth).Text()+" niveaux)", "Expression nested too deeply (more than "+Int(maxExprDepth).Text()+" levels)")
		c.depth--
		return false
	}
	if c.nodes&1023 == 0 {
		if c.ctx != nil && c.ctx.Err() != nil {
			c.stop(pos, codeCompileCancel, "Compilation interrompue ("+c.ctx.Err().Error()+")", "Compilation interrupted ("+c.ctx.Err().Error()+")")
		} else if max := c.eng.opts.MaxMemory; max > 0 && c.nodes*nodeCost > max {
			c.stop(pos, codeCompileMemory, "Limite de mémoire atteinte pendant la compilation ("+first(memText(max))+")", "Memory limit reached while compiling ("+second(memText(max))+")")
		}
		if c.stopped {
			c.depth--
			return false
		}
	}
	return true
}

func (c *compiler) leave() { c.depth-- }

// stop reports a limit and ends the compilation.
func (c *compiler) stop(pos Position, code int, fr, en string) {
	c.errorf(pos, code, fr, en)
	c.stopped = true
}

func newCompiler(e *Engine, f *parser.File) *compiler {
	return &compiler{eng: e, file: f, globals: map[string]*procEntry{}, structs: map[string]*Type{}, consts: map[string]Value{}, lang: e.opts.Lang}
}

func (c *compiler) errorf(pos Position, code int, fr, en string) {
	// A sub-expression compiled on two paths must not report its error
	// twice: one error, one line.
	k := errKey{pos, code, fr}
	if c.reported[k] {
		return
	}
	if c.reported == nil {
		c.reported = map[errKey]bool{}
	}
	c.reported[k] = true
	c.errs = append(c.errs, &parser.Error{Pos: pos, Code: code, FR: fr, EN: en})
}

// errKey identifies a reported compile error.
type errKey struct {
	pos  Position
	code int
	fr   string
}

func (c *compiler) warnf(pos Position, code int, fr, en string) {
	c.warns = append(c.warns, &parser.Error{Pos: pos, Severity: diag.SeverityWarning, Code: code, FR: fr, EN: en})
}

func (c *compiler) spell(n parser.Name) string { return c.fileOf(n.P.File).Spell(n) }

func (c *compiler) compileProgram() (*Program, error) {
	// Global procedures first: a procedure may be called before its
	// declaration (DECISIONS 3).
	for _, pd := range c.file.Procs {
		if pd.Class.Key != "" {
			continue // a method (class.go)
		}
		// A second declaration with other parameters is another syntax
		// (overload.go, doc 1514063).
		if !c.addSyntax(c.globals, pd.Name.Key, &procEntry{decl: pd, code: &procCode{name: c.spell(pd.Name), pos: pd.P}}) {
			c.errorf(pd.P, codeRedeclared, "Procédure « "+c.spell(pd.Name)+" » déclarée deux fois", "Procedure '"+c.spell(pd.Name)+"' declared twice")
		}
	}
	// Constants and structures first: types and dimensions use them.
	collect := func(body []parser.Stmt) {
		parser.WalkStmts(body, func(st parser.Stmt) bool {
			if cd, ok := st.(*parser.ConstDecl); ok {
				for i, n := range cd.Names {
					if v, ok := c.constValue(cd.Values[i]); ok {
						c.consts[n.Key] = v
					}
				}
			}
			return true
		})
	}
	collect(c.file.Main)
	for _, pd := range c.file.Procs {
		collect(pd.Body)
	}
	c.declareClasses()
	c.collectEnums()
	c.collectStructs(c.file.Main)
	for _, pd := range c.file.Procs {
		c.collectStructs(pd.Body)
	}
	c.collectClasses()
	mainDecl := &parser.ProcDecl{Name: parser.Name{Key: "TRAITEMENT"}, Body: c.file.Main}
	mainB := &procBuild{code: &procCode{name: "Code du script", pos: Position{File: c.file.Name, Line: 1, Col: 1}}, vars: map[string]*varInfo{}, decl: mainDecl}
	c.classGlobals(mainB)
	c.compileBody(mainB, mainDecl)
	c.compileClasses(mainB)
	for _, pd := range c.file.Procs {
		e := entryFor(c.globals[pd.Name.Key], pd)
		if e == nil {
			continue
		}
		b := &procBuild{code: e.code, vars: map[string]*varInfo{}, parent: mainB, decl: pd}
		c.compileBody(b, pd)
		if c.checkOnly {
			c.release(pd)
		}
	}
	if len(c.errs) > 0 {
		return nil, &CompileError{Errors: c.errs, Warnings: c.warns}
	}
	return &Program{eng: c.eng, file: c.file, main: mainB.code, Warnings: c.warns}, nil
}

// compileBody compiles one traitement: parameters, declarations, then the
// statements.
func (c *compiler) compileBody(b *procBuild, pd *parser.ProcDecl) {
	pc := b.code
	for _, p := range pd.Params {
		t := TypeVariant
		if p.Type != nil {
			t = c.resolveType(p.Type)
		}
		// A LOCAL parameter always gets a copy (callProc never binds it
		// to the caller's place): it is read and written in its slot like
		// a local variable, without the refs indirection.
		vi := &varInfo{slot: len(b.vars), typ: t, param: true, byValue: p.Local, owner: b}
		if _, dup := b.vars[p.Name.Key]; dup {
			c.errorf(p.P, codeRedeclared, "Paramètre « "+c.spell(p.Name)+" » déclaré deux fois", "Parameter '"+c.spell(p.Name)+"' declared twice")
		}
		b.vars[p.Name.Key] = vi
		pcp := paramCode{name: c.spell(p.Name), typ: t, local: p.Local}
		pc.params = append(pc.params, pcp)
	}
	pc.nparams = len(pd.Params)
	pc.variadic = pd.Variadic
	for _, r := range pd.Results {
		pc.results = append(pc.results, c.resolveType(r))
	}
	// Defaults are compiled in the procedure's own scope.
	for i, p := range pd.Params {
		if p.Default != nil {
			pc.params[i].def = c.expr(b, p.Default).fn
			pc.params[i].hasDef = true
			pc.hasDefaults = true
		}
	}
	// Internal procedures declared in this body.
	b.procs = map[string]*procEntry{}
	parser.WalkStmts(pd.Body, func(s parser.Stmt) bool {
		if ip, ok := s.(*parser.ProcDecl); ok {
			if !c.addSyntax(b.procs, ip.Name.Key, &procEntry{decl: ip, code: &procCode{name: c.spell(ip.Name), internal: true, pos: ip.P}, owner: b}) {
				c.errorf(ip.P, codeRedeclared, "Procédure « "+c.spell(ip.Name)+" » déclarée deux fois", "Procedure '"+c.spell(ip.Name)+"' declared twice")
			}
			pc.hasInner = true
			return false
		}
		return true
	})
	c.declareLocals(b, pd.Body)
	pc.body = c.scopeEnd(b, c.block(b, pd.Body, true))
	if c.checkOnly {
		pc.body = nil // never run: let the collector take the closures now
	}
	pc.nlocals = len(b.vars)
	// In source order: b.procs is a map, and the order decides the order
	// of the diagnostics (FuzzCheckEqualsCompile).
	var inner []*procEntry
	for _, head := range b.procs {
		inner = append(inner, allSyntaxes(head)...)
	}
	sortBySource(inner, func(e *procEntry) (Position, string) { return e.decl.P, e.decl.Name.Key })
	for _, e := range inner {
		ib := &procBuild{code: e.code, vars: map[string]*varInfo{}, parent: b, decl: e.decl}
		c.compileBody(ib, e.decl)
	}
	pc.nlocals = len(b.vars)
}

func first(a, _ string) string  { return a }
func second(_, b string) string { return b }

// Check compiles a script without keeping a program: the compile errors
// (a *CompileError, as Compile returns them) and the warnings, for `wl
// check`. It reports exactly what Compile reports, in less memory (see
// CheckFile).
func (e *Engine) Check(filename string, src []byte) (warnings []*parser.Error, err error) {
	if err := e.checkSourceSize(filename, src); err != nil {
		return nil, err
	}
	f, err := parser.ParseBytes(filename, src)
	if err != nil {
		return nil, compileErrorFrom(err)
	}
	return e.CheckFile(f)
}

// ParseText parses a source already decoded (lexer.Decode) as Compile
// does: its size is first checked against the memory limit (size is the
// length of the source as read, before decoding), and the error, when not
// nil, is a *CompileError. With CheckFile, it lets `wl check` keep the
// source once, as the text it shows under the diagnostics, and act
// between the parse and the compilation (cmd/wl/cli's checkMemoryLimit).
func (e *Engine) ParseText(filename, text string, size int64) (*parser.File, error) {
	if err := e.checkSourceLen(filename, size); err != nil {
		return nil, err
	}
	f, err := parser.Parse(filename, text)
	if err != nil {
		return nil, compileErrorFrom(err)
	}
	return f, nil
}

// CheckFile compiles a parsed file without keeping a program, as Check
// does. The closures of each traitement are dropped as soon as it is
// compiled, and the body of each global procedure as soon as it is checked
// (release): a large script is not held twice, as a tree and as closures,
// and the tree shrinks as the check goes. f's global procedures have no
// body afterwards: it cannot be compiled again.
func (e *Engine) CheckFile(f *parser.File) (warnings []*parser.Error, err error) {
	c := newCompiler(e, f)
	c.ctx = context.Background()
	c.checkOnly = true
	if _, err := c.compileProgram(); err != nil {
		return nil, err
	}
	return c.warns, nil
}

// release drops the body of a global procedure once it is compiled (check
// mode): nothing reads it afterwards but declaredAnywhere, an error path,
// which finds the names it declared in c.released.
func (c *compiler) release(pd *parser.ProcDecl) {
	if c.released == nil {
		c.released = map[string]bool{}
	}
	for _, p := range pd.Params {
		c.released[p.Name.Key] = true
	}
	parser.WalkStmts(pd.Body, func(st parser.Stmt) bool {
		switch st := st.(type) {
		case *parser.VarDecl:
			for _, n := range st.Names {
				c.released[n.Key] = true
			}
		case *parser.ConstDecl:
			for _, n := range st.Names {
				c.released[n.Key] = true
			}
		}
		return true
	})
	pd.Body = nil
}
