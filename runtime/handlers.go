package runtime

import "github.com/wlangage/wl/parser"

// Error handlers: CAS ERREUR:, CAS EXCEPTION:, QUAND EXCEPTION (general
// and DANS). They see what a statement tests through the parser's one
// tree walker (parser.WalkExpr).

// tryStmt compiles QUAND EXCEPTION DANS body FAIRE handler [SINON els]
// FIN: the handler runs when body raised an exception, els when it ended
// without one.
func (c *compiler) tryStmt(b *procBuild, s *parser.Try) stmtFn {
	body := c.block(b, s.Body, false)
	handler := c.block(b, s.Handler, false)
	els := c.block(b, s.Else, false)
	return func(f *frame) ctl {
		r, caught := protect(f, body)
		if caught {
			return handler(f)
		}
		if r != ctlNone {
			return r
		}
		return els(f)
	}
}

// rethrow is the bare EXCEPTION statement of a handler: it raises again
// the exception being handled.
func rethrow(f *frame) ctl {
	if e := f.run.exc; e != nil {
		panic(&throw{err: e})
	}
	return ctlNone
}

// labelled compiles `code CAS ERREUR: handler` and `code CAS EXCEPTION:
// handler`: the handler runs when the code before the label raised a
// non-fatal error (ERREUR) or an exception (EXCEPTION), then the
// traitement ends; otherwise the code after the label is skipped.
func (c *compiler) labelled(b *procBuild, before []parser.Stmt, l *parser.Label, after []parser.Stmt) stmtFn {
	handler := c.block(b, after, true)
	if l.Kind == "EXCEPTION" {
		code := c.block(b, before, false)
		return func(f *frame) ctl {
			r, caught := protect(f, code)
			if caught {
				return handler(f)
			}
			return r
		}
	}
	// Automatic error handling is not triggered by a call whose result
	// is tested directly, nor when ErreurDétectée is tested right after
	// (SPEC §4.10).
	type step struct {
		fn     stmtFn
		tested bool
	}
	var steps []step
	for i, st := range before {
		fn := c.stmt(b, st)
		if fn == nil {
			continue
		}
		if c.stopped {
			// A limit ended the compilation: the tree may be too deep
			// to walk.
			break
		}
		tested := testsCall(st)
		if i+1 < len(before) && mentions(before[i+1], "ERREURDETECTEE", "ERROROCCURRED") {
			tested = true
		}
		steps = append(steps, step{fn, tested})
	}
	return func(f *frame) ctl {
		for _, st := range steps {
			seq := f.run.errSeq
			if r := st.fn(f); r != ctlNone {
				return r
			}
			if !st.tested && f.run.errSeq != seq && f.run.errDetected {
				handler(f)
				return ctlReturn
			}
		}
		return ctlNone
	}
}

// testsCall reports whether st tests the result of a call directly
// (SI PAS f() ALORS ..., TANTQUE f() ...).
func testsCall(st parser.Stmt) bool {
	var cond parser.Expr
	switch st := st.(type) {
	case *parser.If:
		cond = st.Cond
	case *parser.While:
		cond = st.Cond
	default:
		return false
	}
	found := false
	parser.WalkExpr(cond, func(e parser.Expr) {
		if _, ok := e.(*parser.Call); ok {
			found = true
		}
	})
	return found
}

// mentions reports whether the statement's own expressions name one of keys.
func mentions(st parser.Stmt, keys ...string) bool {
	found := false
	visit := func(e parser.Expr) {
		parser.WalkExpr(e, func(x parser.Expr) {
			if id, ok := x.(*parser.Ident); ok {
				for _, k := range keys {
					if id.Key == k {
						found = true
					}
				}
			}
		})
	}
	switch st := st.(type) {
	case *parser.If:
		visit(st.Cond)
	case *parser.While:
		visit(st.Cond)
	case *parser.Assign:
		visit(st.Value)
	case *parser.ExprStmt:
		visit(st.X)
	case *parser.Switch:
		visit(st.X)
	}
	return found
}

// whenBlock compiles a general QUAND EXCEPTION [fr:3034001]: from there to
// the end of the traitement (and in the procedures it calls) an exception
// runs the handler, once; the failing statement is then run again, as the
// doc shows, so a handler should end with RETOUR / RENVOYER / FinProgramme.
// A second exception goes up, unless the handler called ExceptionActive.
func (c *compiler) whenBlock(b *procBuild, before []parser.Stmt, w *parser.When, after []parser.Stmt) stmtFn {
	pre := c.block(b, before, false)
	handler := c.block(b, w.Handler, false)
	var fns []stmtFn
	for i, st := range after {
		if _, nested := st.(*parser.When); nested {
			// A later handler replaces this one from its position on.
			fns = append(fns, c.block(b, after[i:], true))
			break
		}
		if l, ok := st.(*parser.Label); ok && (l.Kind == "ERREUR" || l.Kind == "EXCEPTION") {
			fns = append(fns, c.block(b, after[i:], true))
			break
		}
		if fn := c.stmt(b, st); fn != nil {
			fns = append(fns, fn)
		}
	}
	return func(f *frame) ctl {
		if r := pre(f); r != ctlNone {
			return r
		}
		armed := true
		for i := 0; i < len(fns); {
			if !armed {
				if r := fns[i](f); r != ctlNone {
					return r
				}
				i++
				continue
			}
			r, caught := protect(f, fns[i])
			if caught {
				armed = false
				f.run.rearm = false
				if hr := handler(f); hr != ctlNone {
					return hr
				}
				armed, f.run.rearm = f.run.rearm, false
				continue // run the failing statement again
			}
			if r != ctlNone {
				return r
			}
			i++
		}
		return ctlNone
	}
}

// protect runs fn and reports whether a WLangage exception was caught;
// the exception is then available to ExceptionInfo. Host stops and
// FinProgramme pass through.
func protect(f *frame, fn stmtFn) (r ctl, caught bool) {
	run := f.run
	depth, calls, stackUse, mark := run.depth, len(run.calls), run.stackUse, run.builtinMark()
	defer func() {
		if p := recover(); p != nil {
			t, ok := p.(*throw)
			if !ok || t.err.Kind != ErrException {
				panic(p)
			}
			run.depth = depth
			run.stackUse = stackUse
			run.calls = run.calls[:calls]
			run.cutBuiltins(mark)
			run.exc = t.err
			r, caught = ctlNone, true
		}
	}()
	return fn(f), false
}
