package main

import (
	"os/exec"
	"strings"
	"testing"
)

// TestNoTestCodeInBinary: the shipped programs, wl and wl-spool, link
// neither the testing package nor anything from the test tree (issue 11,
// walls).
func TestNoTestCodeInBinary(t *testing.T) {
	for _, pkg := range []string{".", "../wl-spool"} {
		out, err := exec.Command("go", "list", "-deps", pkg).CombinedOutput()
		if err != nil {
			t.Fatalf("go list -deps %s: %v\n%s", pkg, err, out)
		}
		deps := strings.Fields(string(out))
		if len(deps) < 10 {
			t.Fatalf("go list -deps %s printed too little: %q", pkg, out)
		}
		for _, p := range deps {
			if p == "testing" || strings.Contains(p, "/tests/") || strings.HasSuffix(p, "/tests") {
				t.Errorf("%s depends on %s", pkg, p)
			}
		}
	}
}
