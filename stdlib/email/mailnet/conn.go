package mailnet

import (
	"context"
	"crypto/tls"
	"errors"
	"net"
	"sync"
	"time"
)

// ErrTooLarge is returned by a read past the size budget: the server sent
// more than any acceptable reply (an endless line or multi-line reply, or
// a message over the size limit).
var ErrTooLarge = errors.New("mailnet: reply over the size limit")

// OpenBudget bounds what the opening of a session may read: the greeting,
// a TLS handshake (certificate chains) and the authentication exchange.
const OpenBudget = 1 << 20

// idleBudget bounds what a disarmed connection may receive between two
// operations (an idle IMAP session's unsolicited EXISTS, FETCH flags...).
const idleBudget = 1 << 20

// Conn is the connection of a reading session. While armed (between Arm
// and Disarm) every read waits at most the time-out, and reads stop with
// ErrTooLarge once the budget given to Arm is spent; writes are always
// bounded by the time-out. Deadlines a library sets through SetDeadline
// are honoured when they come sooner.
type Conn struct {
	raw     net.Conn
	cur     net.Conn // raw, or TLS over bounded
	timeout time.Duration

	mu       sync.Mutex
	armed    bool
	budget   int64
	explicit time.Time // read deadline asked for by the caller
	tls      bool
}

// bounded is what TLS reads from: the raw connection under Conn's rules.
type bounded struct{ c *Conn }

func (b bounded) Read(p []byte) (int, error)         { return b.c.rawRead(p) }
func (b bounded) Write(p []byte) (int, error)        { return b.c.rawWrite(p) }
func (b bounded) Close() error                       { return b.c.raw.Close() }
func (b bounded) LocalAddr() net.Addr                { return b.c.raw.LocalAddr() }
func (b bounded) RemoteAddr() net.Addr               { return b.c.raw.RemoteAddr() }
func (b bounded) SetDeadline(t time.Time) error      { return b.c.SetDeadline(t) }
func (b bounded) SetReadDeadline(t time.Time) error  { return b.c.SetReadDeadline(t) }
func (b bounded) SetWriteDeadline(t time.Time) error { return b.c.SetWriteDeadline(t) }

func (c *Conn) rawRead(p []byte) (int, error) {
	c.mu.Lock()
	if c.budget <= 0 {
		c.mu.Unlock()
		return 0, ErrTooLarge
	}
	if int64(len(p)) > c.budget {
		p = p[:c.budget]
	}
	d := c.explicit
	if c.armed {
		n := time.Now().Add(c.timeout)
		if d.IsZero() || n.Before(d) {
			d = n
		}
	}
	c.raw.SetReadDeadline(d)
	c.mu.Unlock()
	n, err := c.raw.Read(p)
	c.mu.Lock()
	c.budget -= int64(n)
	c.mu.Unlock()
	return n, err
}

func (c *Conn) rawWrite(p []byte) (int, error) {
	c.raw.SetWriteDeadline(time.Now().Add(c.timeout))
	return c.raw.Write(p)
}

// Arm bounds the reads to come by the time-out and by budget bytes.
func (c *Conn) Arm(budget int64) {
	c.mu.Lock()
	c.armed, c.budget = true, budget
	// A read already waiting gets the bound too.
	c.raw.SetReadDeadline(time.Now().Add(c.timeout))
	c.mu.Unlock()
}

// Disarm lets reads wait without a time limit (an idle IMAP connection
// between two script calls), bounded by idleBudget.
func (c *Conn) Disarm() {
	c.mu.Lock()
	c.armed, c.budget = false, idleBudget
	c.raw.SetReadDeadline(c.explicit)
	c.mu.Unlock()
}

// Read reads from the session (through TLS when negotiated).
func (c *Conn) Read(p []byte) (int, error) { return c.cur.Read(p) }

// Write writes to the session.
func (c *Conn) Write(p []byte) (int, error) { return c.cur.Write(p) }

// Close closes the connection.
func (c *Conn) Close() error { return c.raw.Close() }

// LocalAddr is the local address.
func (c *Conn) LocalAddr() net.Addr { return c.raw.LocalAddr() }

// RemoteAddr is the server's address.
func (c *Conn) RemoteAddr() net.Addr { return c.raw.RemoteAddr() }

// SetDeadline records an explicit read deadline (writes keep the time-out).
func (c *Conn) SetDeadline(t time.Time) error { return c.SetReadDeadline(t) }

// SetReadDeadline records an explicit read deadline.
func (c *Conn) SetReadDeadline(t time.Time) error {
	c.mu.Lock()
	c.explicit = t
	d := t
	if c.armed {
		n := time.Now().Add(c.timeout)
		if d.IsZero() || n.Before(d) {
			d = n
		}
	}
	err := c.raw.SetReadDeadline(d)
	c.mu.Unlock()
	return err
}

// SetWriteDeadline is accepted; every write is bounded by the time-out.
func (c *Conn) SetWriteDeadline(time.Time) error { return nil }

// TLS reports whether the session is encrypted.
func (c *Conn) TLS() bool { return c.tls }

// StartTLS runs the TLS handshake now, verified as cfg says, so that a
// certificate error is reported before anything else is sent.
func (c *Conn) StartTLS(ctx context.Context, cfg *Config) error {
	tc := tls.Client(bounded{c}, cfg.TLSConfig())
	c.Arm(OpenBudget)
	hctx, cancel := context.WithTimeout(ctx, c.timeout)
	defer cancel()
	if err := tc.HandshakeContext(hctx); err != nil {
		return Classify(ctx, cfg, "tls", err)
	}
	c.cur, c.tls = tc, true
	return nil
}

// init starts the session in clear, through the bounded raw connection.
func (c *Conn) init() { c.cur = bounded{c} }
