package arrays

import (
	"math"
	"math/rand/v2"
	"slices"
	"strconv"
	"testing"

	"github.com/wlangage/wl/runtime"
)

// TestSortTypedMatchesGeneral: the typed fast path of TableauTrie gives,
// value for value (bits included: -0 and 0 compare equal but are kept in
// their order), what a stable sort with the general comparison gives.
func TestSortTypedMatchesGeneral(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	gens := map[string]func() runtime.Value{
		"int": func() runtime.Value { return runtime.Int(r.Int64N(50) - 25) },
		"real": func() runtime.Value {
			return runtime.Real([]float64{math.Copysign(0, -1), 0, 1.5, -2, math.Inf(1)}[r.IntN(5)])
		},
		"string": func() runtime.Value {
			return runtime.Str([]string{"", "a", "B", "é", "ab", "a" + strconv.Itoa(r.IntN(3))}[r.IntN(6)])
		},
	}
	for name, gen := range gens {
		for _, n := range []int{1, 2, 7, 100, 1000} {
			for _, desc := range []bool{false, true} {
				data := make([]runtime.Value, n)
				for i := range data {
					data[i] = gen()
				}
				want := slices.Clone(data)
				slices.SortStableFunc(want, func(x, y runtime.Value) int {
					if desc {
						return -compare(x, y, 0)
					}
					return compare(x, y, 0)
				})
				got := slices.Clone(data)
				if !sortTyped(got, desc) {
					t.Fatalf("%s: fast path refused", name)
				}
				for i := range got {
					if got[i].Kind() != want[i].Kind() || got[i].RawInt() != want[i].RawInt() || got[i].Text() != want[i].Text() {
						t.Fatalf("%s n=%d desc=%v: element %d = %v, want %v", name, n, desc, i, got[i].Text(), want[i].Text())
					}
				}
			}
		}
	}
	// Mixed kinds and NaN go to the general path, untouched.
	mixed := []runtime.Value{runtime.Int(2), runtime.Str("1")}
	withNaN := []runtime.Value{runtime.Real(math.NaN()), runtime.Real(1)}
	if sortTyped(mixed, false) || sortTyped(withNaN, false) || mixed[0].RawInt() != 2 {
		t.Fatal("fast path took an array it cannot order")
	}
}
