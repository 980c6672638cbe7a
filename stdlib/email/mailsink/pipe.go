package mailsink

import (
	"context"
	"io"
	"net"
	"os"
	"sync"
	"time"
)

// pipeBuffer is how many bytes one direction of an in-process connection
// holds before the writer waits for the reader. net.Pipe holds none, which
// deadlocks a client that pipelines commands (RFC 2920) while the server
// answers the first one; a socket's buffers are what this imitates.
const pipeBuffer = 256 << 10

// pipeAddr is the address of either end of an in-process connection.
type pipeAddr string

func (a pipeAddr) Network() string { return "mailsink" }
func (a pipeAddr) String() string  { return string(a) }

// queue is one direction of an in-process connection: bytes written by one
// end and not yet read by the other.
type queue struct {
	mu      sync.Mutex
	buf     []byte
	closed  bool          // no more bytes will come, nor may be written
	changed chan struct{} // closed (and replaced) on every change
}

func newQueue() *queue { return &queue{changed: make(chan struct{})} }

// signal wakes every end waiting on q; q.mu must be held.
func (q *queue) signal() {
	close(q.changed)
	q.changed = make(chan struct{})
}

func (q *queue) close() {
	q.mu.Lock()
	q.closed = true
	q.signal()
	q.mu.Unlock()
}

// deadline is a read or write deadline: a channel closed when it passes.
type deadline struct {
	mu    sync.Mutex
	timer *time.Timer
	ch    chan struct{}
}

func newDeadline() *deadline { return &deadline{ch: make(chan struct{})} }

func closedChan(ch chan struct{}) bool {
	select {
	case <-ch:
		return true
	default:
		return false
	}
}

// set moves the deadline; the zero time removes it. The channel is kept
// while it is open, so that an end already waiting on it sees the new
// deadline; it is replaced only once closed.
func (d *deadline) set(t time.Time) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.timer != nil && !d.timer.Stop() {
		d.ch = make(chan struct{}) // the timer fired: its channel is (being) closed
	} else if closedChan(d.ch) {
		d.ch = make(chan struct{})
	}
	d.timer = nil
	if t.IsZero() {
		return
	}
	wait := time.Until(t)
	if wait <= 0 {
		close(d.ch)
		return
	}
	ch := d.ch
	d.timer = time.AfterFunc(wait, func() { close(ch) })
}

func (d *deadline) wait() chan struct{} {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.ch
}

// pipeConn is one end of an in-process connection: like net.Pipe, with
// buffering (pipeBuffer per direction) and deadlines.
type pipeConn struct {
	rx, tx        *queue
	rd, wd        *deadline
	local, remote pipeAddr
	once          sync.Once
	done          chan struct{} // closed by Close
}

// newPipe returns the two ends of an in-process connection.
func newPipe(clientName, serverName string) (client, server *pipeConn) {
	a, b := newQueue(), newQueue()
	client = &pipeConn{rx: a, tx: b, rd: newDeadline(), wd: newDeadline(),
		local: pipeAddr(clientName), remote: pipeAddr(serverName), done: make(chan struct{})}
	server = &pipeConn{rx: b, tx: a, rd: newDeadline(), wd: newDeadline(),
		local: pipeAddr(serverName), remote: pipeAddr(clientName), done: make(chan struct{})}
	return client, server
}

func (c *pipeConn) opError(op string, err error) error {
	return &net.OpError{Op: op, Net: "mailsink", Source: c.local, Addr: c.remote, Err: err}
}

func (c *pipeConn) Read(p []byte) (int, error) {
	for {
		select {
		case <-c.done:
			return 0, c.opError("read", net.ErrClosed)
		default:
		}
		q := c.rx
		q.mu.Lock()
		if len(q.buf) > 0 {
			n := copy(p, q.buf)
			q.buf = q.buf[n:]
			if len(q.buf) == 0 {
				q.buf = nil
			}
			q.signal()
			q.mu.Unlock()
			return n, nil
		}
		if q.closed {
			q.mu.Unlock()
			return 0, io.EOF
		}
		changed := q.changed
		q.mu.Unlock()
		if len(p) == 0 {
			return 0, nil
		}
		select {
		case <-changed:
		case <-c.rd.wait():
			return 0, c.opError("read", os.ErrDeadlineExceeded)
		case <-c.done:
		}
	}
}

func (c *pipeConn) Write(p []byte) (int, error) {
	written := 0
	for {
		select {
		case <-c.done:
			return written, c.opError("write", net.ErrClosed)
		default:
		}
		q := c.tx
		q.mu.Lock()
		if q.closed {
			// The other end closed: like a socket whose peer has gone,
			// the bytes are dropped; the writer learns it when it reads
			// (EOF). A TLS close_notify after the server's 221 goes here.
			q.mu.Unlock()
			return len(p), nil
		}
		if room := pipeBuffer - len(q.buf); room > 0 {
			n := min(room, len(p)-written)
			q.buf = append(q.buf, p[written:written+n]...)
			written += n
			q.signal()
		}
		changed := q.changed
		q.mu.Unlock()
		if written == len(p) {
			return written, nil
		}
		select {
		case <-changed:
		case <-c.wd.wait():
			return written, c.opError("write", os.ErrDeadlineExceeded)
		case <-c.done:
		}
	}
}

// Close ends both directions: the other end reads what is left, then EOF,
// and its writes fail.
func (c *pipeConn) Close() error {
	c.once.Do(func() {
		close(c.done)
		c.tx.close()
		c.rx.close()
	})
	return nil
}

func (c *pipeConn) LocalAddr() net.Addr  { return c.local }
func (c *pipeConn) RemoteAddr() net.Addr { return c.remote }

func (c *pipeConn) SetDeadline(t time.Time) error {
	c.rd.set(t)
	c.wd.set(t)
	return nil
}

func (c *pipeConn) SetReadDeadline(t time.Time) error  { c.rd.set(t); return nil }
func (c *pipeConn) SetWriteDeadline(t time.Time) error { c.wd.set(t); return nil }

// pipeListener hands the server ends of in-process connections to a
// server's accept loop.
type pipeListener struct {
	conns chan net.Conn
	done  chan struct{}
	once  sync.Once
}

func newPipeListener() *pipeListener {
	return &pipeListener{conns: make(chan net.Conn), done: make(chan struct{})}
}

// Accept waits for the next in-process connection.
func (l *pipeListener) Accept() (net.Conn, error) {
	select {
	case c := <-l.conns:
		return c, nil
	case <-l.done:
		return nil, net.ErrClosed
	}
}

// deliver hands c to the accept loop; it fails once the listener is closed
// or ctx ends.
func (l *pipeListener) deliver(ctx context.Context, c net.Conn) error {
	select {
	case l.conns <- c:
		return nil
	case <-l.done:
		return net.ErrClosed
	case <-ctx.Done():
		return ctx.Err()
	}
}

func (l *pipeListener) Close() error {
	l.once.Do(func() { close(l.done) })
	return nil
}

func (l *pipeListener) Addr() net.Addr { return pipeAddr("mailsink") }
