// Package hostile runs the scripts a hostile user would write against the
// runtime (issue 12): each must end with a clean, positioned error under
// the limits an embedding host sets — never a Go panic, a Go stack, a
// fatal out of memory or a hang — and must leave the host's goroutines as
// it found them. The inputs are small and bounded; run with -race too.
package hostile

import (
	"bytes"
	"context"
	"errors"
	"io"
	"net"
	"os"
	"path/filepath"
	goruntime "runtime"
	"strings"
	"testing"
	"time"

	"github.com/wlangage/wl/runtime"
	"github.com/wlangage/wl/stdlib"
	"github.com/wlangage/wl/stdlib/email"
	"github.com/wlangage/wl/stdlib/email/smtpx"
	"github.com/wlangage/wl/stdlib/files"
)

// memLimit is the memory limit of every run here: small, so that a run
// reaching it stays cheap under -race.
const memLimit = 8 << 20

// engine is the full standard library with the host limits set, files
// reachable (for /dev/zero) and the network refused.
func engine(lang string, opts ...runtime.Option) *runtime.Engine {
	refuse := func(context.Context, string, string) (net.Conn, error) {
		return nil, errors.New("network disabled in hostile tests")
	}
	base := []runtime.Option{
		runtime.WithOutput(io.Discard, io.Discard),
		runtime.WithLang(lang),
		runtime.WithLimits(5_000_000, 10000),
		runtime.WithMaxMemory(memLimit),
		email.WithConfig(email.HostConfig{Delivery: smtpx.Delivery{Dial: refuse}}),
		files.WithOS(),
	}
	return stdlib.NewEngine(append(base, opts...)...)
}

// outcome is how a hostile script must end.
type outcome int

const (
	compileError outcome = iota // a compile error carrying a code
	hostStop                    // a limit: not catchable by the script
	exception                   // a WLangage error (catchable)
	internal                    // a built-in's bug: still one clean line
	completes                   // runs to its end (a fix made it harmless)
)

type hostileCase struct {
	name string
	src  string
	want outcome
	code int    // compile error code, when want is compileError
	text string // a part of the French message
	opts []runtime.Option
}

func cases(dir string) []hostileCase {
	deep := func(unit string, n int) string { return strings.Repeat(unit, n) }
	// Chains past the nesting guard are long: a limit their parsing fits.
	big := []runtime.Option{runtime.WithMaxMemory(64 << 20)}
	return []hostileCase{
		// 1. Index chains compile in linear time (they took 2^n).
		{name: "index-chain", src: "t est un tableau de 1 entiers\nx = t" + deep("[1]", 40) + "\n", want: exception, text: "Accès indicé impossible"},
		{name: "index-nested", src: "t est un tableau de 1 entiers\nx = " + deep("t[", 40) + "1" + deep("]", 40) + "\nTrace(x)\nx = t[2]\n", want: exception, text: "en dehors des bornes"},
		{name: "variant-chain", src: "v est un Variant\nx = v" + deep("[1]", 40) + "\n", want: exception, text: "Null"},
		{name: "member-target", src: "v est un entier\nv" + deep(".a", 40) + " = 1\n", want: exception}, // a Variant nests the members instead (doc 1514019)
		// 3. Go stack: nested evaluation around a recursive call, chains
		// deeper than the compile guard, arrays whose size overflows.
		{name: "abs-recursion", src: "Trace(P(1))\nPROCÉDURE P(n)\nRENVOYER " + deep("Abs(", 100) + "P(n + 1)" + deep(")", 100) + "\n", want: hostStop, text: "Trop d'appels imbriqués"},
		{name: "plain-recursion", src: "P()\nPROCÉDURE P()\nP()\n", want: hostStop, text: "Trop d'appels imbriqués"},
		{name: "member-chain", src: "v est un Variant\nx = v" + deep(".a", 20000) + "\n", want: compileError, code: 9410, opts: big},
		{name: "index-chain-deep", src: "t est un tableau de 1 entiers\nx = t" + deep("[1]", 20000) + "\n", want: compileError, code: 9410, opts: big},
		{name: "call-chain-deep", src: "v est un Variant\nv" + deep("(1)", 20000) + "\n", want: compileError, code: 9410, opts: big},
		{name: "array-huge", src: "t est un tableau de 100000 par 100000 entiers\n", want: compileError, code: 9413},
		{name: "array-overflow", src: "t est un tableau de 4294967296 par 4294967296 entiers\nt[1, 1] = 5\n", want: compileError, code: 9413},
		{name: "array-over-memory", src: "t est un tableau de 10000 par 10000 entiers\n", want: hostStop, text: "Limite de mémoire"},
		// 4. The memory limit, wherever memory grows; not catchable.
		{name: "string-doubling", src: "s est une chaîne = \"x\"\nBOUCLE\n\ts = s + s\nFIN\n", want: hostStop, text: "Limite de mémoire"},
		{name: "string-append", src: "s est une chaîne = \"x\"\nQUAND EXCEPTION DANS\n\tBOUCLE\n\t\ts += s\n\tFIN\nFAIRE\n\tTrace(\"pris\")\nFIN\n", want: hostStop, text: "Limite de mémoire"},
		{name: "chaineconstruit", src: "s = Répète(\"ab\", 1000000)\nBOUCLE\n\ts = ChaîneConstruit(\"%1%1%1\", s)\nFIN\nCAS EXCEPTION:\nTrace(\"pris\")\n", want: hostStop, text: "Limite de mémoire"},
		{name: "repete", src: "Trace(Taille(Répète(\"abcd\", 1000000000)))\n", want: exception, text: "trop grande"},
		{name: "repete-overflow", src: "Trace(Taille(Répète(\"abcd\", 4611686018427387904)))\n", want: exception, text: "trop grande"},
		{name: "fchargetexte-dev-zero", src: "s = fChargeTexte(\"/dev/zero\")\nSI PAS ErreurDétectée ALORS ExceptionDéclenche(1, \"lu\")\n", want: completes},
		{name: "fchargetexte-big", src: "s = fChargeTexte(\"" + filepath.ToSlash(filepath.Join(dir, "big.txt")) + "\")\nTrace(Taille(s))\n", want: hostStop, text: "Limite de mémoire"},
		{name: "array-append", src: "t est un tableau de chaînes\nBOUCLE\n\tTableauAjoute(t, \"abcdefgh\")\nFIN\n", want: hostStop, text: "Limite de mémoire"},
		{name: "assoc-growth", src: "a est un tableau associatif d'entiers\ni est un entier\nBOUCLE\n\ti++\n\ta[i] = i\nFIN\n", want: hostStop, text: "Limite de mémoire"},
		{name: "compile-memory", src: strings.Repeat("x = (1 + 2) * (3 + 4)\n", 2000), want: compileError, code: 9411, opts: []runtime.Option{runtime.WithMaxMemory(1 << 20)}},
		{name: "source-size", src: strings.Repeat("x = 1\n", 20000), want: compileError, code: 9411, opts: []runtime.Option{runtime.WithMaxMemory(1 << 20)}},
		// 8. Go panics never reach the user with a Go stack.
		{name: "remplace-huge", src: "Trace(Remplace(\"abc\", 2, 9223372036854775807, \"x\"))\n", want: completes},
		{name: "tableautrie-empties", src: "t est un tableau d'entiers = [3, 1, 2]\nTableauTrie(t, ttFonction, Cmp)\nPROCÉDURE Cmp(a, b)\nTableauSupprimeTout(t)\nRENVOYER a - b\n", want: internal},
		// 16. An exception with a code and no text says so.
		{name: "exception-no-text", src: "ExceptionDéclenche(1)\n", want: exception, text: "Exception 1 déclenchée sans message"},
		// 17. x += 1 on a never-declared name is 301, like y++.
		{name: "plus-equal-undeclared", src: "x += 1\n", want: compileError, code: 301},
	}
}

// TestHostile runs every case in French and English.
func TestHostile(t *testing.T) {
	dir := t.TempDir()
	// A regular file larger than the memory limit of the runs.
	if err := os.WriteFile(filepath.Join(dir, "big.txt"), bytes.Repeat([]byte("0123456789abcdef"), memLimit/16+1), 0o600); err != nil {
		t.Fatal(err)
	}
	before := goruntime.NumGoroutine()
	for _, lang := range []string{"fr", "en"} {
		for _, tc := range cases(dir) {
			t.Run(lang+"/"+tc.name, func(t *testing.T) { runCase(t, lang, tc) })
		}
	}
	// The runs left nothing behind: the host's goroutines are as before.
	deadline := time.Now().Add(5 * time.Second)
	for goruntime.NumGoroutine() > before && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if n := goruntime.NumGoroutine(); n > before {
		t.Errorf("%d goroutines before the hostile runs, %d after", before, n)
	}
}

func runCase(t *testing.T, lang string, tc hostileCase) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	var out bytes.Buffer
	eng := engine(lang, append([]runtime.Option{runtime.WithOutput(&out, &out)}, tc.opts...)...)
	prog, err := eng.CompileContext(ctx, "h.wl", []byte(tc.src))
	if err != nil {
		var ce *runtime.CompileError
		if !errors.As(err, &ce) {
			t.Fatalf("compile: error of type %T: %v", err, err)
		}
		clean(t, ce.Format(lang))
		for _, e := range ce.Errors {
			if e.Pos.Line < 1 || e.Pos.Col < 1 {
				t.Errorf("unpositioned compile error %q", e.Format(lang))
			}
		}
		if tc.want != compileError || ce.Errors[0].Code != tc.code {
			t.Fatalf("compile error %q, want outcome %d code %d", ce.Format(lang), tc.want, tc.code)
		}
		return
	}
	if tc.want == compileError {
		t.Fatalf("compiled, want compile error %d", tc.code)
	}
	_, err = prog.Run(ctx)
	if tc.want == completes {
		if err != nil {
			t.Fatalf("run: %v", err)
		}
		return
	}
	var re *runtime.Error
	if !errors.As(err, &re) {
		t.Fatalf("run: got %v (output %q)", err, out.String())
	}
	msg := re.Error()
	clean(t, msg)
	if re.Pos.Line < 1 || re.Text(lang) == "" {
		t.Errorf("unpositioned or empty error %q", msg)
	}
	if strings.Contains(out.String(), "pris") {
		t.Errorf("a script handler caught a host stop: %q", out.String())
	}
	switch tc.want {
	case hostStop:
		if re.Kind != runtime.ErrHost {
			t.Errorf("kind %d, want a host stop: %s", re.Kind, msg)
		}
	case exception:
		if re.Kind != runtime.ErrException {
			t.Errorf("kind %d, want an exception: %s", re.Kind, msg)
		}
	case internal:
		if re.Kind == runtime.ErrHost {
			t.Errorf("host stop, want an error: %s", msg)
		}
	}
	if tc.text != "" && lang == "fr" && !strings.Contains(re.Text("fr"), tc.text) {
		t.Errorf("%q does not say %q", re.Text("fr"), tc.text)
	}
}

// clean fails when an error text shows Go internals.
func clean(t *testing.T, msg string) {
	t.Helper()
	for _, bad := range []string{"goroutine ", ".go:", "/usr/local/go", "runtime.", "panic("} {
		if strings.Contains(msg, bad) {
			t.Errorf("error shows Go internals (%q): %q", bad, msg)
		}
	}
}
