package parser

import (
	"runtime"
	"testing"

	"github.com/alecthomas/participle/v2"

	"github.com/wlangage/wl/tests/bench/bigscript"
)

func BenchmarkParse(b *testing.B) {
	src := bigscript.Script(1 << 20)
	if _, err := Parse("big.wl", src); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse("big.wl", src); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkParseTree reports what the tree of a parsed 1 MB script keeps
// in memory once the parse's garbage is collected, per byte of source
// (tree-B/byte, the source text itself excluded): the peak of `wl check`
// at 10 MB is mostly this tree (runtime's Engine.CheckFile).
func BenchmarkParseTree(b *testing.B) {
	src := bigscript.Script(1 << 20)
	var m runtime.MemStats
	var tree float64
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		runtime.GC()
		runtime.ReadMemStats(&m)
		before := m.HeapAlloc
		f, err := Parse("big.wl", src)
		if err != nil {
			b.Fatal(err)
		}
		runtime.GC()
		runtime.ReadMemStats(&m)
		tree = float64(m.HeapAlloc-before) / float64(len(src))
		runtime.KeepAlive(f)
	}
	b.ReportMetric(tree, "tree-B/byte")
}

// BenchmarkGrammarBuild measures building each participle grammar once:
// the whole-file, statement and header grammars, built only when an
// error, a delegated statement form or an unusual header needs them (a
// correct script of the forms the fast path reads by hand builds none).
func BenchmarkGrammarBuild(b *testing.B) {
	opts := []participle.Option{participle.Lexer(lexDef{}), participle.UseLookahead(lookahead)}
	b.Run("file", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			participle.MustBuild[gFile](opts...)
		}
	})
	b.Run("stmt", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			participle.MustBuild[gStmt](opts...)
		}
	})
	b.Run("head", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			participle.MustBuild[gProcHead](opts...)
		}
	})
}

// BenchmarkParseSmall measures the parse of a one-line script (the peer
// kit's empty workload): what start-up pays to parse, no grammar being
// built.
func BenchmarkParseSmall(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse("empty.wl", "Trace(0)\n"); err != nil {
			b.Fatal(err)
		}
	}
}
