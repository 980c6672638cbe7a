// Package interop proves the e-mail family against SMTP servers we did not
// write: mailpit (its REST API says what it received) and Postfix's
// smtp-sink (fault injection). Both are started by the tests on
// 127.0.0.1, on free ports.
//
// The binaries are found on $PATH, in $GOBIN or $(go env GOPATH)/bin
// (mailpit) and in /usr/sbin (smtp-sink), or named by $WL_MAILPIT and
// $WL_SMTP_SINK. When one is missing the tests that need it are skipped
// with a message, except under CI (CI set and not "false", or
// WL_INTEROP_REQUIRED=1), where they fail: .ci/run installs both.
package interop

import (
	"bytes"
	"context"
	"crypto/x509"
	"encoding/json"
	"encoding/pem"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/wlangage/wl/cmd/wl/cli"
	_ "github.com/wlangage/wl/cmd/wl/cli/spoolcli" // in-process, as wl-spool: the spool linked
	"github.com/wlangage/wl/tests/internal/syncbuf"
	"github.com/wlangage/wl/tests/smtptest"
)

// inCI reports whether the tests run under CI (CI set and not "false",
// or WL_INTEROP_REQUIRED=1 as .ci/run sets it), where a missing server
// binary is a failure.
func inCI() bool {
	if os.Getenv("WL_INTEROP_REQUIRED") == "1" {
		return true
	}
	v := strings.ToLower(os.Getenv("CI"))
	return v != "" && v != "false" && v != "0"
}

// need returns the path of a server binary, or skips (fails under CI).
func need(t *testing.T, name, env string, dirs ...string) string {
	t.Helper()
	if p := os.Getenv(env); p != "" {
		return p
	}
	if p, err := exec.LookPath(name); err == nil {
		return p
	}
	var looked []string
	for _, d := range dirs {
		if d == "" {
			continue
		}
		looked = append(looked, d)
		p := filepath.Join(d, name)
		if st, err := os.Stat(p); err == nil && !st.IsDir() {
			return p
		}
	}
	// "missing server: NAME" is what tests/testsum looks for in the CI
	// summary.
	msg := fmt.Sprintf("missing server: %s (not found in PATH, %s, $%s): install it as .ci/run does", name, strings.Join(looked, ", "), env)
	if inCI() {
		t.Fatal(msg)
	}
	t.Skip(msg)
	return ""
}

func mailpitBin(t *testing.T) string {
	gopath := os.Getenv("GOPATH")
	if gopath == "" {
		if home, err := os.UserHomeDir(); err == nil {
			gopath = filepath.Join(home, "go")
		}
	}
	return need(t, "mailpit", "WL_MAILPIT", os.Getenv("GOBIN"), filepath.Join(gopath, "bin"))
}

func sinkBin(t *testing.T) string {
	return need(t, "smtp-sink", "WL_SMTP_SINK", "/usr/sbin", "/usr/lib/postfix/sbin")
}

// freePort returns a port that was free a moment ago on 127.0.0.1.
func freePort(t *testing.T) int {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port
}

// process runs a server binary until the test ends.
type process struct {
	cmd *exec.Cmd
	out *syncbuf.Buffer
}

func start(t *testing.T, bin string, args ...string) *process {
	t.Helper()
	p := &process{cmd: exec.Command(bin, args...), out: &syncbuf.Buffer{}}
	p.cmd.Stdout, p.cmd.Stderr = p.out, p.out
	if err := p.cmd.Start(); err != nil {
		t.Fatalf("%s: %v", bin, err)
	}
	t.Cleanup(func() {
		p.cmd.Process.Kill() // this process only, by its id
		p.cmd.Wait()
	})
	return p
}

// waitTCP waits until addr accepts connections.
func waitTCP(t *testing.T, p *process, addr string) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		if c, err := net.DialTimeout("tcp", addr, 200*time.Millisecond); err == nil {
			c.Close()
			return
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatalf("%s does not listen on %s; output:\n%s", filepath.Base(p.cmd.Path), addr, p.out.String())
}

// result is what one `wl run` printed and returned.
type result struct {
	stdout, stderr string
	code           int
	elapsed        time.Duration
}

// runScript runs `wl run FLAGS script.wl` in-process, the script written
// to a temporary directory.
func runScript(t *testing.T, src string, flags ...string) result {
	t.Helper()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "script.wl"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errb syncbuf.Buffer
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	env := &cli.Env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb, Dir: dir, Context: ctx}
	args := append(append([]string{"run"}, flags...), "script.wl")
	start := time.Now()
	code := env.Main(args)
	return result{stdout: out.String(), stderr: errb.String(), code: code, elapsed: time.Since(start)}
}

// --- mailpit ---------------------------------------------------------

// mailpit is a running mailpit.
type mailpit struct {
	smtp, http string
}

// mailpitTLS are the files of a TLS mailpit: its certificate, signed by a
// test CA, for localhost and 127.0.0.1.
type mailpitTLS struct {
	certFile, keyFile, caFile string
}

func newTLSFiles(t *testing.T) mailpitTLS {
	t.Helper()
	ca := smtptest.NewCA(t)
	leaf := ca.Leaf("localhost", "127.0.0.1")
	dir := t.TempDir()
	f := mailpitTLS{filepath.Join(dir, "cert.pem"), filepath.Join(dir, "key.pem"), filepath.Join(dir, "ca.pem")}
	var certPEM bytes.Buffer
	for _, der := range leaf.Certificate {
		pem.Encode(&certPEM, &pem.Block{Type: "CERTIFICATE", Bytes: der})
	}
	key, err := x509.MarshalPKCS8PrivateKey(leaf.PrivateKey)
	if err != nil {
		t.Fatal(err)
	}
	write := func(name string, b []byte) {
		if err := os.WriteFile(name, b, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	write(f.certFile, certPEM.Bytes())
	write(f.keyFile, pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: key}))
	write(f.caFile, ca.PEM())
	return f
}

// startMailpit starts mailpit with extra flags.
func startMailpit(t *testing.T, extra ...string) *mailpit {
	t.Helper()
	bin := mailpitBin(t)
	m := &mailpit{
		smtp: "127.0.0.1:" + strconv.Itoa(freePort(t)),
		http: "127.0.0.1:" + strconv.Itoa(freePort(t)),
	}
	args := []string{"--listen", m.http, "--smtp", m.smtp, "--disable-version-check", "--smtp-disable-rdns", "-q",
		"--database", filepath.Join(t.TempDir(), "mailpit.db")}
	p := start(t, bin, append(args, extra...)...)
	deadline := time.Now().Add(15 * time.Second)
	for {
		resp, err := http.Get("http://" + m.http + "/readyz")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == 200 {
				break
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("mailpit is not ready; output:\n%s", p.out.String())
		}
		time.Sleep(30 * time.Millisecond)
	}
	waitTCP(t, p, m.smtp)
	return m
}

type mpAddress struct{ Name, Address string }

type mpSummary struct {
	ID, MessageID, Subject, Username string
	From                             mpAddress
	To, Cc, Bcc, ReplyTo             []mpAddress
}

type mpPart struct {
	PartID, FileName, ContentType, ContentID string
	Size                                     int
}

type mpMessage struct {
	mpSummary
	ReturnPath  string
	Text, HTML  string
	Inline      []mpPart
	Attachments []mpPart
}

func (m *mailpit) get(t *testing.T, path string, v any) []byte {
	t.Helper()
	resp, err := http.Get("http://" + m.http + path)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != 200 {
		t.Fatalf("GET %s: %s %s", path, resp.Status, b)
	}
	if v != nil {
		if err := json.Unmarshal(b, v); err != nil {
			t.Fatalf("GET %s: %v\n%s", path, err, b)
		}
	}
	return b
}

// messages lists what mailpit received, oldest first.
func (m *mailpit) messages(t *testing.T) []mpSummary {
	t.Helper()
	var l struct {
		Total    int
		Messages []mpSummary
	}
	m.get(t, "/api/v1/messages?limit=1000", &l)
	// The API lists the newest first.
	for i, j := 0, len(l.Messages)-1; i < j; i, j = i+1, j-1 {
		l.Messages[i], l.Messages[j] = l.Messages[j], l.Messages[i]
	}
	return l.Messages
}

func (m *mailpit) message(t *testing.T, id string) mpMessage {
	t.Helper()
	var msg mpMessage
	m.get(t, "/api/v1/message/"+id, &msg)
	return msg
}

func (m *mailpit) part(t *testing.T, id, part string) string {
	t.Helper()
	return string(m.get(t, "/api/v1/message/"+id+"/part/"+part, nil))
}

func addresses(l []mpAddress) string {
	s := make([]string, len(l))
	for i, a := range l {
		s[i] = a.Address
	}
	return strings.Join(s, ",")
}

// --- smtp-sink --------------------------------------------------------

// sink is a running smtp-sink; with dump set, messages land in dir.
type sink struct {
	addr, dir string
}

// startSink starts smtp-sink with fault options.
func startSink(t *testing.T, opts ...string) *sink { return startSinkDump(t, false, opts...) }

// startSinkDump starts smtp-sink; with dump, each message is written to a
// file of s.dir as received.
func startSinkDump(t *testing.T, dump bool, opts ...string) *sink {
	t.Helper()
	bin := sinkBin(t)
	s := &sink{addr: "127.0.0.1:" + strconv.Itoa(freePort(t))}
	args := []string{"-h", "sink.test"}
	if os.Geteuid() == 0 {
		// smtp-sink refuses to run as root without a user to switch to.
		args = append(args, "-u", "nobody")
	}
	if dump {
		// A directory the unprivileged user can reach: t.TempDir()'s
		// parents are private.
		dir, err := os.MkdirTemp("", "wl-smtp-sink-")
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { os.RemoveAll(dir) })
		os.Chmod(dir, 0o777)
		s.dir = dir
		args = append(args, "-d", dir+"/%M.")
	}
	args = append(append(args, opts...), s.addr, "32")
	p := start(t, bin, args...)
	waitTCP(t, p, s.addr)
	return s
}

// dumps returns the messages the sink wrote, as received.
func (s *sink) dumps(t *testing.T) []string {
	t.Helper()
	var out []string
	filepath.WalkDir(s.dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			b, _ := os.ReadFile(p)
			out = append(out, string(b))
		}
		return nil
	})
	return out
}
