package smtptest

import (
	"bufio"
	"net"
	"strings"
	"sync"
	"testing"
	"time"
)

// Hostile is a fake server that misbehaves on purpose. Each accepted
// connection is handed to a handler and kept referenced (an unreachable
// conn would be closed by its finalizer) until Close.
type Hostile struct {
	ln     net.Listener
	handle func(h *Hostile, c net.Conn)
	done   chan struct{}
	wg     sync.WaitGroup

	mu       sync.Mutex
	conns    []net.Conn
	accepted int
	events   []string
	once     sync.Once
}

// NewHostile starts a hostile server on 127.0.0.1 whose connections are
// handled by handle (which should return once h.Done() is closed), and
// closes it when the test ends.
func NewHostile(t testing.TB, handle func(h *Hostile, c net.Conn)) *Hostile {
	t.Helper()
	h, err := ListenHostile(handle)
	if err != nil {
		t.Fatalf("smtptest: %v", err)
	}
	t.Cleanup(func() { h.Close() })
	return h
}

// ListenHostile is NewHostile outside of a test.
func ListenHostile(handle func(h *Hostile, c net.Conn)) (*Hostile, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	h := &Hostile{ln: ln, handle: handle, done: make(chan struct{})}
	h.wg.Add(1)
	go h.serve()
	return h, nil
}

func (h *Hostile) serve() {
	defer h.wg.Done()
	for {
		c, err := h.ln.Accept()
		if err != nil {
			return
		}
		h.mu.Lock()
		h.conns = append(h.conns, c)
		h.accepted++
		h.mu.Unlock()
		select {
		case <-h.done:
			c.Close()
			return
		default:
		}
		h.wg.Add(1)
		go func() {
			defer h.wg.Done()
			h.handle(h, c)
		}()
	}
}

// SilentListener accepts connections and never says anything.
func SilentListener(t testing.TB) *Hostile {
	return NewHostile(t, func(h *Hostile, c net.Conn) { <-h.done })
}

// StallDuringData greets, accepts EHLO, MAIL and RCPT, answers DATA with 354
// and then stops reading (the client's writes end up blocked).
func StallDuringData(t testing.TB) *Hostile {
	return NewHostile(t, func(h *Hostile, c net.Conn) { fakeSMTP(h, c, false) })
}

// StallAfterData is like StallDuringData but reads the whole message and
// never answers the final dot.
func StallAfterData(t testing.TB) *Hostile {
	return NewHostile(t, func(h *Hostile, c net.Conn) { fakeSMTP(h, c, true) })
}

// Answering greets with "220 ok" and answers each command line with
// answer(h, line) (an empty reply writes nothing); the connection ends
// once answer reports end.
func Answering(t testing.TB, answer func(h *Hostile, line string) (reply string, end bool)) *Hostile {
	return NewHostile(t, func(h *Hostile, c net.Conn) {
		c.Write([]byte("220 ok\r\n"))
		r := bufio.NewReader(c)
		for {
			line, err := r.ReadString('\n')
			if err != nil {
				return
			}
			reply, end := answer(h, line)
			if reply != "" {
				c.Write([]byte(reply))
			}
			if end {
				return
			}
		}
	})
}

// SilentOnQuit answers every command with 250 and never answers QUIT (it
// holds the connection until Close).
func SilentOnQuit(t testing.TB) *Hostile {
	return Answering(t, func(h *Hostile, line string) (string, bool) {
		if strings.HasPrefix(strings.ToUpper(line), "QUIT") {
			<-h.Done()
			return "", true
		}
		return "250 ok\r\n", false
	})
}

// fakeSMTP is a minimal hand-written SMTP dialogue used by the stalling
// servers.
func fakeSMTP(h *Hostile, c net.Conn, readBody bool) {
	if tc, ok := c.(*net.TCPConn); ok {
		tc.SetReadBuffer(4096)
	}
	r := bufio.NewReader(c)
	say := func(s string) {
		c.SetWriteDeadline(time.Now().Add(5 * time.Second))
		c.Write([]byte(s + "\r\n"))
	}
	say("220 stall.test ESMTP")
	for {
		line, err := r.ReadString('\n')
		if err != nil {
			return
		}
		verb := strings.ToUpper(strings.Fields(line + " x")[0])
		h.record(verb)
		switch verb {
		case "EHLO":
			say("250-stall.test\r\n250-8BITMIME\r\n250 SIZE")
		case "DATA":
			say("354 go ahead")
			if readBody {
				for {
					l, err := r.ReadString('\n')
					if err != nil {
						return
					}
					if l == ".\r\n" {
						h.record("END OF DATA")
						break
					}
				}
			}
			<-h.done
			return
		case "QUIT":
			say("221 bye")
			return
		default:
			say("250 ok")
		}
	}
}

func (h *Hostile) record(ev string) {
	h.mu.Lock()
	h.events = append(h.events, ev)
	h.mu.Unlock()
}

// Addr returns the "127.0.0.1:port" address.
func (h *Hostile) Addr() string { return h.ln.Addr().String() }

// Port returns the port.
func (h *Hostile) Port() int { return h.ln.Addr().(*net.TCPAddr).Port }

// Done is closed when Close is called.
func (h *Hostile) Done() <-chan struct{} { return h.done }

// Accepted returns the number of connections accepted so far.
func (h *Hostile) Accepted() int {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.accepted
}

// Events returns the command verbs received by the stalling servers.
func (h *Hostile) Events() []string {
	h.mu.Lock()
	defer h.mu.Unlock()
	return append([]string(nil), h.events...)
}

// Close stops accepting, closes every connection and waits for the
// handlers.
func (h *Hostile) Close() error {
	var err error
	h.once.Do(func() {
		close(h.done)
		err = h.ln.Close()
		h.mu.Lock()
		for _, c := range h.conns {
			c.Close()
		}
		h.mu.Unlock()
		h.wg.Wait()
	})
	return err
}
