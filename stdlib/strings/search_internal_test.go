package strings

import (
	"math/rand/v2"
	"testing"

	"github.com/wlangage/wl/runtime"
)

// TestSearchFastPathMatchesGeneral: Position, Remplace, ChaîneOccurrence
// and Contient give through the byte fast path what the character matcher
// gives (random texts with accents, long characters and invalid bytes).
func TestSearchFastPathMatchesGeneral(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	alphabet := []string{"a", "b", "é", "€", "😀", " ", "\xff", "ab", "\ufffd", "\xe2\x82", "\x82"}
	gen := func(n int) string {
		s := ""
		for i := 0; i < n; i++ {
			s += alphabet[r.IntN(len(alphabet))]
		}
		return s
	}
	c := &runtime.Call{Name: "F"}
	for iter := 0; iter < 3000; iter++ {
		s, p, repl := gen(r.IntN(30)), gen(1+r.IntN(3)), gen(r.IntN(3))
		start := int64(r.IntN(35))
		m := newMatcher(s, []string{p}, 0)
		// Position from start.
		want := 0
		for i := max(int(start), 1) - 1; i < len(m.text); i++ {
			if l, _ := m.at(i); l > 0 {
				want = i + 1
				break
			}
		}
		got, _ := position(c, []runtime.Value{runtime.Str(s), runtime.Str(p), runtime.Int(start)})
		if got.ToInt() != int64(want) {
			t.Fatalf("Position(%q, %q, %d) = %d, want %d", s, p, start, got.ToInt(), want)
		}
		if got, _ := remplace(c, []runtime.Value{runtime.Str(s), runtime.Str(p), runtime.Str(repl)}); got.Text() != replaceAll(s, []string{p}, repl, 0) {
			t.Fatalf("Remplace(%q, %q, %q) = %q, want %q", s, p, repl, got.Text(), replaceAll(s, []string{p}, repl, 0))
		}
		if got, _ := chaineOccurrence(c, []runtime.Value{runtime.Str(s), runtime.Str(p)}); got.ToInt() != int64(len(m.all())) {
			t.Fatalf("ChaîneOccurrence(%q, %q) = %d, want %d", s, p, got.ToInt(), len(m.all()))
		}
		if got, _ := contient(c, []runtime.Value{runtime.Str(s), runtime.Str(p)}); got.ToInt() != 0 != (len(m.all()) > 0) {
			t.Fatalf("Contient(%q, %q) = %v", s, p, got.Text())
		}
	}
}

// TestExtractFastPathMatchesGeneral: ExtraitChaîne with one separator
// (walked on bytes) gives the field the general split gives, from the
// start and from the end, past the last field included (overlapping
// separators such as "aa" in "aaa", accents, invalid bytes).
func TestExtractFastPathMatchesGeneral(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	alphabet := []string{"a", "b", "é", "€", "😀", ",", "\t", "\xff", "aa"}
	gen := func(n int) string {
		s := ""
		for i := 0; i < n; i++ {
			s += alphabet[r.IntN(len(alphabet))]
		}
		return s
	}
	for iter := 0; iter < 5000; iter++ {
		s, sep := gen(r.IntN(20)), gen(1+r.IntN(2))
		parts := fields(s, []string{sep})
		for rank := int64(1); rank <= int64(len(parts))+2; rank++ {
			for _, fromEnd := range []bool{false, true} {
				want := EOT
				if rank <= int64(len(parts)) {
					want = parts[rank-1]
					if fromEnd {
						want = parts[int64(len(parts))-rank]
					}
				}
				if got := nthField(s, sep, rank, fromEnd); got != want {
					t.Fatalf("nthField(%q, %q, %d, %v) = %q, want %q", s, sep, rank, fromEnd, got, want)
				}
			}
		}
	}
	if got := nthField("a,b", ",", 1<<62, false); got != EOT {
		t.Fatalf("huge rank: %q", got)
	}
}
