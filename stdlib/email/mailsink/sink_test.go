package mailsink_test

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"net"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-smtp"
	"github.com/wlangage/wl/stdlib/email/mailsink"
	"github.com/wlangage/wl/stdlib/email/mailtls"
	"github.com/wlangage/wl/stdlib/email/smtpx"
)

func newSink(t *testing.T) *mailsink.Sink {
	t.Helper()
	s, err := mailsink.New()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// TestSinkModes: the three security modes of a script reach the sink
// through its dialer, with the certificate verified for the name dialled.
func TestSinkModes(t *testing.T) {
	s := newSink(t)
	roots := s.CA().Pool()
	for i, sec := range []mailtls.Security{mailtls.Plain, mailtls.StartTLS, mailtls.ImplicitTLS} {
		sess, err := smtpx.Open(context.Background(), smtpx.Config{Host: "smtp.exemple.com", Port: 587, Security: sec,
			RootCAs: roots, Dial: s.Dial, InProcess: true, User: "u", Password: "p", Timeout: 5 * time.Second})
		if err != nil {
			t.Fatalf("%v: %v", sec, err)
		}
		if sess.TLS() != (sec != mailtls.Plain) {
			t.Errorf("%v: TLS = %v", sec, sess.TLS())
		}
		msg := fmt.Sprintf("Subject: %d\r\n\r\nx\r\n", i)
		if err := sess.Send(context.Background(), smtpx.Envelope{From: "a@b", To: []string{"c@d"}}, []byte(msg)); err != nil {
			t.Fatalf("%v: %v", sec, err)
		}
		if err := sess.Close(); err != nil {
			t.Fatalf("%v: close: %v", sec, err)
		}
	}
	msgs := s.Messages()
	if len(msgs) != 3 {
		t.Fatalf("%d messages, want 3", len(msgs))
	}
	for i, m := range msgs {
		if m.TLS != (i > 0) || !strings.HasPrefix(string(m.Data), fmt.Sprintf("Subject: %d\r\n", i)) {
			t.Errorf("message %d: TLS %v, data %q", i, m.TLS, m.Data)
		}
	}
}

// TestSinkIPCertificate: a script that dials an IP address (no SNI) gets a
// certificate for that address.
func TestSinkIPCertificate(t *testing.T) {
	s := newSink(t)
	sess, err := smtpx.Open(context.Background(), smtpx.Config{Host: "192.0.2.7", Port: 465, Security: mailtls.ImplicitTLS,
		RootCAs: s.CA().Pool(), Dial: s.Dial, Timeout: 5 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	sess.Close()
}

// TestSinkPipelining: many pipelined recipients do not deadlock the
// in-process connection (net.Pipe would: it holds no byte).
func TestSinkPipelining(t *testing.T) {
	s := newSink(t)
	sess, err := smtpx.Open(context.Background(), smtpx.Config{Host: "localhost", Dial: s.Dial, Timeout: 5 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer sess.Close()
	var to []string
	for i := 0; i < 900; i++ {
		to = append(to, fmt.Sprintf("recipient-with-a-long-name-%04d@example.com", i))
	}
	body := bytes.Repeat([]byte("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcd\r\n"), 20000)
	if err := sess.Send(context.Background(), smtpx.Envelope{From: "a@b", To: to}, append([]byte("Subject: big\r\n\r\n"), body...)); err != nil {
		t.Fatal(err)
	}
	if m := s.Messages(); len(m) != 1 || len(m[0].To) != 900 || len(m[0].Data) < len(body) {
		t.Fatalf("got %d messages", len(m))
	}
}

// TestSinkHandle: a port given to another protocol is served by its
// handler; the others stay SMTP.
func TestSinkHandle(t *testing.T) {
	s := newSink(t)
	s.Handle(110, func(c net.Conn) {
		fmt.Fprintf(c, "+OK %d message(s)\r\n", len(s.Messages()))
		bufio.NewReader(c).ReadString('\n')
	})
	c, err := s.Dial(context.Background(), "tcp", "pop.exemple.com:110")
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	c.SetReadDeadline(time.Now().Add(5 * time.Second))
	line, err := bufio.NewReader(c).ReadString('\n')
	if err != nil || line != "+OK 0 message(s)\r\n" {
		t.Fatalf("port 110: %q, %v", line, err)
	}
	c2, err := s.Dial(context.Background(), "tcp", "pop.exemple.com:25")
	if err != nil {
		t.Fatal(err)
	}
	cl := smtp.NewClient(c2)
	if err := cl.Hello("x"); err != nil {
		t.Fatalf("port 25 is not SMTP: %v", err)
	}
	cl.Close()
}

// TestSinkReportEscapes: nothing from a message reaches the terminal raw.
func TestSinkReportEscapes(t *testing.T) {
	s := newSink(t)
	sess, err := smtpx.Open(context.Background(), smtpx.Config{Host: "localhost", Dial: s.Dial, Timeout: 5 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	msg := "Subject: \x1b]0;pwned\x07\r\n\r\nred \x1b[31mtext\x1b[0m, C1 \u009b31m, bad \xff, tab\tok\r\n"
	if err := sess.Send(context.Background(), smtpx.Envelope{From: "a@b", To: []string{"c@d"}}, []byte(msg)); err != nil {
		t.Fatal(err)
	}
	sess.Close()
	var b bytes.Buffer
	s.Report(&b, "en")
	out := b.String()
	for i := 0; i < len(out); i++ {
		if c := out[i]; (c < 0x20 && c != '\n' && c != '\t') || c == 0x7f {
			t.Fatalf("raw control byte %#x in report:\n%q", c, out)
		}
	}
	for _, want := range []string{`Subject: \x1b]0;pwned\x07`, `red \x1b[31mtext\x1b[0m`, `C1 \u009b31m`, `bad \xff`, "tab\tok"} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "\u009b") {
		t.Errorf("raw C1 control in report")
	}
}

// TestPipeDeadlines: the in-process connection honours deadlines with a
// timeout error, and Close wakes a blocked reader.
func TestPipeDeadlines(t *testing.T) {
	s := newSink(t)
	stop := make(chan struct{})
	defer close(stop)
	s.Handle(9, func(c net.Conn) { <-stop }) // never reads
	c, err := s.Dial(context.Background(), "tcp", "x:9")
	if err != nil {
		t.Fatal(err)
	}
	c.SetReadDeadline(time.Now().Add(50 * time.Millisecond))
	_, err = c.Read(make([]byte, 1))
	var ne net.Error
	if !errors.As(err, &ne) || !ne.Timeout() {
		t.Fatalf("read past the deadline: %v", err)
	}
	// A write larger than the buffer, nobody reading: the write deadline.
	c.SetWriteDeadline(time.Now().Add(50 * time.Millisecond))
	_, err = c.Write(bytes.Repeat([]byte("x"), 1<<20))
	if !errors.As(err, &ne) || !ne.Timeout() {
		t.Fatalf("write past the deadline: %v", err)
	}
	c.SetReadDeadline(time.Time{})
	done := make(chan error, 1)
	go func() {
		_, err := c.Read(make([]byte, 1))
		done <- err
	}()
	time.Sleep(20 * time.Millisecond)
	c.Close()
	select {
	case err := <-done:
		if !errors.Is(err, net.ErrClosed) {
			t.Errorf("read after Close: %v", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Close did not wake the reader")
	}
}

// TestSinkClosed: once closed, the sink takes no connection.
func TestSinkClosed(t *testing.T) {
	s, err := mailsink.New()
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	if _, err := s.Dial(context.Background(), "tcp", "x:25"); err == nil {
		t.Fatal("dial after Close succeeded")
	}
}

func TestCount(t *testing.T) {
	s := newSink(t)
	for _, c := range []struct {
		lang string
		n    int
		want string
	}{
		{"fr", 0, "aucun message reçu (0 connexion)"},
		{"en", 0, "no message received (0 connections)"},
	} {
		var b bytes.Buffer
		s.Report(&b, c.lang)
		if !strings.Contains(b.String(), c.want) {
			t.Errorf("%s: %q lacks %q", c.lang, b.String(), c.want)
		}
	}
}

// The server keeps at most MaxStoredBytes of messages: beyond, a message
// is refused (452) and not kept.
func TestStoredBytesBound(t *testing.T) {
	s, err := mailsink.Listen(mailsink.Options{MaxStoredBytes: 1000})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	sess, err := smtpx.Open(context.Background(), smtpx.Config{Host: "127.0.0.1", Port: s.Port(), Timeout: 5 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer sess.Close()
	msg := append([]byte("Subject: x\r\n\r\n"), bytes.Repeat([]byte("y"), 600)...)
	env := smtpx.Envelope{From: "a@b", To: []string{"c@d"}}
	if err := sess.Send(context.Background(), env, msg); err != nil {
		t.Fatal(err)
	}
	err = sess.Send(context.Background(), env, msg)
	var e *smtpx.Error
	if !errors.As(err, &e) || e.Code != 452 {
		t.Fatalf("second message: %v", err)
	}
	if n := len(s.Messages()); n != 1 {
		t.Errorf("%d messages kept", n)
	}
}
