package runtime

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/wlangage/wl/parser"
)

// compileNodes compiles src and returns how many expressions and
// statements the compiler built, with the compile error if any.
func compileNodes(t *testing.T, src string, opts ...Option) (int64, error) {
	t.Helper()
	f, err := parser.ParseBytes("t.wl", []byte(src))
	if err != nil {
		t.Fatalf("parse: %v", err)
	}
	var out strings.Builder
	_ = out
	c := newCompiler(NewEngine(opts...), f)
	c.ctx = context.Background()
	_, err = c.compileProgram()
	return c.nodes, err
}

// TestCompileLinear: every element of a postfix chain is compiled once
// (issue 12, point 1: t[1]…[1] 22 deep used to build 2^22 closures).
func TestCompileLinear(t *testing.T) {
	const n = 22
	idx := strings.Repeat("[1]", n)
	for name, src := range map[string]string{
		"index":      "t est un tableau de 1 entiers\nx = t" + idx + "\n",
		"nested":     "t est un tableau de 1 entiers\nx = " + strings.Repeat("t[", n) + "1" + strings.Repeat("]", n) + "\n",
		"variant":    "v est un Variant\nx = v" + idx + "\n",
		"argument":   "t est un tableau de 1 entiers\nP(t" + idx + ")\nPROCEDURE P(a)\n",
		"target":     "v est un Variant\nv" + idx + " = 1\n",
		"members":    "v est un Variant\nv" + strings.Repeat(".a", n) + " = 1\nx = v" + strings.Repeat(".a", n) + "\n",
		"receiver":   "v est un Variant\nv" + strings.Repeat(".a[1]", n) + ".Ajoute(1)\n",
		"arguments":  "v est un Variant\nx = " + strings.Repeat("P(v[", n) + "1" + strings.Repeat("])", n) + "\nPROCEDURE P(a)\nRENVOYER a\n",
		"intcompare": "x est un entier\nSI " + strings.Repeat("(", 40) + "x" + strings.Repeat(" + x)", 40) + " > 0 ALORS x = 1\n",
	} {
		nodes, err := compileNodes(t, src)
		if err != nil {
			t.Errorf("%s: %v", name, err)
		}
		if nodes > 20*n+200 {
			t.Errorf("%s: %d nodes compiled for a chain of %d", name, nodes, n)
		}
	}
}

// codeOf returns the code of the first compile error.
func codeOf(err error) int {
	var ce *CompileError
	if errors.As(err, &ce) && len(ce.Errors) > 0 {
		return ce.Errors[0].Code
	}
	return -1
}

// TestCompileGuards: chains deeper than the guard, a cancelled
// compilation and one over the memory limit end with a coded error.
func TestCompileGuards(t *testing.T) {
	for name, src := range map[string]string{
		"index":   "t est un tableau de 1 entiers\nx = t" + strings.Repeat("[1]", 3*maxExprDepth) + "\n",
		"members": "v est un Variant\nx = v" + strings.Repeat(".a", 3*maxExprDepth) + "\n",
		"target":  "v est un Variant\nv" + strings.Repeat(".a", 3*maxExprDepth) + " = 1\n",
		"calls":   "v est un Variant\nv" + strings.Repeat("(1)", 3*maxExprDepth) + "\n",
	} {
		_, err := compileNodes(t, src)
		if codeOf(err) != codeTooDeep || !strings.Contains(err.Error(), "t.wl:2:") {
			t.Errorf("%s: got %v", name, err)
		}
	}
	big := strings.Repeat("x = 1 + 2\n", 5000)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := NewEngine().CompileContext(ctx, "t.wl", []byte(big))
	if codeOf(err) != codeCompileCancel {
		t.Errorf("cancelled: got %v", err)
	}
	_, err = NewEngine(WithMaxMemory(1<<20)).Compile("t.wl", []byte("s est une chaîne\n"+strings.Repeat("s = Gauche(s, 1) + Droite(s, 1) + Milieu(s, 1, 1)\n", 500)))
	if codeOf(err) != codeCompileMemory || strings.Contains(err.Error(), "t.wl:1:1:") {
		t.Errorf("compile memory (charged per node, not by source size): got %v", err)
	}
	_, err = NewEngine(WithMaxMemory(1<<20)).Compile("t.wl", []byte(big))
	if codeOf(err) != codeCompileMemory || !strings.Contains(err.Error(), "t.wl:1:1:") {
		t.Errorf("source size: got %v", err)
	}
}

// TestArrayDimensions: sizes that overflow or exceed what memory allows
// are positioned errors, never a fatal out of memory or 0 elements.
func TestArrayDimensions(t *testing.T) {
	for _, src := range []string{
		"t est un tableau de 100000 par 100000 entiers\n",
		"t est un tableau de 4294967296 par 4294967296 entiers\nt[1, 1] = 5\n",
		"CONSTANTE N = -1\nt est un tableau de N entiers\n",
	} {
		_, err := run(t, src)
		if codeOf(err) != codeArrayTooBig || !strings.HasPrefix(err.Error(), "t.wl:") {
			t.Errorf("%q: got %v", src, err)
		}
	}
	_, err := run(t, "t est un tableau de 50000 par 50000 entiers\nTrace(1)\n")
	var re *Error
	if !errors.As(err, &re) || re.Kind != ErrHost || re.Pos.Line != 1 || !strings.Contains(re.FR, "Limite de mémoire") {
		t.Errorf("50000 × 50000: got %v", err)
	}
}

// TestStackDepth: a call nested in deep expressions counts what it holds
// on the Go stack, so the depth limit stops it before the Go stack runs
// out (issue 12, point 3); ordinary recursion still reaches the call
// limit.
func TestStackDepth(t *testing.T) {
	id := func(e *Engine) {
		e.Register(&Func{Name: "Id", Min: 1, Max: 1, Fn: func(c *Call, args []Value) (Value, error) { return args[0], nil }})
	}
	for name, tc := range map[string]struct {
		src   string
		depth int
	}{
		"nested":    {"Trace(P(1))\nPROCEDURE P(n)\nRENVOYER " + strings.Repeat("Id(", 150) + "P(n + 1)" + strings.Repeat(")", 150) + "\n", 0},
		"recursion": {"Trace(P(1))\nPROCEDURE P(n)\nSI n > 5000 ALORS RENVOYER n\nRENVOYER P(n + 1)\n", 0},
		"limit":     {"Trace(P(1))\nPROCEDURE P(n)\nRENVOYER P(n + 1)\n", 300},
	} {
		var out strings.Builder
		_ = out
		e := testEngine(new(bytes.Buffer), WithLimits(0, max(tc.depth, 10000)))
		id(e)
		p, err := e.Compile("t.wl", []byte(tc.src))
		if err != nil {
			t.Fatal(err)
		}
		_, err = p.Run(context.Background())
		var re *Error
		switch name {
		case "recursion":
			if err != nil {
				t.Errorf("%s: %v", name, err)
			}
		default:
			if !errors.As(err, &re) || re.Kind != ErrHost || !strings.Contains(re.FR, "Trop d'appels imbriqués") {
				t.Errorf("%s: got %v", name, err)
			}
		}
	}
}

// TestMemoryLimit: growing strings and arrays stop at the limit with an
// error no handler catches.
func TestMemoryLimit(t *testing.T) {
	for name, src := range map[string]string{
		"double":  "s est une chaîne = \"x\"\nBOUCLE\n\ts = s + s\nFIN\n",
		"append":  "s est une chaîne = \"x\"\nBOUCLE\n\ts += s\nFIN\n",
		"catch":   "QUAND EXCEPTION DANS\n\ts est une chaîne = \"x\"\n\tBOUCLE\n\t\ts += s\n\tFIN\nFAIRE\n\tTrace(\"pris\")\nFIN\n",
		"cas":     "s est une chaîne = \"x\"\nBOUCLE\n\ts = s + [\" \"] + s\nFIN\nCAS EXCEPTION:\nTrace(\"pris\")\n",
		"array":   "t est un tableau de chaînes\nBOUCLE\n\tt += \"abcdefgh\"\nFIN\n",
		"assoc":   "a est un tableau associatif d'entiers\ni est un entier\nBOUCLE\n\ti++\n\ta[i] = i\nFIN\n",
		"interp":  "s est une chaîne = \"xy\"\nBOUCLE\n\ts = \"[%s%][%s%]\"\nFIN\n",
		"grow":    "t est un tableau <agrandissement=1> d'entiers\nt[30000000] = 1\n",
		"extract": "s est une chaîne = \"xy\"\nBOUCLE\n\ts[[1]] = s\nFIN\n",
	} {
		t.Run(name, func(t *testing.T) {
			out, err := run(t, src, WithMaxMemory(8<<20))
			var re *Error
			if !errors.As(err, &re) || re.Kind != ErrHost || re.Pos.Line == 0 || !strings.Contains(re.FR, "Limite de mémoire atteinte (8 Mio)") || strings.Contains(out, "pris") {
				t.Errorf("got %v, output %q", err, out)
			}
		})
	}
}

// TestInternalError: a Go panic in a built-in is an internal error in
// one line, with no Go stack and no file path, in French and English.
func TestInternalError(t *testing.T) {
	for _, lang := range []string{"fr", "en"} {
		var out bytes.Buffer
		e := testEngine(&out, WithLang(lang))
		e.Register(&Func{Name: "Casse", Fn: func(c *Call, args []Value) (Value, error) {
			var s []int
			return Int(int64(s[len(args)+3])), nil
		}})
		p, err := e.Compile("t.wl", []byte("x = 1\nCasse()\n"))
		if err != nil {
			t.Fatal(err)
		}
		_, err = p.Run(context.Background())
		var re *Error
		if !errors.As(err, &re) || re.Kind != ErrInternal || re.Pos.Line != 2 {
			t.Fatalf("%s: got %#v", lang, err)
		}
		msg := err.Error()
		if strings.Contains(msg, "goroutine") || strings.Contains(msg, ".go") || strings.Contains(msg, "\n") || !strings.Contains(msg, "index out of range") {
			t.Errorf("%s: %q", lang, msg)
		}
	}
}
