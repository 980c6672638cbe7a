package smtpx

import (
	"net"
	"sync"
	"time"
)

// deadlineConn bounds every Write by timeout. go-smtp sets a deadline around
// each command but none while the message body is written after DATA, so a
// server that stops reading would block the client for ever. An explicit
// deadline set through SetDeadline/SetWriteDeadline (go-smtp around a
// command, crypto/tls when it sends close_notify) is honoured when it comes
// sooner.
type deadlineConn struct {
	net.Conn
	timeout time.Duration

	mu       sync.Mutex
	explicit time.Time // last explicit write deadline; zero = none
	set      time.Time // write deadline in place; zero = unknown
}

func (c *deadlineConn) Write(b []byte) (int, error) {
	d := time.Now().Add(c.timeout)
	c.mu.Lock()
	if !c.explicit.IsZero() && c.explicit.Before(d) {
		d = c.explicit
	}
	// Moving the deadline costs a timer update: skip it when the one in
	// place is within 1% (at most 100 ms) of the wanted one, so that each
	// write is bounded by at least 99% of the time-out.
	slack := min(c.timeout/100, 100*time.Millisecond)
	skip := !c.set.IsZero() && !c.set.After(d) && d.Sub(c.set) <= slack
	if !skip {
		c.set = d
	}
	c.mu.Unlock()
	if !skip {
		if err := c.Conn.SetWriteDeadline(d); err != nil {
			return 0, err
		}
	}
	return c.Conn.Write(b)
}

func (c *deadlineConn) SetDeadline(t time.Time) error {
	c.mu.Lock()
	c.explicit, c.set = t, t
	c.mu.Unlock()
	return c.Conn.SetDeadline(t)
}

func (c *deadlineConn) SetWriteDeadline(t time.Time) error {
	c.mu.Lock()
	c.explicit, c.set = t, t
	c.mu.Unlock()
	return c.Conn.SetWriteDeadline(t)
}

// greetedConn hands a synthetic greeting to a go-smtp client created after
// STARTTLS was negotiated by smtpx itself: go-smtp always reads a 220 greeting
// first, and a server sends none after STARTTLS.
type greetedConn struct {
	net.Conn
	greeting []byte
}

func (c *greetedConn) Read(b []byte) (int, error) {
	if len(c.greeting) > 0 {
		n := copy(b, c.greeting)
		c.greeting = c.greeting[n:]
		return n, nil
	}
	return c.Conn.Read(b)
}
