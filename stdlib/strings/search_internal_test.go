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
	alphabet := []string{"a", "b", "é", "€", "😀", " ", "\xff", "ab"}
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
