package mailnet

import (
	"context"
	"sync/atomic"

	"github.com/wlangage/wl/stdlib/email/mailtls"
)

// Session is what a POP3 or IMAP client holds whatever its protocol: the
// configuration, the bounded connection, and whether the session was
// closed. The clients keep one as a field (not embedded, so that Open and
// Run stay off their API) and leave dialling, cancellation and the
// closed-session refusal to it.
type Session struct {
	Cfg  Config
	Conn *Conn

	closed atomic.Bool // read by an operation, set by Close from any goroutine
}

// Open dials cfg (DialConn) and runs open, the protocol's greeting, TLS and
// authentication steps. Cancelling ctx meanwhile closes the connection,
// which ends any wait; when open fails the connection is closed. The
// error is DialConn's or open's.
func (s *Session) Open(ctx context.Context, cfg Config, open func(context.Context) error) error {
	conn, err := DialConn(ctx, &cfg)
	if err != nil {
		return err
	}
	s.Cfg, s.Conn = cfg, conn
	stop := context.AfterFunc(ctx, func() { conn.Close() })
	defer stop()
	if err := open(ctx); err != nil {
		conn.Close()
		return err
	}
	return nil
}

// Run runs f, one operation of step op, with cancellation of ctx closing
// the connection (the only way to interrupt a blocked read at once). On a
// closed session it returns a KindClosed *Error without running f.
func (s *Session) Run(ctx context.Context, op string, f func() error) error {
	if s.closed.Load() {
		return &Error{Protocol: s.Cfg.Protocol, Op: op, Kind: mailtls.KindClosed, Server: s.Cfg.Server(), Err: ErrSessionClosed}
	}
	stop := context.AfterFunc(ctx, func() { s.Conn.Close() })
	defer stop()
	return f()
}

// Closed reports whether MarkClosed was called.
func (s *Session) Closed() bool { return s.closed.Load() }

// MarkClosed records that the session is closed and reports whether it
// was still open, so that the closing steps run once.
func (s *Session) MarkClosed() bool { return !s.closed.Swap(true) }
