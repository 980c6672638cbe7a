package main

import (
	"os"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// Bounds on what one of our packages may allocate at initialisation
// (issue 10, acceptance 5: grammars, tables and regular expressions are
// built on first use, not at init). A sync.OnceValue declared at package
// level costs two small allocations, so a handful of them fit; a map
// literal, a regexp.MustCompile or a type table built at init does not.
const (
	maxInitAllocs = 8
	maxInitBytes  = 1024
)

var initLine = regexp.MustCompile(`^init (\S+) @\S+ ms, \S+ ms clock, (\d+) bytes, (\d+) allocs$`)

// TestNoInitWork runs this test binary, which links what wl links, with
// GODEBUG=inittrace=1 and bounds the allocations of every package of the
// module: counts, not times, so that the test does not depend on the
// machine's load.
func TestNoInitWork(t *testing.T) {
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "GODEBUG=inittrace=1")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("%s: %v\n%s", os.Args[0], err, out)
	}
	ours := 0
	for _, line := range strings.Split(string(out), "\n") {
		m := initLine.FindStringSubmatch(strings.TrimSpace(line))
		if m == nil || !strings.HasPrefix(m[1], "github.com/wlangage/wl/") {
			continue
		}
		if m[1] == "github.com/wlangage/wl/cmd/wl" {
			// This package, compiled with its tests: the testing
			// framework's tables, not wl's (main.go declares nothing).
			continue
		}
		ours++
		bytes, _ := strconv.Atoi(m[2])
		allocs, _ := strconv.Atoi(m[3])
		if allocs > maxInitAllocs || bytes > maxInitBytes {
			t.Errorf("package %s allocates %d bytes in %d allocations at init (bound: %d bytes, %d allocations): build its tables on first use",
				m[1], bytes, allocs, maxInitBytes, maxInitAllocs)
		}
	}
	// Packages without init code print nothing; wl links at least the
	// runtime, the stdlib and the CLI, which have some.
	if ours < 3 {
		t.Fatalf("only %d init lines of ours in the trace:\n%s", ours, out)
	}
}
