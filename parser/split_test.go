package parser

import (
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
			if _, ok := parseByProc(name, src); !ok {
				t.Errorf("%s: parseByProc failed on a correct script", name)
			}
			procs += len(split.Procs)
		}
	}
	if procs < 100 {
		t.Fatalf("only %d procedures parsed", procs)
	}
}
