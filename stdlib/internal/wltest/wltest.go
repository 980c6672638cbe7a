// Package wltest calls built-in functions through a real engine for the
// stdlib unit tests.
package wltest

import (
	"bytes"
	"context"
	"testing"
	"time"

	"github.com/wlangage/wl/runtime"
	"github.com/wlangage/wl/stdlib"
)

// Clock is the fixed time of test runs: Tuesday 2 December 2003,
// 15:33:21.05.
var Clock = time.Date(2003, 12, 2, 15, 33, 21, 50_000_000, time.UTC)

// Env is an engine with the standard library, a run, and its outputs.
type Env struct {
	Eng      *runtime.Engine
	Run      *runtime.Run
	Out, Err *bytes.Buffer
	Now      time.Time
}

// New makes an Env whose clock is Clock (change Env.Now to move it).
func New(opts ...runtime.Option) *Env {
	e := &Env{Out: &bytes.Buffer{}, Err: &bytes.Buffer{}, Now: Clock}
	opts = append([]runtime.Option{runtime.WithOutput(e.Out, e.Err), func(o *runtime.Options) { o.Now = func() time.Time { return e.Now } }}, opts...)
	e.Eng = stdlib.NewEngine(opts...)
	e.Run = e.Eng.NewRun(context.Background())
	return e
}

// Try calls the built-in name with args (an omitted argument is
// runtime.Null with its index listed in omit).
func (e *Env) Try(name string, args []runtime.Value, omit ...int) (runtime.Value, error) {
	f := e.Eng.Registry().LookupFunc(runtime.Fold(name))
	if f == nil {
		panic("no built-in " + name)
	}
	var om []bool
	if len(omit) > 0 {
		om = make([]bool, len(args))
		for _, i := range omit {
			om[i] = true
		}
	}
	if f.Fallible {
		e.Run.ClearError()
	}
	return f.Fn(&runtime.Call{Run: e.Run, Name: name, Omitted: om}, args)
}

// Call calls name and fails the test on a fatal error.
func (e *Env) Call(t testing.TB, name string, args ...runtime.Value) runtime.Value {
	t.Helper()
	v, err := e.Try(name, args)
	if err != nil {
		t.Fatalf("%s: unexpected error %v", name, err)
	}
	return v
}

// Text calls name and returns the text of the result.
func (e *Env) Text(t testing.TB, name string, args ...runtime.Value) string {
	t.Helper()
	return e.Call(t, name, args...).Text()
}

// Const returns a registered constant.
func (e *Env) Const(t testing.TB, name string) runtime.Value {
	t.Helper()
	k := e.Eng.Registry().LookupConst(runtime.Fold(name))
	if k == nil {
		t.Fatalf("no constant %s", name)
	}
	return k.Value
}

// S makes a chaîne.
func S(s string) runtime.Value { return runtime.Str(s) }

// I makes an entier.
func I(i int64) runtime.Value { return runtime.Int(i) }

// R makes a réel.
func R(f float64) runtime.Value { return runtime.Real(f) }

// Strs makes an array of strings, as the literal ["a", "b"].
func Strs(ss ...string) runtime.Value {
	a := runtime.NewArray(runtime.TypeString, 0)
	for _, s := range ss {
		a.Append(runtime.Str(s))
	}
	return runtime.ArrayValue(a)
}

// Ints makes an array of integers.
func Ints(ns ...int64) runtime.Value {
	a := runtime.NewArray(runtime.TypeInt, 0)
	for _, n := range ns {
		a.Append(runtime.Int(n))
	}
	return runtime.ArrayValue(a)
}
