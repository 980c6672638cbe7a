//go:build unix

package files_test

import (
	"context"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	wlrt "github.com/wlangage/wl/runtime"
	"github.com/wlangage/wl/stdlib/files"
	"github.com/wlangage/wl/stdlib/internal/wltest"
)

// within fails the test when f does not return in time: a read that never
// ends is the defect tested here (issue 12 point 6).
func within(t *testing.T, what string, f func()) {
	t.Helper()
	done := make(chan struct{})
	go func() { defer close(done); f() }()
	select {
	case <-done:
	case <-time.After(20 * time.Second):
		t.Fatalf("%s does not return", what)
	}
}

// A device or a FIFO may never end: the functions that read a whole file
// refuse what is not a regular file, with a clear non-fatal error.
func TestLoadRefusesNonRegular(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "tube")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skipf("no FIFO here: %v", err)
	}
	e := wltest.New(files.WithOS())
	for _, tc := range []struct{ fn, path string }{
		{"fChargeTexte", "/dev/zero"}, {"fChargeTexte", fifo}, {"fChargeBuffer", "/dev/zero"}, {"fChargeBuffer", fifo},
	} {
		if _, err := os.Stat(tc.path); err != nil {
			t.Skipf("%s: %v", tc.path, err)
		}
		within(t, tc.fn+"("+tc.path+")", func() {
			v, err := e.Try(tc.fn, []wlrt.Value{S(tc.path)})
			if err != nil || v.Text() != "" {
				t.Errorf("%s(%s) = %q, %v", tc.fn, tc.path, v.Text(), err)
			}
		})
		failed(t, e, "ce n'est pas un fichier ordinaire")
	}
	within(t, "fCopieFichier(/dev/zero)", func() {
		v, _ := e.Try("fCopieFichier", []wlrt.Value{S("/dev/zero"), S(filepath.Join(dir, "copie"))})
		if v.ToInt() != 0 {
			t.Errorf("fCopieFichier(/dev/zero) = %v", v.Text())
		}
	})
	failed(t, e, "ce n'est pas un fichier ordinaire")
	// A regular file still loads.
	write(t, filepath.Join(dir, "a.txt"), "bonjour")
	if got := e.Text(t, "fChargeTexte", S(filepath.Join(dir, "a.txt"))); got != "bonjour" {
		t.Errorf("fChargeTexte = %q", got)
	}
}

// A cancelled run stops a load between two chunks: files under /proc are
// regular but announce size 0, and a load reads them chunk by chunk.
func TestLoadStopsOnCancel(t *testing.T) {
	dir := t.TempDir()
	big := filepath.Join(dir, "gros.bin")
	if err := os.WriteFile(big, make([]byte, 3<<20), 0o600); err != nil {
		t.Fatal(err)
	}
	e := wltest.New(files.WithOS())
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	e.Run = e.Eng.NewRun(ctx)
	v, err := e.Try("fChargeBuffer", []wlrt.Value{S(big)})
	if err != nil || v.Text() != "" {
		t.Fatalf("fChargeBuffer with a cancelled run = %d bytes, %v", len(v.Text()), err)
	}
	failed(t, e, "interrompue")
}
