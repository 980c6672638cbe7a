package stdlib_test

import (
	"context"
	"fmt"
	goruntime "runtime"
	"testing"

	"github.com/wlangage/wl/runtime"
	"github.com/wlangage/wl/stdlib"
)

// BenchmarkBuiltinCall measures one call of a simple built-in (Taille of
// a string, its argument read with Call.Unpack) inside an integer loop:
// ns/call and allocs/call divide by the number of calls (the loop itself
// allocates nothing, BenchmarkLoopIteration). Issue 10's goal is 0
// allocs/call.
func BenchmarkBuiltinCall(b *testing.B) { benchCallInLoop(b, "Taille(s)") }

// BenchmarkMethodCall is BenchmarkBuiltinCall with the prefixed syntax
// (s.Taille(), SPEC §7): the receiver goes on the argument stack too, 0
// allocs/call.
func BenchmarkMethodCall(b *testing.B) { benchCallInLoop(b, "s.Taille()") }

// benchCallInLoop runs `t += call` 100,000 times per iteration and reports
// the cost of one call.
func benchCallInLoop(b *testing.B, call string) {
	const n = 100_000
	src := fmt.Sprintf("s est une chaîne = \"bonjour\"\nt est un entier\nPOUR i = 1 _À_ %d\n\tt += %s\nFIN\n", n, call)
	p, err := stdlib.NewEngine(runtime.WithOutput(nil, nil)).Compile("b.wl", []byte(src))
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	var before, after goruntime.MemStats
	goruntime.ReadMemStats(&before)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := p.Run(ctx); err != nil {
			b.Fatal(err)
		}
	}
	goruntime.ReadMemStats(&after)
	calls := float64(b.N) * n
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/calls, "ns/call")
	b.ReportMetric(float64(after.Mallocs-before.Mallocs)/calls, "allocs/call")
}

// BenchmarkUnpack is Call.Unpack alone, for three arguments.
func BenchmarkUnpack(b *testing.B) {
	c := &runtime.Call{Name: "F"}
	args := []runtime.Value{runtime.Str("abc"), runtime.Int(2), runtime.Real(1.5)}
	b.ReportAllocs()
	for b.Loop() {
		var s string
		var n int64
		f := 0.0
		if err := c.Unpack(args, "s", &s, "n", &n, "f?", &f); err != nil {
			b.Fatal(err)
		}
	}
}
