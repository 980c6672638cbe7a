package runtime

import (
	"context"
	"fmt"
	"strings"
)

// ctl is how a statement ended: normally, or by SORTIR, CONTINUER,
// RETOUR/RENVOYER. No panic is used for these.
type ctl uint8

const (
	ctlNone ctl = iota
	ctlBreak
	ctlContinue
	ctlReturn
)

type stmtFn func(f *frame) ctl
type exprFn func(f *frame) Value

// frame is the activation of a traitement or procedure.
type frame struct {
	locals []Value
	// refs holds where each parameter lives when byRef is set (callProc
	// bound one to the caller's place: WinDev passes variables by
	// reference); otherwise every parameter lives in its own slot of
	// locals and refs is not read (its content may be stale: paramRef).
	refs   []*Value
	byRef  bool
	up     *frame // enclosing traitement (static link)
	run    *Run
	proc   *procCode
	ret    Value
	levels int // remaining loop levels to leave / continue (SORTIR(n))
	pos    Position
	// pendingErr is an ErreurDéclenche to report to the caller.
	pendingErr *ErrInfo
	// args holds every argument of a call to a variadic procedure
	// (MesParamètres).
	args []Value
	// recv is the object of the method call being made from this frame,
	// read by the call's first argument (class.go, selfArg).
	recv Value
}

// paramRef returns where parameter slot of f lives.
func (f *frame) paramRef(slot int) *Value {
	if f.byRef {
		return f.refs[slot]
	}
	return &f.locals[slot]
}

// paramInt reads an entier parameter (paramRef without the indirection
// when it lives in its slot).
func (f *frame) paramInt(slot int) int64 {
	if f.byRef {
		return f.refs[slot].n
	}
	return f.locals[slot].n
}

// procCode is a compiled procedure or traitement.
type procCode struct {
	name     string
	nlocals  int
	nparams  int
	params   []paramCode
	variadic bool
	results  []*Type
	body     stmtFn
	internal bool
	hasInner bool // declares internal procedures: frame must not be reused
	// hasDefaults: a parameter has a default value (which may read the
	// other parameters' slots).
	hasDefaults bool
	pos         Position
}

type paramCode struct {
	name   string
	typ    *Type
	local  bool
	def    exprFn
	hasDef bool
}

// throw carries a WLangage exception (or a host stop) through Go panics;
// exceptions are rare, so this keeps the normal path free of checks.
type throw struct{ err *Error }

// endProgram is FinProgramme.
type endProgram struct{}

// valueStack hands out frames for calls; frames are reused by depth.
type valueStack struct {
	frames []*frame
}

// at returns the reusable frame of depth d, growing the stack to it (the
// caller resets its locals).
func (s *valueStack) at(d int) *frame {
	for len(s.frames) <= d {
		s.frames = append(s.frames, &frame{})
	}
	return s.frames[d]
}

func (r *Run) exec() (res Result, err error) {
	if r.ctx == nil {
		r.ctx = context.Background()
	}
	if r.ctx.Done() != nil {
		stop := context.AfterFunc(r.ctx, func() { r.stop.Store(1) })
		defer stop()
	}
	if r.eng.opts.MaxMemory > 0 {
		r.memBase = heapAtStart()
	}
	main := r.prog.main
	f := &frame{locals: make([]Value, main.nlocals), run: r, proc: main}
	r.globals = f
	defer func() {
		for i := len(r.atEnd) - 1; i >= 0; i-- {
			r.atEnd[i]()
		}
		if p := recover(); p != nil {
			switch p := p.(type) {
			case *throw:
				err = p.err
			case endProgram:
				res.Ended = true
			default:
				// A bug in a built-in: said in one line, never with a Go
				// stack or the build's paths.
				err = &Error{Kind: ErrInternal, Pos: f.pos, FR: "Erreur interne : " + panicText(p), EN: "Internal error: " + panicText(p), Lang: r.Lang}
			}
		}
	}()
	main.body(f)
	res.Value = f.ret
	return res, nil
}

// raise throws a WLangage exception positioned at pos.
func (r *Run) raise(pos Position, code int, fr, en string) {
	panic(&throw{err: &Error{Kind: ErrException, Pos: pos, Code: code, FR: fr, EN: en, Lang: r.Lang, Stack: r.stackTrace(pos)}})
}

// Raise throws a WLangage exception from a built-in (prefer returning
// Call.Errorf).
func (r *Run) Raise(e *Error) { panic(&throw{err: e}) }

// hostStop ends the run with an error no script handler can catch.
func (r *Run) hostStop(pos Position, fr, en string) {
	panic(&throw{err: &Error{Kind: ErrHost, Pos: pos, FR: fr, EN: en, Lang: r.Lang}})
}

// tick is called on every loop back-edge and call: a counter and one
// atomic load; the step limit, the memory poll and the cancellation are
// checked by slowTick when the counter runs out or the run is stopped.
func (r *Run) tick(pos Position) {
	if r.memPoll--; r.memPoll <= 0 || r.stop.Load() != 0 {
		r.slowTick(pos)
	}
}

// slowTick counts the ticks since the last one into the steps, stops the
// run when it is cancelled or past its step limit, polls the memory, and
// sets the counter for the next check: pollEvery ticks, or the tick that
// passes the step limit, so that the limit stops the run at the same
// step as a check at every tick would.
func (r *Run) slowTick(pos Position) {
	r.steps += int64(r.period - r.memPoll)
	r.period, r.memPoll = 0, 0
	if r.stop.Load() != 0 {
		r.hostStop(pos, "Exécution interrompue ("+r.ctx.Err().Error()+")", "Execution interrupted ("+r.ctx.Err().Error()+")")
	}
	max := r.eng.opts.MaxSteps
	if max > 0 && r.steps > max {
		r.hostStop(pos, fmt.Sprintf("Limite de %d pas d'exécution atteinte", max), fmt.Sprintf("Limit of %d execution steps reached", max))
	}
	r.pollMemory(pos)
	n := int64(pollEvery)
	if max > 0 {
		n = min(n, max+1-r.steps)
	}
	r.period, r.memPoll = int(n), int(n)
}

// tooDeep stops the run at a call past the depth limit (callProc).
func (r *Run) tooDeep(pos Position) {
	max := r.eng.opts.MaxDepth
	r.hostStop(pos, "Trop d'appels imbriqués (limite "+Int(int64(max)).Text()+")", "Too many nested calls (limit "+Int(int64(max)).Text()+")")
}

// frameFor returns a frame for a call at the current depth.
func (r *Run) frameFor(pc *procCode, up *frame) *frame {
	d := r.depth
	if pc.hasInner {
		return &frame{locals: make([]Value, pc.nlocals), refs: make([]*Value, pc.nparams), up: up, run: r, proc: pc}
	}
	f := r.stack.at(d)
	if cap(f.locals) < pc.nlocals {
		f.locals = make([]Value, pc.nlocals)
	} else {
		f.locals = f.locals[:pc.nlocals]
		// callProc writes every parameter's slot (or binds it to the
		// caller's place, and never reads the slot): only the other
		// locals are cleared, unless a default value may read a
		// parameter not yet written.
		if pc.hasDefaults {
			clear(f.locals)
		} else if pc.nlocals > pc.nparams {
			clear(f.locals[pc.nparams:])
		}
	}
	if cap(f.refs) < pc.nparams {
		f.refs = make([]*Value, pc.nparams)
	} else {
		f.refs = f.refs[:pc.nparams]
	}
	f.up, f.run, f.proc, f.ret, f.levels, f.pendingErr, f.args = up, r, pc, Null, 0, nil, nil
	return f
}

// panicText is the first line of a panic's value, without file paths.
func panicText(p any) string {
	s := fmt.Sprint(p)
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i]
	}
	var out []string
	for _, w := range strings.Fields(s) {
		if strings.Contains(w, "/") && strings.Contains(w, ".go") {
			w = "…"
		}
		out = append(out, w)
	}
	return strings.Join(out, " ")
}
