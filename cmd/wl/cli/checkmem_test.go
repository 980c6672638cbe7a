package cli

import (
	"math"
	"runtime"
	"runtime/debug"
	"testing"
)

// TestCheckMemoryLimit: the soft limit of a large check is set from the
// source size and the heap the parse left, put back afterwards, never
// raised, and left alone when GOMEMLIMIT is set.
func TestCheckMemoryLimit(t *testing.T) {
	t.Setenv("GOMEMLIMIT", "") // os.Getenv reads "" as unset
	prev := debug.SetMemoryLimit(math.MaxInt64)
	defer debug.SetMemoryLimit(prev)

	restore := checkMemoryLimit(10 << 20)
	if got, least := debug.SetMemoryLimit(-1), int64(10<<20)*checkLimitPerByte; got < least || got == math.MaxInt64 {
		t.Errorf("limit for 10 MB = %d, want at least %d", got, least)
	}
	restore()
	if got := debug.SetMemoryLimit(-1); got != math.MaxInt64 {
		t.Errorf("limit after restore = %d, want none", got)
	}

	restore = checkMemoryLimit(1000) // small: the floor
	if got := debug.SetMemoryLimit(-1); got < checkLimitMin || got == math.MaxInt64 {
		t.Errorf("limit for 1000 bytes = %d, want at least %d", got, int64(checkLimitMin))
	}
	restore()

	// A heap larger than the size suggests (a denser script): the limit
	// stays above it, or the collector would run without end.
	big := make([]byte, 96<<20)
	restore = checkMemoryLimit(1000)
	if got := debug.SetMemoryLimit(-1); got < int64(len(big))/4*5 {
		t.Errorf("limit %d below 5/4 of a heap of %d", got, len(big))
	}
	restore()
	runtime.KeepAlive(big)

	debug.SetMemoryLimit(32 << 20) // a lower limit already set: kept
	restore = checkMemoryLimit(10 << 20)
	if got := debug.SetMemoryLimit(-1); got != 32<<20 {
		t.Errorf("a lower limit was changed to %d", got)
	}
	restore()
	debug.SetMemoryLimit(math.MaxInt64)

	t.Setenv("GOMEMLIMIT", "1GiB") // the user's choice wins
	restore = checkMemoryLimit(10 << 20)
	if got := debug.SetMemoryLimit(-1); got != math.MaxInt64 {
		t.Errorf("limit set to %d despite GOMEMLIMIT", got)
	}
	restore()
}
