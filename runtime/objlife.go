package runtime

// The lifetime of objects (6010002 "Durée de vie d'un objet", 6010003,
// 6010001, 1511012 Libérer):
//
//   - an object, automatic or dynamic, is destroyed (its destructor runs)
//     when no variable refers to it any more: "le WLangage détruit
//     automatiquement les objets qui ne sont plus utilisés par aucune
//     variable" (6010002). At the end of a traitement only its local
//     references are released: an object another variable, an array or a
//     structure still refers to lives on;
//   - an object declared in a loop is allocated again at each iteration;
//     the previous one is released with its reference (6010002);
//   - `libérer o` destroys the object at once, whatever refers to it; its
//     other references then compare equal to Null (6010003) and using them
//     is an error (objectOf);
//   - `o = Null` releases o's reference: the object is destroyed when it
//     was the last one (decision: the pages call it a way to free the
//     object; as with any other variable going away, the object is
//     destroyed only when nothing else refers to it);
//   - objects that refer to each other in a cycle are not destroyed
//     automatically: LIBERER is documented as the way to destroy them
//     (6010002, "objets qui se référencent de manière cyclique").
//
// Only the objects of a class with a destructor that does something (its
// own or an ancestor's) are followed: for the others destruction is not
// observable and Go's collector frees them. The references are not
// counted on every copy of a value: the runtime finds, at the points
// where a reference goes away (the end of a traitement, an assignment to
// an object variable, a new iteration of a declaration, LIBERER), which
// followed objects no running traitement can reach any more, and destroys
// them as reference counting would: an object before the objects only it
// refers to, several unrelated objects the newest first, cycles never.
// When the references released are still reached (searched from the
// innermost traitement, its newest variables and an array's last
// elements first, stopping when all are found) nothing is marked.
// What a running expression holds only in a temporary is not seen: an
// object returned by a call and used in the same expression may be
// destroyed at the end of a traitement that expression calls next.

// objHeap is the run's bookkeeping of followed objects.
type objHeap struct {
	// frames are the traitements running, outermost first (pushed by
	// the compiled body of every traitement, scopeEnd).
	frames []*frame
	// building are the objects being constructed: reachable before any
	// variable refers to them.
	building []*Struct
	// tracked are the followed objects not destroyed yet, in allocation
	// order.
	tracked []*Struct
	busy    bool
	// pending: a traitement was left by an exception, its locals were
	// released without a look at what they held.
	pending bool
	// scratch is the marker of the short searches (scratchMarker).
	scratch marker
	// epoch numbers the markings: an object reached by the current one
	// carries it (objState.mark), so that a marking allocates nothing
	// for objects.
	epoch uint32
}

// objState is the hidden state of an object: released by libérer
// (unusable: its references compare equal to Null), or destroyed when
// nothing referred to it any more (its destructor ran).
type objState struct {
	freed, destroyed bool
	mark             uint32 // the last marking that reached it (objlife.go)
}

type heapKey struct{}

func heapOf(r *Run) *objHeap {
	return r.State(heapKey{}, func() any { return &objHeap{} }).(*objHeap)
}

// computeTracked marks the classes whose objects are followed: those
// with a destructor, their own or an ancestor's.
func (cs *classState) computeTracked() {
	var has func(cl *Class, depth int) bool
	has = func(cl *Class, depth int) bool {
		if cl.dtor != nil && len(cl.dtor.decl.Body) > 0 {
			// An empty destructor (the editor creates one for every
			// class, 6010006) is not observable.
			return true
		}
		if depth > 64 { // circular inheritance is reported elsewhere
			return false
		}
		for _, b := range cl.bases {
			if has(b, depth+1) {
				return true
			}
		}
		return false
	}
	for _, cl := range cs.order {
		cl.tracked = has(cl, 0)
		if cl.tracked {
			cs.lifetime = true
		}
	}
	for _, cl := range cs.order {
		cl.life = cs.lifetime
	}
}

// track follows s when its class has a destructor.
func track(f *frame, s *Struct) {
	if s == nil || s.Type.Class == nil || !s.Type.Class.tracked {
		return
	}
	h := heapOf(f.run)
	h.tracked = append(h.tracked, s)
}

// objStateOf returns the lifetime state of an object.
func objStateOf(s *Struct) *objState {
	st, _ := s.Native.(*objState)
	return st
}

// release is called after a reference held in a place was replaced
// (old is the value it held): when old could lead to a followed object,
// the objects nothing reaches any more are destroyed.
// rebind makes the variable p points to hold v (a reference, or Null)
// and, when objects have a lifetime, releases the reference it held.
func rebind(f *frame, p *Value, v Value, life bool, pos Position) {
	old := *p
	*p = v
	if life {
		release(f, old, pos)
	}
}

func release(f *frame, old Value, pos Position) {
	switch old.Kind() {
	case KStruct, KArray, KAssoc, KTuple:
	default:
		return
	}
	h := heapOf(f.run)
	if len(h.tracked) > 0 && !h.busy && (h.pending || h.leadsToTracked([]Value{old}) && !h.stillReached(f.run, Null, []Value{old})) {
		h.collect(f, Null, []Value{old}, pos)
	}
}

// stillReached reports whether the roots still reach every one of vs
// (extra is a root besides the running traitements): then releasing them
// destroys nothing, and no full marking is needed. The search goes from
// the innermost traitement, its newest variables first, and stops as soon
// as all are found: appending to an array or a list keeps it short.
func (h *objHeap) stillReached(r *Run, extra Value, vs []Value) bool {
	m := h.scratchMarker()
	if m.targets == nil {
		m.targets = map[any]bool{}
	}
	for _, v := range vs {
		if id := identity(v); id != nil && !m.targets[id] {
			m.targets[id] = true
			m.left++
		}
	}
	if m.left == 0 {
		return true
	}
	m.value(extra)
	for i := len(h.frames) - 1; i >= 0 && !m.found; i-- {
		m.frame(h.frames[i])
	}
	for i := len(h.building) - 1; i >= 0 && !m.found; i-- {
		m.value(StructValue(h.building[i]))
	}
	for i := range r.argStack {
		if m.found {
			break
		}
		m.value(r.argStack[i])
	}
	return m.found
}

// leadsToTracked reports whether the values lead to a followed object not
// destroyed yet: when none does, releasing them destroys nothing.
func (h *objHeap) leadsToTracked(vs []Value) bool {
	m := h.scratchMarker()
	m.stopAtTracked = true
	for _, v := range vs {
		m.value(v)
		if m.found {
			return true
		}
	}
	return false
}

// lifetimeBody wraps the body of a traitement when the program has
// followed objects: the traitement's frame is a root while it runs; when
// it ends, its local references go away (its result stays reachable).
func lifetimeBody(body stmtFn) stmtFn {
	return func(f *frame) ctl {
		h := heapOf(f.run)
		r := h.runFramed(f, body)
		if len(h.tracked) > 0 && !h.busy && h.pending {
			// Traitements left by an exception released their locals.
			h.collect(f, f.ret, nil, f.proc.pos)
		} else if len(h.tracked) > 0 && !h.busy && holdsContainer(f) {
			// The locals go in the reverse order of their declaration;
			// the parameters are the caller's (or copies of its values).
			dying := make([]Value, 0, len(f.locals))
			for i := len(f.locals) - 1; i >= f.proc.nparams; i-- {
				dying = append(dying, f.locals[i])
			}
			var followed []Value
			for _, v := range dying {
				if h.leadsToTracked([]Value{v}) {
					followed = append(followed, v)
				}
			}
			if len(followed) > 0 && !h.stillReached(f.run, f.ret, followed) {
				h.collect(f, f.ret, dying, f.proc.pos)
			}
		}
		return r
	}
}

// runFramed runs body with f among the roots, until it returns or an
// exception leaves it.
func (h *objHeap) runFramed(f *frame, body stmtFn) ctl {
	n := len(h.frames)
	h.frames = append(h.frames, f)
	done := false
	defer func() {
		h.frames = h.frames[:n]
		if !done {
			h.pending = true // an exception: the next collection marks all
		}
	}()
	r := body(f)
	done = true
	return r
}

// construct runs cl's construction of s with s among the roots, until it
// returns or an exception leaves it.
func (h *objHeap) construct(f *frame, cl *Class, s *Struct, ac []argCode, pos Position) {
	n := len(h.building)
	h.building = append(h.building, s)
	defer func() { h.building = h.building[:n] }()
	cl.construct(f, s, ac, pos)
}

// holdsContainer reports whether a frame's own values could refer to an
// object.
func holdsContainer(f *frame) bool {
	for i := f.proc.nparams; i < len(f.locals); i++ {
		switch f.locals[i].Kind() {
		case KStruct, KArray, KAssoc, KTuple:
			return true
		}
	}
	return false
}

// marker visits what the roots reach.
type marker struct {
	epoch uint32
	seen  map[any]bool // the arrays and plain structures reached
	// stopAtTracked ends the visit at the first followed object not
	// destroyed (found).
	stopAtTracked, found bool
	todo                 []Value
	// targets are the containers stillReached looks for; left counts
	// those not found yet (found once none is left).
	targets map[any]bool
	left    int
}

func (h *objHeap) newMarker() *marker {
	return &marker{epoch: h.nextEpoch(), seen: map[any]bool{}}
}

// nextEpoch numbers a new marking.
func (h *objHeap) nextEpoch() uint32 {
	h.epoch++
	if h.epoch == 0 {
		// Wrapped around: no object may keep a mark of the new round.
		for _, s := range h.tracked {
			if st := objStateOf(s); st != nil {
				st.mark = 0
			}
		}
		h.epoch = 1
	}
	return h.epoch
}

// scratchMarker is newMarker for the short searches made at every release
// (leadsToTracked, stillReached): one marker reused, so that they allocate
// nothing once warm. They never nest (busy keeps collections apart).
func (h *objHeap) scratchMarker() *marker {
	m := &h.scratch
	if m.seen == nil {
		m.seen = map[any]bool{}
	}
	clear(m.seen)
	clear(m.targets)
	m.epoch, m.stopAtTracked, m.found, m.left, m.todo = h.nextEpoch(), false, false, 0, m.todo[:0]
	return m
}

// reached reports whether the marking reached the container id.
func (m *marker) reached(id any) bool {
	if s, ok := id.(*Struct); ok {
		if st := objStateOf(s); st != nil {
			return st.mark == m.epoch
		}
	}
	return m.seen[id]
}

func (m *marker) value(v Value) {
	// An explicit stack: a list of a million objects is as deep.
	m.push(v)
	for len(m.todo) > 0 && !m.found {
		x := m.todo[len(m.todo)-1]
		m.todo = m.todo[:len(m.todo)-1]
		m.visit(x)
	}
	m.todo = m.todo[:0]
}

func (m *marker) push(v Value) {
	switch v.Kind() {
	case KStruct, KArray, KAssoc, KTuple:
		if m.left > 0 {
			if id := identity(v); id != nil && m.targets[id] {
				delete(m.targets, id)
				if m.left--; m.left == 0 {
					m.found = true
				}
			}
		}
		m.todo = append(m.todo, v)
	}
}

// visit marks one container and pushes what it holds.
func (m *marker) visit(v Value) {
	switch v.Kind() {
	case KStruct:
		s := v.Struct()
		if s == nil {
			return
		}
		if st := objStateOf(s); st != nil {
			if st.mark == m.epoch {
				return
			}
			st.mark = m.epoch
			if st.freed || st.destroyed {
				return // a destroyed object holds nothing any more
			}
			if m.stopAtTracked && s.Type.Class != nil && s.Type.Class.tracked {
				m.found = true
				return
			}
		} else {
			if m.seen[s] {
				return
			}
			m.seen[s] = true
		}
		for i := range s.Fields {
			m.push(s.Fields[i])
		}
	case KArray:
		a := v.arrayRaw() // an unboxed array holds no object
		if a == nil || m.seen[a] || !mayHoldObjects(a.Elem) {
			return
		}
		m.seen[a] = true
		for i := len(a.Data) - 1; i >= 0 && !m.found; i-- {
			m.push(a.Data[i])
		}
	case KAssoc:
		a := v.Assoc()
		if a == nil || m.seen[a] || !mayHoldObjects(a.Elem) {
			return
		}
		m.seen[a] = true
		for i := range a.Vals {
			m.push(a.Vals[i])
		}
	case KTuple:
		for _, x := range v.TupleValues() {
			m.push(x)
		}
	}
}

// mayHoldObjects reports whether values of type t can refer to an object.
func mayHoldObjects(t *Type) bool {
	if t == nil || t.Any {
		return true
	}
	switch t.Kind {
	case KStruct, KArray, KAssoc, KNull, KTuple:
		return true
	}
	return false
}

// children lists the containers a garbage container refers to directly,
// in field / element order.
func children(v Value, out []Value) []Value {
	add := func(x Value) []Value {
		switch x.Kind() {
		case KStruct, KArray, KAssoc:
			return append(out, x)
		case KTuple:
			for _, y := range x.TupleValues() {
				out = children(Tuple([]Value{y}), out)
			}
		}
		return out
	}
	switch v.Kind() {
	case KStruct:
		s := v.Struct()
		if st := objStateOf(s); st != nil && (st.freed || st.destroyed) {
			return out
		}
		for i := range s.Fields {
			out = add(s.Fields[i])
		}
	case KArray:
		a := v.arrayRaw() // an unboxed array holds no object
		if mayHoldObjects(a.Elem) {
			for i := range a.Data {
				out = add(a.Data[i])
			}
		}
	case KAssoc:
		a := v.Assoc()
		if mayHoldObjects(a.Elem) {
			for i := range a.Vals {
				out = add(a.Vals[i])
			}
		}
	case KTuple:
		for _, y := range v.TupleValues() {
			out = add(y)
		}
	}
	return out
}

func identity(v Value) any {
	switch v.Kind() {
	case KStruct:
		return v.Struct()
	case KArray:
		return v.arrayRaw()
	case KAssoc:
		return v.Assoc()
	}
	return nil
}

// collect destroys the followed objects no root reaches, as reference
// counting would (see the top of this file). extra is a root besides the
// running traitements: the result of the traitement that just ended.
// dying are the references that just went away, in the order they are
// released: what they lead to is destroyed in that order (an array's
// elements in index order), then the rest, newest first.
func (h *objHeap) collect(f *frame, extra Value, dying []Value, pos Position) {
	r := f.run
	h.busy, h.pending = true, false
	defer func() { h.busy = false }()
	for round := 0; len(h.tracked) > 0; round++ {
		m := h.newMarker()
		for _, fr := range h.frames {
			m.frame(fr)
		}
		for _, s := range h.building {
			m.value(StructValue(s))
		}
		m.value(extra) // in every round: the result outlives the destructors
		for i := range r.argStack {
			m.value(r.argStack[i])
		}
		// The garbage: followed objects not reached, newest first.
		var garbage []*Struct
		live := h.tracked[:0]
		for _, s := range h.tracked {
			st := objStateOf(s)
			switch {
			case st == nil || st.freed || st.destroyed:
			case m.reached(s):
				live = append(live, s)
			default:
				garbage = append(garbage, s)
			}
		}
		// live aliases tracked: keep the garbage list apart first.
		h.tracked = live
		if len(garbage) == 0 {
			return
		}
		for i, j := 0, len(garbage)-1; i < j; i, j = i+1, j-1 {
			garbage[i], garbage[j] = garbage[j], garbage[i]
		}
		// The garbage graph: what the garbage objects reach that no root
		// reaches, with how many garbage containers refer to each.
		indeg := map[any]int{}
		edges := map[any][]Value{}
		var todo []Value
		walk := func(v Value) {
			todo = append(todo[:0], v)
			for len(todo) > 0 {
				v := todo[len(todo)-1]
				todo = todo[:len(todo)-1]
				id := identity(v)
				if _, done := edges[id]; done {
					continue
				}
				var keep []Value
				for _, k := range children(v, nil) {
					kid := identity(k)
					if kid == nil || m.reached(kid) {
						continue
					}
					keep = append(keep, k)
					indeg[kid]++
				}
				edges[id] = keep
				todo = append(todo, keep...)
			}
		}
		var starts []Value
		if round == 0 {
			for _, v := range dying {
				if id := identity(v); id != nil && !m.reached(id) {
					starts = append(starts, v)
				}
			}
		}
		for _, s := range garbage {
			starts = append(starts, StructValue(s))
		}
		for _, v := range starts {
			walk(v)
		}
		// Release from the garbage nothing else refers to, down to what
		// only it referred to: a cycle is never released.
		var queue []Value
		queued := map[any]bool{}
		for _, v := range starts {
			if id := identity(v); indeg[id] == 0 && !queued[id] {
				queued[id] = true
				queue = append(queue, v)
			}
		}
		destroyed := 0
		for len(queue) > 0 {
			v := queue[0]
			queue = queue[1:]
			if s := v.Struct(); s != nil && s.Type.Class != nil && s.Type.Class.tracked {
				if st := objStateOf(s); st != nil && !st.destroyed && !st.freed {
					st.destroyed = true
					destroyed++
					destroyAs(f, s.Type.Class, s, pos)
				}
			}
			for _, k := range edges[identity(v)] {
				kid := identity(k)
				if indeg[kid]--; indeg[kid] == 0 {
					queue = append(queue, k)
				}
			}
		}
		if destroyed == 0 {
			return // only cycles are left: never destroyed (6010002)
		}
		// Destructors may have released more: look again. Objects in a
		// cycle stay out of the list: nothing reaches them any more.
	}
}

func (m *marker) frame(fr *frame) {
	for i := len(fr.locals) - 1; i >= 0 && !m.found; i-- {
		m.value(fr.locals[i])
	}
	if fr.byRef {
		for _, p := range fr.refs {
			if p != nil {
				m.value(*p)
			}
		}
	}
	m.value(fr.ret)
	// Not fr.recv: the receiver of the last method call made from the
	// frame, which the callee's frame holds while it runs.
	for i := range fr.args {
		m.value(fr.args[i])
	}
}
