package tests

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/wlangage/wl/lexer"
	"github.com/wlangage/wl/parser"
	"github.com/wlangage/wl/runtime"
	"github.com/wlangage/wl/stdlib"
)

// FuzzCheckEqualsCompile: `wl check` compiles in check mode (runtime's
// Engine.Check, ParseText and CheckFile: closures dropped and procedure bodies
// released as they are checked), which must report exactly the errors and
// warnings of Compile, in both languages. The seeds are every script of
// the repository and forms where a released body still matters.
func FuzzCheckEqualsCompile(f *testing.F) {
	err := filepath.WalkDir("..", func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && strings.HasPrefix(d.Name(), "_") {
			return filepath.SkipDir
		}
		if !d.IsDir() && strings.HasSuffix(path, ".wl") {
			b, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			f.Add(b)
		}
		return nil
	})
	if err != nil {
		f.Fatal(err)
	}
	// A dimension naming a variable of a procedure checked (and released)
	// earlier is 9404, one naming nothing is 301 (runtime/dimname.go).
	f.Add([]byte("P1()\nP2()\nPROCÉDURE P1()\nnMax est un entier = 3\nTrace(nMax)\nPROCÉDURE P2(p est un entier)\nt est un tableau fixe de nMax entiers\nu est un tableau fixe de nRien entiers\nv est un tableau fixe de p entiers\n"))
	f.Add([]byte("PROCÉDURE P1()\nCONSTANTE\n\tcsN = 2\nFIN\nPROCÉDURE P2()\nt est un tableau fixe de csN entiers\nTrace(x)\n"))
	f.Fuzz(func(t *testing.T, src []byte) {
		if len(src) > 1<<16 {
			return
		}
		var want []*parser.Error
		var wantWarns []*parser.Error
		p, err := stdlib.NewEngine().Compile("f.wl", src)
		if err != nil {
			ce, ok := err.(*runtime.CompileError)
			if !ok {
				t.Fatalf("compile error of type %T: %v", err, err)
			}
			want, wantWarns = ce.Errors, ce.Warnings
		} else {
			wantWarns = p.Warnings
		}
		check := func(how string, warns []*parser.Error, err error) {
			t.Helper()
			var errs []*parser.Error
			if err != nil {
				ce, ok := err.(*runtime.CompileError)
				if !ok {
					t.Fatalf("%s: error of type %T: %v", how, err, err)
				}
				errs, warns = ce.Errors, ce.Warnings
			}
			if d := diffDiags(want, errs); d != "" {
				t.Errorf("%s errors differ from Compile's:\n%s", how, d)
			}
			if d := diffDiags(wantWarns, warns); d != "" {
				t.Errorf("%s warnings differ from Compile's:\n%s", how, d)
			}
		}
		warns, err := stdlib.NewEngine().Check("f.wl", src)
		check("Check", warns, err)
		if text, derr := lexer.Decode(src); derr == nil {
			eng := stdlib.NewEngine()
			f, err := eng.ParseText("f.wl", text, int64(len(src)))
			var warns []*parser.Error
			if err == nil {
				warns, err = eng.CheckFile(f)
			}
			check("ParseText+CheckFile", warns, err)
		}
	})
}

// diffDiags compares two lists of diagnostics by position, code and
// message in both languages; it returns "" when they are the same.
func diffDiags(want, got []*parser.Error) string {
	text := func(l []*parser.Error) []string {
		var out []string
		for _, e := range l {
			out = append(out, e.Format("fr")+" | "+e.Format("en")+" | "+e.Severity.String())
		}
		return out
	}
	w, g := text(want), text(got)
	if reflect.DeepEqual(w, g) {
		return ""
	}
	return "want:\n\t" + strings.Join(w, "\n\t") + "\ngot:\n\t" + strings.Join(g, "\n\t")
}
