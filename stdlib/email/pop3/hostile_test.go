package pop3_test

import (
	"bytes"
	"context"
	"encoding/base64"
	"errors"
	"io"
	"net"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/wlangage/wl/stdlib/email/mailnet"
	"github.com/wlangage/wl/stdlib/email/mailtls"
	"github.com/wlangage/wl/stdlib/email/pop3"
)

// hostile serves each connection with handle on 127.0.0.1.
func hostile(t *testing.T, handle func(c net.Conn)) int {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	t.Cleanup(func() { ln.Close(); <-done })
	go func() {
		defer close(done)
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go func() { defer c.Close(); handle(c) }()
		}
	}()
	return ln.Addr().(*net.TCPAddr).Port
}

func kind(t *testing.T, err error, want mailtls.Kind) *mailnet.Error {
	t.Helper()
	var e *mailnet.Error
	if !errors.As(err, &e) || e.Kind != want {
		t.Fatalf("err = %v (%#v), want kind %d", err, err, want)
	}
	return e
}

// lines answers the commands it reads with the given replies, in order.
func lines(c net.Conn, greeting string, replies map[string]string) {
	io.WriteString(c, greeting)
	buf := make([]byte, 4096)
	var acc []byte
	for {
		n, err := c.Read(buf)
		if err != nil {
			return
		}
		acc = append(acc, buf[:n]...)
		for {
			i := bytes.Index(acc, []byte("\r\n"))
			if i < 0 {
				break
			}
			cmd := strings.ToUpper(strings.Fields(string(acc[:i]) + " x")[0])
			acc = acc[i+2:]
			r, ok := replies[cmd]
			if !ok {
				r = "-ERR unknown\r\n"
			}
			if r == "STALL" {
				time.Sleep(time.Hour)
			}
			if r == "ENDLESS" {
				io.WriteString(c, "+OK here it comes\r\n")
				line := bytes.Repeat([]byte("x"), 1000)
				line = append(line, "\r\n"...)
				for {
					if _, err := c.Write(line); err != nil {
						return
					}
				}
			}
			io.WriteString(c, r)
		}
	}
}

func TestNeverGreets(t *testing.T) {
	port := hostile(t, func(c net.Conn) { time.Sleep(time.Hour) })
	start := time.Now()
	_, err := pop3.Dial(context.Background(), mailnet.Config{Host: "127.0.0.1", Port: port, Timeout: 300 * time.Millisecond})
	e := kind(t, err, mailtls.KindTimeout)
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("took %v", d)
	}
	if !strings.Contains(e.Message("fr"), "Délai dépassé (300 ms)") || !strings.Contains(e.Message("en"), "Timed out (300 ms) with POP3 server") {
		t.Errorf("messages: %q / %q", e.Message("fr"), e.Message("en"))
	}
}

func TestEndlessGreeting(t *testing.T) {
	port := hostile(t, func(c net.Conn) {
		io.WriteString(c, "+OK ")
		b := bytes.Repeat([]byte("a"), 4096)
		for {
			if _, err := c.Write(b); err != nil {
				return
			}
		}
	})
	_, err := pop3.Dial(context.Background(), mailnet.Config{Host: "127.0.0.1", Port: port, Timeout: 5 * time.Second})
	e := kind(t, err, mailtls.KindTooLarge)
	t.Log(e.Message("fr"))
}

func TestStallAndEndlessReplies(t *testing.T) {
	port := hostile(t, func(c net.Conn) {
		lines(c, "+OK ready\r\n", map[string]string{
			"CAPA": "+OK\r\nUSER\r\nUIDL\r\n.\r\n",
			"USER": "+OK\r\n", "PASS": "+OK\r\n",
			"LIST": "+OK\r\n1 10\r\n2 10\r\n.\r\n", "UIDL": "+OK\r\n1 a\r\n2 b\r\n.\r\n",
			"RETR": "ENDLESS", "TOP": "STALL", "QUIT": "+OK\r\n",
		})
	})
	ctx := context.Background()
	cfg := mailnet.Config{Host: "127.0.0.1", Port: port, User: "u", Password: "p", Timeout: 400 * time.Millisecond, MaxSize: 64 << 10}
	c, err := pop3.Dial(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	if c.Mechanism() != "USER" {
		t.Errorf("mechanism %q", c.Mechanism())
	}
	_, err = c.Retr(ctx, 1)
	kind(t, err, mailtls.KindTooLarge)
	// The connection was cut: the session reports it.
	_, err = c.Retr(ctx, 2)
	if err == nil {
		t.Fatal("session usable after an endless reply")
	}
	c.Close()

	c, err = pop3.Dial(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	start := time.Now()
	_, err = c.Top(ctx, 1, 0)
	kind(t, err, mailtls.KindTimeout)
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("stall took %v", d)
	}
}

func TestCancel(t *testing.T) {
	port := hostile(t, func(c net.Conn) { time.Sleep(time.Hour) })
	ctx, cancel := context.WithCancel(context.Background())
	go func() { time.Sleep(100 * time.Millisecond); cancel() }()
	start := time.Now()
	_, err := pop3.Dial(ctx, mailnet.Config{Host: "127.0.0.1", Port: port, Timeout: time.Minute})
	kind(t, err, mailtls.KindCanceled)
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("took %v", d)
	}
}

func TestNoPlaintextPasswordToRemoteHost(t *testing.T) {
	dialed := false
	cfg := mailnet.Config{Host: "mail.example.org", Port: 110, User: "u", Password: "p", Timeout: time.Second,
		Dial: func(ctx context.Context, network, addr string) (net.Conn, error) {
			dialed = true
			return nil, errors.New("no")
		}}
	_, err := pop3.Dial(context.Background(), cfg)
	e := kind(t, err, mailtls.KindInsecureAuth)
	if dialed {
		t.Error("dialled before refusing")
	}
	if !strings.Contains(e.Message("fr"), "optionTLS") {
		t.Error(e.Message("fr"))
	}
	// STLS or implicit TLS, or the host's explicit permission, lift it.
	for _, c := range []mailnet.Config{{Security: mailtls.StartTLS}, {Security: mailtls.ImplicitTLS}, {AllowPlaintextAuth: true}} {
		c.Host, c.Port, c.User, c.Password, c.Dial, c.Timeout = cfg.Host, 110, "u", "p", cfg.Dial, time.Second
		dialed = false
		pop3.Dial(context.Background(), c)
		if !dialed {
			t.Errorf("%+v: not dialled", c)
		}
	}
}

func TestSTLSMandatory(t *testing.T) {
	port := hostile(t, func(c net.Conn) {
		lines(c, "+OK ready\r\n", map[string]string{"CAPA": "+OK\r\nUSER\r\n.\r\n"})
	})
	_, err := pop3.Dial(context.Background(), mailnet.Config{Host: "127.0.0.1", Port: port, Security: mailtls.StartTLS, User: "u", Password: "p", Timeout: time.Second})
	kind(t, err, mailtls.KindNoStartTLS)
}

func TestParseStatus(t *testing.T) {
	for line, want := range map[string]string{
		"+OK":             "true|",
		"+OK 2 320":       "true|2 320",
		"-ERR no such":    "false|no such",
		"+ok lower":       "true|lower",
		"+OKAY":           "error",
		"* OK imap":       "error",
		"":                "error",
		"-ERR":            "false|",
		"+OK \x00\xff x ": "true|\x00\xff x ",
	} {
		ok, text, err := pop3.ParseStatus(line)
		got := strconv.FormatBool(ok) + "|" + text
		if err != nil {
			got = "error"
		}
		if got != want {
			t.Errorf("ParseStatus(%q) = %q, want %q", line, got, want)
		}
	}
}

// fakeConn plays a fixed server output and swallows what the client sends.
type fakeConn struct {
	r io.Reader
}

func (f *fakeConn) Read(p []byte) (int, error)         { return f.r.Read(p) }
func (f *fakeConn) Write(p []byte) (int, error)        { return len(p), nil }
func (f *fakeConn) Close() error                       { return nil }
func (f *fakeConn) LocalAddr() net.Addr                { return &net.TCPAddr{} }
func (f *fakeConn) RemoteAddr() net.Addr               { return &net.TCPAddr{} }
func (f *fakeConn) SetDeadline(t time.Time) error      { return nil }
func (f *fakeConn) SetReadDeadline(t time.Time) error  { return nil }
func (f *fakeConn) SetWriteDeadline(t time.Time) error { return nil }

// FuzzReplies: whatever the server sends, a session never panics, never
// returns more than the size limit, and fails only with *mailnet.Error.
func FuzzReplies(f *testing.F) {
	f.Add([]byte("+OK hi\r\n+OK\r\nUSER\r\nUIDL\r\n.\r\n+OK\r\n+OK\r\n+OK 1 5\r\n+OK\r\n1 5\r\n.\r\n+OK\r\n1 a\r\n.\r\n+OK\r\nabc\r\n..x\r\n.\r\n"))
	f.Add([]byte("+OK hi\r\n-ERR no\r\n+OK\r\n+OK\r\n+OK x y\r\n"))
	f.Add([]byte("+OK\r\n+OK\r\nSASL PLAIN\r\n.\r\n+ \r\n+OK\r\n+OK 0 0\r\n+OK\r\n.\r\n"))
	f.Add([]byte("garbage\r\n"))
	f.Add([]byte("+OK\r\n+OK\r\n" + strings.Repeat("x", 10000)))
	f.Fuzz(func(t *testing.T, data []byte) {
		cfg := mailnet.Config{Host: "127.0.0.1", Port: 110, User: "u", Password: "p", Timeout: time.Second, MaxSize: 4096,
			Dial: func(ctx context.Context, network, addr string) (net.Conn, error) {
				return &fakeConn{r: bytes.NewReader(data)}, nil
			}}
		check := func(err error) {
			var e *mailnet.Error
			if err != nil && !errors.As(err, &e) {
				t.Fatalf("error of type %T: %v", err, err)
			}
			if e != nil {
				_ = e.Message("fr") + e.Message("en")
			}
		}
		ctx := context.Background()
		done := make(chan error, 1)
		go func() {
			c, err := pop3.Dial(ctx, cfg)
			if err != nil {
				done <- err
				return
			}
			defer c.Quit(ctx)
			if _, _, err = c.Stat(ctx); err != nil {
				check(err)
			}
			if _, err = c.List(ctx); err != nil {
				check(err)
			}
			b, err := c.Retr(ctx, 1)
			if len(b) > 4096 {
				err = errors.New("message over the limit")
			}
			done <- err
		}()
		select {
		case err := <-done:
			if err != nil && err.Error() == "message over the limit" {
				t.Fatal(err)
			}
			check(err)
		case <-time.After(10 * time.Second):
			t.Fatalf("no return within 10 s for %q", data)
		}
	})
}

// TestXOAUTH2 sends the token with AUTH XOAUTH2 (RFC 5034 initial
// response) when the server offers it, and fails clearly when it does not.
func TestXOAUTH2(t *testing.T) {
	got := make(chan string, 1)
	port := hostile(t, func(c net.Conn) {
		io.WriteString(c, "+OK ready\r\n")
		buf := make([]byte, 4096)
		var acc string
		for {
			n, err := c.Read(buf)
			if err != nil {
				return
			}
			acc += string(buf[:n])
			for strings.Contains(acc, "\r\n") {
				line, rest, _ := strings.Cut(acc, "\r\n")
				acc = rest
				switch f := strings.Fields(line); strings.ToUpper(f[0]) {
				case "CAPA":
					io.WriteString(c, "+OK\r\nSASL PLAIN XOAUTH2\r\n.\r\n")
				case "AUTH":
					got <- line
					io.WriteString(c, "+OK welcome\r\n")
				default:
					io.WriteString(c, "+OK\r\n")
				}
			}
		}
	})
	c, err := pop3.Dial(context.Background(), mailnet.Config{Host: "127.0.0.1", Port: port, User: "bob@example.org", Token: "tok", Timeout: 2 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	c.Close()
	line := <-got
	want := "AUTH XOAUTH2 " + base64.StdEncoding.EncodeToString([]byte("user=bob@example.org\x01auth=Bearer tok\x01\x01"))
	if line != want || c.Mechanism() != "XOAUTH2" {
		t.Errorf("sent %q (mechanism %s), want %q", line, c.Mechanism(), want)
	}

	port = hostile(t, func(c net.Conn) {
		lines(c, "+OK ready\r\n", map[string]string{"CAPA": "+OK\r\nSASL PLAIN\r\n.\r\n"})
	})
	_, err = pop3.Dial(context.Background(), mailnet.Config{Host: "127.0.0.1", Port: port, User: "bob", Token: "tok", Timeout: 2 * time.Second})
	e := kind(t, err, mailtls.KindNoAuth)
	if !strings.Contains(e.Message("en"), "XOAUTH2") {
		t.Error(e.Message("en"))
	}
}
