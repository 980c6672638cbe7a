package tests

import (
	"crypto/tls"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-smtp"

	"github.com/wlangage/wl/tests/smtptest"
)

// update rewrites the expected files of the golden tests: go test ./tests/ -update
var update = flag.Bool("update", false, "rewrite the expected files of the golden tests (read the diff before committing)")

// defaultLimit bounds each golden run; `//! timeout: 30s` changes it.
const defaultLimit = 20 * time.Second

// The golden tests run every tests/golden/**/NAME.wl with `wl run` and
// compare what it printed and returned with the files beside it:
//
//	NAME.out   standard output           (missing: must be empty)
//	NAME.err   standard error            (missing: must be empty)
//	NAME.code  exit status, as a number  (missing: 0)
//	NAME.mail  what the test SMTP server saw (missing: nothing)
//
// The script runs in its own directory as `wl run [args] NAME.wl`, so
// positions print as NAME.wl:line:col. The clock is fixed (fixedNow).
// Directives in comment lines at the top of the script, `//! key: value`:
//
//	//! args: --lang en --strict      extra flags for wl run
//	//! smtp: starttls auth alice:secret
//	                                  start a tests/smtptest server and
//	                                  route the script to it (--smtp-relay)
//	//! timeout: 30s                  bound of the run (default 20s)
//	//! skip: reason                  skip the script (say why)
//	//! xfail: reason                 a known bug: the expected files say
//	                                  what is right, the run does not match
//	                                  yet; the test is skipped while it
//	                                  differs and fails once it passes (then
//	                                  remove the directive); -update leaves
//	                                  the expected files alone
//
// Options of smtp: plain (the default), starttls, implicit-tls (both with a
// test CA passed as --smtp-ca), cert expired|wrongname, cert-for NAME[,NAME],
// auth USER:PASS (repeatable), insecure-auth, require-auth, no-smtputf8,
// reject-mail CODE, reject-rcpt ADDRESS CODE, reject-data CODE (CODE is
// 550 or 550/5.7.1).
func TestGolden(t *testing.T) {
	root := "golden"
	var scripts []string
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && strings.HasSuffix(path, ".wl") {
			scripts = append(scripts, path)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(scripts) == 0 {
		t.Fatal("no golden script under tests/golden")
	}
	for _, path := range scripts {
		name := strings.TrimSuffix(filepath.ToSlash(strings.TrimPrefix(path, root+string(filepath.Separator))), ".wl")
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			runGolden(t, path)
		})
	}
}

// TestGoldenOrphans reports expected files without their script.
func TestGoldenOrphans(t *testing.T) {
	filepath.WalkDir("golden", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		ext := filepath.Ext(path)
		switch ext {
		case ".out", ".err", ".code", ".mail":
			if _, err := os.Stat(strings.TrimSuffix(path, ext) + ".wl"); err != nil {
				t.Errorf("%s has no .wl script beside it", path)
			}
		}
		return nil
	})
}

// directives are the `//! key: value` lines at the top of a script.
type directives struct {
	args    []string
	stdin   string
	smtp    []string
	hasSMTP bool
	limit   time.Duration
	skip    string
	xfail   string
}

var reDirective = regexp.MustCompile(`^//!\s*([A-Za-z-]+)\s*:\s*(.*?)\s*$`)

func parseDirectives(t *testing.T, src []byte) directives {
	d := directives{limit: defaultLimit}
	text := strings.TrimPrefix(string(src), "\ufeff")
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimRight(line, "\r")
		if !strings.HasPrefix(line, "//") {
			break
		}
		m := reDirective.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		switch strings.ToLower(m[1]) {
		case "args":
			d.args = append(d.args, strings.Fields(m[2])...)
		case "stdin":
			// One line of standard input per directive (wl run --interactive).
			d.stdin += m[2] + "\n"
		case "smtp":
			d.hasSMTP = true
			d.smtp = append(d.smtp, strings.Fields(m[2])...)
		case "timeout":
			v, err := time.ParseDuration(m[2])
			if err != nil {
				t.Fatalf("bad //! timeout: %v", err)
			}
			d.limit = v
		case "skip":
			d.skip = m[2]
			if d.skip == "" {
				d.skip = "skipped by //! skip"
			}
		case "xfail":
			d.xfail = m[2]
			if d.xfail == "" {
				t.Fatal("//! xfail needs a reason")
			}
		default:
			t.Fatalf("unknown directive //! %s (known: args, stdin, smtp, timeout, skip, xfail)", m[1])
		}
	}
	return d
}

func runGolden(t *testing.T, path string) {
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	d := parseDirectives(t, src)
	if d.skip != "" {
		t.Skip(d.skip)
	}
	dir, file := filepath.Split(path)
	args := append([]string{"run"}, d.args...)
	var srv *smtptest.Server
	if d.hasSMTP {
		var extra []string
		srv, extra = startGoldenSMTP(t, d.smtp)
		args = append(args, extra...)
		// Asynchronous sends queue in a spool of the test's own.
		args = append(args, "--spool", filepath.Join(t.TempDir(), "spool.db"))
	}
	args = append(args, file)

	res := runWLStdin(t, dir, d.limit, d.stdin, args...)
	mail := ""
	if srv != nil {
		waitIdle(srv, 2*time.Second)
		mail = mailRecord(srv)
	}
	base := strings.TrimSuffix(path, ".wl")
	code := ""
	if res.code != 0 {
		code = strconv.Itoa(res.code) + "\n"
	}
	if *update && d.xfail == "" {
		writeExpected(t, base+".out", res.stdout)
		writeExpected(t, base+".err", res.stderr)
		writeExpected(t, base+".code", code)
		writeExpected(t, base+".mail", mail)
		return
	}
	var diffs []string
	for _, c := range []struct{ ext, what, got string }{
		{".out", "standard output", res.stdout},
		{".err", "standard error", res.stderr},
		{".code", "exit status", code},
		{".mail", "mail seen by the SMTP server", mail},
	} {
		if diff := compareExpected(t, base+c.ext, c.what, c.got); diff != "" {
			diffs = append(diffs, diff)
		}
	}
	switch {
	case d.xfail != "" && len(diffs) == 0:
		t.Fatalf("passes now although marked //! xfail: %s — remove the directive", d.xfail)
	case d.xfail != "":
		t.Skipf("known failure (//! xfail: %s):\n%s", d.xfail, strings.Join(diffs, "\n"))
	case len(diffs) > 0:
		t.Errorf("%s\n(go test ./tests/ -run 'TestGolden/%s' -update rewrites the expected files: read the diff before committing)",
			strings.Join(diffs, "\n"), strings.TrimPrefix(filepath.ToSlash(base), "golden/"))
	}
}

// writeExpected writes an expected file, or removes it when got is empty.
func writeExpected(t *testing.T, path, got string) {
	if got == "" {
		if err := os.Remove(path); err != nil && !os.IsNotExist(err) {
			t.Fatal(err)
		}
		return
	}
	if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
		t.Fatal(err)
	}
}

// compareExpected compares got with the expected file (missing = empty)
// and describes the difference ("" when there is none).
func compareExpected(t *testing.T, path, what, got string) string {
	want := ""
	if b, err := os.ReadFile(path); err == nil {
		want = string(b)
	} else if !os.IsNotExist(err) {
		t.Fatal(err)
	}
	if path[len(path)-5:] == ".code" {
		want = strings.TrimSpace(want)
		if want == "0" {
			want = ""
		}
		got = strings.TrimSpace(got)
	}
	if got == want {
		return ""
	}
	return fmt.Sprintf("%s differs from %s (- expected, + got):\n%s", what, filepath.Base(path), lineDiff(want, got))
}

// startGoldenSMTP starts the test server an `//! smtp:` directive asks for
// and returns the flags that route the script to it.
func startGoldenSMTP(t *testing.T, opts []string) (*smtptest.Server, []string) {
	var o smtptest.Options
	security := "plain"
	cert := ""
	var certFor []string
	reply := func(i int) *smtp.SMTPError {
		if i >= len(opts) {
			t.Fatalf("//! smtp: %s needs a reply code", opts[i-1])
		}
		return parseReply(t, opts[i])
	}
	for i := 0; i < len(opts); i++ {
		switch opts[i] {
		case "plain":
			security = "plain"
		case "starttls", "tls":
			security = "starttls"
		case "implicit-tls":
			security = "implicit"
		case "cert":
			i++
			if i >= len(opts) {
				t.Fatal("//! smtp: cert needs expired or wrongname")
			}
			cert = opts[i]
		case "cert-for":
			i++
			if i >= len(opts) {
				t.Fatal("//! smtp: cert-for needs names")
			}
			certFor = strings.Split(opts[i], ",")
		case "auth":
			i++
			if i >= len(opts) {
				t.Fatal("//! smtp: auth needs USER:PASS")
			}
			user, pass, ok := strings.Cut(opts[i], ":")
			if !ok {
				t.Fatalf("//! smtp: auth %s: want USER:PASS", opts[i])
			}
			if o.Users == nil {
				o.Users = map[string]string{}
			}
			o.Users[user] = pass
		case "insecure-auth":
			o.AllowInsecureAuth = true
		case "require-auth":
			o.RequireAuth = true
		case "no-smtputf8":
			o.NoSMTPUTF8 = true
		case "reject-mail":
			i++
			o.RejectMail = reply(i)
		case "reject-data":
			i++
			o.RejectData = reply(i)
		case "reject-rcpt":
			i += 2
			if o.RejectRcpt == nil {
				o.RejectRcpt = map[string]*smtp.SMTPError{}
			}
			o.RejectRcpt[opts[i-1]] = reply(i)
		default:
			t.Fatalf("//! smtp: unknown option %q", opts[i])
		}
	}
	var extra []string
	if security != "plain" {
		ca := smtptest.NewCA(t)
		var leaf tls.Certificate
		switch cert {
		case "":
			leaf = ca.Leaf(certFor...)
		case "expired":
			leaf = ca.ExpiredLeaf(certFor...)
		case "wrongname":
			leaf = ca.WrongNameLeaf()
		default:
			t.Fatalf("//! smtp: cert %q: want expired or wrongname", cert)
		}
		o.TLS = smtptest.ServerTLS(leaf)
		o.ImplicitTLS = security == "implicit"
		caFile := filepath.Join(t.TempDir(), "ca.pem")
		if err := os.WriteFile(caFile, ca.PEM(), 0o644); err != nil {
			t.Fatal(err)
		}
		extra = append(extra, "--smtp-ca", caFile)
	}
	srv := startSMTP(t, o)
	extra = append(extra, "--smtp-relay", srv.Addr())
	return srv, extra
}

// parseReply parses 550 or 550/5.7.1 into a refusal.
func parseReply(t *testing.T, s string) *smtp.SMTPError {
	code, enh, _ := strings.Cut(s, "/")
	n, err := strconv.Atoi(code)
	if err != nil || n < 400 || n > 599 {
		t.Fatalf("//! smtp: bad reply code %q", s)
	}
	e := &smtp.SMTPError{Code: n, EnhancedCode: smtp.EnhancedCode{n / 100, 0, 0}, Message: "Refused by the test server"}
	if enh != "" {
		var a, b, c int
		if _, err := fmt.Sscanf(enh, "%d.%d.%d", &a, &b, &c); err != nil {
			t.Fatalf("//! smtp: bad enhanced code %q", enh)
		}
		e.EnhancedCode = smtp.EnhancedCode{a, b, c}
	}
	return e
}

// lineDiff shows two texts line by line, marking the lines that differ.
func lineDiff(want, got string) string {
	w := strings.Split(want, "\n")
	g := strings.Split(got, "\n")
	var b strings.Builder
	n := max(len(w), len(g))
	for i := 0; i < n; i++ {
		var wl, gl string
		wok, gok := i < len(w), i < len(g)
		if wok {
			wl = w[i]
		}
		if gok {
			gl = g[i]
		}
		switch {
		case wok && gok && wl == gl:
			fmt.Fprintf(&b, "    %s\n", wl)
		default:
			if wok {
				fmt.Fprintf(&b, "  - %q\n", wl)
			}
			if gok {
				fmt.Fprintf(&b, "  + %q\n", gl)
			}
		}
	}
	return b.String()
}
