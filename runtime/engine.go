package runtime

import (
	"context"
	"fmt"
	"io"
	"os"
	"runtime/metrics"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"github.com/wlangage/wl/lexer/diag"
	"github.com/wlangage/wl/parser"
)

// Position is a source position (file, line, column).
type Position = parser.Pos

// Engine compiles programs against a registry of built-ins and host
// options. It is safe to share once configured.
type Engine struct {
	reg  *Registry
	opts Options
}

// Options are the host's choices for every run of an engine's programs.
type Options struct {
	Stdout io.Writer // Trace, Info
	Stderr io.Writer // Erreur, Avertissement
	Lang   string    // "fr" (default) or "en": language of messages
	Strict bool      // rigorous mode: undeclared names are error 301
	// MaxSteps ends a run after that many loop iterations and calls (0:
	// no limit). MaxDepth bounds the call depth (default 10000).
	MaxSteps int64
	MaxDepth int
	// MaxMemory bounds, in bytes, what a run allocates where strings,
	// buffers, arrays and associative arrays grow (and what compiling a
	// script keeps); 0: no limit. Default 1 GiB.
	MaxMemory int64
	// Host values for built-in families (e-mail settings, ...), keyed by
	// a type of the family's own package.
	Host map[any]any
	// Now returns the current time (tests fix it); default time.Now.
	Now func() time.Time
}

// Option changes Options.
type Option func(*Options)

// WithOutput sets the console writers.
func WithOutput(stdout, stderr io.Writer) Option {
	return func(o *Options) { o.Stdout, o.Stderr = stdout, stderr }
}

// WithLang sets the language of messages ("fr" or "en").
func WithLang(lang string) Option { return func(o *Options) { o.Lang = lang } }

// WithStrict turns on the rigorous mode.
func WithStrict(strict bool) Option { return func(o *Options) { o.Strict = strict } }

// WithLimits bounds the steps and the call depth of each run.
func WithLimits(maxSteps int64, maxDepth int) Option {
	return func(o *Options) { o.MaxSteps, o.MaxDepth = maxSteps, maxDepth }
}

// WithMaxMemory bounds the memory of each run and compilation, in bytes
// (0: no limit).
func WithMaxMemory(bytes int64) Option { return func(o *Options) { o.MaxMemory = bytes } }

// WithHost stores a host value for a built-in family.
func WithHost(key, value any) Option {
	return func(o *Options) {
		if o.Host == nil {
			o.Host = map[any]any{}
		}
		o.Host[key] = value
	}
}

// NewEngine makes an engine with the core types and no built-in function;
// stdlib.NewEngine adds the standard library.
func NewEngine(opts ...Option) *Engine {
	return NewEngineRegistry(coreRegistry().Layer(), opts...)
}

// NewEngineRegistry makes an engine whose registry is reg, typically a
// Layer on a registry shared between engines (stdlib.NewEngine).
func NewEngineRegistry(reg *Registry, opts ...Option) *Engine {
	e := &Engine{reg: reg, opts: Options{Stdout: os.Stdout, Stderr: os.Stderr, Lang: "fr", MaxDepth: 10000, MaxMemory: DefaultMaxMemory, Now: time.Now}}
	for _, o := range opts {
		o(&e.opts)
	}
	return e
}

// Configure applies more options.
func (e *Engine) Configure(opts ...Option) {
	for _, o := range opts {
		o(&e.opts)
	}
}

// Registry returns the engine's registry, to add built-ins.
func (e *Engine) Registry() *Registry { return e.reg }

// Options returns the engine's options.
func (e *Engine) Options() Options { return e.opts }

// Host returns the host value stored under key.
func (e *Engine) Host(key any) any { return e.opts.Host[key] }

// Register adds a host function callable from scripts.
func (e *Engine) Register(f *Func) { e.reg.AddFunc(f) }

// Compile parses, resolves and compiles a script. The error, when not
// nil, is a CompileError listing every positioned error.
func (e *Engine) Compile(filename string, src []byte) (*Program, error) {
	return e.CompileContext(context.Background(), filename, src)
}

// CompileContext is Compile bounded by ctx: a cancelled context ends the
// compilation with a positioned error.
func (e *Engine) CompileContext(ctx context.Context, filename string, src []byte) (*Program, error) {
	if err := e.checkSourceSize(filename, src); err != nil {
		return nil, err
	}
	f, err := parser.ParseBytes(filename, src)
	if err != nil {
		return nil, compileErrorFrom(err)
	}
	return e.CompileFileContext(ctx, f)
}

// CompileFile compiles an already parsed file.
func (e *Engine) CompileFile(f *parser.File) (*Program, error) {
	return e.CompileFileContext(context.Background(), f)
}

// CompileFileContext compiles an already parsed file, bounded by ctx.
func (e *Engine) CompileFileContext(ctx context.Context, f *parser.File) (*Program, error) {
	c := newCompiler(e, f)
	c.ctx = ctx
	p, err := c.compileProgram()
	if err != nil {
		return nil, err
	}
	return p, nil
}

// CompileError lists the errors of a script that does not compile.
type CompileError struct {
	Errors   []*parser.Error
	Warnings []*parser.Error
}

func compileErrorFrom(err error) error {
	if l, ok := err.(parser.ErrorList); ok {
		return &CompileError{Errors: l}
	}
	return err
}

// Error formats every error, one per line (French).
func (c *CompileError) Error() string { return c.Format("fr") }

// Message formats every error in lang, one per line (diag.Error).
func (c *CompileError) Message(lang string) string { return c.Format(lang) }

// Format formats every error in the given language, one per line.
func (c *CompileError) Format(lang string) string {
	var b strings.Builder
	for i, e := range c.Errors {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(e.Format(lang))
	}
	return b.String()
}

// Program is a compiled script: immutable, safe to run concurrently.
type Program struct {
	eng      *Engine
	file     *parser.File
	main     *procCode
	Warnings []*parser.Error
}

// Result is what a run returns: the value of a top-level RENVOYER (Null
// otherwise) and whether FinProgramme ended it.
type Result struct {
	Value Value
	Ended bool
}

// Run executes the program's top-level code. ctx cancels the run (the
// error is then not catchable by the script).
func (p *Program) Run(ctx context.Context) (Result, error) {
	r := p.newRun(ctx)
	return r.exec()
}

// Run is the state of one execution of a program.
type Run struct {
	prog   *Program
	eng    *Engine
	ctx    context.Context
	Stdout io.Writer
	Stderr io.Writer
	Lang   string

	stop  atomic.Int32 // set when ctx is done
	steps int64
	depth int
	// stackUse estimates the Go stack the run's nested calls hold (see
	// callProc); mem is the bytes charged since the last measure of the
	// heap, memBase the heap live when the run started (memory.go).
	stackUse int
	// maxDepth and maxUse are the limits of depth and stackUse (MaxDepth).
	maxDepth, maxUse int
	// memSample is pollMemory's metrics sample (memory.go).
	memSample [1]metrics.Sample
	mem       int64
	memBase   int64
	memPoll   int // ticks left before slowTick
	period    int // memPoll when slowTick last set it

	errDetected bool
	lastErr     *ErrInfo
	exc         *Error // exception being handled (ExceptionInfo)
	rearm       bool   // ExceptionActive() was called in a handler

	errSeq  int           // counts non-fatal errors (CAS ERREUR)
	calls   []*StackEntry // WLangage call stack: the call sites, outermost first
	state   map[any]any
	atEnd   []func()
	globals *frame
	stack   valueStack

	// The arguments and places of the built-in calls in progress, and
	// their call contexts by nesting level: reused, so that a built-in
	// call allocates nothing.
	argStack []Value
	refStack []*Value
	callPool []*Call
	ncall    int

	// The POUR TOUT over associative arrays running, and the records
	// free for reuse (loopcurrent.go).
	turns, turnsFree *assocTurn
}

// builtinMark is the height of the built-in call stacks, to cut them
// back to when an exception is caught.
type builtinMark struct{ args, refs, calls int }

func (r *Run) builtinMark() builtinMark {
	return builtinMark{len(r.argStack), len(r.refStack), r.ncall}
}

// cutBuiltins drops what the built-in calls left above m when an
// exception unwound them.
func (r *Run) cutBuiltins(m builtinMark) {
	clear(r.argStack[m.args:])
	r.argStack = r.argStack[:m.args]
	clear(r.refStack[m.refs:])
	r.refStack = r.refStack[:m.refs]
	for i := m.calls; i < r.ncall; i++ {
		*r.callPool[i] = Call{}
	}
	r.ncall = m.calls
}

func (p *Program) newRun(ctx context.Context) *Run {
	o := p.eng.opts
	return &Run{prog: p, eng: p.eng, ctx: ctx, Stdout: o.Stdout, Stderr: o.Stderr, Lang: o.Lang, state: map[any]any{},
		maxDepth: o.MaxDepth, maxUse: o.MaxDepth * stackUnitsPerCall}
}

// Context returns the run's context.
func (r *Run) Context() context.Context { return r.ctx }

// Engine returns the engine that compiled the program.
func (r *Run) Engine() *Engine { return r.eng }

// State returns the per-run value stored under key, creating it with
// init on first use (built-in families keep their sessions here).
func (r *Run) State(key any, init func() any) any {
	if v, ok := r.state[key]; ok {
		return v
	}
	v := init()
	r.state[key] = v
	return v
}

// AtEnd registers fn to run when the run ends, however it ends (e-mail
// sessions still open are closed there).
func (r *Run) AtEnd(fn func()) { r.atEnd = append(r.atEnd, fn) }

// Now returns the current time as the host sees it.
func (r *Run) Now() time.Time { return r.eng.opts.Now() }

// ErrorDetected reports ErreurDétectée.
func (r *Run) ErrorDetected() bool { return r.errDetected }

// LastError returns the last non-fatal error (nil if none).
func (r *Run) LastError() *ErrInfo { return r.lastErr }

// Exception returns the exception being handled, or nil.
func (r *Run) Exception() *Error { return r.exc }

// ClearError resets ErreurDétectée (done before each fallible call).
func (r *Run) ClearError() { r.errDetected = false }

func (r *Run) setError(e *ErrInfo) {
	r.errSeq++
	r.errDetected = true
	r.lastErr = e
}

// ErrInfo describes a non-fatal error (ErreurInfo).
type ErrInfo struct {
	Code int
	FR   string
	EN   string
	Func string
	Pos  Position
}

// Message returns the text in the given language.
func (e *ErrInfo) Message(lang string) string {
	return diag.Tr(lang, e.FR, e.EN)
}

// ErrorKind tells what ended a run.
type ErrorKind int

// Error kinds.
const (
	ErrException ErrorKind = iota // a WLangage exception (catchable)
	ErrHost                       // cancelled, step or depth limit (not catchable)
	ErrInternal                   // a bug in a built-in (Go panic)
)

// Error is a runtime error with its position and WLangage call stack.
type Error struct {
	Kind  ErrorKind
	Pos   Position
	Code  int
	FR    string
	EN    string
	Stack []StackEntry
	Lang  string
}

// StackEntry is one level of the WLangage call stack.
type StackEntry struct {
	Proc string
	Pos  Position
	cost int // Go stack units the call holds (callProc)
}

func (r *Run) newError(pos Position, code int, fr, en string) *Error {
	return &Error{Kind: ErrException, Pos: pos, Code: code, FR: fr, EN: en, Lang: r.Lang}
}

// Message returns the message in the given language.
func (e *Error) Message(lang string) string {
	return diag.Tr(lang, e.FR, e.EN)
}

// Text returns the message to show in the given language: the message,
// or, for an exception raised with a code and no text, a sentence naming
// the code (DECISIONS 12: a message is never empty).
func (e *Error) Text(lang string) string {
	if m := e.Message(lang); m != "" {
		return m
	}
	n := strconv.Itoa(e.Code)
	if diag.English(lang) {
		return "Exception " + n + " raised with no message"
	}
	return "Exception " + n + " déclenchée sans message"
}

// Error formats the error as file:line:col: message.
func (e *Error) Error() string {
	return fmt.Sprintf("%s: %s", e.Pos, e.Text(e.Lang))
}

// StackText formats the call stack, innermost first.
func (e *Error) StackText() string {
	var b strings.Builder
	for _, s := range e.Stack {
		fmt.Fprintf(&b, "%s (%s)\n", s.Proc, s.Pos)
	}
	return b.String()
}

// NewRun makes a run state with no program, for calling built-ins from Go
// (tests, hosts).
func (e *Engine) NewRun(ctx context.Context) *Run {
	p := &Program{eng: e, file: &parser.File{}}
	return p.newRun(ctx)
}
