package tests

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestReadmeFirstCommand runs the README's first command as written and
// checks that it does what the README says: a message really sent through
// the mail sink, and shown (issue 12 point 15).
func TestReadmeFirstCommand(t *testing.T) {
	root := repoRoot(t)
	readme, err := os.ReadFile(filepath.Join(root, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	_, after, ok := strings.Cut(string(readme), "```sh\n")
	if !ok {
		t.Fatal("README has no sh block")
	}
	first, _, _ := strings.Cut(after, "\n")
	args, ok := strings.CutPrefix(first, "go run ./cmd/wl ")
	if !ok {
		t.Fatalf("README's first command is not a wl command: %q", first)
	}
	res := runIn(t, root, 20*time.Second, nil, strings.Fields(args)...)
	if res.code != 0 {
		t.Fatalf("%s: status %d\n%s", first, res.code, res.stderr)
	}
	for _, want := range []string{"==== wl --mail-sink : 1 message reçu", "\nRCPT TO:<", "\nSubject: ", "==== fin du courrier reçu par --mail-sink ===="} {
		if !strings.Contains(res.stderr, want) {
			t.Errorf("%s: the report lacks %q:\n%s", first, want, res.stderr)
		}
	}
	if strings.Contains(res.stderr, "Impossible") || strings.Contains(res.stderr, "refus") {
		t.Errorf("%s: an error was reported:\n%s", first, res.stderr)
	}
}
