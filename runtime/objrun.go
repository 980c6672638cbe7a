package runtime

// Objects at run time (6010001, 6010002, 6010003): construction,
// destruction, method calls through callProc, copy and comparison.

// newObject makes an object of cl and runs its constructors (6010001).
func (cl *Class) newObject(f *frame, ac []argCode, pos Position) *Struct {
	// Object members build objects: bounded like nested calls.
	r := f.run
	if r.depth >= r.eng.opts.MaxDepth {
		r.hostStop(pos, "Trop d'objets imbriqués à construire (limite "+Int(int64(r.eng.opts.MaxDepth)).Text()+")", "Too many nested objects to build (limit "+Int(int64(r.eng.opts.MaxDepth)).Text()+")")
	}
	r.depth++
	s := NewStruct(cl.st)
	if cl.life {
		// Reachable while it is built, before any variable refers to it.
		heapOf(r).construct(f, cl, s, ac, pos)
		track(f, s)
	} else {
		cl.construct(f, s, ac, pos)
	}
	r.depth--
	return s
}

// construct builds the part of s that cl declares: the ancestors not
// built explicitly by the constructor (without parameters), the automatic
// object members, then the constructor itself.
func (cl *Class) construct(f *frame, s *Struct, ac []argCode, pos Position) {
	for _, b := range cl.bases {
		if !cl.explicit[b.key] {
			b.construct(f, s, nil, pos)
		}
	}
	for i := cl.ownStart; i < len(cl.fields); i++ {
		if oc := cl.fields[i].obj; oc != nil && !cl.explicit[Fold(cl.st.Fields[i].Name)] {
			s.Fields[i] = StructValue(oc.newObject(f, nil, pos))
		}
	}
	if cl.ctor != nil {
		if ac == nil {
			ac = noArgs
		}
		m := cl.ctor
		if cl.ctors != nil {
			m, ac = cl.pickCtor(f, ac)
		}
		callMethod(f, m, StructValue(s), ac, &StackEntry{Proc: m.code.name, Pos: pos})
	}
}

// destroy runs the destructors of s, most derived first, once.
func destroy(f *frame, s *Struct, pos Position) {
	st, _ := s.Native.(*objState)
	if st == nil || st.freed {
		return
	}
	st.freed = true
	if !st.destroyed {
		st.destroyed = true
		destroyAs(f, s.Type.Class, s, pos)
	}
}

func destroyAs(f *frame, cl *Class, s *Struct, pos Position) {
	if cl == nil {
		return
	}
	if cl.dtor != nil {
		callMethod(f, cl.dtor, StructValue(s), noArgs, &StackEntry{Proc: cl.dtor.code.name, Pos: pos})
	}
	for _, b := range cl.bases {
		destroyAs(f, b, s, pos)
	}
}

// selfArg is the hidden first argument of a method call: the object the
// caller put in its frame just before the call (callProc evaluates it
// first, before any other argument can make another call).
var selfArg = argCode{val: func(f *frame) Value { return f.recv }}

// withSelf prepends selfArg to a call's compiled arguments.
func withSelf(ac []argCode) []argCode {
	out := make([]argCode, len(ac)+1)
	out[0] = selfArg
	copy(out[1:], ac)
	return out
}

// noArgs are the arguments of a call without any: the receiver alone.
var noArgs = []argCode{selfArg}

// callMethod calls m on recv; acs starts with selfArg (withSelf). It
// goes through callProc like any procedure call, without allocating.
func callMethod(f *frame, m *method, recv Value, acs []argCode, site *StackEntry) Value {
	f.recv = recv
	return callProc(f, m.code, f.run.globals, acs, site)
}

// siteCache holds the call-site stack entries of one call, per target
// method (a virtual call has few), so that a call allocates none.
type siteCache struct {
	pos   Position
	items []siteItem
}

type siteItem struct {
	m    *method
	site *StackEntry
}

func (sc *siteCache) get(m *method) *StackEntry {
	for _, it := range sc.items {
		if it.m == m {
			return it.site
		}
	}
	if len(sc.items) >= 8 {
		return &StackEntry{Proc: m.code.name, Pos: sc.pos}
	}
	s := &StackEntry{Proc: m.code.name, Pos: sc.pos}
	sc.items = append(sc.items, siteItem{m, s})
	return s
}

// objectOf returns the live object held by v, raising an error for Null
// or a released object.
func objectOf(f *frame, v Value, pos Position) *Struct {
	s := v.Struct()
	if s == nil || s.Type.Class == nil {
		if v.k == KNull {
			f.run.raise(pos, codeClassNull, "L'objet n'est pas alloué (Null)", "The object is not allocated (Null)")
		}
		f.run.raise(pos, codeClassType, "Objet attendu, valeur de type "+typeName(v)+" trouvée", "Object expected, found a value of type "+typeName(v))
	}
	if st, _ := s.Native.(*objState); st != nil && st.freed {
		f.run.raise(pos, codeClassNull, "L'objet a été libéré", "The object has been released")
	}
	return s
}

// copyObject gives `=` between objects its documented meaning: every
// member is copied, except arrays, which stay shared (6010006).
func copyObject(dst *Value, src Value) {
	ss := src.Struct()
	if ss == nil {
		*dst = src
		return
	}
	ds := dst.Struct()
	if ds == nil || ds == ss {
		if ds == ss && ds != nil {
			return
		}
		n := NewStruct(ss.Type)
		ds = n
		*dst = StructValue(n)
	}
	for i := range ds.Fields {
		if i >= len(ss.Fields) {
			break
		}
		fv := ss.Fields[i]
		if ds.Type != ss.Type {
			j := ss.Type.FieldIndex(Fold(ds.Type.Fields[i].Name))
			if j < 0 {
				continue
			}
			fv = ss.Fields[j]
		}
		if fv.k == KArray || fv.k == KAssoc {
			ds.Fields[i] = fv
		} else {
			ds.Fields[i] = copyValue(fv)
		}
	}
}

// objEqual compares objects by identity, and an object with Null (a
// released object equals Null, 6010003).
func objEqual(op string, a, b Value) (bool, bool) {
	isObj := func(v Value) bool { s := v.Struct(); return s != nil && s.Type.Class != nil }
	if !isObj(a) && !isObj(b) {
		return false, false
	}
	norm := func(v Value) any {
		if s := v.Struct(); s != nil {
			if st, _ := s.Native.(*objState); st != nil && st.freed {
				return nil
			}
			return s
		}
		if v.k == KNull {
			return nil
		}
		return v
	}
	eq := norm(a) == norm(b)
	switch op {
	case "=":
		return eq, true
	case "<>":
		return !eq, true
	}
	return false, false
}
