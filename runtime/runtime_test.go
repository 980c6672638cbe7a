package runtime

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"
)

// testEngine is an engine with a minimal Trace, so that the runtime is
// tested without the stdlib.
func testEngine(out *bytes.Buffer, opts ...Option) *Engine {
	e := NewEngine(append([]Option{WithOutput(out, out)}, opts...)...)
	e.Register(&Func{Name: "Trace", Max: -1, Fn: func(c *Call, args []Value) (Value, error) {
		parts := make([]string, len(args))
		for i, a := range args {
			parts[i] = a.Text()
		}
		c.Run.Stdout.Write([]byte(strings.Join(parts, " ") + "\n"))
		return Null, nil
	}})
	return e
}

func run(t *testing.T, src string, opts ...Option) (string, error) {
	t.Helper()
	var out bytes.Buffer
	p, err := testEngine(&out, opts...).Compile("t.wl", []byte(src))
	if err != nil {
		return "", err
	}
	_, err = p.Run(context.Background())
	return out.String(), err
}

// scriptCase is a script and what it must print.
type scriptCase struct{ name, src, want string }

// runScripts runs each case as a subtest: it must run without error and
// print exactly want.
func runScripts(t *testing.T, cases []scriptCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, err := run(t, tc.src)
			if err != nil {
				t.Fatal(err)
			}
			if got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func TestScripts(t *testing.T) {
	runScripts(t, []scriptCase{
		{"fib", "Trace(fib(15))\nPROCÉDURE fib(n est un entier) : entier\nSI n < 2 ALORS RENVOYER n\nRENVOYER fib(n - 1) + fib(n - 2)\n", "610\n"},
		{"byref", "x est un entier = 1\nP(x)\nP((x))\nTrace(x)\nPROCEDURE P(v)\nv += 10\n", "11\n"},
		{"closure", "t est un entier\nPROCÉDURE INTERNE Ajoute(n)\n\tt += n\nFIN\nAjoute(2)\nAjoute(3)\nTrace(t)\n", "5\n"},
		{"strings", "s est une chaîne\nPOUR i = 1 _À_ 3\n\ts += \"ab\"\nFIN\nTrace(s, s[[2 À 3]])\n", "ababab ba\n"},
		{"multi", "(a, , c) = P()\nTrace(a, c)\nPROCEDURE P()\nRENVOYER (1, 2, 3)\n", "1 3\n"},
		{"try", "QUAND EXCEPTION DANS\n\tExceptionDéclenche(5, \"x\")\nFAIRE\n\tTrace(\"pris\")\nFIN\n", "pris\n"},
	})
}

func TestErrors(t *testing.T) {
	_, err := run(t, "x = y + 1\n")
	var ce *CompileError
	if !errors.As(err, &ce) || ce.Errors[0].Format("fr") != "t.wl:1:5: Identificateur inconnu « y » (301)" {
		t.Fatalf("got %v", err)
	}
	_, err = run(t, "a est un entier = 1\nb = a\n", WithStrict(true))
	if !errors.As(err, &ce) || ce.Errors[0].Code != 301 {
		t.Fatalf("strict: got %v", err)
	}
	_, err = run(t, "BOUCLE\nFIN\n", WithLimits(1000, 0))
	var re *Error
	if !errors.As(err, &re) || re.Kind != ErrHost || re.Pos.Line != 1 {
		t.Fatalf("limit: got %#v", err)
	}
	_, err = run(t, "Trace(1)\nP()\nPROCEDURE P()\nP()\n", WithLimits(0, 50))
	if !errors.As(err, &re) || re.Kind != ErrHost {
		t.Fatalf("depth: got %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var out bytes.Buffer
	p, _ := testEngine(&out).Compile("t.wl", []byte("BOUCLE\nFIN\n"))
	if _, err := p.Run(ctx); !errors.As(err, &re) || re.Kind != ErrHost {
		t.Fatalf("cancel: got %v", err)
	}
}

// BenchmarkLoopIteration shows the cost and the allocations of one
// iteration of a numeric loop: 0 allocs per iteration.
func BenchmarkLoopIteration(b *testing.B) {
	benchScript(b, "b.wl", "s est un entier sur 8 octets\nPOUR i = 1 _À_ 1000000\n\ts += i\nFIN\n", "")
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/1e6, "ns/iteration")
}

// BenchmarkFib measures calls: fib(25) makes 242,785 calls.
func BenchmarkFib(b *testing.B) {
	benchScript(b, "fib.wl", "Trace(fib(25))\nPROCÉDURE fib(n est un entier) : entier\nSI n < 2 ALORS RENVOYER n\nRENVOYER fib(n - 1) + fib(n - 2)\n", "75025\n")
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/242785, "ns/call")
}

// benchScript compiles src once and runs it b.N times, then checks what
// the last run printed; the caller reports its own per-unit metric.
func benchScript(b *testing.B, name, src, want string) {
	b.Helper()
	var out bytes.Buffer
	p, err := testEngine(&out).Compile(name, []byte(src))
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		out.Reset()
		if _, err := p.Run(context.Background()); err != nil {
			b.Fatal(err)
		}
	}
	if out.String() != want {
		b.Fatalf("printed %q, want %q", out.String(), want)
	}
}

// TestBuiltinStacks: an exception thrown by a built-in while other
// built-in calls hold arguments on the run's stacks is caught, and the
// stacks are back to empty afterwards (no growth, no stale arguments).
func TestBuiltinStacks(t *testing.T) {
	var out bytes.Buffer
	e := testEngine(&out)
	e.Register(&Func{Name: "Boum", Max: -1, Fn: func(c *Call, args []Value) (Value, error) {
		return Null, c.Errorf(7, "boum %s", "boom %s", args[0].Text())
	}})
	e.Register(&Func{Name: "Hauteur", Fn: func(c *Call, args []Value) (Value, error) {
		r := c.Run
		return Str(Int(int64(len(r.argStack))).Text() + " " + Int(int64(len(r.refStack))).Text() + " " + Int(int64(r.ncall)).Text()), nil
	}})
	src := "x est un entier = 4\nPOUR i = 1 _À_ 3\n\tQUAND EXCEPTION DANS\n\t\tTrace(x, i, Trace(x, Boum(x)))\n\tFAIRE\n\t\tTrace(\"pris\", Hauteur())\n\tFIN\nFIN\nTrace(x, Hauteur())\n"
	p, err := e.Compile("t.wl", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := p.Run(context.Background()); err != nil {
		t.Fatal(err)
	}
	// Hauteur runs while its caller Trace holds one argument, no place yet.
	want := strings.Repeat("pris 1 0 1\n", 3) + "4 1 0 1\n"
	if out.String() != want {
		t.Errorf("got %q, want %q", out.String(), want)
	}
}

// TestTypedCalls covers the typed call path (fastcall.go) against what
// the general path does: conversions to the parameter's type, a computed
// argument never passed by reference while a variable still is, a
// procedure compiled after its call site, internal procedures, two
// parameters, an untyped parameter, and the depth limit.
func TestTypedCalls(t *testing.T) {
	runScripts(t, []scriptCase{
		{"convert", "Trace(Dbl(2.7 + 1))\nTrace(Dbl(\"21\" + 0))\nPROCÉDURE Dbl(n est un entier) : entier\nRENVOYER n * 2\n", "6\n420\n"},
		{"byvalue", "x est un entier = 5\nInc(x + 0)\nTrace(x)\nInc(x)\nTrace(x)\nPROCÉDURE Inc(n est un entier)\nn += 100\n", "5\n105\n"},
		{"two", "Trace(Sub(10, 3), Sub(3.5 * 2, 1))\nPROCÉDURE Sub(a est un entier, b est un réel)\nRENVOYER a - b\n", "7 6\n"},
		{"variant", "Trace(Id(1 + 1), Id(\"a\" + \"b\"))\nPROCÉDURE Id(v)\nRENVOYER v\n", "2 ab\n"},
		{"inner", "Trace(Ext(4))\nPROCÉDURE Ext(n est un entier) : entier\nRENVOYER Int(n + 1)\n\tPROCÉDURE INTERNE Int(m est un entier) : entier\n\tRENVOYER m * n\n\tFIN\n", "20\n"},
		{"mixed", "x est un entier = 3\nTrace(G(x))\nPROCÉDURE G(n est un entier) : entier\nRENVOYER H(n + 1) + n\nPROCÉDURE H(m est un entier) : entier\nRENVOYER m * 10\n", "43\n"},
		{"noresult", "Trace(Rien(1 + 2))\nPROCÉDURE Rien(n est un entier)\nn++\n", "\n"},
	})
	_, err := run(t, "Trace(R(1 + 0))\nPROCÉDURE R(n est un entier) : entier\nRENVOYER R(n + 1)\n", WithLimits(0, 50))
	var re *Error
	if !errors.As(err, &re) || re.Kind != ErrHost || !strings.Contains(re.FR, "50") {
		t.Fatalf("depth limit: got %v", err)
	}
}

// TestIntCompoundAssign covers the entier paths of += and -= (locals
// addressed in place, an entier right-hand side without a Value) against
// the outputs of the general path: a Variant holding a real or a string,
// and the 64-bit overflow raised as an exception.
func TestIntCompoundAssign(t *testing.T) {
	out, err := run(t, "s est un entier sur 8 octets = 0\nPOUR i = 1 _À_ 5\n\ts += i\n\ts -= 1\nFIN\nTrace(s)\nv est un Variant = 2.5\ns += v\nTrace(s)\nk est un entier sur 8 octets = 3\ns += k * 2 - 1\ns -= k\nTrace(s)\nw est un Variant = \"7\"\ns += w\nTrace(s)\nm est un entier sur 8 octets = 9223372036854775800\nQUAND EXCEPTION DANS\n\tPOUR j = 1 _À_ 10\n\t\tm += j\n\tFIN\nFAIRE\n\tTrace(\"dépassement\", m)\nFIN\nn est un entier sur 8 octets = -9223372036854775800\nQUAND EXCEPTION DANS\n\tn -= k * 10\nFAIRE\n\tTrace(\"dépassement\", n)\nFIN\n")
	if err != nil {
		t.Fatal(err)
	}
	if want := "10\n12\n14\n21\ndépassement 9223372036854775806\ndépassement -9223372036854775800\n"; out != want {
		t.Errorf("got %q, want %q", out, want)
	}
}
