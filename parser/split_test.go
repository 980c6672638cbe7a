package parser

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/wlangage/wl/tests/bench/bigscript"
)

// TestSplitParseEqualsWhole: parsing procedure by procedure gives the tree
// and the errors of a whole-file parse, for every golden script and the
// benchmark's script.
func TestSplitParseEqualsWhole(t *testing.T) {
	srcs := map[string]string{"big.wl": bigscript.Script(40_000)}
	err := filepath.WalkDir("../tests/golden", func(path string, d fs.DirEntry, err error) error {
		if err != nil || !strings.HasSuffix(path, ".wl") {
			return err
		}
		b, err := os.ReadFile(path)
		srcs[path] = string(b)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	procs := 0
	for name, src := range srcs {
		split, serrs := parse(name, src, true)
		whole, werrs := parse(name, src, false)
		if !reflect.DeepEqual(split, whole) || !reflect.DeepEqual(serrs, werrs) {
			t.Errorf("%s: split and whole parses differ (errors %v / %v)", name, serrs, werrs)
		}
		if werrs == nil {
			// A correct script goes through the procedure-by-procedure
			// path, not its whole-file fallback.
			if _, _, fast := parseSplit(name, src); !fast {
				t.Errorf("%s: the fast path failed on a correct script", name)
			}
			procs += len(split.Procs)
		}
	}
	if procs < 100 {
		t.Fatalf("only %d procedures parsed", procs)
	}
}

// TestSplitParseEqualsWholeDamaged: a script of many procedures, damaged
// at one line at a time, gets the same diagnostics from the
// procedure-by-procedure parse, which finishes from the damaged procedure
// with the grammar (splitParser.decide), as from the whole-file parse. Damage
// before, inside and after other errors' procedures is covered: the lines
// are spread over the whole script.
func TestSplitParseEqualsWholeDamaged(t *testing.T) {
	main := "x est un entier = 1\nSI x > 0 ALORS\n\tTrace(x)\nFIN\nTANTQUE x < 3\n\tx++\nFIN\n"
	lines := strings.SplitAfter(main+bigscript.Script(12_000), "\n")
	damages := []func(line string) string{
		func(string) string { return "" },                                         // a line removed
		func(l string) string { return l + l },                                    // a line twice
		func(l string) string { return "SI ALORS\n" + l },                         // a syntax error
		func(l string) string { return l + "x = (1 +\n" },                         // an open bracket
		func(l string) string { return l + "FIN\n" },                              // a FIN too many
		func(l string) string { return l + "POUR i = 1\n" },                       // a block never closed
		func(l string) string { return l + "x est un entier\nx est un entier\n" }, // declared twice
		func(l string) string { return strings.Replace(l, "(", "((", 1) },
		func(l string) string { return l + "s = \"open\n" },          // a lexical error
		func(l string) string { return l + "SI x > 0 RENVOYER 1\n" }, // error 25, from the converter
		func(l string) string { return l + "{\n" },                   // a brace block never closed
		func(l string) string { return l + "}\n" },
		func(l string) string { return strings.Replace(l, ")", "", 1) },
		func(l string) string { return l + "PROCÉDURE\n" },
	}
	compared, failing := 0, 0
	for i := 0; i < len(lines); i += 5 {
		damage := damages[i%len(damages)]
		src := strings.Join(lines[:i], "") + damage(lines[i]) + strings.Join(lines[i+1:], "")
		split, serrs := parse("d.wl", src, true)
		whole, werrs := parse("d.wl", src, false)
		if !reflect.DeepEqual(split, whole) || !reflect.DeepEqual(serrs, werrs) {
			t.Errorf("line %d damaged: split and whole parses differ:\n split %v\n whole %v", i+1, serrs, werrs)
		}
		compared++
		if werrs != nil {
			failing++
		}
	}
	if compared < 50 || failing < compared/2 {
		t.Fatalf("%d damaged scripts compared, %d with errors: too few", compared, failing)
	}
}

// TestSplitParseConversionErrors: errors the converter finds (error 25,
// a one-line SI without ALORS) are collected procedure after procedure and
// reported once, unless a syntax error comes later in the file, as the
// whole-file parse does.
func TestSplitParseConversionErrors(t *testing.T) {
	proc := func(n int, body string) string {
		return fmt.Sprintf("PROCÉDURE P%d(x)\n%sFIN\n", n, body)
	}
	conv := "Trace(x)\nSI x > 0 RENVOYER 1\n" // its FIN closes the procedure
	ok := "SI x > 0 ALORS\n\tRENVOYER 1\nFIN\nRENVOYER 0\n"
	bad := "x = (1 +\n"
	for name, src := range map[string]string{
		"one":          "Trace(1)\n" + proc(1, ok) + proc(2, conv) + proc(3, ok),
		"two":          "Trace(1)\n" + proc(1, conv) + proc(2, ok) + proc(3, conv),
		"then syntax":  "Trace(1)\n" + proc(1, conv) + proc(2, ok) + proc(3, bad),
		"syntax first": "Trace(1)\n" + proc(1, bad) + proc(2, conv),
	} {
		split, serrs := parse("c.wl", src, true)
		whole, werrs := parse("c.wl", src, false)
		if !reflect.DeepEqual(split, whole) || !reflect.DeepEqual(serrs, werrs) {
			t.Errorf("%s: split and whole parses differ:\n split %v\n whole %v", name, serrs, werrs)
		}
		if len(werrs) == 0 {
			t.Errorf("%s: no error", name)
		}
	}
}
