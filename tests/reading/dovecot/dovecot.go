// Package dovecot starts a private Dovecot (POP3 and IMAP) for tests: a
// generated configuration in a temporary directory, free ports on
// 127.0.0.1 for POP3, POP3S, IMAP and IMAPS, a passwd-file user, a maildir
// the test seeds, and TLS with a certificate from a throw-away test CA
// (tests/smtptest). It runs `dovecot -F -c conf` in the foreground and
// stops it when the test ends.
//
// Without a dovecot binary the test is skipped with the reason, except
// under CI (CI set and not "false", or WL_INTEROP_REQUIRED=1) where it
// fails: .ci/run installs Dovecot.
package dovecot

import (
	"crypto/tls"
	"crypto/x509"
	_ "embed"
	"encoding/pem"
	"fmt"
	"net"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"strconv"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/wlangage/wl/tests/smtptest"
)

// Server is a running Dovecot.
type Server struct {
	// Dir is the instance's directory.
	Dir string
	// POP3, POP3S, IMAP, IMAPS are "127.0.0.1:port" addresses (POP3 and
	// IMAP offer STLS / STARTTLS).
	POP3, POP3S, IMAP, IMAPS string
	// CA signed the server certificate (for localhost and 127.0.0.1);
	// CAFile is its PEM file.
	CA     *smtptest.CA
	CAFile string

	cmd      *exec.Cmd
	uid, gid int
	seq      atomic.Int64
}

// confFormat is dovecot.conf, a format of Start's arguments.
//
//go:embed dovecot.conf
var confFormat string

// InCI reports whether a missing Dovecot must fail rather than skip.
func InCI() bool {
	if os.Getenv("WL_INTEROP_REQUIRED") == "1" {
		return true
	}
	v := strings.ToLower(os.Getenv("CI"))
	return v != "" && v != "false" && v != "0"
}

// Binary returns the dovecot program, or skips t (fails under CI).
func Binary(t testing.TB) string {
	t.Helper()
	for _, p := range []string{os.Getenv("WL_DOVECOT"), "/usr/sbin/dovecot"} {
		if p != "" {
			if _, err := os.Stat(p); err == nil {
				return p
			}
		}
	}
	if p, err := exec.LookPath("dovecot"); err == nil {
		return p
	}
	if InCI() {
		t.Fatal("dovecot not found: .ci/run installs dovecot-imapd and dovecot-pop3d")
	}
	t.Skip("SKIP: dovecot not found (apt-get install dovecot-imapd dovecot-pop3d); the POP3/IMAP interop tests need it")
	return ""
}

// freePorts returns n distinct ports that were free a moment ago on
// 127.0.0.1: the listeners stay open until all n are chosen, so the kernel
// cannot hand the same port out twice (Dovecot then refuses its
// configuration with "duplicate listener").
func freePorts(t testing.TB, n int) []int {
	t.Helper()
	ports := make([]int, 0, n)
	for range n {
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		defer ln.Close()
		ports = append(ports, ln.Addr().(*net.TCPAddr).Port)
	}
	return ports
}

// Users maps user names to passwords.
type Users map[string]string

// Start starts Dovecot with the given users, each with an empty INBOX.
func Start(t testing.TB, users Users) *Server {
	t.Helper()
	bin := Binary(t)
	dir, err := os.MkdirTemp("", "wl-dovecot-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	// Dovecot's unprivileged processes must traverse it.
	if err := os.Chmod(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	s := &Server{Dir: dir, CA: smtptest.NewCA(t)}
	s.CAFile = filepath.Join(dir, "ca.pem")
	leaf := s.CA.Leaf("localhost", "127.0.0.1")
	keyDER, err := x509.MarshalPKCS8PrivateKey(leaf.PrivateKey)
	if err != nil {
		t.Fatal(err)
	}
	var chain []byte
	for _, c := range leaf.Certificate {
		chain = append(chain, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: c})...)
	}
	write := func(name string, data []byte, mode os.FileMode) {
		if err := os.WriteFile(filepath.Join(dir, name), data, mode); err != nil {
			t.Fatal(err)
		}
	}
	write("ca.pem", s.CA.PEM(), 0o644)
	write("cert.pem", chain, 0o644)
	write("key.pem", pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: keyDER}), 0o600)

	// As root, Dovecot refuses to run its login processes or to read mail
	// as root: the Debian package's users do that, and mail belongs to
	// nobody. As any other user, everything runs as that user.
	cur, err := user.Current()
	if err != nil {
		t.Fatal(err)
	}
	loginUser, internalUser, internalGroup := cur.Username, cur.Username, ""
	s.uid, s.gid = os.Getuid(), os.Getgid()
	if g, err := user.LookupGroupId(strconv.Itoa(s.gid)); err == nil {
		internalGroup = g.Name
	}
	if s.uid == 0 {
		loginUser, internalUser, internalGroup = "dovenull", "dovecot", "dovecot"
		s.uid, s.gid = 65534, 65534
	}
	var pw strings.Builder
	for u, p := range users {
		home := filepath.Join(dir, "home", u)
		for _, sub := range []string{"cur", "new", "tmp"} {
			if err := os.MkdirAll(filepath.Join(home, "Maildir", sub), 0o755); err != nil {
				t.Fatal(err)
			}
		}
		fmt.Fprintf(&pw, "%s:{PLAIN}%s:%d:%d::%s\n", u, p, s.uid, s.gid, home)
	}
	write("passwd", []byte(pw.String()), 0o644)
	s.chown(filepath.Join(dir, "home"))

	// Another process may take a chosen port before Dovecot binds it:
	// a start that fails is tried again on other ports.
	for attempt := 1; ; attempt++ {
		err := s.launch(t, bin, dir, internalUser, internalGroup, loginUser)
		if err == nil {
			return s
		}
		if attempt == 3 {
			t.Fatal(err)
		}
	}
}

// launch writes the configuration on fresh ports and starts Dovecot,
// waiting until it listens on all four.
func (s *Server) launch(t testing.TB, bin, dir, internalUser, internalGroup, loginUser string) error {
	t.Helper()
	write := func(name string, data []byte, mode os.FileMode) {
		if err := os.WriteFile(filepath.Join(dir, name), data, mode); err != nil {
			t.Fatal(err)
		}
	}
	ports := freePorts(t, 4)
	s.POP3 = "127.0.0.1:" + strconv.Itoa(ports[0])
	s.POP3S = "127.0.0.1:" + strconv.Itoa(ports[1])
	s.IMAP = "127.0.0.1:" + strconv.Itoa(ports[2])
	s.IMAPS = "127.0.0.1:" + strconv.Itoa(ports[3])
	conf := fmt.Sprintf(confFormat, dir, os.Getpid(), internalUser, internalGroup, loginUser, ports[0], ports[1], ports[2], ports[3])
	write("dovecot.conf", []byte(conf), 0o644)
	s.cmd = exec.Command(bin, "-F", "-c", filepath.Join(dir, "dovecot.conf"))
	out, err := os.Create(filepath.Join(dir, "stdout.log"))
	if err != nil {
		t.Fatal(err)
	}
	s.cmd.Stdout, s.cmd.Stderr = out, out
	if err := s.cmd.Start(); err != nil {
		return fmt.Errorf("dovecot: %v", err)
	}
	done := make(chan struct{})
	go func() { s.cmd.Wait(); out.Close(); close(done) }()
	t.Cleanup(func() {
		s.cmd.Process.Signal(syscall.SIGTERM)
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			s.cmd.Process.Kill()
			<-done
		}
	})
	deadline := time.Now().Add(15 * time.Second)
	for _, a := range []string{s.POP3, s.POP3S, s.IMAP, s.IMAPS} {
		for {
			c, err := net.DialTimeout("tcp", a, time.Second)
			if err == nil {
				c.Close()
				break
			}
			select {
			case <-done:
				return fmt.Errorf("dovecot exited at start:\n%s", s.Log())
			default:
			}
			if time.Now().After(deadline) {
				s.cmd.Process.Kill()
				<-done
				return fmt.Errorf("dovecot did not listen on %s within 15 s:\n%s", a, s.Log())
			}
			time.Sleep(50 * time.Millisecond)
		}
	}
	return nil
}

// Log returns what Dovecot logged so far.
func (s *Server) Log() string {
	a, _ := os.ReadFile(filepath.Join(s.Dir, "stdout.log"))
	b, _ := os.ReadFile(filepath.Join(s.Dir, "dovecot.log"))
	return string(a) + string(b)
}

func (s *Server) chown(root string) {
	if os.Getuid() != 0 {
		return
	}
	filepath.Walk(root, func(p string, _ os.FileInfo, err error) error {
		if err == nil {
			os.Lchown(p, s.uid, s.gid)
		}
		return nil
	})
}

// Seed delivers raw messages (CRLF or LF line ends) to a user's folder
// ("" or "INBOX" for the inbox, "A/B" for a sub-folder), in order, as new
// mail. Seeding while Dovecot runs is what a local delivery does.
func (s *Server) Seed(t testing.TB, user, folder string, msgs ...[]byte) {
	t.Helper()
	md := filepath.Join(s.Dir, "home", user, "Maildir")
	if folder != "" && !strings.EqualFold(folder, "INBOX") {
		md = filepath.Join(md, "."+strings.ReplaceAll(folder, "/", "."))
	}
	for _, sub := range []string{"cur", "new", "tmp"} {
		if err := os.MkdirAll(filepath.Join(md, sub), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	for _, m := range msgs {
		n := s.seq.Add(1)
		// Maildir names sort by delivery time: the sequence keeps the
		// order the test gave.
		name := fmt.Sprintf("%d.M%06dP%d.wltest", 1700000000+n, n, os.Getpid())
		tmp := filepath.Join(md, "tmp", name)
		if err := os.WriteFile(tmp, m, 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.Rename(tmp, filepath.Join(md, "new", name)); err != nil {
			t.Fatal(err)
		}
	}
	s.chown(filepath.Join(s.Dir, "home", user))
}

// TLSConfig returns a client configuration trusting the test CA.
func (s *Server) TLSConfig() *tls.Config {
	return &tls.Config{RootCAs: s.CA.Pool(), ServerName: "localhost", MinVersion: tls.VersionTLS12}
}
