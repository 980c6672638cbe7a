package runtime

import (
	"strings"
	"testing"
)

// TestArithStringPlusInt checks the one-allocation path of "text" + integer
// against the general one (appendString), around its length limits.
func TestArithStringPlusInt(t *testing.T) {
	long := strings.Repeat("x", 39)
	for _, c := range []struct {
		s    string
		n    int64
		want string
	}{
		{"k", 1, "k1"},
		{"k", -42, "k-42"},
		{"", 0, "0"},
		{long, -9223372036854775808, long + "-9223372036854775808"},
		{long + "y", 7, long + "y7"},
	} {
		got, err := arith("+", Str(c.s), Int(c.n))
		if err != nil || got.k != KString || got.Text() != c.want {
			t.Errorf("%q + %d = %v (%v), want %q", c.s, c.n, got.Text(), err, c.want)
		}
		if gen := appendString(Str(c.s), Int(c.n).Text()); gen.Text() != got.Text() {
			t.Errorf("%q + %d: fast %q, general %q", c.s, c.n, got.Text(), gen.Text())
		}
	}
}
