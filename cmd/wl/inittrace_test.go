package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// Bounds on what one of our packages may allocate at initialisation
// (issue 10, acceptance 5: grammars, tables and regular expressions are
// built on first use, not at init). A sync.OnceValue declared at package
// level costs two small allocations (72 bytes), so a handful of them fit;
// a regexp.MustCompile or a type table built at init does not.
const (
	maxInitAllocs = 16
	maxInitBytes  = 1024
)

var initLine = regexp.MustCompile(`^init (\S+) @\S+ ms, \S+ ms clock, (\d+) bytes, (\d+) allocs$`)

// TestNoInitWork runs wl and wl-spool, built as go install builds them,
// with GODEBUG=inittrace=1 and bounds the allocations of every package of
// the module: counts, not times, so that the test does not depend on the
// machine's load. (The test binary would not do: the linker drops the
// initialisation of the package-level maps nothing in it references.)
func TestNoInitWork(t *testing.T) {
	dir := binaries(t)
	for _, prog := range []string{"wl", "wl-spool"} {
		cmd := exec.Command(filepath.Join(dir, prog), "version")
		cmd.Env = append(os.Environ(), "GODEBUG=inittrace=1")
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("%s version: %v\n%s", prog, err, out)
		}
		ours := 0
		for _, line := range strings.Split(string(out), "\n") {
			m := initLine.FindStringSubmatch(strings.TrimSpace(line))
			if m == nil || !strings.HasPrefix(m[1], "github.com/wlangage/wl/") {
				continue
			}
			ours++
			bytes, _ := strconv.Atoi(m[2])
			allocs, _ := strconv.Atoi(m[3])
			if allocs > maxInitAllocs || bytes > maxInitBytes {
				t.Errorf("%s: package %s allocates %d bytes in %d allocations at init (bound: %d bytes, %d allocations): build its tables on first use",
					prog, m[1], bytes, allocs, maxInitBytes, maxInitAllocs)
			}
		}
		// Packages without init code print nothing; wl links at least the
		// lexer, the parser and the CLI, which have some.
		if ours < 3 {
			t.Fatalf("%s: only %d init lines of ours in the trace:\n%s", prog, ours, out)
		}
	}
}
