package runtime

import (
	"bytes"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
)

// Func is a built-in function (or a method of a built-in type).
//
// One way to add a built-in: each family keeps a table ([]Func, one
// literal entry per function: names, argument count, Fallible, Fn) and
// registers it with Registry.AddFuncs; Fn reads its arguments with
// Call.Unpack (kinds, optional parameters, references), which allocates
// nothing when the arguments are right.
type Func struct {
	// Name is the French spelling as WinDev writes it; Aliases hold the
	// English name and any old spellings.
	Name    string
	Aliases []string
	// Min and Max bound the argument count; Max < 0 means variadic.
	Min, Max int
	// Fallible functions reset ErreurDétectée when called and may set it
	// with Call.Fail (non-fatal errors, SPEC §4.10).
	Fallible bool
	// ReadsError marks the functions that read the error state
	// (ErreurInfo, ExceptionInfo…): calling them leaves ErreurDétectée
	// as it is; every other call resets it (DECISIONS 9f).
	ReadsError bool
	// Fn runs the function. Args are already evaluated; an omitted
	// argument is Null and Call.Omitted tells it apart. A returned error
	// is raised as a WLangage exception (fatal error) at the call site:
	// use Call.Errorf to build it.
	Fn func(c *Call, args []Value) (Value, error)
	// Places marks the built-ins that read the places of their
	// arguments (Call.Refs, Unpack "&name": Saisie writes its answer
	// there, the array functions make an array of a Null Variant): a
	// call computes them for these alone.
	Places bool
	// Fast2, when set, serves a call with two arguments, neither omitted,
	// without the argument stacks and Call context of Fn: it reports
	// false when Fn must handle the call, before doing anything. It must
	// not fail (Ajoute(t, v) appending a scalar or a structure); the
	// run's memory poll sees what it allocates.
	Fast2 func(a, b Value) (Value, bool)
	// Control marks the built-ins that act on the control flow
	// (FinProgramme, ExceptionDéclenche...): the compiler reads the mark
	// and compiles their calls itself; Fn then only serves the calls it
	// cannot see (a method-style call).
	Control Control
}

// Control is the control-flow action of a built-in.
type Control uint8

// Control-flow built-ins (SPEC §4.9, §4.10).
const (
	CtlNone            Control = iota
	CtlEndProgram              // FinProgramme: ends the program
	CtlExceptionThrow          // ExceptionDéclenche: raises an exception
	CtlErrorThrow              // ErreurDéclenche: raises a non-fatal error
	CtlExceptionEnable         // ExceptionActive: re-arms the running handler
)

// controlFuncs are registered in every engine: the runtime implements
// them, the stdlib cannot.
var controlFuncs = []Func{
	{Name: "FinProgramme", Aliases: []string{"EndProgram"}, Min: 0, Max: -1, Control: CtlEndProgram,
		Fn: func(*Call, []Value) (Value, error) { panic(endProgram{}) }},
	{Name: "ExceptionDéclenche", Aliases: []string{"ExceptionThrow"}, Min: 1, Max: 2, Control: CtlExceptionThrow,
		Fn: func(c *Call, args []Value) (Value, error) {
			code, msg := int64(0), ""
			if err := c.Unpack(args, "code", &code, "message?", &msg); err != nil {
				return Null, err
			}
			return Null, &Error{Kind: ErrException, Pos: c.Pos, Code: int(code), FR: msg, EN: msg, Lang: c.Run.Lang}
		}},
	{Name: "ErreurDéclenche", Aliases: []string{"ErrorThrow"}, Min: 1, Max: 2, Control: CtlErrorThrow,
		Fn: func(c *Call, args []Value) (Value, error) {
			code, msg := int64(0), ""
			if err := c.Unpack(args, "code", &code, "message?", &msg); err != nil {
				return Null, err
			}
			c.Run.setError(&ErrInfo{Code: int(code), FR: msg, EN: msg, Func: "ErreurDéclenche", Pos: c.Pos})
			return Null, nil
		}},
	{Name: "ExceptionActive", Aliases: []string{"ExceptionEnable"}, Min: 0, Max: -1, Control: CtlExceptionEnable,
		Fn: func(c *Call, _ []Value) (Value, error) { c.Run.rearm = true; return Null, nil }},
}

// Const is a built-in constant.
type Const struct {
	Name    string
	Aliases []string
	Value   Value
}

// Global is a built-in variable computed from the run state, such as
// ErreurDétectée.
type Global struct {
	Name    string
	Aliases []string
	Get     func(r *Run) Value
	Set     func(r *Run, v Value) error // nil: read-only
	// Callable: WinDev also accepts the name written as a call with
	// empty parentheses (ErreurDétectée(), a function used as a variable).
	Callable bool
}

// Registry holds the built-in names of an Engine. Keys are folded
// (case- and accent-insensitive).
//
// A registry may sit on a base (see Layer): it finds the base's names
// unless it registers its own under the same key. The standard library is
// folded once per process into a base that every engine shares, so that
// making an engine costs a few allocations, not one per built-in name.
type Registry struct {
	base    *Registry // read-only once layered on; nil for a root
	funcs   map[string]*Func
	consts  map[string]*Const
	types   map[string]*Type
	globals map[string]*Global
	keyBuf  []byte // the block keys are folded into (see fold)

	// Constants are many (about 600 names with their aliases) and most
	// scripts name none: AddConst queues them and the first LookupConst
	// folds them into consts, under mu since a shared registry may be
	// read by several engines at once.
	pendingConsts []pendingConst
	lazyConsts    atomic.Bool
	mu            sync.Mutex

	// Functions too (about 1,000 names with their aliases, and a script
	// calls a few): AddFunc queues them until the first LookupFunc, which
	// notes the initial of each folded name (funcTable); each
	// initial's names are folded on the first lookup of a name with that
	// initial. A function added after the first lookup goes straight into
	// funcs, which lookups read first.
	pendingFuncs []pendingFunc
	ftab         atomic.Pointer[funcTable]
}

// NewRegistry makes a root registry holding the core types and the
// control-flow built-ins, to fill with Add* and share through Layer.
func NewRegistry() *Registry { return newRegistry() }

// Layer returns an empty registry on top of r: it finds r's names and
// keeps its own additions to itself. r must not change afterwards; many
// layers (engines) may then read it at once.
func (r *Registry) Layer() *Registry { return &Registry{base: r} }

var (
	coreOnce sync.Once
	core     *Registry
)

// coreRegistry is the root registry of runtime.NewEngine, built on first
// use (not at init) and shared by every engine without the stdlib.
func coreRegistry() *Registry {
	coreOnce.Do(func() { core = newRegistry() })
	return core
}

func newRegistry() *Registry {
	// Sized for the standard library (about 360 function and 330 constant
	// names): the maps do not grow and rehash while it registers.
	r := &Registry{pendingFuncs: make([]pendingFunc, 0, 512), types: make(map[string]*Type, 64), globals: map[string]*Global{}}
	r.AddFuncs(controlFuncs)
	for _, t := range []struct {
		t     *Type
		names []string
	}{
		{TypeInt, []string{"entier", "int", "integer"}},
		{TypeReal, []string{"réel", "real"}},
		{TypeNumeric, []string{"numérique", "numeric"}},
		{TypeCurrency, []string{"monétaire", "currency"}},
		{TypeString, []string{"chaîne", "string", "caractère", "character", "ChaîneSecrète"}},
		{TypeBool, []string{"booléen", "boolean"}},
		{TypeDuration, []string{"Durée", "duration"}},
		{TypeDate, []string{"Date"}},
		{TypeTime, []string{"Heure", "time"}},
		{TypeDateTime, []string{"DateHeure", "DateTime"}},
		{TypeBuffer, []string{"Buffer"}},
		{TypeVariant, []string{"Variant"}},
		{TypeProc, []string{"Procédure", "procedure"}},
	} {
		for _, n := range t.names {
			r.types[r.fold(n)] = t.t
		}
	}
	return r
}

// AddFunc registers a built-in function under its name and aliases.
func (r *Registry) AddFunc(f *Func) {
	if r.ftab.Load() == nil {
		r.pendingFuncs = append(r.pendingFuncs, pendingFunc{f: f})
		return
	}
	if r.funcs == nil {
		r.funcs = map[string]*Func{}
	}
	r.funcs[r.fold(f.Name)] = f
	for _, a := range f.Aliases {
		r.funcs[r.fold(a)] = f
	}
}

// AddFuncIfAbsent registers a function unless its name is already one,
// registered before it here or in the base (then its aliases are not
// registered either). Unlike testing LookupFunc first, it leaves the
// functions to be folded on first use.
func (r *Registry) AddFuncIfAbsent(f *Func) {
	if r.ftab.Load() == nil {
		r.pendingFuncs = append(r.pendingFuncs, pendingFunc{f: f, ifAbsent: true})
		return
	}
	if r.LookupFunc(r.fold(f.Name)) == nil {
		r.AddFunc(f)
	}
}

// pendingFunc is a function queued by AddFunc or AddFuncIfAbsent.
type pendingFunc struct {
	f        *Func
	ifAbsent bool
}

// AddFuncs registers a family's table of built-in functions (see Func).
// The registry keeps pointers into the table.
func (r *Registry) AddFuncs(fs []Func) {
	for i := range fs {
		r.AddFunc(&fs[i])
	}
}

// AddConst registers a constant.
func (r *Registry) AddConst(c *Const) {
	r.pendingConsts = append(r.pendingConsts, pendingConst{c: c})
	r.lazyConsts.Store(true)
}

// AddConstIfAbsent registers a constant unless its name is already one,
// registered before it here or in the base. Unlike testing LookupConst
// first, it leaves the constants to be folded on first use.
func (r *Registry) AddConstIfAbsent(c *Const) {
	r.pendingConsts = append(r.pendingConsts, pendingConst{c: c, ifAbsent: true})
	r.lazyConsts.Store(true)
}

// AddConstTable registers the constants table returns, in order, calling
// it on the first constant lookup: a family keeps its constants in a
// function, so that registering them allocates nothing per constant
// (most scripts name none; the standard library has about 330 of them)
// and the table it returns is one block the registry points into.
// table must return the same constants each time it is called.
func (r *Registry) AddConstTable(table func() []Const) {
	r.pendingConsts = append(r.pendingConsts, pendingConst{table: table})
	r.lazyConsts.Store(true)
}

// pendingConst is a constant queued by AddConst or AddConstIfAbsent, or a
// table queued by AddConstTable.
type pendingConst struct {
	c        *Const
	ifAbsent bool
	table    func() []Const
}

// constMap folds the queued constants into consts on first use.
func (r *Registry) constMap() map[string]*Const {
	if r.lazyConsts.Load() {
		r.mu.Lock()
		defer r.mu.Unlock()
		if r.lazyConsts.Load() {
			if r.consts == nil {
				r.consts = make(map[string]*Const, 2*len(r.pendingConsts))
			}
			for _, p := range r.pendingConsts {
				if p.table != nil {
					cs := p.table()
					for i := range cs {
						r.addConstKey(&cs[i], false)
					}
					continue
				}
				r.addConstKey(p.c, p.ifAbsent)
			}
			r.pendingConsts = nil
			r.lazyConsts.Store(false)
		}
	}
	return r.consts
}

// addConstKey puts c into consts under its name and aliases; ifAbsent
// skips it when its name is already there or in the base.
func (r *Registry) addConstKey(c *Const, ifAbsent bool) {
	key := r.fold(c.Name)
	if ifAbsent && (r.consts[key] != nil || r.base.LookupConst(key) != nil) {
		return
	}
	r.consts[key] = c
	for _, a := range c.Aliases {
		r.consts[r.fold(a)] = c
	}
}

// AddGlobal registers a built-in variable.
func (r *Registry) AddGlobal(g *Global) {
	if r.globals == nil {
		r.globals = map[string]*Global{}
	}
	r.globals[r.fold(g.Name)] = g
	for _, a := range g.Aliases {
		r.globals[r.fold(a)] = g
	}
}

// AddType registers a built-in type (a structure type for objects such as
// emailSessionSMTP) under its name and aliases.
func (r *Registry) AddType(t *Type, name string, aliases ...string) {
	if r.types == nil {
		r.types = map[string]*Type{}
	}
	r.types[r.fold(name)] = t
	for _, a := range aliases {
		r.types[r.fold(a)] = t
	}
}

// AddMethod registers a method of a built-in structure type; see
// StructType.AddMethod.
func (r *Registry) AddMethod(st *StructType, f *Func) { st.AddMethod(f) }

// LookupFunc finds a function by folded name.
func (r *Registry) LookupFunc(key string) *Func {
	for ; r != nil; r = r.base {
		if f := r.funcs[key]; f != nil {
			return f
		}
		if len(r.pendingFuncs) == 0 && r.ftab.Load() == nil {
			continue
		}
		b := funcBucket(key)
		t := r.funcTable()
		m := t.maps[b].Load()
		if m == nil {
			m = r.bucketMap(t, b)
		}
		if f := (*m)[key]; f != nil {
			return f
		}
	}
	return nil
}

// funcBuckets is the number of initials funcTable tells names by: A to Z,
// and one for the rest.
const funcBuckets = 27

// funcBucket returns the bucket of a folded key.
func funcBucket(key string) int {
	if key != "" && 'A' <= key[0] && key[0] <= 'Z' {
		return int(key[0] - 'A')
	}
	return funcBuckets - 1
}

// funcTable holds what the first lookup learns of the functions queued
// before it: the bucket of every name, so that a bucket's names are
// found by scanning bytes and folded on the first lookup of a name with
// that initial (bucketMap), in registration order (the last one
// registered under a name wins).
type funcTable struct {
	// buckets holds the bucket of every queued name, function by
	// function: its name, then its aliases; owner the index in
	// pendingFuncs of the function each name is of.
	buckets []uint8
	owner   []int32
	// skip records, under the registry's lock, which functions queued
	// by AddFuncIfAbsent are skipped, decided when a bucket holding one
	// of their names is first folded (skipped).
	skip map[int32]bool
	maps [funcBuckets]atomic.Pointer[map[string]*Func]
}

// funcTable returns r's table, computing the buckets of the queued names
// on first use.
func (r *Registry) funcTable() *funcTable {
	if t := r.ftab.Load(); t != nil {
		return t
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if t := r.ftab.Load(); t != nil {
		return t
	}
	n := 0
	for _, p := range r.pendingFuncs {
		n += 1 + len(p.f.Aliases)
	}
	t := &funcTable{buckets: make([]uint8, 0, n), owner: make([]int32, 0, n)}
	for i, p := range r.pendingFuncs {
		t.buckets = append(t.buckets, uint8(nameBucket(p.f.Name)))
		t.owner = append(t.owner, int32(i))
		for _, a := range p.f.Aliases {
			t.buckets = append(t.buckets, uint8(nameBucket(a)))
			t.owner = append(t.owner, int32(i))
		}
	}
	// pendingFuncs stays as it is: lookups read its length without the
	// lock (AddFunc no longer appends to it).
	r.ftab.Store(t)
	return t
}

// eachName calls fn, in registration order, for every queued name in
// bucket b among the first end names: the function's index, the name,
// and the position of the function's first name.
func (t *funcTable) eachName(r *Registry, b uint8, end int, fn func(i int32, name string, first int) bool) {
	for k := 0; k < end; k++ {
		d := bytes.IndexByte(t.buckets[k:end], b)
		if d < 0 {
			return
		}
		k += d
		i := t.owner[k]
		first := k
		for first > 0 && t.owner[first-1] == i {
			first--
		}
		f := r.pendingFuncs[i].f
		name := f.Name
		if k > first {
			name = f.Aliases[k-first-1]
		}
		if !fn(i, name, first) {
			return
		}
	}
}

// skipped reports whether the function queued i-th (by AddFuncIfAbsent,
// its first name at position first) is skipped: its name is already
// registered in the base or by a function queued before it and not
// skipped. The caller holds r.mu.
func (r *Registry) skipped(t *funcTable, i int32, first int) bool {
	if d, ok := t.skip[i]; ok {
		return d
	}
	key := r.fold(r.pendingFuncs[i].f.Name)
	found := r.base.LookupFunc(key) != nil
	if !found {
		t.eachName(r, uint8(funcBucket(key)), first, func(j int32, name string, jfirst int) bool {
			if r.pendingFuncs[j].ifAbsent && r.skipped(t, j, jfirst) {
				return true
			}
			found = r.fold(name) == key
			return !found
		})
	}
	if t.skip == nil {
		t.skip = map[int32]bool{}
	}
	t.skip[i] = found
	return found
}

// bucketMap folds the names of bucket b into its map, on first use.
func (r *Registry) bucketMap(t *funcTable, b int) *map[string]*Func {
	r.mu.Lock()
	defer r.mu.Unlock()
	if m := t.maps[b].Load(); m != nil {
		return m
	}
	m := make(map[string]*Func, bytes.Count(t.buckets, []byte{uint8(b)}))
	t.eachName(r, uint8(b), len(t.buckets), func(i int32, name string, first int) bool {
		if p := r.pendingFuncs[i]; !p.ifAbsent || !r.skipped(t, i, first) {
			m[r.fold(name)] = p.f
		}
		return true
	})
	t.maps[b].Store(&m)
	return &m
}

// LookupConst finds a constant by folded name.
func (r *Registry) LookupConst(key string) *Const {
	for ; r != nil; r = r.base {
		if c := r.constMap()[key]; c != nil {
			return c
		}
	}
	return nil
}

// LookupGlobal finds a built-in variable by folded name.
func (r *Registry) LookupGlobal(key string) *Global {
	for ; r != nil; r = r.base {
		if g := r.globals[key]; g != nil {
			return g
		}
	}
	return nil
}

// lookupType1 finds a type by exactly this folded name.
func (r *Registry) lookupType1(key string) *Type {
	for ; r != nil; r = r.base {
		if t := r.types[key]; t != nil {
			return t
		}
	}
	return nil
}

// LookupType finds a type by folded name, singular or plural.
func (r *Registry) LookupType(key string) *Type {
	if t := r.lookupType1(key); t != nil {
		return t
	}
	if strings.HasSuffix(key, "S") {
		if t := r.lookupType1(key[:len(key)-1]); t != nil {
			return t
		}
	}
	if strings.HasSuffix(key, "X") {
		if t := r.lookupType1(key[:len(key)-1]); t != nil {
			return t
		}
	}
	return nil
}

// Call is what a built-in function receives besides its arguments.
type Call struct {
	Run  *Run
	Name string // the spelling used by the script
	Pos  Position
	// Omitted[i] is true when argument i was left out (`*` or empty).
	Omitted []bool
	// Refs[i], when not nil, points at the caller's variable passed as
	// argument i (for functions that write back).
	Refs []*Value
}

// Errorf builds a fatal error (an exception) positioned at the call.
func (c *Call) Errorf(code int, fr, en string, args ...any) *Error {
	return c.Run.newError(c.Pos, code, fmt.Sprintf(fr, args...), fmt.Sprintf(en, args...))
}

// Fail records a non-fatal error: ErreurDétectée becomes Vrai and
// ErreurInfo returns the message (French or English by the run's
// language). The function then returns its failure value.
func (c *Call) Fail(code int, fr, en string) {
	c.Run.setError(&ErrInfo{Code: code, FR: fr, EN: en, Func: c.Name, Pos: c.Pos})
}

// Omit reports whether argument i was omitted or not given at all.
func (c *Call) Omit(args []Value, i int) bool {
	return i >= len(args) || (i < len(c.Omitted) && c.Omitted[i])
}

// Eval runs the top-level code of p, compiled by r's engine, within r:
// the run's state (ErreurDétectée, open files, chronometers) carries over
// from one program to the next, as in a read-eval-print loop, and the
// run's end handlers do not run. It returns the value of a top-level
// RENVOYER. The stdlib tests call built-ins this way, through the same
// compile-time and run-time checks as scripts.
func (r *Run) Eval(p *Program) (v Value, err error) {
	if p.eng != r.eng {
		return Null, fmt.Errorf("Run.Eval: program of another engine")
	}
	main := p.main
	f := &frame{locals: make([]Value, main.nlocals), run: r, proc: main}
	prog, globals, depth, calls, mark := r.prog, r.globals, r.depth, len(r.calls), r.builtinMark()
	r.prog, r.globals = p, f
	defer func() {
		r.prog, r.globals, r.depth, r.calls = prog, globals, depth, r.calls[:calls]
		r.cutBuiltins(mark)
		if x := recover(); x != nil {
			switch x := x.(type) {
			case *throw:
				err = x.err
			case endProgram:
			default:
				err = &Error{Kind: ErrInternal, Pos: f.pos, FR: fmt.Sprintf("Erreur interne : %v", x), EN: fmt.Sprintf("Internal error: %v", x), Lang: r.Lang}
			}
		}
	}()
	main.body(f)
	return f.ret, nil
}
