package mailnet

import (
	"context"
	"errors"
	"io"
	"net"
	"testing"
	"time"

	"github.com/wlangage/wl/stdlib/email/mailtls"
)

// listen starts a loopback server that hands each accepted connection to
// the returned channel, and a configuration that dials it.
func listen(t *testing.T) (Config, <-chan net.Conn) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ln.Close() })
	ch := make(chan net.Conn, 4)
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			select {
			case ch <- c:
			default:
				c.Close()
			}
		}
	}()
	port := ln.Addr().(*net.TCPAddr).Port
	return Config{Protocol: "POP3", Host: "127.0.0.1", Port: port, Timeout: 5 * time.Second}, ch
}

// closedByPeer waits (bounded) until the client side has closed c.
func closedByPeer(t *testing.T, c net.Conn) {
	t.Helper()
	c.SetReadDeadline(time.Now().Add(5 * time.Second))
	if _, err := io.ReadAll(c); err != nil {
		t.Fatalf("server side: %v; want EOF (client closed)", err)
	}
}

func TestSessionOpenFailureCloses(t *testing.T) {
	cfg, conns := listen(t)
	var s Session
	boom := errors.New("greeting refused")
	err := s.Open(context.Background(), cfg, func(context.Context) error { return boom })
	if err != boom {
		t.Fatalf("Open = %v; want open's error", err)
	}
	srv := <-conns
	defer srv.Close()
	closedByPeer(t, srv)
}

func TestSessionRunAndClose(t *testing.T) {
	cfg, conns := listen(t)
	var s Session
	if err := s.Open(context.Background(), cfg, func(context.Context) error { return nil }); err != nil {
		t.Fatal(err)
	}
	srv := <-conns
	defer srv.Close()
	if s.Cfg.Server() != cfg.Server() || s.Conn == nil {
		t.Fatalf("session after Open: %+v", s.Cfg)
	}
	ran := false
	if err := s.Run(context.Background(), "read", func() error { ran = true; return nil }); err != nil || !ran {
		t.Fatalf("Run on an open session = %v, ran %v", err, ran)
	}
	if s.Closed() || !s.MarkClosed() || s.MarkClosed() || !s.Closed() {
		t.Fatal("MarkClosed must report open once, then closed")
	}
	ran = false
	err := s.Run(context.Background(), "delete", func() error { ran = true; return nil })
	var e *Error
	if !errors.As(err, &e) || e.Kind != mailtls.KindClosed || e.Op != "delete" || e.Protocol != "POP3" || !errors.Is(err, ErrSessionClosed) || ran {
		t.Fatalf("Run on a closed session = %#v, ran %v", err, ran)
	}
	s.Conn.Close()
	closedByPeer(t, srv)
}

func TestSessionRunCancelClosesConnection(t *testing.T) {
	cfg, conns := listen(t)
	var s Session
	if err := s.Open(context.Background(), cfg, func(context.Context) error { return nil }); err != nil {
		t.Fatal(err)
	}
	srv := <-conns // it never writes: the read below blocks until cancelled
	defer srv.Close()
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(50*time.Millisecond, cancel)
	s.Conn.Arm(1 << 10)
	err := s.Run(ctx, "read", func() error {
		_, err := s.Conn.Read(make([]byte, 1))
		return err
	})
	// Closed by the cancellation, not ended by the 5 s time-out.
	if !errors.Is(err, net.ErrClosed) {
		t.Fatalf("read on a cancelled session = %v; want the connection closed", err)
	}
}
