package parser

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

// FuzzParse checks that no input makes the parser panic or hang, that
// every error it reports is positioned, coded and translated, and that the
// procedure-by-procedure parse agrees with a whole-file parse.
func FuzzParse(f *testing.F) {
	seeds := []string{
		"x est un entier = 5\nSI x > 2 ALORS\n\tTrace(x)\nSINON\n\tTrace(0)\nFIN\n",
		"POUR i = 1 À 10 PAS 2\n\tSELON i\n\tCAS 1, 3: Trace(i)\n\tAUTRE CAS\n\tFIN\nFIN\n",
		"PROCÉDURE P(a, b est un entier = 2) : entier\nRENVOYER a + b\n",
		"s = \"a[%x%]b\"\nt est un tableau de 3 par 2 entiers\nt[1, 2] = s[[2 À 3]]\n",
		"QUAND EXCEPTION DANS\n\tExceptionDéclenche(1)\nFAIRE\n\tTrace(ExceptionInfo())\nFIN\n",
		"BOUCLE\n\tx++\nA FAIRE TANTQUE x < 3\n(a, , c) = P()\n",
	}
	for _, s := range seeds {
		f.Add(s)
	}
	// Seed from the repository's scripts too.
	for _, pat := range []string{"../examples/*/*.wl", "../tests/golden/*/*.wl"} {
		files, _ := filepath.Glob(pat)
		for _, fn := range files {
			if b, err := os.ReadFile(fn); err == nil {
				f.Add(string(b))
			}
		}
	}
	f.Fuzz(func(t *testing.T, src string) {
		if strings.Count(src, "\n") > 2000 {
			return
		}
		// A hang shows as a crash with the input saved.
		timer := time.AfterFunc(5*time.Second, func() { panic(fmt.Sprintf("parse took more than 5s: %q", src)) })
		_, err := Parse("f.wl", src)
		whole, werrs := parse("f.wl", src, false)
		split, serrs := parse("f.wl", src, true)
		timer.Stop()
		if !reflect.DeepEqual(whole, split) || !reflect.DeepEqual(werrs, serrs) {
			t.Fatalf("split and whole parses differ for %q: %v / %v", src, serrs, werrs)
		}
		if err == nil {
			return
		}
		l, ok := err.(ErrorList)
		if !ok {
			t.Fatalf("error of type %T: %v", err, err)
		}
		for _, e := range l {
			if e.Pos.Line < 1 || e.Pos.Col < 1 || e.FR == "" || e.EN == "" || e.Code == 0 {
				t.Fatalf("unpositioned error %+v for %q", e, src)
			}
		}
	})
}
