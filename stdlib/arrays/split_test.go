package arrays

import (
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
)

// naiveSplit is split as first written: every separator searched again
// from the rest at each cut.
func naiveSplit(s string, seps []string, n int) []string {
	var out []string
	for n < 0 || len(out) < n-1 {
		at, size := -1, 0
		for _, sep := range seps {
			if i := strings.Index(s, sep); i >= 0 && (at < 0 || i < at || (i == at && len(sep) > size)) {
				at, size = i, len(sep)
			}
		}
		if at < 0 {
			break
		}
		out = append(out, s[:at])
		s = s[at+size:]
	}
	return append(out, s)
}

// TestSplitMatchesNaive: the linear split cuts as the naive one on random
// texts and separators that overlap and prefix one another.
func TestSplitMatchesNaive(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	word := func(max int) string {
		var b strings.Builder
		for range 1 + r.IntN(max) {
			b.WriteByte("ab;,"[r.IntN(4)])
		}
		return b.String()
	}
	for range 20000 {
		s := word(30)
		seps := make([]string, 1+r.IntN(3))
		for i := range seps {
			seps[i] = word(3)
		}
		n := r.IntN(6) - 1
		if got, want := split(s, seps, n), naiveSplit(s, seps, n); !reflect.DeepEqual(got, want) {
			t.Fatalf("split(%q, %q, %d) = %q, want %q", s, seps, n, got, want)
		}
	}
}
