package tests

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/rogpeppe/go-internal/testscript"

	"github.com/wlangage/wl/cmd/wl/cli"
	"github.com/wlangage/wl/tests/smtptest"
)

// TestMain lets the test binary act as the wl command inside testscript
// scripts (`exec wl ...`): testscript re-executes the binary under that
// name, and cli.Main runs in the child process.
func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"wl": func() { os.Exit(cli.Main(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) },
	})
}

// TestCLI runs the txtar scripts of testdata/cli. Besides testscript's own
// commands, the scripts have:
//
//	exits CODE [-max DURATION] PROGRAM ARGS...
//	    run PROGRAM and require exit status CODE (and, with -max, that it
//	    returns within DURATION); stdout and stderr are kept for the
//	    stdout/stderr/cmp commands that follow
//	smtp-saw EVENT...
//	    require that the script's test SMTP server recorded these events
//	    (prefixes, such as EHLO or QUIT); with !, that it recorded none
//	smtp-messages N
//	    require that the server accepted N messages
//
// and the variables $REPO (the repository root) and $SMTP (the address of a
// plain tests/smtptest server started for each script).
func TestCLI(t *testing.T) {
	repo := repoRoot(t)
	testscript.Run(t, testscript.Params{
		Dir:                 filepath.Join("testdata", "cli"),
		RequireExplicitExec: true,
		Deadline:            time.Now().Add(5 * time.Minute),
		Setup: func(env *testscript.Env) error {
			env.Setenv("REPO", repo)
			srv, err := smtptest.Listen(smtptest.Options{})
			if err != nil {
				return err
			}
			env.Defer(func() { closeSMTP(srv) })
			env.Setenv("SMTP", srv.Addr())
			env.Values[smtpKey{}] = srv
			return nil
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"exits":         cmdExits,
			"smtp-saw":      cmdSMTPSaw,
			"smtp-messages": cmdSMTPMessages,
		},
	})
}

type smtpKey struct{}

func cmdExits(ts *testscript.TestScript, neg bool, args []string) {
	if neg {
		ts.Fatalf("exits does not take !")
	}
	if len(args) < 2 {
		ts.Fatalf("usage: exits CODE [-max DURATION] PROGRAM ARGS...")
	}
	want, err := strconv.Atoi(args[0])
	if err != nil {
		ts.Fatalf("exits: bad code %q", args[0])
	}
	args = args[1:]
	var limit time.Duration
	if args[0] == "-max" {
		if len(args) < 3 {
			ts.Fatalf("usage: exits CODE -max DURATION PROGRAM ARGS...")
		}
		limit, err = time.ParseDuration(args[1])
		if err != nil {
			ts.Fatalf("exits: bad duration %q", args[1])
		}
		args = args[2:]
	}
	start := time.Now()
	err = ts.Exec(args[0], args[1:]...)
	elapsed := time.Since(start)
	got := 0
	if err != nil {
		var ee *exec.ExitError
		if !errors.As(err, &ee) {
			ts.Fatalf("exits: %v", err)
		}
		got = ee.ExitCode()
	}
	if got != want {
		ts.Fatalf("%s exited with status %d, want %d", strings.Join(args, " "), got, want)
	}
	if limit > 0 && elapsed > limit {
		ts.Fatalf("%s took %s, want at most %s", strings.Join(args, " "), elapsed.Round(time.Millisecond), limit)
	}
}

func cmdSMTPSaw(ts *testscript.TestScript, neg bool, args []string) {
	srv := ts.Value(smtpKey{}).(*smtptest.Server)
	waitIdle(srv, 2*time.Second)
	for _, ev := range args {
		if srv.Saw(ev) == neg {
			if neg {
				ts.Fatalf("the SMTP server saw %q (events: %v)", ev, srv.Events())
			}
			ts.Fatalf("the SMTP server did not see %q (events: %v)", ev, srv.Events())
		}
	}
}

func cmdSMTPMessages(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) != 1 {
		ts.Fatalf("usage: smtp-messages N")
	}
	want, err := strconv.Atoi(args[0])
	if err != nil {
		ts.Fatalf("smtp-messages: bad count %q", args[0])
	}
	srv := ts.Value(smtpKey{}).(*smtptest.Server)
	waitIdle(srv, 2*time.Second)
	if got := len(srv.Messages()); (got == want) == neg {
		ts.Fatalf("the SMTP server accepted %d messages, want %s%d", got, map[bool]string{true: "not ", false: ""}[neg], want)
	}
}
