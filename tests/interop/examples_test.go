package interop

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestEmailExamples runs each examples/email script with --mail-sink: it
// must end normally, print no error, and deliver what its comment says.
func TestEmailExamples(t *testing.T) {
	want := map[string]string{
		"envoi-texte.wl":               "1 message reçu",
		"envoi-html-pieces-jointes.wl": "1 message reçu",
		"envoi-lot.wl":                 "3 messages reçus",
	}
	files, _ := filepath.Glob("../../examples/email/*.wl")
	if len(files) != len(want) {
		t.Fatalf("examples/email holds %d scripts, the test knows %d", len(files), len(want))
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			res := runScript(t, string(src), "--mail-sink")
			if res.code != 0 || !strings.Contains(res.stderr, want[filepath.Base(f)]) {
				t.Fatalf("run: %+v", res)
			}
			report := res.stderr[strings.Index(res.stderr, "==== wl --mail-sink"):]
			if strings.TrimSpace(res.stderr[:len(res.stderr)-len(report)]) != "" {
				t.Errorf("errors before the report:\n%s", res.stderr)
			}
		})
	}
}
