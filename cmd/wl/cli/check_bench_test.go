package cli

import (
	"io"
	"os"
	"path/filepath"
	goruntime "runtime"
	"strings"
	"testing"

	"github.com/wlangage/wl/tests/bench/bigscript"
)

// BenchmarkCheck measures `wl check` (read, parse, compile in check mode)
// of a 1 MB script, in MB/s.
func BenchmarkCheck(b *testing.B) { benchCheck(b, 1<<20) }

// BenchmarkCheck10MB is BenchmarkCheck at 10 MB, the size of the memory
// goal (issue 10: at most 300 MB of peak RSS, measured on the wl binary
// with /usr/bin/time). heapsys-MB is the Go heap the process obtained from
// the system, at most, which the check's peak bounds.
func BenchmarkCheck10MB(b *testing.B) { benchCheck(b, 10<<20) }

func benchCheck(b *testing.B, size int) {
	dir := b.TempDir()
	src := bigscript.Script(size)
	if err := os.WriteFile(filepath.Join(dir, "big.wl"), []byte(src), 0o644); err != nil {
		b.Fatal(err)
	}
	n := int64(len(src))
	src = ""
	goruntime.GC()
	var stderr strings.Builder
	e := &Env{Stdout: io.Discard, Stderr: &stderr, Dir: dir}
	if st := e.Main([]string{"check", "big.wl"}); st != ExitOK {
		b.Fatalf("status %d: %.500s", st, stderr.String())
	}
	b.SetBytes(n)
	b.ReportAllocs()
	for b.Loop() {
		if st := e.Main([]string{"check", "big.wl"}); st != ExitOK {
			b.Fatalf("status %d", st)
		}
	}
	var m goruntime.MemStats
	goruntime.ReadMemStats(&m)
	b.ReportMetric(float64(m.HeapSys)/(1<<20), "heapsys-MB")
}
