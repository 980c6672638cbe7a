package main

import (
	"os/exec"
	"strings"
	"testing"
)

// TestNoTestCodeInBinary: the shipped wl links neither the testing package
// nor anything from the test tree (issue 11, walls).
func TestNoTestCodeInBinary(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go list -deps: %v\n%s", err, out)
	}
	deps := strings.Fields(string(out))
	if len(deps) < 10 {
		t.Fatalf("go list -deps printed too little: %q", out)
	}
	for _, p := range deps {
		if p == "testing" || strings.Contains(p, "/tests/") || strings.HasSuffix(p, "/tests") {
			t.Errorf("wl depends on %s", p)
		}
	}
}
