package runtime

import (
	"bytes"
	"context"
	"os"
	"testing"
)

func benchFile(b *testing.B, fn string) {
	var out bytes.Buffer
	e := quickEngine(&out)
	src, err := os.ReadFile(fn)
	if err != nil {
		b.Skip(err)
	}
	p, err := e.Compile(fn, src)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := p.Run(context.Background()); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkQuickFib(b *testing.B)  { benchFile(b, "../../shared/bench/peers/fib.wl") }
func BenchmarkQuickLoop(b *testing.B) { benchFile(b, "../../shared/bench/peers/loop.wl") }
func BenchmarkQuickStr(b *testing.B)  { benchFile(b, "../../shared/bench/peers/str.wl") }
