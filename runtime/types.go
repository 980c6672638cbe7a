package runtime

import (
	"slices"
	"sync"
	"sync/atomic"

	"github.com/wlangage/wl/lexer"
)

// Type is a declared WLangage type.
type Type struct {
	Kind   Kind
	Name   string // as WinDev spells it, for messages
	Bits   int    // entier: 32 (default) or 64 (`sur 8 octets`); 0 = unchecked
	Elem   *Type  // arrays: element type
	Dims   []int  // fixed array dimensions (empty: dynamic)
	Grow   int    // <agrandissement=N>
	Struct *StructType
	Any    bool // Variant: no conversion at assignment
	// numérique (IntDigits, Decimals) as declared (doc 1514072); NumAuto
	// is numérique (*), whose values keep their own decimals.
	IntDigits, Decimals int
	NumAuto             bool
	Unsigned            bool // entier sans signe
	// Dynamic is a dynamic object variable (`C dynamique`, 6010003):
	// Null until allocated, `=` takes a reference.
	Dynamic bool
	// Enum is the enumeration or combination of its values (enum.go).
	Enum *EnumType
	// Assoc holds the options of an associative array (assocopts.go),
	// nil when none is given.
	Assoc *AssocSpec
}

// Built-in scalar types.
var (
	TypeVariant  = &Type{Kind: KNull, Name: "Variant", Any: true}
	TypeInt      = &Type{Kind: KInt, Name: "entier", Bits: 32}
	TypeInt64    = &Type{Kind: KInt, Name: "entier sur 8 octets", Bits: 64}
	TypeReal     = &Type{Kind: KReal, Name: "réel"}
	TypeNumeric  = &Type{Kind: KNumeric, Name: "numérique", IntDigits: numericDefaultInt, Decimals: numericDefaultScale}
	TypeCurrency = &Type{Kind: KCurrency, Name: "monétaire"}
	TypeString   = &Type{Kind: KString, Name: "chaîne"}
	TypeBool     = &Type{Kind: KBool, Name: "booléen"}
	TypeDuration = &Type{Kind: KDuration, Name: "Durée"}
	TypeDate     = &Type{Kind: KDate, Name: "Date"}
	TypeTime     = &Type{Kind: KTime, Name: "Heure"}
	TypeDateTime = &Type{Kind: KDateTime, Name: "DateHeure"}
	TypeBuffer   = &Type{Kind: KBuffer, Name: "Buffer"}
	TypeProc     = &Type{Kind: KProc, Name: "Procédure"}

	// TypeReal4 is `réel sur 4 octets`: 6 significant digits (doc 1514048).
	TypeReal4 = &Type{Kind: KReal, Name: "réel sur 4 octets", Bits: 32}
)

// NumericType returns the type numérique (intDigits, decimals) — 0 for
// either means its default (32, 6) — or numérique (*) when auto is set
// (doc 1514072).
func NumericType(intDigits, decimals int, auto bool) *Type {
	if auto {
		return &Type{Kind: KNumeric, Name: "numérique (*)", NumAuto: true}
	}
	if intDigits <= 0 {
		intDigits = numericDefaultInt
	}
	if decimals <= 0 {
		decimals = numericDefaultScale
	}
	if decimals > numericDigits {
		decimals = numericDigits
	}
	if intDigits == numericDefaultInt && decimals == numericDefaultScale {
		return TypeNumeric
	}
	return &Type{Kind: KNumeric, Name: "numérique", IntDigits: intDigits, Decimals: decimals}
}

// Field is one member of a structure type.
type Field struct {
	Name    string
	Aliases []string
	Type    *Type
	Default func() Value // nil: the type's default
}

// StructType is a structure, declared in a script or by the stdlib (the
// built-in object types such as emailSessionSMTP are structures whose
// methods and hidden state live in Go).
type StructType struct {
	Name   string
	Fields []Field
	index  map[string]int
	names  []string // folded field names, when a scan beats index
	once   sync.Once
	// The methods (AddMethod) are queued and folded into methods on the
	// first lookup (Method): the e-mail types' 200 names cost nothing at
	// start-up when a script calls none.
	pending   []*Func
	methods   map[string]*Func
	methodsOK atomic.Bool // pending folded into methods
	// New, when set, initialises the hidden Go state of a new value.
	New func(s *Struct)
	// OnSet, when set, is called after a field is written (validation).
	OnSet func(s *Struct, field int)
	// Class, when set, makes the values of this type objects (class.go).
	Class *Class
}

// AddMethod adds a method. Types are shared by every engine: call it at
// package initialisation (or in a family's Install), never while
// programs run.
func (st *StructType) AddMethod(f *Func) {
	if st.methodsOK.Load() {
		methodKeys.Lock()
		defer methodKeys.Unlock()
		st.addMethodKeys(f)
		return
	}
	st.pending = append(st.pending, f)
}

// Method returns the method whose folded name or alias is key, or nil.
func (st *StructType) Method(key string) *Func {
	if !st.methodsOK.Load() {
		st.foldMethods()
	}
	return st.methods[key]
}

// foldMethods folds the queued methods into methods, in the order they
// were added (the last one registered under a name wins).
func (st *StructType) foldMethods() {
	methodKeys.Lock()
	defer methodKeys.Unlock()
	if st.methodsOK.Load() {
		return
	}
	for _, f := range st.pending {
		st.addMethodKeys(f)
	}
	st.pending = nil
	st.methodsOK.Store(true)
}

// addMethodKeys puts f into methods under its name and aliases; the
// caller holds methodKeys.
func (st *StructType) addMethodKeys(f *Func) {
	if st.methods == nil {
		st.methods = map[string]*Func{}
	}
	st.methods[methodKeys.r.fold(f.Name)] = f
	for _, a := range f.Aliases {
		st.methods[methodKeys.r.fold(a)] = f
	}
}

// methodKeys folds the names of methods into shared blocks, as a
// registry folds its keys (Registry.fold): the e-mail types' methods
// cost no allocation per name at start-up.
var methodKeys struct {
	sync.Mutex
	r Registry
}

// FieldIndex returns the index of the field whose folded name or alias is
// key, or -1.
func (st *StructType) FieldIndex(key string) int {
	st.once.Do(st.buildIndex)
	if st.names != nil {
		// Backwards, so that a repeated name resolves as in the map
		// (the last field wins).
		for i := len(st.names) - 1; i >= 0; i-- {
			if st.names[i] == key {
				return i
			}
		}
		return -1
	}
	if i, ok := st.index[key]; ok {
		return i
	}
	return -1
}

func (st *StructType) buildIndex() {
	st.index = map[string]int{}
	for i, f := range st.Fields {
		st.index[Fold(f.Name)] = i
		for _, a := range f.Aliases {
			st.index[Fold(a)] = i
		}
	}
	// A few fields without aliases are found faster by a scan of their
	// folded names than by hashing the key.
	if len(st.Fields) > 8 {
		return
	}
	names := make([]string, len(st.Fields))
	for i, f := range st.Fields {
		if len(f.Aliases) > 0 {
			return
		}
		names[i] = Fold(f.Name)
	}
	st.names = names
}

// Struct is a structure value; Native holds the Go state of built-in
// object types.
type Struct struct {
	Type   *StructType
	Fields []Value
	Native any
}

// NewStruct makes a structure with every field at its default.
func NewStruct(st *StructType) *Struct {
	s := allocStruct(len(st.Fields))
	s.Type = st
	for i, f := range st.Fields {
		if f.Default != nil {
			s.Fields[i] = f.Default()
		} else {
			s.Fields[i] = Zero(f.Type)
		}
	}
	if st.New != nil {
		st.New(s)
	}
	return s
}

// Get returns the field whose folded name is key.
func (s *Struct) Get(key string) (Value, bool) {
	i := s.Type.FieldIndex(key)
	if i < 0 {
		return Null, false
	}
	return s.Fields[i], true
}

// Set writes the field whose folded name is key (converted to its type).
func (s *Struct) Set(key string, v Value) bool {
	i := s.Type.FieldIndex(key)
	if i < 0 {
		return false
	}
	s.Fields[i] = convertLoose(v, s.Type.Fields[i].Type)
	return true
}

// allocStruct makes a structure of n zero fields; small structures get
// their fields in the same allocation (one instead of two per copy).
func allocStruct(n int) *Struct {
	if n < len(allocSmall) && allocSmall[n] != nil {
		return allocSmall[n]()
	}
	return &Struct{Fields: make([]Value, n)}
}

// allocSmall[n] allocates a structure of n fields in one allocation.
var allocSmall = [...]func() *Struct{
	1: func() *Struct { return allocInline(func(f *[1]Value) []Value { return f[:] }) },
	2: func() *Struct { return allocInline(func(f *[2]Value) []Value { return f[:] }) },
	3: func() *Struct { return allocInline(func(f *[3]Value) []Value { return f[:] }) },
	4: func() *Struct { return allocInline(func(f *[4]Value) []Value { return f[:] }) },
}

// allocInline allocates a Struct together with its fields, an array A
// that fields slices.
func allocInline[A any](fields func(*A) []Value) *Struct {
	b := new(struct {
		s Struct
		f A
	})
	b.s.Fields = fields(&b.f)
	return &b.s
}

// clone copies a structure (value semantics of `=`).
func (s *Struct) clone() *Struct {
	c := allocStruct(len(s.Fields))
	c.Type, c.Native = s.Type, s.Native
	copyValues(c.Fields, s.Fields)
	return c
}

// Array is a 1-based array. Multi-dimensional arrays are stored row-major.
type Array struct {
	Elem *Type
	Data []Value
	Dims []int // nil/1 element for one dimension
	Grow int
	// slab holds the spare room of the block the structures appended to
	// the array are copied into (structSlab).
	slab structSlab
	// unboxed: the elements are the int64 payloads in ints and Data is
	// empty (unboxed.go); only code that reaches the array through
	// Value.arrayRaw sees this form.
	unboxed bool
	ints    []int64
	// live is the structure a POUR TOUT gives as element liveAt of an
	// unboxed array of structures while its turn runs (loops.go):
	// boxing the array makes it that element.
	live   *Struct
	liveAt int
}

// NewArray makes an array of n elements at their default value.
func NewArray(elem *Type, n int) *Array {
	a := &Array{Elem: elem, Data: make([]Value, n)}
	for i := range a.Data {
		a.Data[i] = Zero(elem)
	}
	return a
}

// Len returns the element count (Occurrence).
func (a *Array) Len() int {
	if a.unboxed {
		if a.Elem.Kind == KStruct {
			return len(a.ints) / len(a.Elem.Struct.Fields)
		}
		return len(a.ints)
	}
	return len(a.Data)
}

// Append adds v and returns the new 1-based index.
func (a *Array) Append(v Value) int {
	a.box()
	a.room(1)
	if v.k == KStruct && a.Elem != nil && a.Elem.Kind == KStruct && !a.Elem.Any {
		// The copy convertLoose would make, in the array's block.
		if s := v.Struct(); s != nil && s.Type.New == nil {
			a.Data = append(a.Data, StructValue(a.slab.clone(s, len(a.Data))))
			return len(a.Data)
		}
	}
	a.Data = append(a.Data, convertLoose(v, a.Elem))
	return len(a.Data)
}

// structSlab allocates the copies of structures appended to an array in
// blocks (one for the headers, one for the fields) instead of one heap
// object per element: fewer allocations, and fewer, larger objects for
// the garbage collector to find and scan. A block lives as long as one
// of its structures is referenced.
type structSlab struct {
	hdrs   []Struct
	fields []Value
}

// maxSlab is the most structures a block holds; blocks start small and
// grow with the array, so that a short array wastes little.
const maxSlab = 256

// clone copies s into the slab; n, the array's length, sizes a new block.
func (sl *structSlab) clone(s *Struct, n int) *Struct {
	nf := len(s.Fields)
	size := min(max(n, 4), maxSlab)
	if len(sl.hdrs) == cap(sl.hdrs) {
		sl.hdrs = make([]Struct, 0, size)
	}
	if cap(sl.fields)-len(sl.fields) < nf {
		sl.fields = make([]Value, 0, size*nf)
	}
	sl.hdrs = sl.hdrs[:len(sl.hdrs)+1]
	c := &sl.hdrs[len(sl.hdrs)-1]
	at := len(sl.fields)
	sl.fields = sl.fields[:at+nf]
	c.Type, c.Native, c.Fields = s.Type, s.Native, sl.fields[at:at+nf:at+nf]
	copyValues(c.Fields, s.Fields)
	return c
}

// doubleFrom is the length from which a full array doubles its capacity
// instead of following append's factor of about 1.25 (doubling is what
// Lua's C tables do too). Appending 1e6 elements one by one then copies
// the array about 10 times instead of 30 and leaves a quarter of the
// garbage, and
// the peak memory of the process falls by about a third (measured with
// the peer kit's memint and memstr, and at 0.6e6 and 1.7e6 elements),
// for at most half the capacity unused.
const doubleFrom = 1024

// room makes room for n more elements, doubling a large array's capacity
// when it is full.
func (a *Array) room(n int) {
	l := len(a.Data)
	if l+n <= cap(a.Data) || l < doubleFrom {
		return
	}
	a.Data = slices.Grow(a.Data, max(n, l))
}

func (a *Array) clone() *Array {
	if a.live != nil {
		// A POUR TOUT left by an exception holds an element (loops.go).
		a.box()
	}
	if a.unboxed {
		return &Array{Elem: a.Elem, Dims: a.Dims, Grow: a.Grow, unboxed: true, ints: slices.Clone(a.ints)}
	}
	c := &Array{Elem: a.Elem, Data: make([]Value, len(a.Data)), Dims: a.Dims, Grow: a.Grow}
	copyValues(c.Data, a.Data)
	return c
}

// Zero returns the default value of a type: 0, "", Faux, empty arrays,
// structures with default members (DECISIONS 6).
func Zero(t *Type) Value {
	if t == nil || t.Any {
		return Null
	}
	switch t.Kind {
	case KInt:
		return Int(0)
	case KReal:
		return Real(0)
	case KCurrency:
		return Value{k: KCurrency, attrs: attrs{sc: currencyScale}}
	case KNumeric:
		if t.NumAuto {
			return Value{k: KNumeric}
		}
		return Value{k: KNumeric, attrs: attrs{sc: uint8(t.Decimals)}}
	case KString:
		return Str("")
	case KBool:
		return Bool(false)
	case KDuration:
		return Duration(0)
	case KDate:
		return Value{k: KDate, n: today()}
	case KTime:
		return Value{k: KTime, n: nowMillis()}
	case KDateTime:
		return Value{k: KDateTime, n: mkDT(today(), nowMillis())}
	case KBuffer:
		return Value{k: KBuffer}
	case KArray:
		n := 1
		for _, d := range t.Dims {
			n *= d
		}
		if len(t.Dims) == 0 {
			if unboxable(t.Elem) {
				a := newUnboxed(t.Elem)
				a.Grow = t.Grow
				return ArrayValue(a)
			}
			n = 0
		}
		a := NewArray(t.Elem, n)
		a.Dims, a.Grow = t.Dims, t.Grow
		return ArrayValue(a)
	case KAssoc:
		return AssocValue(newAssocOf(t))
	case KStruct:
		if t.Dynamic {
			return Null
		}
		return StructValue(NewStruct(t.Struct))
	}
	return Null
}

// zeroRun is Zero with the run's clock: Date, Heure and DateHeure start
// at the current date and time of the run (doc 1514066, 1514068,
// 1514070), which tests fix through Options.Now.
func zeroRun(r *Run, t *Type) Value {
	if r != nil && t != nil && !t.Any {
		switch t.Kind {
		case KDate, KTime, KDateTime:
			return nowValue(r.Now(), t.Kind)
		}
	}
	return Zero(t)
}

// copyValue gives the value semantics of `=` for structures; arrays are
// copied too (WLangage copies arrays on `=`).
func copyValue(v Value) Value {
	switch v.k {
	case KStruct:
		if s := v.Struct(); s != nil && s.Type.New == nil {
			return StructValue(s.clone())
		}
	case KArray:
		return ArrayValue(v.arrayRaw().clone())
	case KAssoc:
		return AssocValue(v.Assoc().clone())
	}
	return v
}

// copyValues sets dst[i] to a copy of src[i] (copyValue) for each i;
// scalars are assigned without the call.
func copyValues(dst, src []Value) {
	for i, v := range src {
		switch v.Kind() {
		case KStruct, KArray, KAssoc:
			dst[i] = copyValue(v)
		default:
			dst[i] = v
		}
	}
}

// Fold is the case- and accent-insensitive key of a name (DECISIONS 1).
func Fold(s string) string { return lexer.Fold(s) }
