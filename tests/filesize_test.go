package tests

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// maxFileLines bounds the source files of runtime and parser (issue 11:
// a file that grows past it is split by job, as resolve.go, assign.go,
// loops.go and handlers.go were).
const maxFileLines = 650

// TestSourceFileSize fails on a runtime or parser Go file (tests aside)
// longer than maxFileLines lines.
func TestSourceFileSize(t *testing.T) {
	seen := 0
	for _, dir := range []string{"../runtime", "../parser"} {
		err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
				return err
			}
			src, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			seen++
			if n := bytes.Count(src, []byte("\n")); n > maxFileLines {
				t.Errorf("%s has %d lines, more than %d: split it by job", filepath.ToSlash(path), n, maxFileLines)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	if seen < 20 {
		t.Fatalf("only %d files under runtime and parser: the walk is broken", seen)
	}
}
