package runtime

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unsafe"
)

// Kind is the dynamic type of a Value.
type Kind uint8

// The kinds of values.
const (
	KNull     Kind = iota // Null: unassigned Variant
	KBool                 // booléen
	KInt                  // entier (any size)
	KReal                 // réel (float64 bits in n)
	KString               // chaîne
	KDuration             // Durée, in milliseconds
	KDate                 // Date, as yyyymmdd in n
	KTime                 // Heure, milliseconds since midnight in n
	KBuffer               // Buffer, bytes in s
	KArray                // tableau: p is *Array
	KAssoc                // tableau associatif: p is *Assoc
	KStruct               // structure or built-in object: p is *Struct
	KProc                 // Procédure value: p is *Proc
	KTuple                // several results of a procedure: p is []Value
	KCurrency             // monétaire: exact decimal, 6 decimals (decimal.go)
	KNumeric              // numérique: exact decimal, up to 38 digits (decimal.go)
	KDateTime             // DateHeure: yyyymmdd × 10^8 + milliseconds of the day in n
)

var kindNames = [...]string{"Null", "booléen", "entier", "réel", "chaîne", "Durée", "Date", "Heure", "Buffer", "tableau", "tableau associatif", "structure", "Procédure", "valeurs multiples", "monétaire", "numérique", "DateHeure"}

func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "?"
}

// Value is a WLangage value, 24 bytes: scalars are stored unboxed in n
// (a réel as its float64 bits); a chaîne or a Buffer as a pointer to its
// bytes in p and its length in n; arrays, associative arrays, structures,
// procedures, tuples and big decimals as a typed pointer in p, its type
// given by k. Decimals (monétaire, numérique) keep their coefficient in
// n (or a *big.Int in p) and their number of decimals in sc. The design
// note in doc.go says why and how the garbage collector still sees every
// pointer. Value has four fields at most (sc and fl are grouped in attrs),
// so that the compiler keeps it in registers (doc.go).
type Value struct {
	k Kind
	attrs
	n int64
	p unsafe.Pointer
}

// attrs are the two small fields of a Value besides its kind, one
// embedded field so that Value stays within the compiler's four-field
// limit for values kept in registers.
type attrs struct {
	sc uint8 // decimals of a monétaire or numérique
	fl uint8 // flags: flagShared
}

// flagShared marks a chaîne whose bytes are the first n bytes of a
// shared append buffer: p is a *strBuf, so that `s += "x"` in a loop is
// amortised O(1).
const flagShared = 1

// strBuf is an append-only byte buffer shared by the string values that
// are prefixes of it. Bytes below len(b) are never rewritten, so a value
// may expose them as a string without copying.
type strBuf struct{ b []byte }

// Null is the Null value.
var Null = Value{}

// Bool makes a booléen.
func Bool(b bool) Value {
	if b {
		return Value{k: KBool, n: 1}
	}
	return Value{k: KBool}
}

// Int makes an entier.
func Int(i int64) Value { return Value{k: KInt, n: i} }

// Real makes a réel.
func Real(f float64) Value { return Value{k: KReal, n: int64(math.Float64bits(f))} }

// Str makes a chaîne.
func Str(s string) Value { return bytesValue(KString, s) }

// Duration makes a Durée from milliseconds.
func Duration(ms int64) Value { return Value{k: KDuration, n: ms} }

// Buffer makes a Buffer.
func Buffer(b []byte) Value { return bytesValue(KBuffer, string(b)) }

// bytesValue makes a chaîne or a Buffer (k) holding s's bytes, without
// copying them. An empty s keeps no pointer.
func bytesValue(k Kind, s string) Value {
	if len(s) == 0 {
		return Value{k: k}
	}
	return Value{k: k, n: int64(len(s)), p: unsafe.Pointer(unsafe.StringData(s))}
}

// sharedValue makes the chaîne of the first n bytes of b.
func sharedValue(b *strBuf, n int) Value {
	return Value{k: KString, attrs: attrs{fl: flagShared}, n: int64(n), p: unsafe.Pointer(b)}
}

// Tuple makes a multiple result.
func Tuple(vs []Value) Value {
	return Value{k: KTuple, n: int64(len(vs)), p: unsafe.Pointer(unsafe.SliceData(vs))}
}

// ArrayValue wraps an array.
func ArrayValue(a *Array) Value { return Value{k: KArray, p: unsafe.Pointer(a)} }

// AssocValue wraps an associative array.
func AssocValue(a *Assoc) Value { return Value{k: KAssoc, p: unsafe.Pointer(a)} }

// StructValue wraps a structure or built-in object.
func StructValue(s *Struct) Value { return Value{k: KStruct, p: unsafe.Pointer(s)} }

// procValue wraps a procedure.
func procValue(p *Proc) Value { return Value{k: KProc, p: unsafe.Pointer(p)} }

// String formats v for Go's fmt verbs (%v in a test's message): its kind
// and text, where the fields would print the string's address.
func (v Value) String() string { return v.k.String() + "(" + v.Text() + ")" }

// Kind returns the value's dynamic kind.
func (v Value) Kind() Kind { return v.k }

// IsNull reports whether v is Null.
func (v Value) IsNull() bool { return v.k == KNull }

// RawInt returns n as stored (for KInt, KBool, KDuration, KDate, KTime).
func (v Value) RawInt() int64 { return v.n }

// Float returns the real stored in a KReal value.
func (v Value) Float() float64 { return math.Float64frombits(uint64(v.n)) }

// Array returns the array of a KArray value, else nil. An array of
// simple values stored unboxed is boxed first (unboxed.go): its Data
// holds every element.
func (v Value) Array() *Array {
	if v.k != KArray {
		return nil
	}
	a := (*Array)(v.p)
	a.box()
	return a
}

// Assoc returns the associative array of a KAssoc value, else nil.
func (v Value) Assoc() *Assoc {
	if v.k != KAssoc {
		return nil
	}
	return (*Assoc)(v.p)
}

// Struct returns the structure of a KStruct value, else nil.
func (v Value) Struct() *Struct {
	if v.k != KStruct {
		return nil
	}
	return (*Struct)(v.p)
}

// Proc returns the procedure of a KProc value, else nil.
func (v Value) Proc() *Proc {
	if v.k != KProc {
		return nil
	}
	return (*Proc)(v.p)
}

// tuple returns the values of a KTuple value.
func (v Value) tuple() []Value { return unsafe.Slice((*Value)(v.p), int(v.n)) }

// bigInt returns the *big.Int of a monétaire or numérique too large for
// n, else nil.
func (v Value) bigInt() *big.Int {
	if v.k != KCurrency && v.k != KNumeric {
		return nil
	}
	return (*big.Int)(v.p)
}

// TupleValues returns the values of a KTuple, or v alone.
func (v Value) TupleValues() []Value {
	if v.k == KTuple {
		return v.tuple()
	}
	return []Value{v}
}

// First returns the first value of a tuple, or v.
func (v Value) First() Value {
	if v.k == KTuple {
		if v.n == 0 {
			return Null
		}
		return v.tuple()[0]
	}
	return v
}

// strRaw returns the bytes of a KString or KBuffer value as a string,
// without copying them.
func (v Value) strRaw() string {
	if v.n == 0 || v.p == nil {
		return ""
	}
	if v.fl&flagShared != 0 {
		return unsafe.String(unsafe.SliceData((*strBuf)(v.p).b), int(v.n))
	}
	return unsafe.String((*byte)(v.p), int(v.n))
}

// sharedBuf returns the append buffer a chaîne is a prefix of, else nil.
func (v Value) sharedBuf() *strBuf {
	if v.fl&flagShared == 0 {
		return nil
	}
	return (*strBuf)(v.p)
}

// appendString returns v + s, extending v's buffer in place when v owns
// its tail: amortised O(1) per append.
func appendString(v Value, s string) Value {
	if b := v.sharedBuf(); b != nil && int(v.n) == len(b.b) {
		b.b = append(b.b, s...)
		return sharedValue(b, len(b.b))
	}
	cur := v.Text()
	if len(cur)+len(s) < 64 {
		return Str(cur + s)
	}
	nb := &strBuf{b: make([]byte, 0, 2*(len(cur)+len(s)))}
	nb.b = append(nb.b, cur...)
	nb.b = append(nb.b, s...)
	return sharedValue(nb, len(nb.b))
}

// Text converts v to its WLangage text form: numbers in their shortest
// form without trailing zeros (600, 1256.67), booleans 1/0 (DECISIONS 6),
// Date AAAAMMJJ (SPEC §5.6), Heure HHMMSSCC, DateHeure AAAAMMJJHHmmSSCCC
// (doc 1000019398), Durée +JHHMMSSCCC (doc 1000023947), Null "".
func (v Value) Text() string {
	switch v.k {
	case KString:
		return v.strRaw()
	case KInt:
		return strconv.FormatInt(v.n, 10)
	case KDuration:
		return durationText(v.n, false)
	case KReal:
		return FormatReal(v.Float())
	case KCurrency, KNumeric:
		return v.dec().String()
	case KDateTime:
		return dateTimeText(v.n)
	case KBool:
		if v.n != 0 {
			return "1"
		}
		return "0"
	case KDate:
		return dateText(v.n)
	case KTime:
		return timeText(v.n)
	case KBuffer:
		return v.strRaw()
	case KNull:
		return ""
	case KTuple:
		return v.First().Text()
	case KAssoc:
		if variantObject(v) != nil {
			// A Variant's named sub-elements read as their JSON text
			// (Trace(v), concatenation), never as "".
			s, _ := VariantJSON(v, 0)
			return s
		}
	case KProc:
		if p := v.Proc(); p != nil {
			return p.Text()
		}
		return ""
	}
	return ""
}

func pad2(n int64) string {
	if n < 10 {
		return "0" + strconv.FormatInt(n, 10)
	}
	return strconv.FormatInt(n, 10)
}

// FormatReal prints a real with at most 15 significant digits, without
// exponent or trailing zeros (3.6, 1256.67, 0.3 for 0.1+0.2).
func FormatReal(f float64) string {
	if math.IsInf(f, 0) || math.IsNaN(f) {
		return strconv.FormatFloat(f, 'g', -1, 64)
	}
	r, _ := strconv.ParseFloat(strconv.FormatFloat(f, 'g', 15, 64), 64)
	s := strconv.FormatFloat(r, 'f', -1, 64)
	if s == "-0" {
		return "0"
	}
	return s
}

// ToInt converts v to an integer as WLangage does (reals and decimals
// truncated toward zero, strings as Val, Durée in milliseconds, Heure in
// hundredths of a second since midnight as doc 1514068 counts them, Date
// as its AAAAMMJJ number).
func (v Value) ToInt() int64 {
	switch v.k {
	case KInt, KBool, KDuration, KDate:
		return v.n
	case KTime:
		return v.n / 10
	case KDateTime:
		return v.n / 1e8
	case KCurrency, KNumeric:
		return v.dec().toInt()
	case KReal:
		f := v.Float()
		if f >= math.MaxInt64 || f <= math.MinInt64 || math.IsNaN(f) {
			return 0
		}
		return int64(f)
	case KString:
		n := ParseNumber(v.strRaw())
		return n.ToInt()
	case KTuple:
		return v.First().ToInt()
	}
	return 0
}

// ToReal converts v to a real.
func (v Value) ToReal() float64 {
	switch v.k {
	case KReal:
		return v.Float()
	case KInt, KBool, KDuration, KDate, KTime, KDateTime:
		return float64(v.ToInt())
	case KCurrency, KNumeric:
		return v.dec().float()
	case KString:
		return ParseNumber(v.strRaw()).ToReal()
	case KTuple:
		return v.First().ToReal()
	}
	return 0
}

// IsNumeric reports whether v is a number (entier, réel, monétaire,
// numérique, booléen).
func (v Value) IsNumeric() bool {
	switch v.k {
	case KInt, KReal, KBool, KCurrency, KNumeric:
		return true
	}
	return false
}

// ParseNumber reads the longest numeric prefix of s as Val does:
// "143" → 143, "3plus2" → 3, "7,5" → 7, "1D2" / "1E2" → 100, "ABC" → 0.
func ParseNumber(s string) Value {
	s = strings.TrimSpace(s)
	i := 0
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		i++
	}
	start := i
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	intEnd := i
	isReal := false
	if i < len(s) && s[i] == '.' {
		j := i + 1
		for j < len(s) && s[j] >= '0' && s[j] <= '9' {
			j++
		}
		if j > i+1 || intEnd > start {
			isReal, i = j > i+1, j
		}
	}
	if i > start && i < len(s) && (s[i] == 'e' || s[i] == 'E' || s[i] == 'd' || s[i] == 'D') {
		j := i + 1
		if j < len(s) && (s[j] == '+' || s[j] == '-') {
			j++
		}
		k := j
		for k < len(s) && s[k] >= '0' && s[k] <= '9' {
			k++
		}
		if k > j {
			mant, _ := strconv.ParseFloat(s[:i], 64)
			exp, _ := strconv.Atoi(s[i+1 : k])
			f := mant * math.Pow(10, float64(exp))
			if f == math.Trunc(f) && math.Abs(f) < 1e18 {
				return Int(int64(f))
			}
			return Real(f)
		}
	}
	if i == start {
		return Int(0)
	}
	if isReal {
		f, _ := strconv.ParseFloat(s[:i], 64)
		return Real(f)
	}
	n, err := strconv.ParseInt(s[:intEnd], 10, 64)
	if err != nil {
		f, _ := strconv.ParseFloat(s[:intEnd], 64)
		return Real(f)
	}
	return Int(n)
}

// Truth converts v to a boolean. ok is false when v has no truth value
// (a string used as a boolean is a runtime error, SPEC §4.1).
func (v Value) Truth() (b bool, ok bool) {
	switch v.k {
	case KBool, KInt, KDuration:
		return v.n != 0, true
	case KReal:
		return v.Float() != 0, true
	case KCurrency, KNumeric:
		return v.dec().sign() != 0, true
	case KNull:
		return false, true
	case KTuple:
		return v.First().Truth()
	case KString:
		return false, false
	}
	return true, true
}

// CopyValue gives the value semantics of `=` (structures and arrays are
// copied).
func CopyValue(v Value) Value { return copyValue(v) }
