package cli

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	goruntime "runtime"
	"syscall"

	"github.com/wlangage/wl/stdlib/email"
)

// SpoolProgram is the program wl hands over to for the spool: the whole
// command line, River, SQLite, pgx and the spool's web page included.
const SpoolProgram = "wl-spool"

// spoolProgramEnv names another program to hand over to (tests, packagers).
const spoolProgramEnv = "WL_SPOOL_PROGRAM"

// findSpoolProgram looks for wl-spool: $WL_SPOOL_PROGRAM, else beside
// this program (go install puts both in the same directory), else in PATH.
func findSpoolProgram() (string, error) {
	if p := os.Getenv(spoolProgramEnv); p != "" {
		return p, nil
	}
	name := SpoolProgram
	if goruntime.GOOS == "windows" {
		name += ".exe"
	}
	if self, err := os.Executable(); err == nil {
		if real, err := filepath.EvalSymlinks(self); err == nil {
			self = real
		}
		p := filepath.Join(filepath.Dir(self), name)
		if fi, err := os.Stat(p); err == nil && !fi.IsDir() {
			return p, nil
		}
	}
	return exec.LookPath(name)
}

// handOver runs `wl-spool args...` in place of this command and returns
// its exit status. stdin, when not nil, is what the program reads on its
// standard input (the script of `wl run -`, already read here).
//
// A command run from a terminal or a service manager is replaced (exec):
// same process, same signals, same standard streams, nothing copied. An
// embedder's Env (tests) gets a child process on its own streams.
func (e *Env) handOver(lang, cmd string, args []string, stdin []byte) int {
	prog, err := findSpoolProgram()
	if err != nil {
		e.failf(lang, cmd,
			fmt.Sprintf("cette commande a besoin du spool des emails, fourni par le programme %s, introuvable à côté de wl ni dans le PATH (go install github.com/wlangage/wl/cmd/%s)", SpoolProgram, SpoolProgram),
			fmt.Sprintf("this command needs the e-mail spool, provided by the %s program, found neither beside wl nor in PATH (go install github.com/wlangage/wl/cmd/%s)", SpoolProgram, SpoolProgram))
		return ExitUsage
	}
	if stdin == nil && e.ownsProcess() {
		err := execProgram(prog, append([]string{prog}, args...))
		// Only reached when exec is not available here (Windows) or failed.
		if !errors.Is(err, errors.ErrUnsupported) {
			e.failf(lang, cmd, fmt.Sprintf("impossible de lancer %s : %v", prog, err), fmt.Sprintf("cannot start %s: %v", prog, err))
			return ExitUsage
		}
	}
	c := exec.Command(prog, args...)
	c.Stdout, c.Stderr, c.Dir = e.Stdout, e.Stderr, e.Dir
	switch {
	case stdin != nil:
		c.Stdin = bytes.NewReader(stdin)
	default:
		c.Stdin = e.Stdin
	}
	if e.Context != nil {
		// The host's cancellation reaches the child as SIGTERM would: a
		// graceful stop (the spool's message in flight is finished).
		c.Cancel = func() error { return c.Process.Signal(syscall.SIGTERM) }
	}
	if err := c.Start(); err != nil {
		e.failf(lang, cmd, fmt.Sprintf("impossible de lancer %s : %v", prog, err), fmt.Sprintf("cannot start %s: %v", prog, err))
		return ExitUsage
	}
	// The child gets the terminal's signals itself; this process waits
	// for its status instead of dying first.
	sigs := make(chan os.Signal, 2)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
	defer signal.Stop(sigs)
	done := make(chan error, 1)
	go func() { done <- c.Wait() }()
	var ctxDone <-chan struct{}
	if e.Context != nil {
		ctxDone = e.Context.Done()
	}
	for {
		select {
		case s := <-sigs:
			if s == syscall.SIGTERM {
				c.Process.Signal(s)
			}
		case <-ctxDone:
			c.Process.Signal(syscall.SIGTERM)
			ctxDone = nil
		case err := <-done:
			var ee *exec.ExitError
			if errors.As(err, &ee) {
				if ee.ExitCode() >= 0 {
					return ee.ExitCode()
				}
				return ExitRuntime // killed by a signal
			}
			if err != nil {
				e.failf(lang, cmd, fmt.Sprintf("%s : %v", prog, err), fmt.Sprintf("%s: %v", prog, err))
				return ExitRuntime
			}
			return ExitOK
		}
	}
}

// ownsProcess reports whether e is the process's own command line (its
// streams are the process's and no host context governs it), so that the
// process may be replaced.
func (e *Env) ownsProcess() bool {
	return e.Context == nil && e.Dir == "" && e.Stdin == os.Stdin && e.Stdout == os.Stdout && e.Stderr == os.Stderr
}

// projectMayUseSpool reports whether one of the exports of project name
// (a directory or a single export, read as loadProject reads them) may
// reach the spool (email.MayUseSpool). A project that cannot be read
// says no: wl reports the error itself, as loadProject does.
func (e *Env) projectMayUseSpool(name string) bool {
	root := e.path(name)
	st, err := os.Stat(root)
	if err != nil {
		return false
	}
	var files []string
	if !st.IsDir() {
		files = []string{root}
	} else {
		filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() && isExportName(path) {
				files = append(files, path)
			}
			return nil
		})
	}
	for _, f := range files {
		data, err := readBounded(f, maxExportSize)
		if err == nil && email.MayUseSpool(data) {
			return true
		}
	}
	return false
}
