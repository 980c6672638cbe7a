package stdlib_test

import (
	"bytes"
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/wlangage/wl/runtime"
	"github.com/wlangage/wl/stdlib"
	"github.com/wlangage/wl/stdlib/arrays"
)

// TestEnginesShareNothingWritable checks that the standard library's
// registry, shared by every engine, keeps each engine's additions to that
// engine: a function one engine registers (or overrides) is unknown to (or
// unchanged in) another.
func TestEnginesShareNothingWritable(t *testing.T) {
	var outA, outB bytes.Buffer
	a := stdlib.NewEngine(runtime.WithOutput(&outA, &outA))
	b := stdlib.NewEngine(runtime.WithOutput(&outB, &outB))
	a.Register(&runtime.Func{Name: "SeulementA", Fn: func(*runtime.Call, []runtime.Value) (runtime.Value, error) {
		return runtime.Str("a"), nil
	}})
	// A replaces Majuscule; B keeps the built-in.
	a.Register(&runtime.Func{Name: "Majuscule", Min: 1, Max: 1, Fn: func(*runtime.Call, []runtime.Value) (runtime.Value, error) {
		return runtime.Str("remplacée"), nil
	}})
	run := func(e *runtime.Engine, src string) error {
		p, err := e.Compile("t.wl", []byte(src))
		if err != nil {
			return err
		}
		_, err = p.Run(context.Background())
		return err
	}
	if err := run(a, `Trace(SeulementA())`+"\n"+`Trace(majuscule("x"))`); err != nil {
		t.Fatal(err)
	}
	if got := outA.String(); got != "a\nremplacée\n" {
		t.Errorf("engine A printed %q", got)
	}
	if err := run(b, `Trace(SeulementA())`); err == nil || !strings.Contains(err.Error(), "SeulementA") {
		t.Errorf("engine B sees engine A's function: err = %v", err)
	}
	if err := run(b, `Trace(Majuscule("x"))`); err != nil {
		t.Fatal(err)
	}
	if got := outB.String(); got != "X\n" {
		t.Errorf("engine B printed %q, want the built-in Majuscule", got)
	}
}

// TestEnginesConcurrent makes and runs engines from several goroutines
// (the shared registry is built once and only read; go test -race).
func TestEnginesConcurrent(t *testing.T) {
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var out bytes.Buffer
			e := stdlib.NewEngine(runtime.WithOutput(&out, &out))
			e.Register(&runtime.Func{Name: "PropreAuMoteur", Fn: func(*runtime.Call, []runtime.Value) (runtime.Value, error) { return runtime.Int(1), nil }})
			// tcLinéaire: the first constant lookup folds the shared
			// registry's constants, racing with the other goroutines.
			p, err := e.Compile("t.wl", []byte(`Trace(PropreAuMoteur() + Taille("abc"))`+"\n"+`Trace(tcLinéaire)`))
			if err != nil {
				t.Error(err)
				return
			}
			if _, err := p.Run(context.Background()); err != nil {
				t.Error(err)
				return
			}
			if want := fmt.Sprintf("4\n%d\n", arrays.TcLineaire); out.String() != want {
				t.Errorf("printed %q", out.String())
			}
		}()
	}
	wg.Wait()
}
