package stdlib_test

import (
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestFamilyWalls checks that no family imports another: what families
// share lives in stdlib/internal (issue 11, point 3).
func TestFamilyWalls(t *testing.T) {
	const prefix = "github.com/wlangage/wl/stdlib/"
	for _, fam := range []string{"console", "errors", "strings", "numbers", "arrays", "dates", "files"} {
		files, _ := filepath.Glob(filepath.Join(fam, "*.go"))
		if len(files) == 0 {
			t.Fatalf("no source in %s", fam)
		}
		for _, f := range files {
			if strings.HasSuffix(f, "_test.go") {
				continue
			}
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			af, err := parser.ParseFile(token.NewFileSet(), f, src, parser.ImportsOnly)
			if err != nil {
				t.Fatal(err)
			}
			for _, imp := range af.Imports {
				p, _ := strconv.Unquote(imp.Path.Value)
				if strings.HasPrefix(p, prefix) && !strings.HasPrefix(p, prefix+"internal/") {
					t.Errorf("%s imports %s: move what is shared to stdlib/internal", f, p)
				}
			}
		}
	}
}
