package tests

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	goruntime "runtime"
	"strings"
	"testing"

	"github.com/wlangage/wl/runtime"
	"github.com/wlangage/wl/stdlib"
)

// The workloads shared with the peer engines (../shared/bench/peers):
// the scripts of tests/bench are the project's own copies, and what each
// prints.
var benchWorkloads = []struct{ name, want string }{
	{"empty", "0\n"},
	{"fib", "196418\n"},
	{"loop", "499999500000\n"},
	{"str", "100000\n"},
	{"sort", "1499093\n"},
	{"structs", "15000150000\n"},
	{"assoc", "5000050000\n"},
	{"strfn", "1700000\n"},
}

// compileBench compiles src with the standard library, its output going to
// out.
func compileBench(tb testing.TB, name string, src []byte, out io.Writer) *runtime.Program {
	tb.Helper()
	eng := stdlib.NewEngine(runtime.WithOutput(out, io.Discard))
	prog, err := eng.Compile(name, src)
	if err != nil {
		tb.Fatalf("%s: %v", name, err)
	}
	return prog
}

// compileWorkload compiles the project's copy of a workload, bench/NAME.wl.
func compileWorkload(tb testing.TB, name string, out io.Writer) *runtime.Program {
	tb.Helper()
	src, err := os.ReadFile(filepath.Join("bench", name+".wl"))
	if err != nil {
		tb.Fatal(err)
	}
	return compileBench(tb, name+".wl", src, out)
}

// TestBenchScripts checks that the benchmark inputs compute the right
// answers (a benchmark of a wrong program measures nothing).
func TestBenchScripts(t *testing.T) {
	for _, w := range benchWorkloads {
		t.Run(w.name, func(t *testing.T) {
			var out strings.Builder
			prog := compileWorkload(t, w.name, &out)
			ctx, cancel := context.WithTimeout(context.Background(), defaultLimit)
			defer cancel()
			if _, err := prog.Run(ctx); err != nil {
				t.Fatal(err)
			}
			if out.String() != w.want {
				t.Errorf("printed %q, want %q", out.String(), w.want)
			}
		})
	}
}

// BenchmarkWorkloads runs the project's copies of the peer workloads:
// compiled once, run b.N times, output discarded.
func BenchmarkWorkloads(b *testing.B) {
	for _, w := range benchWorkloads {
		b.Run(w.name, func(b *testing.B) {
			benchProgram(b, compileWorkload(b, w.name, io.Discard))
		})
	}
}

// BenchmarkPeers runs the workloads exactly as ../shared/bench/peers holds
// them (the same files run.sh gives to `wl run`), when that folder is
// beside the repository.
func BenchmarkPeers(b *testing.B) {
	dir := filepath.Join(repoRoot(b), "..", "shared", "bench", "peers")
	if _, err := os.Stat(dir); err != nil {
		b.Skipf("no %s: %v", dir, err)
	}
	for _, w := range benchWorkloads {
		b.Run(w.name, func(b *testing.B) {
			src, err := os.ReadFile(filepath.Join(dir, w.name+".wl"))
			if err != nil {
				b.Skip(err)
			}
			benchProgram(b, compileBench(b, w.name+".wl", src, io.Discard))
		})
	}
}

// BenchmarkCompile measures parsing and compiling, without running.
func BenchmarkCompile(b *testing.B) {
	src, err := os.ReadFile(filepath.Join("bench", "fib.wl"))
	if err != nil {
		b.Fatal(err)
	}
	eng := stdlib.NewEngine(runtime.WithOutput(io.Discard, io.Discard))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := eng.Compile("fib.wl", src); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLoopIteration measures one iteration of an integer loop
// (`total += i` in POUR): the ns/iter and allocs/iter metrics divide by the
// iteration count, so allocs/iter shows whether the hot path allocates.
func BenchmarkLoopIteration(b *testing.B) {
	const n = 100_000
	src := fmt.Sprintf("Trace(Somme())\n\nPROCÉDURE Somme()\ntotal est un entier sur 8 octets = 0\nPOUR i = 1 _À_ %d\n\ttotal += i\nFIN\nRENVOYER total\n", n)
	prog := compileBench(b, "iteration.wl", []byte(src), io.Discard)
	var before, after goruntime.MemStats
	goruntime.ReadMemStats(&before)
	benchProgram(b, prog)
	goruntime.ReadMemStats(&after)
	iters := float64(b.N) * n
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/iters, "ns/iter")
	b.ReportMetric(float64(after.Mallocs-before.Mallocs)/iters, "allocs/iter")
}

// benchProgram runs prog b.N times and reports allocations per run.
func benchProgram(b *testing.B, prog *runtime.Program) {
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := prog.Run(ctx); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkStartup measures what `wl run empty.wl` does besides starting
// the process: an engine with the standard library, the compilation of
// the empty workload, and its run.
func BenchmarkStartup(b *testing.B) {
	src, err := os.ReadFile(filepath.Join("bench", "empty.wl"))
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		eng := stdlib.NewEngine(runtime.WithOutput(io.Discard, io.Discard))
		prog, err := eng.Compile("empty.wl", src)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := prog.Run(ctx); err != nil {
			b.Fatal(err)
		}
	}
}
