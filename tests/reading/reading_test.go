// Package reading proves the mail-reading half of the e-mail family (POP3
// and IMAP sessions) against a real Dovecot on 127.0.0.1: every script of
// scripts/ runs with `wl run` and its output is compared with the files
// beside it (NAME.out, NAME.err, NAME.code, as in tests/golden). Each
// script gets its own Dovecot user, named after the script, password
// "secret", whose INBOX holds dovecot.Fixtures() and whose "Archives"
// folder holds the first fixture again. Directives, in comment lines at
// the top of a script:
//
//	//! pop3: plain | starttls | tls   route POP3 to Dovecot (--pop3-relay)
//	//! imap: plain | starttls | tls   route IMAP to Dovecot (--imap-relay)
//	//! pop3: silent, imap: silent     route to a server that never greets
//	//! noca                           do not trust the test CA (--mail-ca)
//	//! smtp                           route SMTP to a tests/smtptest server
//	//! args: --lang en                extra flags
//	//! saved: FILE                    FILE must hold the accented attachment
//
// The script runs in a temporary directory holding attendu.bin (the
// attachment's bytes). go test ./tests/reading -update rewrites the
// expected files: read the diff before committing. Without Dovecot the
// tests skip with the reason; under CI they fail.
package reading

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/wlangage/wl/cmd/wl/cli"
	_ "github.com/wlangage/wl/cmd/wl/cli/spoolcli" // in-process, as wl-spool: the spool linked
	"github.com/wlangage/wl/tests/internal/syncbuf"
	"github.com/wlangage/wl/tests/reading/dovecot"
	"github.com/wlangage/wl/tests/smtptest"
)

var update = flag.Bool("update", false, "rewrite the expected files (read the diff before committing)")

func TestMain(m *testing.M) {
	// DateRéception is printed in local time: make it reproducible.
	time.Local = time.UTC
	os.Exit(m.Run())
}

type directives struct {
	pop3, imap string
	noca, smtp bool
	args       []string
	saved      []string
}

// Malformed is seeded second in the mailbox of the malforme* scripts: a
// multipart whose base64 part does not decode.
var Malformed = []byte("From: x@example.org\r\nTo: bob@example.org\r\nSubject: Cassé\r\nMIME-Version: 1.0\r\n" +
	"Content-Type: multipart/mixed; boundary=\"zz\"\r\n\r\n--zz\r\nContent-Type: application/pdf\r\n" +
	"Content-Transfer-Encoding: base64\r\n\r\n@@@@ pas du base64 !!!!\r\n--zz--\r\n")

var reTimings = regexp.MustCompile(`\(\d+\.\d+( \+ \d+\.\d+)* secs\)`)

var reDirective = regexp.MustCompile(`^//!\s*([A-Za-z0-9-]+)\s*:?\s*(.*?)\s*$`)

func parseDirectives(t *testing.T, src []byte) directives {
	var d directives
	for _, line := range strings.Split(string(src), "\n") {
		line = strings.TrimRight(line, "\r")
		if !strings.HasPrefix(line, "//") {
			break
		}
		m := reDirective.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		switch m[1] {
		case "pop3":
			d.pop3 = m[2]
		case "imap":
			d.imap = m[2]
		case "noca":
			d.noca = true
		case "smtp":
			d.smtp = true
		case "args":
			d.args = append(d.args, strings.Fields(m[2])...)
		case "saved":
			d.saved = append(d.saved, m[2])
		default:
			t.Fatalf("unknown directive //! %s", m[1])
		}
	}
	return d
}

func TestScripts(t *testing.T) {
	scripts, err := filepath.Glob("scripts/*.wl")
	if err != nil || len(scripts) == 0 {
		t.Fatalf("no scripts: %v", err)
	}
	users := dovecot.Users{}
	for _, s := range scripts {
		users[strings.TrimSuffix(filepath.Base(s), ".wl")] = "secret"
	}
	srv := dovecot.Start(t, users)
	fx := dovecot.Fixtures()
	for u := range users {
		if strings.HasPrefix(u, "malforme") {
			// A message that cannot be decoded between two good ones.
			srv.Seed(t, u, "", fx[0], Malformed, fx[2])
			continue
		}
		srv.Seed(t, u, "", fx...)
		srv.Seed(t, u, "Archives", fx[0])
	}
	for _, s := range scripts {
		name := strings.TrimSuffix(filepath.Base(s), ".wl")
		t.Run(name, func(t *testing.T) { runScript(t, srv, s) })
	}
}

func runScript(t *testing.T, srv *dovecot.Server, path string) {
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	d := parseDirectives(t, src)
	dir := t.TempDir()
	file := filepath.Base(path)
	if err := os.WriteFile(filepath.Join(dir, file), src, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "attendu.bin"), dovecot.AttachmentData(), 0o644); err != nil {
		t.Fatal(err)
	}
	args := []string{"run"}
	if !d.noca {
		args = append(args, "--mail-ca", srv.CAFile)
	}
	silent := ""
	if d.pop3 == "silent" || d.imap == "silent" {
		// A server that accepts and never says a word.
		h := smtptest.SilentListener(t)
		silent = h.Addr()
	}
	route := func(flag, mode, plain, tls string) {
		switch mode {
		case "":
		case "silent":
			args = append(args, flag, silent)
		case "plain", "starttls":
			args = append(args, flag, plain)
		case "tls":
			args = append(args, flag, tls)
		default:
			t.Fatalf("//! %s: want plain, starttls or tls", flag)
		}
	}
	if d.smtp {
		sm := smtptest.Start(t, smtptest.Options{})
		t.Cleanup(func() { sm.Close() })
		args = append(args, "--smtp-relay", sm.Addr())
	}
	route("--pop3-relay", d.pop3, srv.POP3, srv.POP3S)
	route("--imap-relay", d.imap, srv.IMAP, srv.IMAPS)
	args = append(args, d.args...)
	args = append(args, file)

	stdout, stderr, code := runCLI(t, dir, args)
	for _, f := range d.saved {
		b, err := os.ReadFile(filepath.Join(dir, f))
		if err != nil || !bytes.Equal(b, dovecot.AttachmentData()) {
			t.Errorf("saved attachment %s: %d bytes, %v (want the %d bytes of the fixture)", f, len(b), err, len(dovecot.AttachmentData()))
		}
	}
	// Ports and Dovecot's command timings change from run to run.
	mask := func(s string) string {
		s = reTimings.ReplaceAllString(s, "(TIMINGS)")
		for _, a := range []string{srv.POP3, srv.POP3S, srv.IMAP, srv.IMAPS} {
			_, p, _ := strings.Cut(a, ":")
			s = strings.ReplaceAll(s, ":"+p, ":PORT")
		}
		return s
	}
	base := strings.TrimSuffix(path, ".wl")
	codeText := ""
	if code != 0 {
		codeText = strconv.Itoa(code) + "\n"
	}
	got := map[string]string{".out": mask(stdout), ".err": mask(stderr), ".code": codeText}
	if *update {
		for ext, v := range got {
			p := base + ext
			if v == "" {
				os.Remove(p)
				continue
			}
			if err := os.WriteFile(p, []byte(v), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		return
	}
	var diffs []string
	for _, ext := range []string{".out", ".err", ".code"} {
		want, err := os.ReadFile(base + ext)
		if err != nil && !os.IsNotExist(err) {
			t.Fatal(err)
		}
		if string(want) != got[ext] {
			diffs = append(diffs, fmt.Sprintf("%s differs:\n--- want\n%s\n--- got\n%s", filepath.Base(base+ext), want, got[ext]))
		}
	}
	if len(diffs) > 0 || t.Failed() {
		// The log first: a CI summary keeps the end of the output, where
		// the differences are.
		t.Logf("dovecot log:\n%s", srv.Log())
	}
	for _, d := range diffs {
		t.Error(d)
	}
}

// TestSink runs the scripts of sink/ with --mail-sink and no other
// server: the sink answers their POP3 and IMAP sessions with what they
// sent (acceptance 2). The script's directory holds graine.mbox and
// attendu.bin; Date, Message-ID and MIME boundaries are masked.
func TestSink(t *testing.T) {
	scripts, err := filepath.Glob("sink/*.wl")
	if err != nil || len(scripts) == 0 {
		t.Fatalf("no scripts: %v", err)
	}
	for _, path := range scripts {
		t.Run(strings.TrimSuffix(filepath.Base(path), ".wl"), func(t *testing.T) {
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			d := parseDirectives(t, src)
			dir := t.TempDir()
			for name, data := range map[string][]byte{filepath.Base(path): src, "attendu.bin": dovecot.AttachmentData()} {
				if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			if b, err := os.ReadFile("sink/graine.mbox"); err == nil {
				os.WriteFile(filepath.Join(dir, "graine.mbox"), b, 0o644)
			}
			args := append(append([]string{"run"}, d.args...), filepath.Base(path))
			stdout, stderr, code := runCLI(t, dir, args)
			for _, m := range reBoundary.FindAllStringSubmatch(stderr, -1) {
				stderr = strings.ReplaceAll(stderr, m[1], "BOUNDARY")
			}
			stderr = reDate.ReplaceAllString(stderr, "Date: <DATE>")
			stderr = reMsgID.ReplaceAllString(stderr, "Message-ID: <MESSAGE-ID>")
			compare(t, strings.TrimSuffix(path, ".wl"), stdout, stderr, code)
		})
	}
}

var (
	reBoundary = regexp.MustCompile(`boundary="?([^";\s]+)`)
	reDate     = regexp.MustCompile(`(?m)^Date: .*$`)
	reMsgID    = regexp.MustCompile(`(?m)^Message-ID: .*$`)
)

// runCLI runs `wl args...` in-process in dir, with a 60 s context and a
// 70 s bound on the command's return.
func runCLI(t *testing.T, dir string, args []string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errb syncbuf.Buffer
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	env := &cli.Env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb, Dir: dir, Context: ctx}
	done := make(chan int, 1)
	go func() { done <- env.Main(args) }()
	select {
	case code = <-done:
	case <-time.After(70 * time.Second):
		t.Fatalf("wl %s did not return within 70 s", strings.Join(args, " "))
	}
	return out.String(), errb.String(), code
}

// compare checks (or, with -update, writes) NAME.out, NAME.err, NAME.code.
func compare(t *testing.T, base, stdout, stderr string, code int) {
	t.Helper()
	codeText := ""
	if code != 0 {
		codeText = strconv.Itoa(code) + "\n"
	}
	got := map[string]string{".out": stdout, ".err": stderr, ".code": codeText}
	for _, ext := range []string{".out", ".err", ".code"} {
		p := base + ext
		if *update {
			if got[ext] == "" {
				os.Remove(p)
			} else if err := os.WriteFile(p, []byte(got[ext]), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(p)
		if err != nil && !os.IsNotExist(err) {
			t.Fatal(err)
		}
		if string(want) != got[ext] {
			t.Errorf("%s differs:\n--- want\n%s\n--- got\n%s", filepath.Base(p), want, got[ext])
		}
	}
}

// TestSeedFlags: --mail-sink-seed goes only with --mail-sink, reads its
// file like the script's files (--no-files refuses it), and wants mbox.
func TestSeedFlags(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "s.wl"), []byte("Trace(1)\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "pas-mbox.txt"), []byte("Subject: x\n\nbody\n"), 0o644)
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"--mail-sink-seed", "x.mbox"}, "--mail-sink-seed ne va qu'avec --mail-sink"},
		{[]string{"--mail-sink", "--no-files", "--mail-sink-seed", "x.mbox"}, "--no-files le refuse"},
		{[]string{"--mail-sink", "--mail-sink-seed", "absent.mbox"}, "--mail-sink-seed : "},
		{[]string{"--mail-sink", "--mail-sink-seed", "pas-mbox.txt"}, "n'est pas un fichier mbox"},
		{[]string{"--pop3-relay", "nulle-part"}, "--pop3-relay attend HÔTE:PORT"},
		{[]string{"--mail-max-size", "beaucoup"}, "--mail-max-size attend une taille"},
	} {
		var out, errb syncbuf.Buffer
		env := &cli.Env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb, Dir: dir}
		code := env.Main(append(append([]string{"run"}, c.args...), "s.wl"))
		if code != 2 || !strings.Contains(errb.String(), c.want) || out.String() != "" {
			t.Errorf("%v: status %d, stdout %q, stderr %q (want %q)", c.args, code, out.String(), errb.String(), c.want)
		}
	}
}

// TestExamples runs examples/lecture/*.wl with --mail-sink and its seed
// (acceptance 5: the README's POP3 and IMAP examples run against the
// sink); expected outputs are in examples/NAME.out.
func TestExamples(t *testing.T) {
	root, _ := filepath.Abs("../../examples/lecture")
	scripts, _ := filepath.Glob(filepath.Join(root, "*.wl"))
	if len(scripts) != 2 {
		t.Fatalf("examples/lecture holds %d scripts, the test knows 2", len(scripts))
	}
	for _, path := range scripts {
		name := strings.TrimSuffix(filepath.Base(path), ".wl")
		t.Run(name, func(t *testing.T) {
			var out, errb syncbuf.Buffer
			ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
			defer cancel()
			env := &cli.Env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb, Dir: root, Context: ctx}
			code := env.Main([]string{"run", "--mail-sink", "--mail-sink-seed", "courrier.mbox", filepath.Base(path)})
			compare(t, filepath.Join("examples", name), out.String(), errb.String(), code)
		})
	}
}
