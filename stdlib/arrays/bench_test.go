package arrays_test

import (
	"math/rand/v2"
	"strconv"
	"testing"

	"github.com/wlangage/wl/runtime"
	"github.com/wlangage/wl/stdlib/internal/wltest"
)

// benchSort measures TableauTrie on n elements made by mk (one copy of
// the unsorted data per iteration is included).
func benchSort(b *testing.B, n int, typ *runtime.Type, mk func(r *rand.Rand) runtime.Value, extra ...runtime.Value) {
	e := wltest.New()
	call, err := e.Prepare("TableauTrie", 1+len(extra))
	if err != nil {
		b.Fatal(err)
	}
	r := rand.New(rand.NewPCG(1, 2))
	src := make([]runtime.Value, n)
	for i := range src {
		src[i] = mk(r)
	}
	a := runtime.NewArray(typ, 0)
	args := append([]runtime.Value{runtime.ArrayValue(a)}, extra...)
	b.ReportAllocs()
	for b.Loop() {
		a.Data = append(a.Data[:0], src...)
		if _, err := call(args); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkTableauTrieInt(b *testing.B) {
	benchSort(b, 100_000, runtime.TypeInt, func(r *rand.Rand) runtime.Value { return runtime.Int(r.Int64N(1_000_000)) })
}

func BenchmarkTableauTrieIntDesc(b *testing.B) {
	benchSort(b, 100_000, runtime.TypeInt, func(r *rand.Rand) runtime.Value { return runtime.Int(r.Int64N(1_000_000)) }, runtime.Int(2))
}

func BenchmarkTableauTrieString(b *testing.B) {
	benchSort(b, 100_000, runtime.TypeString, func(r *rand.Rand) runtime.Value { return runtime.Str("s" + strconv.Itoa(r.IntN(1_000_000))) })
}

func BenchmarkTableauTrieReal(b *testing.B) {
	benchSort(b, 100_000, runtime.TypeReal, func(r *rand.Rand) runtime.Value { return runtime.Real(r.Float64()) })
}

// benchScript compiles src once and runs it b.N times in one run of an
// Env, checking what it hands back (want); it reports heap bytes and
// allocations per run.
func benchScript(b *testing.B, src, want string) {
	e := wltest.New()
	p, err := e.Eng.Compile("bench.wl", []byte(src))
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := e.Run.Eval(p); err != nil {
			b.Fatal(err)
		}
	}
	got, err := e.Eval(src)
	if err != nil || got.Text() != want {
		b.Fatalf("got %v, %v; want %s", got, err, want)
	}
}

// BenchmarkAjouteInt appends 1e5 entiers one by one with Ajoute (the peer
// kit's memint, a tenth of it): the array stays unboxed, 8 bytes an
// element and nothing for the collector to scan.
func BenchmarkAjouteInt(b *testing.B) {
	benchScript(b, `t est un tableau d'entiers
POUR i = 1 _À_ 100000
	Ajoute(t, i)
FIN
wltestResult(TableauOccurrence(t) + t[100000])
`, "200000")
}

// BenchmarkSortAjoute is the peer kit's sort1e5: 1e5 pseudo-random
// entiers appended with Ajoute, then TableauTrie.
func BenchmarkSortAjoute(b *testing.B) {
	benchScript(b, `t est un tableau d'entiers
x est un entier sur 8 octets = 42
POUR i = 1 _À_ 100000
	x = (x * 69069 + 1) % 4294967296
	Ajoute(t, x % 1000000)
FIN
TableauTrie(t)
wltestResult(t[1] + t[50000] + t[100000])
`, "1499093")
}

// BenchmarkStructAppend is the peer kit's struct1e5: 1e5 structures
// appended with Ajoute (each copied), then summed in a POUR TOUT.
func BenchmarkStructAppend(b *testing.B) {
	benchScript(b, `STPoint est une Structure
	X est un entier
	Y est un entier
FIN
tab est un tableau de STPoint
p est un STPoint
POUR i = 1 _À_ 100000
	p.X = i
	p.Y = i * 2
	Ajoute(tab, p)
FIN
s est un entier sur 8 octets = 0
POUR TOUT e DE tab
	s += e.X + e.Y
FIN
wltestResult(s)
`, "15000150000")
}
