package cli

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/wlangage/wl/tests/bench/bigscript"
)

// BenchmarkCheck measures `wl check` (read, parse, compile) of a 1 MB
// script, in MB/s.
func BenchmarkCheck(b *testing.B) {
	dir := b.TempDir()
	src := bigscript.Script(1 << 20)
	if err := os.WriteFile(filepath.Join(dir, "big.wl"), []byte(src), 0o644); err != nil {
		b.Fatal(err)
	}
	var stderr strings.Builder
	e := &Env{Stdout: io.Discard, Stderr: &stderr, Dir: dir}
	if st := e.Main([]string{"check", "big.wl"}); st != ExitOK {
		b.Fatalf("status %d: %.500s", st, stderr.String())
	}
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if st := e.Main([]string{"check", "big.wl"}); st != ExitOK {
			b.Fatalf("status %d", st)
		}
	}
}
