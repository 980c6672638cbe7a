package imap_test

import (
	"bytes"
	"context"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"net"
	"strings"
	"testing"
	"time"

	"github.com/wlangage/wl/stdlib/email/imap"
	"github.com/wlangage/wl/stdlib/email/mailnet"
	"github.com/wlangage/wl/stdlib/email/mailtls"
)

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
		t.Fatalf("err = %v, want kind %d", err, want)
	}
	return e
}

// scripted answers each tagged command with fn(command) after the
// greeting.
func scripted(c net.Conn, fn func(tag, cmd string, w io.Writer) bool) {
	io.WriteString(c, "* OK [CAPABILITY IMAP4rev1] ready\r\n")
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
			f := strings.Fields(string(acc[:i]))
			acc = acc[i+2:]
			if len(f) < 2 {
				continue
			}
			if !fn(f[0], strings.ToUpper(strings.Join(f[1:], " ")), c) {
				return
			}
		}
	}
}

func TestNeverGreets(t *testing.T) {
	port := hostile(t, func(c net.Conn) { time.Sleep(time.Hour) })
	start := time.Now()
	_, err := imap.Dial(context.Background(), mailnet.Config{Host: "127.0.0.1", Port: port, Timeout: 300 * time.Millisecond})
	kind(t, err, mailtls.KindTimeout)
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("took %v", d)
	}
}

func TestEndlessGreeting(t *testing.T) {
	port := hostile(t, func(c net.Conn) {
		io.WriteString(c, "* OK ")
		b := bytes.Repeat([]byte("a"), 4096)
		for {
			if _, err := c.Write(b); err != nil {
				return
			}
		}
	})
	_, err := imap.Dial(context.Background(), mailnet.Config{Host: "127.0.0.1", Port: port, Timeout: 5 * time.Second})
	kind(t, err, mailtls.KindTooLarge)
}

// TestLyingServer announces a small message and sends an endless
// literal, then stalls: the size budget and the time-out cut both.
func TestLyingServer(t *testing.T) {
	port := hostile(t, func(c net.Conn) {
		scripted(c, func(tag, cmd string, w io.Writer) bool {
			switch {
			case strings.HasPrefix(cmd, "LOGIN"), strings.HasPrefix(cmd, "LOGOUT"):
				fmt.Fprintf(w, "%s OK done\r\n", tag)
			case strings.HasPrefix(cmd, "SELECT"):
				fmt.Fprintf(w, "* 2 EXISTS\r\n%s OK [READ-WRITE] selected\r\n", tag)
			case strings.Contains(cmd, "BODY.PEEK[]") && strings.Contains(cmd, "UID FETCH 1 "):
				io.WriteString(w, "* 1 FETCH (UID 1 BODY[] {999999999}\r\n")
				b := bytes.Repeat([]byte("x"), 8192)
				for {
					if _, err := w.Write(b); err != nil {
						return false
					}
				}
			case strings.Contains(cmd, "BODY.PEEK[]"):
				time.Sleep(time.Hour)
			case strings.HasPrefix(cmd, "UID FETCH 1 "), strings.HasPrefix(cmd, "UID FETCH 2 "):
				fmt.Fprintf(w, "* %s FETCH (UID %s RFC822.SIZE 10)\r\n%s OK done\r\n", cmd[10:11], cmd[10:11], tag)
			default:
				fmt.Fprintf(w, "%s BAD what\r\n", tag)
			}
			return true
		})
	})
	ctx := context.Background()
	cfg := mailnet.Config{Host: "127.0.0.1", Port: port, User: "u", Password: "p", Timeout: 500 * time.Millisecond, MaxSize: 64 << 10}
	c, err := imap.Dial(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	_, err = c.Fetch(ctx, 1, false)
	kind(t, err, mailtls.KindTooLarge)
	c.Close()

	c, err = imap.Dial(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	start := time.Now()
	_, err = c.Fetch(ctx, 2, false)
	kind(t, err, mailtls.KindTimeout)
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("stall took %v", d)
	}
}

func TestStartTLSMandatory(t *testing.T) {
	port := hostile(t, func(c net.Conn) {
		scripted(c, func(tag, cmd string, w io.Writer) bool {
			fmt.Fprintf(w, "%s BAD no STARTTLS here\r\n", tag)
			return true
		})
	})
	_, err := imap.Dial(context.Background(), mailnet.Config{Host: "127.0.0.1", Port: port, Security: mailtls.StartTLS, User: "u", Password: "p", Timeout: time.Second})
	kind(t, err, mailtls.KindNoStartTLS)
}

// TestXOAUTH2 authenticates with the token when the server offers
// AUTH=XOAUTH2, and fails clearly when it does not.
func TestXOAUTH2(t *testing.T) {
	want := base64.StdEncoding.EncodeToString([]byte("user=bob@example.org\x01auth=Bearer tok\x01\x01"))
	got := make(chan string, 4)
	serve := func(caps string) int {
		return hostile(t, func(c net.Conn) {
			fmt.Fprintf(c, "* OK [CAPABILITY IMAP4rev1 %s] ready\r\n", caps)
			buf := make([]byte, 4096)
			var acc string
			pending := ""
			for {
				n, err := c.Read(buf)
				if err != nil {
					return
				}
				acc += string(buf[:n])
				for strings.Contains(acc, "\r\n") {
					line, rest, _ := strings.Cut(acc, "\r\n")
					acc = rest
					if pending != "" { // the response to a continuation
						got <- line
						fmt.Fprintf(c, "%s OK done\r\n", pending)
						pending = ""
						continue
					}
					f := strings.Fields(line)
					switch {
					case len(f) >= 3 && strings.EqualFold(f[1], "AUTHENTICATE"):
						if len(f) > 3 {
							got <- f[3]
							fmt.Fprintf(c, "%s OK done\r\n", f[0])
						} else {
							pending = f[0]
							io.WriteString(c, "+ \r\n")
						}
					case len(f) >= 2 && strings.EqualFold(f[1], "SELECT"):
						fmt.Fprintf(c, "* 0 EXISTS\r\n%s OK [READ-WRITE] done\r\n", f[0])
					case len(f) >= 2:
						fmt.Fprintf(c, "%s OK done\r\n", f[0])
					}
				}
			}
		})
	}
	port := serve("AUTH=XOAUTH2")
	c, err := imap.Dial(context.Background(), mailnet.Config{Host: "127.0.0.1", Port: port, User: "bob@example.org", Token: "tok", Timeout: 2 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	c.Close()
	if g := <-got; g != want {
		t.Errorf("sent %q, want %q", g, want)
	}
	port = serve("AUTH=PLAIN")
	_, err = imap.Dial(context.Background(), mailnet.Config{Host: "127.0.0.1", Port: port, User: "bob", Token: "tok", Timeout: 2 * time.Second})
	kind(t, err, mailtls.KindNoAuth)
}
