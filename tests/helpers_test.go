package tests

import (
	"context"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"
	_ "time/tzdata" // Europe/Paris for fixedNow on machines without a zone database

	"github.com/wlangage/wl/cmd/wl/cli"
	_ "github.com/wlangage/wl/cmd/wl/cli/spoolcli" // in-process, as wl-spool: the spool linked
	"github.com/wlangage/wl/runtime"
	"github.com/wlangage/wl/tests/internal/syncbuf"
	"github.com/wlangage/wl/tests/smtptest"
)

// fixedNow is the clock of every in-process run, so that DateDuJour,
// Maintenant and the default values of Date and Heure are reproducible.
// Its zone is the runs' local time zone (DateVersChaîne's maskDateEmail
// writes its offset): Paris, as in the WinDev help's examples (3027025),
// whatever the machine's zone.
var fixedNow = time.Date(2025, time.June, 15, 14, 30, 45, 0, paris())

// paris is Europe/Paris, from the zone database embedded by time/tzdata
// when the machine has none.
func paris() *time.Location {
	loc, err := time.LoadLocation("Europe/Paris")
	if err != nil {
		panic(err)
	}
	return loc
}

// runResult is what one in-process wl invocation produced.
type runResult struct {
	stdout, stderr string
	code           int
	elapsed        time.Duration
}

// runWLStdin runs `wl args...` in-process with stdin as standard input,
// relative file names resolved in dir and a fixed clock. It fails t if the
// command does not return within limit (the run's context is cancelled at
// limit, and the command is given a few more seconds to notice).
func runWLStdin(t testing.TB, dir string, limit time.Duration, stdin string, args ...string) runResult {
	t.Helper()
	clock := func(o *runtime.Options) { o.Now = func() time.Time { return fixedNow } }
	return runWith(t, dir, limit, stdin, []runtime.Option{clock}, args...)
}

// runIn runs `wl args...` in-process in dir with the engine options opts,
// and fails t if the command does not return within limit (and a few
// more seconds).
func runIn(t testing.TB, dir string, limit time.Duration, opts []runtime.Option, args ...string) runResult {
	t.Helper()
	return runWith(t, dir, limit, "", opts, args...)
}

// runWith is runIn with stdin as standard input.
func runWith(t testing.TB, dir string, limit time.Duration, stdin string, opts []runtime.Option, args ...string) runResult {
	t.Helper()
	var out, errb syncbuf.Buffer
	ctx, cancel := context.WithTimeout(context.Background(), limit)
	defer cancel()
	env := &cli.Env{
		Stdin:         strings.NewReader(stdin),
		Stdout:        &out,
		Stderr:        &errb,
		Dir:           dir,
		Context:       ctx,
		EngineOptions: opts,
	}
	done := make(chan int, 1)
	start := time.Now()
	go func() { done <- env.Main(args) }()
	select {
	case code := <-done:
		return runResult{stdout: out.String(), stderr: errb.String(), code: code, elapsed: time.Since(start)}
	case <-time.After(limit + 5*time.Second):
		t.Fatalf("wl %s: no return within %s (stdout so far %q, stderr %q)", strings.Join(args, " "), limit+5*time.Second, out.String(), errb.String())
		return runResult{}
	}
}

// repoRoot returns the repository root (the parent of tests/).
func repoRoot(t testing.TB) string {
	t.Helper()
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	return filepath.Dir(wd)
}

// startSMTP starts a test SMTP server and stops it when the test ends.
//
// It replaces smtptest.Start, whose Close can wait forever when it runs
// before go-smtp's Serve goroutine has registered its listener (a script
// that never connects ends within microseconds): one connection, seen
// accepted, proves the loop runs. The record is read before that.
func startSMTP(t testing.TB, o smtptest.Options) *smtptest.Server {
	t.Helper()
	srv, err := smtptest.Listen(o)
	if err != nil {
		t.Fatalf("smtptest: %v", err)
	}
	t.Cleanup(func() { closeSMTP(srv) })
	return srv
}

// closeSMTP stops a test server (see startSMTP), waiting at most a few
// seconds.
func closeSMTP(srv *smtptest.Server) {
	if srv.Count("CONNECT") == 0 {
		if c, err := net.DialTimeout("tcp", srv.Addr(), time.Second); err == nil {
			srv.WaitEvent("CONNECT", 2*time.Second)
			c.Close()
		}
	}
	done := make(chan struct{})
	go func() {
		srv.Close()
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
	}
}

// waitIdle waits until every connection the server accepted has ended, at
// most d, so that its record is complete.
func waitIdle(s *smtptest.Server, d time.Duration) {
	deadline := time.Now().Add(d)
	for s.Count("CONNECT") > s.Count("DISCONNECT") && time.Now().Before(deadline) {
		time.Sleep(5 * time.Millisecond)
	}
}

// mailRecord renders what a test SMTP server saw, for comparison with a
// NAME.mail file: the events in order, then every message with its
// envelope and its data (line ends as LF, volatile parts masked). It is ""
// when the server saw nothing.
func mailRecord(s *smtptest.Server) string {
	var b strings.Builder
	events := s.Events()
	if len(events) > 0 {
		b.WriteString("# événements\n")
		for _, e := range events {
			b.WriteString(e)
			b.WriteByte('\n')
		}
	}
	for i, m := range s.Messages() {
		fmt.Fprintf(&b, "# message %d\n", i+1)
		fmt.Fprintf(&b, "MAIL FROM:<%s>\n", m.From)
		for _, to := range m.To {
			fmt.Fprintf(&b, "RCPT TO:<%s>\n", to)
		}
		if m.Auth != "" {
			fmt.Fprintf(&b, "AUTH %s\n", m.Auth)
		}
		if m.TLS {
			b.WriteString("TLS\n")
		}
		if m.UTF8 {
			b.WriteString("SMTPUTF8\n")
		}
		b.WriteString("# données\n")
		data := maskMessage(m.Data)
		b.WriteString(data)
		if data != "" && !strings.HasSuffix(data, "\n") {
			b.WriteString("\n# (pas de fin de ligne finale)\n")
		}
	}
	return b.String()
}

var (
	reBoundary = regexp.MustCompile(`(?i)boundary="?([^";\r\n]+)"?`)
	// Headers whose value changes at every run.
	volatileHeaders = map[string]string{"date": "<DATE>", "message-id": "<MESSAGE-ID>"}
)

// maskMessage turns CRLF into LF and masks the volatile parts of a message:
// the values of the Date and Message-ID headers (in any part) and the MIME
// boundaries (numbered in order of appearance).
func maskMessage(data []byte) string {
	s := strings.ReplaceAll(string(data), "\r\n", "\n")
	seen := map[string]bool{}
	var bounds []string
	for _, m := range reBoundary.FindAllStringSubmatch(s, -1) {
		if !seen[m[1]] {
			seen[m[1]] = true
			bounds = append(bounds, m[1])
		}
	}
	// Longest first, so that a boundary that contains another one is
	// replaced whole.
	order := append([]string(nil), bounds...)
	sort.SliceStable(order, func(i, j int) bool { return len(order[i]) > len(order[j]) })
	for _, bd := range order {
		n := 0
		for i, x := range bounds {
			if x == bd {
				n = i + 1
			}
		}
		s = strings.ReplaceAll(s, bd, fmt.Sprintf("BOUNDARY-%d", n))
	}
	lines := strings.Split(s, "\n")
	inHeader := true
	masking := false
	for i, l := range lines {
		switch {
		case l == "":
			inHeader, masking = false, false
		case strings.HasPrefix(l, "--BOUNDARY-"):
			inHeader, masking = true, false // headers of a MIME part follow
		case inHeader && (strings.HasPrefix(l, " ") || strings.HasPrefix(l, "\t")):
			if masking {
				lines[i] = "\x00" // folded continuation of a masked header
			}
		case inHeader:
			masking = false
			if k := strings.IndexByte(l, ':'); k > 0 {
				if mask, ok := volatileHeaders[strings.ToLower(l[:k])]; ok {
					lines[i] = l[:k] + ": " + mask
					masking = true
				}
			}
		}
	}
	out := lines[:0]
	for _, l := range lines {
		if l != "\x00" {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}
