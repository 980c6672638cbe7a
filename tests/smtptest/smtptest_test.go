package smtptest_test

import (
	"bufio"
	"crypto/tls"
	"crypto/x509"
	"encoding/base64"
	"encoding/pem"
	"errors"
	"io"
	"net"
	"net/textproto"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"
	"github.com/wlangage/wl/tests/smtptest"
)

func users() map[string]string { return map[string]string{"alice": "secret"} }

func joined(ev []string) string {
	var out []string
	for _, e := range ev {
		if e != "DISCONNECT" {
			out = append(out, e)
		}
	}
	return strings.Join(out, ", ")
}

// dial opens a go-smtp client with short timeouts.
func dial(t *testing.T, addr string) *smtp.Client {
	t.Helper()
	conn, err := net.DialTimeout("tcp", addr, time.Second)
	if err != nil {
		t.Fatal(err)
	}
	c := smtp.NewClient(conn)
	c.CommandTimeout, c.SubmissionTimeout = 3*time.Second, 3*time.Second
	t.Cleanup(func() { c.Close() })
	return c
}

// raw is a hand-driven client.
type raw struct {
	t    *testing.T
	conn net.Conn
	tp   *textproto.Conn
}

func dialRaw(t *testing.T, addr string) *raw {
	t.Helper()
	conn, err := net.DialTimeout("tcp", addr, time.Second)
	if err != nil {
		t.Fatal(err)
	}
	conn.SetDeadline(time.Now().Add(5 * time.Second))
	t.Cleanup(func() { conn.Close() })
	r := &raw{t: t, conn: conn, tp: textproto.NewConn(conn)}
	r.expect(220)
	return r
}

func (r *raw) cmd(line string, code int) string {
	r.t.Helper()
	if err := r.tp.PrintfLine("%s", line); err != nil {
		r.t.Fatal(err)
	}
	return r.expect(code)
}

func (r *raw) expect(code int) string {
	r.t.Helper()
	_, msg, err := r.tp.ReadResponse(code)
	if err != nil {
		r.t.Fatalf("want %d: %v", code, err)
	}
	return msg
}

func (r *raw) startTLS(pool *x509.CertPool) {
	r.t.Helper()
	r.cmd("STARTTLS", 220)
	tc := tls.Client(r.conn, &tls.Config{ServerName: "localhost", RootCAs: pool})
	if err := tc.Handshake(); err != nil {
		r.t.Fatal(err)
	}
	r.conn, r.tp = tc, textproto.NewConn(tc)
}

func TestCA(t *testing.T) {
	ca := smtptest.NewCA(t)
	verify := func(c tls.Certificate, name string) error {
		_, err := c.Leaf.Verify(x509.VerifyOptions{Roots: ca.Pool(), DNSName: name})
		return err
	}
	for _, name := range []string{"localhost", "127.0.0.1"} {
		if err := verify(ca.Leaf(), name); err != nil {
			t.Errorf("Leaf for %s: %v", name, err)
		}
	}
	if err := verify(ca.Leaf("mail.example.com", "::1"), "::1"); err != nil {
		t.Error(err)
	}
	var ci x509.CertificateInvalidError
	if err := verify(ca.ExpiredLeaf(), "localhost"); !errors.As(err, &ci) || ci.Reason != x509.Expired {
		t.Errorf("ExpiredLeaf: %v", err)
	}
	var hn x509.HostnameError
	if err := verify(ca.WrongNameLeaf(), "localhost"); !errors.As(err, &hn) {
		t.Errorf("WrongNameLeaf: %v", err)
	}
	other := smtptest.NewCA(t)
	var ua x509.UnknownAuthorityError
	if err := verify(other.Leaf(), "localhost"); !errors.As(err, &ua) {
		t.Errorf("other CA: %v", err)
	}
	b, _ := pem.Decode(ca.PEM())
	if b == nil || b.Type != "CERTIFICATE" || !slices.Equal(b.Bytes, ca.Cert.Raw) {
		t.Error("PEM does not hold the CA certificate")
	}
}

func TestPlainSessionEvents(t *testing.T) {
	srv := smtptest.Start(t, smtptest.Options{})
	c := dial(t, srv.Addr())
	if err := c.Hello("client.test"); err != nil {
		t.Fatal(err)
	}
	if err := c.SendMail("a@b", []string{"c@d", "e@f"}, strings.NewReader("Subject: s\r\n\r\nbody\r\n.dot\r\n")); err != nil {
		t.Fatal(err)
	}
	if err := c.Noop(); err != nil {
		t.Fatal(err)
	}
	if err := c.Reset(); err != nil {
		t.Fatal(err)
	}
	if err := c.Quit(); err != nil {
		t.Fatal(err)
	}
	if !srv.WaitQuit(3*time.Second) || !srv.WaitDisconnect(3*time.Second) {
		t.Fatal("no QUIT/DISCONNECT")
	}
	if got, want := joined(srv.Events()), "CONNECT, EHLO client.test, MAIL, RCPT, RCPT, DATA, NOOP, RSET, EHLO client.test, QUIT"; got != want {
		t.Errorf("events = %s\nwant     %s", got, want)
	}
	m := srv.Messages()
	if len(m) != 1 || m[0].From != "a@b" || !slices.Equal(m[0].To, []string{"c@d", "e@f"}) ||
		string(m[0].Data) != "Subject: s\r\n\r\nbody\r\n.dot\r\n" || m[0].TLS || m[0].Helo != "client.test" {
		t.Fatalf("messages = %+v", m)
	}
	tr := strings.Join(srv.Transcript(), "\n")
	for _, want := range []string{"S: 220 smtptest.local ESMTP Service Ready", "C: MAIL FROM:<a@b> BODY=8BITMIME", "C: RCPT TO:<e@f>",
		"S: 354 ", "C: [message data, 27 bytes]\nC: .\nS: 250 2.0.0 OK: queued", "C: QUIT\nS: 221 2.0.0 Bye"} {
		if !strings.Contains(tr, want) {
			t.Errorf("transcript lacks %q:\n%s", want, tr)
		}
	}
}

func TestQuitVersusDisconnect(t *testing.T) {
	srv := smtptest.Start(t, smtptest.Options{})
	c := dial(t, srv.Addr())
	if err := c.Noop(); err != nil {
		t.Fatal(err)
	}
	c.Close()
	if !srv.WaitDisconnect(3 * time.Second) {
		t.Fatal("no DISCONNECT")
	}
	if srv.WaitQuit(100 * time.Millisecond) {
		t.Errorf("QUIT recorded for a dropped connection: %v", srv.Events())
	}
}

func TestStartTLSInterception(t *testing.T) {
	ca := smtptest.NewCA(t)
	srv := smtptest.Start(t, smtptest.Options{TLS: smtptest.ServerTLS(ca.Leaf()), Users: users()})
	r := dialRaw(t, srv.Addr())
	ehlo := r.cmd("EHLO x", 250)
	if !strings.Contains(ehlo, "\nSTARTTLS") || strings.Contains(ehlo, "AUTH") {
		t.Fatalf("EHLO in clear:\n%s", ehlo)
	}
	r.cmd("AUTH PLAIN "+base64.StdEncoding.EncodeToString([]byte("\x00alice\x00secret")), 523)
	r.startTLS(ca.Pool())
	ehlo = r.cmd("EHLO x", 250)
	if strings.Contains(ehlo, "STARTTLS") || !strings.Contains(ehlo, "AUTH PLAIN LOGIN XOAUTH2") {
		t.Fatalf("EHLO over TLS:\n%s", ehlo)
	}
	r.cmd("STARTTLS", 502)
	r.cmd("AUTH PLAIN "+base64.StdEncoding.EncodeToString([]byte("\x00alice\x00secret")), 235)
	r.cmd("MAIL FROM:<a@b>", 250)
	r.cmd("RCPT TO:<c@d>", 250)
	r.cmd("DATA", 354)
	r.cmd("hi\r\n.", 250)
	r.cmd("QUIT", 221)
	if got, want := joined(srv.Events()), "CONNECT, EHLO x, AUTH PLAIN, STARTTLS, EHLO x, STARTTLS, AUTH PLAIN, AUTH OK alice, MAIL, RCPT, DATA, QUIT"; got != want {
		t.Errorf("events = %s\nwant     %s", got, want)
	}
	if m := srv.Messages(); len(m) != 1 || !m[0].TLS || m[0].Auth != "alice" {
		t.Fatalf("messages = %+v", m)
	}
	tr := strings.Join(srv.Transcript(), "\n")
	if strings.Contains(tr, base64.StdEncoding.EncodeToString([]byte("\x00alice\x00secret"))) || !strings.Contains(tr, "C: AUTH PLAIN [masked]") {
		t.Errorf("credentials in the transcript:\n%s", tr)
	}
}

func TestStartTLSInjectionDiscarded(t *testing.T) {
	ca := smtptest.NewCA(t)
	srv := smtptest.Start(t, smtptest.Options{TLS: smtptest.ServerTLS(ca.Leaf())})
	r := dialRaw(t, srv.Addr())
	r.cmd("EHLO x", 250)
	if _, err := r.conn.Write([]byte("STARTTLS\r\nNOOP\r\n")); err != nil {
		t.Fatal(err)
	}
	r.expect(220)
	tc := tls.Client(r.conn, &tls.Config{ServerName: "localhost", RootCAs: ca.Pool()})
	if err := tc.Handshake(); err != nil {
		t.Fatal(err)
	}
	r.conn, r.tp = tc, textproto.NewConn(tc)
	r.cmd("QUIT", 221)
	srv.WaitQuit(3 * time.Second)
	if !srv.Saw("STARTTLS INJECTION DISCARDED") || srv.Saw("NOOP") {
		t.Errorf("events = %v", srv.Events())
	}
}

func TestTLSFailureRecorded(t *testing.T) {
	ca := smtptest.NewCA(t)
	srv := smtptest.Start(t, smtptest.Options{TLS: smtptest.ServerTLS(ca.Leaf())})
	r := dialRaw(t, srv.Addr())
	r.cmd("EHLO x", 250)
	r.cmd("STARTTLS", 220)
	tc := tls.Client(r.conn, &tls.Config{ServerName: "localhost"}) // unknown CA: the client aborts
	if err := tc.Handshake(); err == nil {
		t.Fatal("handshake succeeded")
	}
	if !srv.WaitDisconnect(3*time.Second) || !srv.Saw("TLS FAILED: ") {
		t.Errorf("events = %v", srv.Events())
	}
}

func TestImplicitTLS(t *testing.T) {
	ca := smtptest.NewCA(t)
	srv := smtptest.Start(t, smtptest.Options{TLS: smtptest.ServerTLS(ca.Leaf()), ImplicitTLS: true})
	conn, err := tls.Dial("tcp", srv.Addr(), &tls.Config{ServerName: "127.0.0.1", RootCAs: ca.Pool()})
	if err != nil {
		t.Fatal(err)
	}
	c := smtp.NewClient(conn)
	defer c.Close()
	if ok, _ := c.Extension("STARTTLS"); ok {
		t.Error("STARTTLS offered over implicit TLS")
	}
	if err := c.SendMail("a@b", []string{"c@d"}, strings.NewReader("x\r\n")); err != nil {
		t.Fatal(err)
	}
	c.Quit()
	if m := srv.Messages(); len(m) != 1 || !m[0].TLS {
		t.Fatalf("messages = %+v", m)
	}
	if got := joined(srv.Events()); !strings.HasPrefix(got, "CONNECT, TLS, EHLO localhost, MAIL") {
		t.Errorf("events = %s", got)
	}

	// A clear client gets nothing useful and the failure is recorded.
	plain := dial(t, srv.Addr())
	plain.CommandTimeout = 500 * time.Millisecond
	if err := plain.Noop(); err == nil {
		t.Error("clear client talked to an implicit TLS server")
	}
	for deadline := time.Now().Add(2 * time.Second); srv.Count("DISCONNECT") < 2 && time.Now().Before(deadline); {
		time.Sleep(10 * time.Millisecond)
	}
	if srv.Count("DISCONNECT") != 2 || !srv.Saw("TLS FAILED: ") {
		t.Errorf("events = %v", srv.Events())
	}
}

func TestAuthMechanisms(t *testing.T) {
	ca := smtptest.NewCA(t)
	srv := smtptest.Start(t, smtptest.Options{Users: users(), AllowInsecureAuth: true, RequireAuth: true})
	for _, tc := range []struct {
		name string
		a    sasl.Client
		code int
	}{
		{"plain", sasl.NewPlainClient("", "alice", "secret"), 0},
		{"plain bad", sasl.NewPlainClient("", "alice", "nope"), 535},
		{"plain other identity", sasl.NewPlainClient("bob", "alice", "secret"), 535},
		{"login", sasl.NewLoginClient("alice", "secret"), 0},
		{"login bad", sasl.NewLoginClient("mallory", "secret"), 535},
	} {
		c := dial(t, srv.Addr())
		err := c.Auth(tc.a)
		var se *smtp.SMTPError
		switch {
		case tc.code == 0 && err != nil:
			t.Errorf("%s: %v", tc.name, err)
		case tc.code != 0 && (!errors.As(err, &se) || se.Code != tc.code):
			t.Errorf("%s: %v, want %d", tc.name, err, tc.code)
		}
		err = c.Mail("a@b", nil)
		if tc.code == 0 && err != nil {
			t.Errorf("%s: MAIL after AUTH: %v", tc.name, err)
		}
		if tc.code != 0 && (!errors.As(err, &se) || se.Code != 530) {
			t.Errorf("%s: MAIL without AUTH: %v, want 530", tc.name, err)
		}
		c.Close()
	}
	_ = ca

	// XOAUTH2, failure path: JSON challenge, empty answer, 535.
	r := dialRaw(t, srv.Addr())
	r.cmd("EHLO x", 250)
	ch := r.cmd("AUTH XOAUTH2 "+base64.StdEncoding.EncodeToString([]byte("user=alice\x01auth=Bearer bad\x01\x01")), 334)
	if js, _ := base64.StdEncoding.DecodeString(ch); !strings.Contains(string(js), `"status":"401"`) {
		t.Errorf("challenge = %q", js)
	}
	r.cmd("", 535)
	r.cmd("AUTH XOAUTH2 "+base64.StdEncoding.EncodeToString([]byte("user=alice\x01auth=Bearer secret\x01\x01")), 235)
	r.cmd("AUTH CRAM-MD5", 503) // already authenticated
	if srv.Count("AUTH OK alice") != 3 || srv.Count("AUTH FAILED alice") != 3 || srv.Count("AUTH FAILED mallory") != 1 {
		t.Errorf("events = %v", srv.Events())
	}
}

func TestAuthRestrictedMechanisms(t *testing.T) {
	srv := smtptest.Start(t, smtptest.Options{Users: users(), AllowInsecureAuth: true, Mechanisms: []string{"LOGIN"}, LoginPrompts: [2]string{"User Name", "Pass Word"}})
	r := dialRaw(t, srv.Addr())
	if ehlo := r.cmd("EHLO x", 250); !strings.Contains(ehlo, "AUTH LOGIN\n") && !strings.HasSuffix(ehlo, "AUTH LOGIN") {
		t.Errorf("EHLO:\n%s", ehlo)
	}
	r.cmd("AUTH PLAIN AGFsaWNlAHNlY3JldA==", 504)
	if ch := r.cmd("AUTH LOGIN", 334); ch != base64.StdEncoding.EncodeToString([]byte("User Name")) {
		t.Errorf("challenge %q", ch)
	}
	r.cmd(base64.StdEncoding.EncodeToString([]byte("alice")), 334)
	r.cmd(base64.StdEncoding.EncodeToString([]byte("secret")), 235)
}

func TestRejects(t *testing.T) {
	var got []smtptest.Message
	srv := smtptest.Start(t, smtptest.Options{
		RejectRcpt: map[string]*smtp.SMTPError{"x@y": {Code: 550, EnhancedCode: smtp.EnhancedCode{5, 1, 1}, Message: "User unknown"}},
		OnMessage:  func(m smtptest.Message) { got = append(got, m) },
	})
	c := dial(t, srv.Addr())
	if err := c.Mail("a@b", nil); err != nil {
		t.Fatal(err)
	}
	var se *smtp.SMTPError
	if err := c.Rcpt("x@y", nil); !errors.As(err, &se) || se.Code != 550 || se.EnhancedCode != (smtp.EnhancedCode{5, 1, 1}) {
		t.Errorf("RCPT: %v", err)
	}
	if err := c.Rcpt("ok@y", nil); err != nil {
		t.Fatal(err)
	}
	w, _ := c.Data()
	io.WriteString(w, "x\r\n")
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	c.Quit()
	srv.WaitDisconnect(3 * time.Second)
	if len(got) != 1 || !slices.Equal(got[0].To, []string{"ok@y"}) {
		t.Errorf("OnMessage got %+v", got)
	}

	srv = smtptest.Start(t, smtptest.Options{
		RejectMail: &smtp.SMTPError{Code: 451, EnhancedCode: smtp.EnhancedCode{4, 3, 0}, Message: "Try later"},
	})
	c = dial(t, srv.Addr())
	if err := c.Mail("a@b", nil); !errors.As(err, &se) || se.Code != 451 || !se.Temporary() {
		t.Errorf("MAIL: %v", err)
	}
	srv = smtptest.Start(t, smtptest.Options{RejectData: &smtp.SMTPError{Code: 554, EnhancedCode: smtp.EnhancedCode{5, 6, 0}, Message: "No"}})
	c = dial(t, srv.Addr())
	if err := c.SendMail("a@b", []string{"c@d"}, strings.NewReader("x\r\n")); !errors.As(err, &se) || se.Code != 554 {
		t.Errorf("DATA: %v", err)
	}
	if len(srv.Messages()) != 0 {
		t.Error("a refused message was recorded")
	}
}

func TestListenOutsideTests(t *testing.T) {
	if _, err := smtptest.Listen(smtptest.Options{ImplicitTLS: true}); err == nil {
		t.Error("ImplicitTLS without TLS accepted")
	}
	srv, err := smtptest.Listen(smtptest.Options{Addr: "127.0.0.1:0", Domain: "sink.test"})
	if err != nil {
		t.Fatal(err)
	}
	r := dialRaw(t, srv.Addr())
	if !strings.HasPrefix(r.cmd("EHLO x", 250), "Hello x") {
		t.Error("bad EHLO reply")
	}
	start := time.Now()
	if err := srv.Close(); err != nil {
		t.Error(err)
	}
	if err := srv.Close(); err != nil {
		t.Error(err)
	}
	if d := time.Since(start); d > time.Second {
		t.Errorf("Close took %v", d)
	}
	if _, err := net.DialTimeout("tcp", srv.Addr(), 200*time.Millisecond); err == nil {
		t.Error("still listening after Close")
	}
}

func TestSilentListener(t *testing.T) {
	h := smtptest.SilentListener(t)
	conn, err := net.DialTimeout("tcp", h.Addr(), time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	conn.SetReadDeadline(time.Now().Add(200 * time.Millisecond))
	var ne net.Error
	if _, err := conn.Read(make([]byte, 1)); !errors.As(err, &ne) || !ne.Timeout() {
		t.Errorf("read: %v", err)
	}
	if h.Accepted() != 1 {
		t.Errorf("accepted %d", h.Accepted())
	}
	start := time.Now()
	h.Close()
	if d := time.Since(start); d > time.Second {
		t.Errorf("Close took %v", d)
	}
	conn.SetReadDeadline(time.Now().Add(time.Second))
	if _, err := conn.Read(make([]byte, 1)); !errors.Is(err, io.EOF) {
		t.Errorf("after Close: %v", err)
	}
}

func TestStallingServers(t *testing.T) {
	for _, after := range []bool{false, true} {
		var h *smtptest.Hostile
		if after {
			h = smtptest.StallAfterData(t)
		} else {
			h = smtptest.StallDuringData(t)
		}
		c := dial(t, h.Addr())
		c.CommandTimeout, c.SubmissionTimeout = 300*time.Millisecond, 300*time.Millisecond
		if err := c.Mail("a@b", nil); err != nil {
			t.Fatal(err)
		}
		if err := c.Rcpt("c@d", nil); err != nil {
			t.Fatal(err)
		}
		w, err := c.Data()
		if err != nil {
			t.Fatal(err)
		}
		if after {
			io.WriteString(w, "x\r\n")
			var ne net.Error
			if err := w.Close(); !errors.As(err, &ne) || !ne.Timeout() {
				t.Errorf("final reply: %v", err)
			}
			if !slices.Contains(h.Events(), "END OF DATA") {
				t.Errorf("events = %v", h.Events())
			}
		} else {
			// Nobody reads: a big write blocks until Close frees it.
			done := make(chan error, 1)
			go func() {
				_, err := w.Write(make([]byte, 32<<20))
				done <- err
			}()
			select {
			case err := <-done:
				t.Fatalf("32 MB written to a stalled server: %v", err)
			case <-time.After(300 * time.Millisecond):
			}
			h.Close()
			select {
			case <-done:
			case <-time.After(2 * time.Second):
				t.Fatal("write still blocked after Close")
			}
		}
		if got := strings.Join(h.Events(), ","); !strings.HasPrefix(got, "EHLO,MAIL,RCPT,DATA") {
			t.Errorf("events = %s", got)
		}
	}
}

func TestNewHostileCustom(t *testing.T) {
	h := smtptest.NewHostile(t, func(h *smtptest.Hostile, c net.Conn) {
		c.Write([]byte("421 4.3.2 Shutting down\r\n"))
		c.Close()
	})
	conn, err := net.DialTimeout("tcp", h.Addr(), time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	conn.SetReadDeadline(time.Now().Add(time.Second))
	line, _ := bufio.NewReader(conn).ReadString('\n')
	if line != "421 4.3.2 Shutting down\r\n" {
		t.Errorf("got %q", line)
	}
	if h.Port() == 0 {
		t.Error("no port")
	}
}
