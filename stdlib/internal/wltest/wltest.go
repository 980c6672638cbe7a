package wltest

import (
	"bytes"
	"context"
	"slices"
	"strconv"
	"strings"
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

	args   []runtime.Value // the arguments of the call being made
	result runtime.Value
}

// maxArgs is the number of argument variables (wltestArg1...) an Env
// declares.
const maxArgs = 12

// New makes an Env whose clock is Clock (change Env.Now to move it).
func New(opts ...runtime.Option) *Env {
	e := &Env{Out: &bytes.Buffer{}, Err: &bytes.Buffer{}, Now: Clock}
	opts = append([]runtime.Option{runtime.WithOutput(e.Out, e.Err), func(o *runtime.Options) { o.Now = func() time.Time { return e.Now } }}, opts...)
	e.Eng = stdlib.NewEngine(opts...)
	reg := e.Eng.Registry()
	for i := 0; i < maxArgs; i++ {
		reg.AddGlobal(&runtime.Global{Name: "wltestArg" + strconv.Itoa(i+1), Get: func(*runtime.Run) runtime.Value { return e.args[i] }})
	}
	// wltestResult only hands the value back: it leaves ErreurDétectée as
	// the call under test set it (DECISIONS 9f).
	reg.AddFunc(&runtime.Func{Name: "wltestResult", Max: -1, ReadsError: true, Fn: func(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
		switch len(args) {
		case 0:
			e.result = runtime.Null
		case 1:
			e.result = args[0]
		default:
			e.result = runtime.Tuple(append([]runtime.Value(nil), args...))
		}
		return runtime.Null, nil
	}})
	e.Run = e.Eng.NewRun(context.Background())
	return e
}

// Try calls the built-in name with args (an omitted argument is
// runtime.Null with its index listed in omit) the way a script does: it
// compiles the one-line program wltestResult(name(wltestArg1, *, ...))
// and runs it in the Env's run, so the argument count, the omitted
// arguments, ErreurDétectée and the error positions go through the
// engine. A compile error is returned as the error.
func (e *Env) Try(name string, args []runtime.Value, omit ...int) (runtime.Value, error) {
	call, err := e.Prepare(name, len(args), omit...)
	if err != nil {
		return runtime.Null, err
	}
	return call(args)
}

// Prepare compiles the call of name with n arguments (those listed in
// omit written `*`) once; the function it returns runs it with the given
// arguments, for tests that make many calls.
func (e *Env) Prepare(name string, n int, omit ...int) (func(args []runtime.Value) (runtime.Value, error), error) {
	if n > maxArgs {
		panic("wltest: too many arguments")
	}
	var src strings.Builder
	src.WriteString("wltestResult(" + name + "(")
	for i := 0; i < n; i++ {
		if i > 0 {
			src.WriteString(", ")
		}
		if slices.Contains(omit, i) {
			src.WriteString("*")
			continue
		}
		src.WriteString("wltestArg" + strconv.Itoa(i+1))
	}
	src.WriteString("))\n")
	p, err := e.Eng.Compile("test.wl", []byte(src.String()))
	if err != nil {
		return nil, err
	}
	return func(args []runtime.Value) (runtime.Value, error) {
		e.args, e.result = args, runtime.Null
		if _, err := e.Run.Eval(p); err != nil {
			return runtime.Null, err
		}
		return e.result, nil
	}, nil
}

// Eval compiles src, a script that may call wltestResult(...) to hand
// values back, and runs it in the Env's run; it returns what
// wltestResult received (several values as a tuple).
func (e *Env) Eval(src string) (runtime.Value, error) {
	p, err := e.Eng.Compile("test.wl", []byte(src))
	if err != nil {
		return runtime.Null, err
	}
	e.result = runtime.Null
	if _, err := e.Run.Eval(p); err != nil {
		return runtime.Null, err
	}
	return e.result, nil
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
