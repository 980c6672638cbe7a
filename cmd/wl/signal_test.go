//go:build unix

package main

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// writeScript writes a script into a temporary directory.
func writeScript(t *testing.T, src string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "s.wl")
	if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// exitCode waits for cmd (bounded) and returns its exit status.
func exitCode(t *testing.T, cmd *exec.Cmd, bound time.Duration) int {
	t.Helper()
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			return ee.ExitCode()
		}
		if err != nil {
			t.Fatal(err)
		}
		return 0
	case <-time.After(bound):
		cmd.Process.Kill()
		<-done
		t.Fatalf("%s did not end within %s", cmd.Args, bound)
		return -1
	}
}

// SIGINT and SIGTERM, once wl run watches them (lateSignalContext), stop
// the run at its next step: what it wrote is flushed, the interruption is
// reported at its position, the status is 1. The signal is sent once the
// script runs (its Erreur reaches standard error unbuffered) and well past
// signalDelay.
func TestSignalStopsRun(t *testing.T) {
	wl := filepath.Join(binaries(t), "wl")
	script := writeScript(t, "Erreur(\"début\")\nTrace(\"avant\")\nn est un entier\nTANTQUE Vrai\n\tn++\nFIN\n")
	for _, sig := range []syscall.Signal{syscall.SIGINT, syscall.SIGTERM} {
		var stdout bytes.Buffer
		cmd := exec.Command(wl, "run", script)
		cmd.Stdout = &stdout
		errPipe, err := cmd.StderrPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		// Read standard error as it comes; started tells when the
		// script's first line is there.
		var stderr safeBuffer
		started, eof := make(chan struct{}), make(chan struct{})
		go func() {
			defer close(eof)
			buf := make([]byte, 4096)
			once := false
			for {
				n, err := errPipe.Read(buf)
				stderr.Write(buf[:n])
				if !once && strings.Contains(stderr.String(), "début") {
					once = true
					close(started)
				}
				if err != nil {
					if !once {
						close(started)
					}
					return
				}
			}
		}()
		select {
		case <-started:
		case <-time.After(20 * time.Second):
			cmd.Process.Kill()
			t.Fatalf("%s: the script did not start", sig)
		}
		// Well past signalDelay, even when the CI machine starves the timer.
		time.Sleep(1500 * time.Millisecond)
		cmd.Process.Signal(sig)
		// All of standard error before Wait, which closes the pipe.
		select {
		case <-eof:
		case <-time.After(20 * time.Second):
			cmd.Process.Kill()
			t.Fatalf("%s: wl did not end", sig)
		}
		if code := exitCode(t, cmd, 20*time.Second); code != 1 {
			t.Errorf("%s: status %d, want 1\nstderr: %s", sig, code, stderr.String())
		}
		if stdout.String() != "avant\n" {
			t.Errorf("%s: stdout %q, want the flushed Trace", sig, stdout.String())
		}
		if msg := stderr.String(); !strings.Contains(msg, "s.wl:4:") || !strings.Contains(msg, "Exécution interrompue") {
			t.Errorf("%s: stderr %q, want the interruption at the loop", sig, msg)
		}
	}
}

// safeBuffer is a bytes.Buffer for a writer and a reader goroutine.
type safeBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *safeBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *safeBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// A run that does not stop when cancelled (here a question read from a
// standard input that never answers) is given up stopGrace after
// --timeout: wl reports the time limit, flushes what the script wrote and
// ends with status 1, although the script still runs on wl's main
// goroutine.
func TestStuckRunGivenUp(t *testing.T) {
	wl := filepath.Join(binaries(t), "wl")
	script := writeScript(t, "Trace(\"avant\")\nOuiNon(\"Continuer ?\")\nTrace(\"après\")\n")
	var stdout, stderr bytes.Buffer
	cmd := exec.Command(wl, "run", "--interactive", "--timeout", "100ms", script)
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	stdin, err := cmd.StdinPipe() // kept open and silent: the read blocks
	if err != nil {
		t.Fatal(err)
	}
	defer stdin.Close()
	start := time.Now()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	if code := exitCode(t, cmd, 20*time.Second); code != 1 {
		t.Errorf("status %d, want 1\nstderr: %s", code, stderr.String())
	}
	if d := time.Since(start); d < 2*time.Second {
		t.Errorf("ended after %s, before the 2 s of grace", d)
	}
	if stdout.String() != "avant\n" {
		t.Errorf("stdout %q, want the flushed Trace only", stdout.String())
	}
	if msg := stderr.String(); !strings.Contains(msg, "durée maximale dépassée (--timeout 100ms)") {
		t.Errorf("stderr %q, want the time limit", msg)
	}
}
