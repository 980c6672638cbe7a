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
