package runtime

import (
	"bytes"
	"context"
	"fmt"
	"math/big"
	goruntime "runtime"
	"strconv"
	"strings"
	"testing"
	"unsafe"
)

// TestValueSize pins the size of a Value: every array element, local and
// argument is one, so it decides the memory of 1e6-element arrays.
func TestValueSize(t *testing.T) {
	if n := unsafe.Sizeof(Value{}); n != 24 {
		t.Fatalf("unsafe.Sizeof(Value{}) = %d, want 24", n)
	}
	if uintptr(valueSize) != unsafe.Sizeof(Value{}) {
		t.Fatalf("valueSize = %d, Sizeof = %d", valueSize, unsafe.Sizeof(Value{}))
	}
}

// TestValueAccessors checks that each kind gives back what it was made
// from, and that the pointer accessors answer nil for the other kinds.
func TestValueAccessors(t *testing.T) {
	for _, s := range []string{"", "a", "été", strings.Repeat("xy", 100)} {
		if v := Str(s); v.Kind() != KString || v.Text() != s {
			t.Errorf("Str(%q).Text() = %q", s, v.Text())
		}
		if v := Buffer([]byte(s)); v.Kind() != KBuffer || v.Text() != s {
			t.Errorf("Buffer(%q).Text() = %q", s, v.Text())
		}
	}
	a, as, st := NewArray(TypeInt64, 2), NewAssoc(TypeInt64), &Struct{}
	vals := []Value{Null, Int(3), Real(2.5), Str("x"), ArrayValue(a), AssocValue(as), StructValue(st), Tuple([]Value{Int(1), Str("b")})}
	for _, v := range vals {
		if got := v.Array(); (got != nil) != (v.k == KArray) || (got != nil && got != a) {
			t.Errorf("%v.Array() = %p", v.k, got)
		}
		if got := v.Assoc(); (got != nil) != (v.k == KAssoc) || (got != nil && got != as) {
			t.Errorf("%v.Assoc() = %p", v.k, got)
		}
		if got := v.Struct(); (got != nil) != (v.k == KStruct) || (got != nil && got != st) {
			t.Errorf("%v.Struct() = %p", v.k, got)
		}
		if v.Proc() != nil {
			t.Errorf("%v.Proc() != nil", v.k)
		}
	}
	tu := Tuple([]Value{Int(1), Str("b")})
	if vs := tu.TupleValues(); len(vs) != 2 || vs[0].ToInt() != 1 || vs[1].Text() != "b" {
		t.Errorf("TupleValues = %v", vs)
	}
	if tu.First().ToInt() != 1 || tu.Text() != "1" || Tuple(nil).First().Kind() != KNull || Tuple(nil).Text() != "" {
		t.Error("First of a tuple")
	}
	if vs := Int(7).TupleValues(); len(vs) != 1 || vs[0].ToInt() != 7 {
		t.Errorf("TupleValues of a scalar = %v", vs)
	}
	if Real(-0.25).Float() != -0.25 || Bool(true).RawInt() != 1 {
		t.Error("scalars")
	}
}

// TestValueBigDecimal checks a numérique too large for n: its *big.Int
// lives in p and comes back intact.
func TestValueBigDecimal(t *testing.T) {
	b, _ := new(big.Int).SetString("123456789012345678901234567890", 10)
	v := decValue(KNumeric, decimal{b: b, scale: 2})
	if v.bigInt() == nil {
		t.Fatal("a 30-digit numérique should keep a *big.Int")
	}
	if got := v.Text(); got != "1234567890123456789012345678.9" {
		t.Errorf("Text() = %q", got)
	}
	if Int(5).bigInt() != nil || decValue(KCurrency, decimal{n: 5}).bigInt() != nil {
		t.Error("bigInt of a small value should be nil")
	}
}

// TestValueSharedString checks the append buffer: each value keeps its
// own prefix while later appends extend the same buffer, and a value that
// no longer owns the tail copies instead of overwriting it.
func TestValueSharedString(t *testing.T) {
	v := Str(strings.Repeat("a", 70))
	v = appendString(v, "b")
	if v.sharedBuf() == nil {
		t.Fatal("a 71-byte concatenation should use a shared buffer")
	}
	w := appendString(v, "c")
	if w.sharedBuf() != v.sharedBuf() {
		t.Error("appending to the tail owner should extend its buffer in place")
	}
	x := appendString(v, "d") // v no longer owns the tail: copy
	if x.sharedBuf() == v.sharedBuf() {
		t.Error("appending to a non-owner must not share the buffer")
	}
	base := strings.Repeat("a", 70)
	if v.Text() != base+"b" || w.Text() != base+"bc" || x.Text() != base+"bd" {
		t.Errorf("texts: %q %q %q", v.Text()[70:], w.Text()[70:], x.Text()[70:])
	}
}

// TestValueGCKeepsBytes makes strings, buffers and tuples referenced only
// through Values (their pointer in p), collects garbage, and checks that
// the bytes are still there: p must be traced by the collector.
func TestValueGCKeepsBytes(t *testing.T) {
	vs := make([]Value, 0, 3000)
	for i := range 1000 {
		s := "s" + strconv.Itoa(i) + strings.Repeat("z", i%50)
		vs = append(vs, Str(s), Buffer([]byte(s)), Tuple([]Value{Str(s)}))
	}
	for range 3 {
		goruntime.GC()
		// Fill freed memory with other bytes, so a lost object shows.
		junk := make([][]byte, 0, 1000)
		for range 1000 {
			junk = append(junk, []byte(strings.Repeat("#", 60)))
		}
		_ = junk
	}
	for i := range 1000 {
		want := "s" + strconv.Itoa(i) + strings.Repeat("z", i%50)
		if vs[3*i].Text() != want || vs[3*i+1].Text() != want || vs[3*i+2].First().Text() != want {
			t.Fatalf("value %d lost its bytes: %q %q %q", i, vs[3*i].Text(), vs[3*i+1].Text(), vs[3*i+2].First().Text())
		}
	}
}

// TestArrayDoubles checks the growth of a large array: full, it at least
// doubles its capacity (Append, and t[i] = v past the end of an array
// declared with <agrandissement>), and its elements stay in place.
func TestArrayDoubles(t *testing.T) {
	a := NewArray(TypeInt64, 0)
	for i := range doubleFrom {
		a.Append(Int(int64(i)))
	}
	a.Data = a.Data[:len(a.Data):len(a.Data)] // full
	a.Append(Int(doubleFrom))
	if c := cap(a.Data); c < 2*doubleFrom {
		t.Errorf("cap after growing a full array of %d = %d, want ≥ %d", doubleFrom, c, 2*doubleFrom)
	}
	for i, v := range a.Data {
		if v.ToInt() != int64(i) {
			t.Fatalf("element %d = %d", i, v.ToInt())
		}
	}
	small := NewArray(TypeInt64, 10)
	small.room(1)
	if cap(small.Data) != 10 {
		t.Errorf("a small array should grow through append alone, cap = %d", cap(small.Data))
	}
}

// BenchmarkArrayAppendInt appends 1e5 integers to a typed array (t += i)
// and reports the heap bytes allocated per element: the element's size
// and the copies left behind by the array's growth (issue 10's memint).
func BenchmarkArrayAppendInt(b *testing.B) {
	benchAppend(b, "t est un tableau d'entiers\nPOUR i = 1 _À_ 100000\n\tt += i\nFIN\n")
}

// BenchmarkArrayAppendString is BenchmarkArrayAppendInt with the strings
// "s"+i (issue 10's memstr): one allocation per element, its text.
func BenchmarkArrayAppendString(b *testing.B) {
	benchAppend(b, "t est un tableau de chaînes\nPOUR i = 1 _À_ 100000\n\tt += \"s\" + i\nFIN\n")
}

func benchAppend(b *testing.B, src string) {
	var out bytes.Buffer
	p, err := testEngine(&out).Compile("b.wl", []byte(src))
	if err != nil {
		b.Fatal(err)
	}
	var before, after goruntime.MemStats
	goruntime.ReadMemStats(&before)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := p.Run(context.Background()); err != nil {
			b.Fatal(err)
		}
	}
	goruntime.ReadMemStats(&after)
	b.ReportMetric(float64(after.TotalAlloc-before.TotalAlloc)/float64(b.N)/1e5, "B/elem")
}

// TestValueString checks what fmt prints for a Value: its kind and text,
// not the address its pointer holds.
func TestValueString(t *testing.T) {
	if got := fmt.Sprint(Str("abc"), " ", Int(3)); got != "chaîne(abc) entier(3)" {
		t.Errorf("fmt.Sprint = %q", got)
	}
}
