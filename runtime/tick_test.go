package runtime

import (
	"errors"
	"strings"
	"testing"
)

// The step limit stops a run at the same step whether it is checked at
// every tick or, as slowTick does, only when the tick counter runs out:
// limits below, at and past pollEvery, counted by loop iterations and by
// calls (each one step).
func TestStepLimitExact(t *testing.T) {
	const src = "POUR i = 1 _À_ 1000000\n\tSI i % 2 = 0 ALORS P(i) SINON Trace(i)\nFIN\nPROCÉDURE P(n est un entier)\nTrace(n)\n"
	for _, c := range []struct {
		max  int64
		last string
	}{
		{1, "1"}, {2, "1"}, {3, "2"}, {1000, "667"}, {4095, "2730"}, {4096, "2731"}, {4097, "2731"}, {12345, "8230"}, {100000, "66667"},
	} {
		out, err := run(t, src, WithLimits(c.max, 10000))
		var re *Error
		if !errors.As(err, &re) || re.Kind != ErrHost || !strings.Contains(re.FR, "pas d'exécution") {
			t.Fatalf("max %d: got %v", c.max, err)
		}
		lines := strings.Split(strings.TrimSpace(out), "\n")
		if got := lines[len(lines)-1]; got != c.last {
			t.Errorf("max %d: last line %s, want %s", c.max, got, c.last)
		}
	}
}
