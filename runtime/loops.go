package runtime

import (
	"strings"

	"github.com/wlangage/wl/parser"
)

// Loops: TANTQUE, BOUCLE, POUR, POUR TOUT, and how SORTIR / CONTINUER
// reach them.

// loopCtl interprets a SORTIR / CONTINUER reaching a loop: stop reports
// whether the loop must end, returning r2 to its own caller.
func loopCtl(f *frame, r ctl) (r2 ctl, stop bool) {
	switch r {
	case ctlBreak:
		if f.levels == -1 { // SORTIR SELON reaching a loop: leave nothing more
			f.levels = 0
			return ctlNone, true
		}
		if f.levels > 1 {
			f.levels--
			return ctlBreak, true
		}
		return ctlNone, true
	case ctlContinue:
		if f.levels > 1 {
			f.levels--
			return ctlContinue, true
		}
		return ctlNone, false
	}
	return r, true
}

func (c *compiler) levelExpr(b *procBuild, e parser.Expr) func(*frame) int {
	if e == nil {
		return func(*frame) int { return 1 }
	}
	x := c.expr(b, e).fn
	return func(f *frame) int {
		n := int(x(f).ToInt())
		if n < 1 {
			n = 1
		}
		return n
	}
}

// breakStmt compiles SORTIR [(n)] and SORTIR SELON (levels -1).
func (c *compiler) breakStmt(b *procBuild, s *parser.Break) stmtFn {
	if s.Switch {
		return func(f *frame) ctl { f.levels = -1; return ctlBreak }
	}
	n := c.levelExpr(b, s.N)
	return func(f *frame) ctl { f.levels = n(f); return ctlBreak }
}

// continueStmt compiles CONTINUER [(n)].
func (c *compiler) continueStmt(b *procBuild, s *parser.Continue) stmtFn {
	n := c.levelExpr(b, s.N)
	return func(f *frame) ctl { f.levels = n(f); return ctlContinue }
}

// while compiles TANTQUE ... FIN.
func (c *compiler) while(b *procBuild, s *parser.While) stmtFn {
	pos := s.Position()
	cond := c.cond(b, s.Cond)
	body := c.block(b, s.Body, false)
	return func(f *frame) ctl {
		for cond(f) {
			f.run.tick(pos)
			if r := body(f); r != ctlNone {
				if r2, stop := loopCtl(f, r); stop {
					return r2
				}
			}
		}
		return ctlNone
	}
}

func (c *compiler) loop(b *procBuild, s *parser.Loop) stmtFn {
	pos := s.P
	body := c.block(b, s.Body, false)
	if s.Count != nil {
		count := c.expr(b, s.Count).fn
		return func(f *frame) ctl {
			n := count(f).ToInt()
			for i := int64(0); i < n; i++ {
				f.run.tick(pos)
				if r := body(f); r != ctlNone {
					if r2, stop := loopCtl(f, r); stop {
						return r2
					}
				}
			}
			return ctlNone
		}
	}
	var until func(*frame) bool
	if s.Until != nil {
		until = c.cond(b, s.Until)
	}
	return func(f *frame) ctl {
		for {
			f.run.tick(pos)
			if r := body(f); r != ctlNone {
				if r2, stop := loopCtl(f, r); stop {
					return r2
				}
			}
			if until != nil && !until(f) {
				return ctlNone
			}
		}
	}
}

func (c *compiler) forStmt(b *procBuild, s *parser.For) stmtFn {
	pos := s.P
	v := c.varRef(b, s.Var.Key, s.Var.P)
	from := c.expr(b, s.From).fn
	to := c.expr(b, s.To)
	var step exprFn
	if s.Step != nil {
		step = c.expr(b, s.Step).fn
	}
	body := c.block(b, s.Body, false)
	// Fast path: integer bounds, a local variable, no step or a constant
	// step, limit evaluated once (_À_) or constant.
	_, constLimit := c.constValue(s.To)
	stepConst := int64(1)
	stepOK := s.Step == nil
	if s.Step != nil {
		if sv, ok := c.constValue(s.Step); ok && sv.k == KInt && sv.n != 0 {
			stepConst, stepOK = sv.n, true
		}
	}
	if v.local >= 0 && stepOK && (s.Once || constLimit) {
		slot := v.local
		toFn := to.fn
		vt := v.typ
		return func(f *frame) ctl {
			start := from(f)
			limit := toFn(f)
			if start.k != KInt || limit.k != KInt {
				return forGeneric(f, pos, v, start, func(*frame) Value { return limit }, nil, stepConst, body)
			}
			i, lim := start.n, limit.n
			if !vt.Any && vt.Kind != KInt {
				return forGeneric(f, pos, v, start, func(*frame) Value { return limit }, nil, stepConst, body)
			}
			for ; (stepConst > 0 && i <= lim) || (stepConst < 0 && i >= lim); i += stepConst {
				f.locals[slot] = Value{k: KInt, n: i}
				f.run.tick(pos)
				if r := body(f); r != ctlNone {
					if r2, stop := loopCtl(f, r); stop {
						return r2
					}
				}
				// The body may have assigned the variable: read it back
				// (ToInt only when it holds something else than an entier).
				if x := &f.locals[slot]; x.k == KInt {
					i = x.n
				} else {
					i = x.ToInt()
				}
			}
			f.locals[slot] = Value{k: KInt, n: i}
			return ctlNone
		}
	}
	if s.StepOnce && step != nil {
		// _PAS_: the step is evaluated once, before the first iteration.
		return func(f *frame) ctl {
			st := step(f)
			return forGeneric(f, pos, v, from(f), to.fn, func(*frame) Value { return st }, 1, body)
		}
	}
	if s.Once {
		// _À_: the limit is evaluated once.
		return func(f *frame) ctl {
			start := from(f)
			lim := to.fn(f)
			return forGeneric(f, pos, v, start, func(*frame) Value { return lim }, step, 1, body)
		}
	}
	return func(f *frame) ctl {
		return forGeneric(f, pos, v, from(f), to.fn, step, 1, body)
	}
}

// forGeneric runs a POUR with the limit and step re-evaluated at each
// iteration (the À form, SPEC §4.3).
func forGeneric(f *frame, pos Position, v varRef, start Value, to, step exprFn, stepConst int64, body stmtFn) ctl {
	p := v.ref(f)
	*p = numeric(start)
	for {
		st := Int(stepConst)
		if step != nil {
			st = numeric(step(f))
		}
		lim := to(f)
		cur := *p
		neg := compare(st, Int(0)) < 0
		if (!neg && compare(cur, lim) > 0) || (neg && compare(cur, lim) < 0) {
			return ctlNone
		}
		f.run.tick(pos)
		if r := body(f); r != ctlNone {
			if r2, stop := loopCtl(f, r); stop {
				return r2
			}
		}
		p = v.ref(f)
		n, _ := arith("+", numeric(*p), st)
		*p = n
	}
}

func (c *compiler) forEach(b *procBuild, s *parser.ForEach) stmtFn {
	pos := s.P
	if st, ok := c.enumForEach(b, s); ok {
		return st
	}
	// POUR TOUT v DE A = clé: the elements of one key (assocKeyLoop).
	var seqc compiled
	var keyOf exprFn
	if be, ok := s.Seq.(*parser.Binary); ok && be.Op == "=" {
		if l := c.expr(b, be.L); l.typ != nil && l.typ.Kind == KAssoc {
			seqc, keyOf = l, c.expr(b, be.R).fn
		}
	}
	if keyOf == nil {
		seqc = c.expr(b, s.Seq)
	}
	seq := seqc.fn
	var vars []varRef
	for _, n := range s.Vars {
		vars = append(vars, c.varRef(b, n.Key, n.P))
	}
	// A Variant variable over an array of structures holds structures of
	// the element type: its members are found by index in the body.
	if len(s.Vars) > 0 && seqc.typ != nil && seqc.typ.Elem != nil && seqc.typ.Elem.Kind == KStruct && !seqc.typ.Elem.Any {
		if vi := c.lookupVar(b, s.Vars[0].Key); vi != nil && !vi.isConst && vi.typ.Any {
			saved := vi.hint
			vi.hint = seqc.typ.Elem.Struct
			defer func() { vi.hint = saved }()
		}
	}
	body := c.block(b, s.Body, false)
	// A local variable (not a global, nor an enclosing traitement's,
	// which code outside the body could reach).
	local := len(vars) > 0 && vars[0].local >= 0
	flatSafe := local && c.keepsNoRef(b, s.Vars[0].Key, s.Body, s.Where)
	var where func(*frame) bool
	if s.Where != nil {
		if len(vars) > 0 {
			saved := c.avec
			c.avec = &lval{ref: vars[0].ref}
			where = c.cond(b, s.Where)
			c.avec = saved
		} else {
			where = c.cond(b, s.Where)
		}
	}
	var seps []exprFn
	for _, e := range s.Sep {
		seps = append(seps, c.expr(b, e).fn)
	}
	set := func(f *frame, i int, v Value) {
		if i < len(vars) {
			*vars[i].ref(f) = v
		}
	}
	run := func(f *frame) (ctl, bool) {
		f.run.tick(pos)
		if where != nil && !where(f) {
			return ctlNone, false
		}
		if r := body(f); r != ctlNone {
			return loopCtl(f, r)
		}
		return ctlNone, false
	}
	// overValues runs the loop over the elements of an array (keys nil:
	// the subscript is the key) or of an associative array. The variable
	// refers to the element (doc 1510016): a structure, array or
	// associative array element is shared with it, so changing a member
	// changes the element; a variable given another value is written back
	// after the turn. When the loop ends (FIN, SORTIR, RENVOYER) the
	// variable keeps the last value but no longer refers to the element:
	// the element gets its own copy. The slices are read through pointers
	// because the body may change them.
	// turn is set over an associative array: the body may remove the
	// current element (TableauSupprime(T, ElémentCourant), loopcurrent.go),
	// after which the loop writes nothing back and goes on with the element
	// that took its place.
	overValues := func(f *frame, vals, keys *[]Value, elem *Type, from int, turn *assocTurn) (ctl, bool) {
		n := len(*vals)
		last := -1
		removed := 0
		// slot0 is the variable's slot when it is a local, read directly.
		slot0 := -1
		if len(vars) > 0 {
			slot0 = vars[0].local
		}
		for k := from; k < n && k < len(*vals); k++ {
			i := turnIndex(k, n, s.Reverse)
			if i >= len(*vals) {
				// DepuisFin, the body having removed elements: those
				// past the end are gone.
				continue
			}
			if slot0 >= 0 {
				f.locals[slot0] = (*vals)[i]
			} else if len(vars) > 0 {
				*vars[0].ref(f) = (*vals)[i]
			}
			if len(vars) > 1 {
				if keys == nil {
					set(f, 1, Int(int64(i+1)))
				} else {
					set(f, 1, (*keys)[i])
				}
				set(f, 2, Int(int64(k+removed+1)))
			}
			if turn != nil {
				turn.cur = i
			}
			r, stop := run(f)
			if turn != nil {
				turn.cur = -1
				if turn.removed {
					turn.removed = false
					// The next element is at i (forward), or i-1 (DepuisFin)
					// with one element less: the same k in both cases.
					n--
					removed++
					if last > i {
						last--
					}
					if stop {
						return r, true
					}
					k--
					continue
				}
			}
			if len(vars) > 0 && i < len(*vals) {
				var p *Value
				if slot0 >= 0 {
					p = &f.locals[slot0]
				} else {
					p = vars[0].ref(f)
				}
				if stop || !sameContainer(*p, (*vals)[i]) {
					(*vals)[i] = convertLoose(*p, elem)
				} else {
					last = i
				}
			}
			if stop {
				return r, true
			}
		}
		if last >= 0 && last < len(*vals) {
			if p := vars[0].ref(f); sameContainer(*p, (*vals)[last]) {
				(*vals)[last] = convertLoose(*p, elem)
			}
		}
		return ctlNone, false
	}
	// overScalars runs the loop over an unboxed array of simple values
	// (unboxed.go) without boxing it, as overValues does over Values:
	// the variable gets the element, and the element the variable's
	// value converted to the element type after each turn. When the
	// body boxed the array, or the value no longer fits unboxed, the
	// loop goes on over the Values from the next turn (boxedAt, else
	// -1).
	overScalars := func(f *frame, a *Array) (r ctl, stop bool, boxedAt int) {
		n := len(a.ints)
		slot0 := vars[0].local // >= 0: local
		for k := 0; k < n; k++ {
			i := turnIndex(k, n, s.Reverse)
			if i >= len(a.ints) {
				break
			}
			f.locals[slot0] = a.unboxedAt(i)
			if len(vars) > 1 {
				set(f, 1, Int(int64(i+1)))
				set(f, 2, Int(int64(k+1)))
			}
			r, stop = run(f)
			w := convertLoose(f.locals[slot0], a.Elem)
			if a.unboxed && payload(w, a.Elem.Kind) {
				a.ints[i] = w.n
			} else {
				a.box()
				if i < len(a.Data) {
					a.Data[i] = w
				}
				if !stop {
					return ctlNone, false, k + 1
				}
			}
			if stop {
				return r, true, -1
			}
		}
		return ctlNone, false, -1
	}
	// overFlat runs the loop over an unboxed array of structures
	// (unboxed.go) without boxing it. The variable holds a structure
	// loaded with the element's members at each turn and written back
	// into the array after it: the element and the variable are one
	// structure during the turn, as over Values (doc 1510016). While the
	// turn runs, the structure is the array's live element: boxing the
	// array then makes it the element itself, and the loop goes on over
	// the Values from the next turn (boxedAt, else -1). flatSafe tells
	// that no code can keep a reference to the variable's structure
	// (keepsNoRef), which is what makes it the same as the element.
	var flatTurns func(f *frame, a *Array, cur *Struct, n int, resetMembers func()) (ctl, bool, int)
	overFlat := func(f *frame, a *Array) (r ctl, stop bool, boxedAt int) {
		st := a.Elem.Struct
		nf := len(st.Fields)
		n := a.Len()
		// The variable's structure, the current element's members: no
		// code keeps a reference to it (flatSafe), so one serves every
		// turn until boxing makes it an element.
		cur := allocStruct(nf)
		cur.Type = st
		// cur's members keep the payload form of their types (kind set,
		// no pointer) from turn to turn, so a turn loads the payloads
		// alone, without a write barrier.
		resetMembers := func() {
			for j := range cur.Fields {
				cur.Fields[j] = Value{k: st.Fields[j].Type.Kind}
			}
		}
		resetMembers()
		// cur is the live element from the first turn to the end of the
		// loop; liveAt follows the turns. An exception leaves it there.
		a.live = cur
		r, stop, boxedAt = flatTurns(f, a, cur, n, resetMembers)
		if a.live == cur {
			a.live = nil
		}
		return r, stop, boxedAt
	}
	flatTurns = func(f *frame, a *Array, cur *Struct, n int, resetMembers func()) (r ctl, stop bool, boxedAt int) {
		st := a.Elem.Struct
		nf := len(st.Fields)
		slot0 := vars[0].local // >= 0: flatSafe
		for k := 0; k < n; k++ {
			i := turnIndex(k, n, s.Reverse)
			if i >= a.Len() {
				break
			}
			fields := cur.Fields[:nf]
			for j, x := range a.ints[i*nf : (i+1)*nf] {
				fields[j].n = x
			}
			a.liveAt = i
			if v := &f.locals[slot0]; v.k != KStruct || v.Struct() != cur {
				*v = StructValue(cur)
			}
			if len(vars) > 1 {
				set(f, 1, Int(int64(i+1)))
				set(f, 2, Int(int64(k+1)))
			}
			r, stop = run(f)
			p := &f.locals[slot0]
			if !a.unboxed {
				// Boxed during the turn: element i is cur. The variable
				// keeps it when the loop ends there (stop, or the last
				// turn), as overValues does, with its own copy.
				if i < len(a.Data) {
					if stop || k == n-1 || !sameContainer(*p, a.Data[i]) {
						a.Data[i] = convertLoose(*p, a.Elem)
					}
				}
				if stop {
					return r, true, -1
				}
				return ctlNone, false, k + 1
			}
			// Write the element back from the variable.
			w := p.Struct()
			if p.k != KStruct || w != cur {
				w = convertLoose(*p, a.Elem).Struct()
				if !payloads(cur) {
					resetMembers()
				}
			}
			if w != nil && w.Type == st && w.Native == nil && payloads(w) {
				for j, fv := range w.Fields {
					a.ints[i*nf+j] = fv.n
				}
			} else {
				a.box()
				a.Data[i] = convertLoose(*p, a.Elem)
				if stop {
					return r, true, -1
				}
				return ctlNone, false, k + 1
			}
			if stop {
				return r, true, -1
			}
		}
		return ctlNone, false, -1
	}
	recordTurns := namesCurrentElement(s.Body)
	return func(f *frame) ctl {
		sv := seq(f)
		if s.Strings || sv.k == KString {
			text := sv.Text()
			var parts []string
			if len(seps) == 0 {
				parts = strings.Split(text, "\t")
				if !s.Strings {
					parts = nil
					for _, r := range text {
						parts = append(parts, string(r))
					}
				}
			} else {
				parts = splitMulti(text, seps, f)
			}
			n := len(parts)
			for k := 0; k < n; k++ {
				i := turnIndex(k, n, s.Reverse)
				set(f, 0, Str(parts[i]))
				set(f, 1, Int(int64(i+1)))
				set(f, 2, Int(int64(k+1)))
				if r, stop := run(f); stop {
					return r
				}
			}
			return ctlNone
		}
		switch sv.k {
		case KArray:
			a := sv.arrayRaw()
			// An unboxed array is gone over as it is while it stays so;
			// the turns left (from) go over its Values.
			var unboxed func(*frame, *Array) (ctl, bool, int)
			if a.unboxed && a.Elem.Kind != KStruct && local {
				unboxed = overScalars
			} else if a.unboxed && a.Elem.Kind == KStruct && flatSafe && a.live == nil {
				unboxed = overFlat
			}
			from := 0
			if unboxed != nil {
				r, stop, boxedAt := unboxed(f, a)
				if stop {
					return r
				}
				if boxedAt < 0 {
					return ctlNone
				}
				from = boxedAt
			}
			a.box()
			if r, stop := overValues(f, &a.Data, nil, a.Elem, from, nil); stop {
				return r
			}
		case KAssoc:
			a := sv.Assoc()
			if keyOf != nil {
				return assocKeyLoop(f, a, keyOf(f), vars, s.Reverse, run)
			}
			if recordTurns {
				if r, stop := f.run.overAssoc(f, a, overValues); stop {
					return r
				}
			} else if r, stop := overValues(f, &a.Vals, &a.Keys, a.Elem, 0, nil); stop {
				return r
			}
		case KNull:
		default:
			f.run.raise(pos, 0, "POUR TOUT sur une valeur qui n'est ni un tableau ni une chaîne ("+sv.k.String()+")", "FOR EACH over a value that is neither an array nor a string ("+sv.k.String()+")")
		}
		return ctlNone
	}
}

// turnIndex is the index turn k of n visits: k, or from the end with
// DepuisFin.
func turnIndex(k, n int, reverse bool) int {
	if reverse {
		return n - 1 - k
	}
	return k
}

func splitMulti(text string, seps []exprFn, f *frame) []string {
	var ss []string
	for _, s := range seps {
		if t := s(f).Text(); t != "" {
			ss = append(ss, t)
		}
	}
	var out []string
	for {
		best, bl := -1, 0
		for _, s := range ss {
			if i := strings.Index(text, s); i >= 0 && (best < 0 || i < best) {
				best, bl = i, len(s)
			}
		}
		if best < 0 {
			return append(out, text)
		}
		out = append(out, text[:best])
		text = text[best+bl:]
	}
}

// sameContainer reports whether a and b are the same structure, array or
// associative array (not merely equal ones): the loop variable of a POUR
// TOUT still refers to its element.
func sameContainer(a, b Value) bool {
	if a.Kind() != b.Kind() {
		return false
	}
	switch a.Kind() {
	case KStruct:
		return a.Struct() != nil && a.Struct() == b.Struct()
	case KArray:
		return a.Array() != nil && a.Array() == b.Array()
	case KAssoc:
		return a.Assoc() != nil && a.Assoc() == b.Assoc()
	}
	return false
}
