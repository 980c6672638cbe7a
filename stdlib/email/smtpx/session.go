package smtpx

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"net"
	"net/textproto"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"
	"github.com/wlangage/wl/stdlib/email/mailtls"
)

// Envelope is the SMTP envelope of one message: the MAIL FROM address (may
// be empty for a null reverse-path) and the RCPT TO addresses (To, Cc and
// Bcc together). Addresses are bare addr-specs, without display name or
// angle brackets.
type Envelope struct {
	From string
	To   []string
}

// Session is an open SMTP session: connected, greeted, TLS negotiated when
// asked for, authenticated when credentials were given and the server offers
// a usable mechanism. Its methods may be called from several goroutines;
// they are serialised.
type Session struct {
	cfg     Config
	server  string
	timeout time.Duration
	raw     net.Conn
	conn    net.Conn        // what go-smtp talks through (TLS when on)
	tp      *textproto.Conn // the pipelined transactions' reader/writer
	c       *smtp.Client
	tls     bool
	mech    string

	mu     sync.Mutex
	broken error // set once the connection can no longer be trusted
	closed bool
	last   string
}

// Open connects to the server, reads the greeting, says EHLO, negotiates
// TLS (implicit TLS, or mandatory STARTTLS; the handshake and the
// certificate verification complete before anything else is sent) and
// authenticates when cfg has credentials.
//
// Authentication uses XOAUTH2 when cfg.Token is set and the server offers
// it, otherwise PLAIN, otherwise LOGIN. A refused authentication makes Open
// fail. A server that offers none of the usable mechanisms (or no AUTH at
// all) gets an unauthenticated session, as in WinDev
// (Session.AuthMechanism returns ""). Credentials for a non-loopback host
// over a plain connection make Open fail before connecting, unless
// cfg.AllowPlaintextAuth is set.
//
// Every step is bounded by cfg.Timeout; cancelling ctx aborts Open at once.
// The error is always an *Error.
func Open(ctx context.Context, cfg Config) (*Session, error) {
	s := &Session{cfg: cfg, server: cfg.serverLabel(), timeout: cfg.timeout()}
	if cfg.Host == "" && cfg.Relay == "" {
		return nil, &Error{Op: "connect", Kind: mailtls.KindInvalid, Server: s.server, Detail: "no server address"}
	}
	for _, v := range []string{cfg.Host, cfg.Relay, cfg.LocalName} {
		if c := forbidden(v); c != "" {
			return nil, &Error{Op: "connect", Kind: mailtls.KindInvalid, Server: s.server, Address: v, Detail: c}
		}
	}
	if cfg.wantsAuth() {
		if c := forbidden(cfg.User); c != "" {
			return nil, &Error{Op: "auth", Kind: mailtls.KindInvalid, Server: s.server, Address: cfg.User, Detail: c}
		}
		if cfg.Security == mailtls.Plain && !cfg.AllowPlaintextAuth && !cfg.loopbackOnly() {
			return nil, &Error{Op: "auth", Kind: mailtls.KindInsecureAuth, Server: s.server, Address: cfg.User}
		}
	}
	if err := ctx.Err(); err != nil {
		return nil, s.fail(ctx, "connect", err)
	}

	dctx, cancel := context.WithTimeout(ctx, s.timeout)
	dial := cfg.Dial
	if dial == nil {
		d := &net.Dialer{Timeout: s.timeout}
		dial = d.DialContext
	}
	raw, err := dial(dctx, "tcp", cfg.dialAddr())
	cancel()
	if err != nil {
		return nil, s.fail(ctx, "connect", fmt.Errorf("%w: %w", errDial, err))
	}
	s.raw = raw
	stop := context.AfterFunc(ctx, func() { raw.Close() })
	op, err := s.open(ctx)
	fired := !stop()
	if err == nil && fired {
		op, err = "connect", ctx.Err()
	}
	if err != nil {
		e := s.fail(ctx, op, err)
		if e.Kind == mailtls.KindReply && s.c != nil && !fired {
			s.c.Quit() // polite end after a refusal; bounded by Timeout
		}
		raw.Close()
		return nil, e
	}
	return s, nil
}

// open runs the session set-up on s.raw and returns the step reached.
func (s *Session) open(ctx context.Context) (string, error) {
	dc := &deadlineConn{Conn: s.raw, timeout: s.timeout}
	// Every reader reads the server's replies through a limitConn.
	var conn net.Conn = &limitConn{Conn: dc}
	switch s.cfg.Security {
	case mailtls.ImplicitTLS:
		tc := tls.Client(dc, s.cfg.tlsConfig())
		if err := s.handshake(ctx, tc); err != nil {
			return "tls", err
		}
		conn, s.tls = &limitConn{Conn: tc}, true
	case mailtls.StartTLS:
		tc, op, err := s.startTLS(ctx, dc)
		if err != nil {
			return op, err
		}
		conn, s.tls = &greetedConn{Conn: &limitConn{Conn: tc}, greeting: []byte("220 TLS ready\r\n")}, true
	case mailtls.Plain:
	default:
		return "connect", fmt.Errorf("smtpx: unknown security mode %d", s.cfg.Security)
	}

	s.conn = conn
	c := smtp.NewClient(conn)
	c.CommandTimeout = s.timeout
	c.SubmissionTimeout = s.timeout
	s.c = c
	if err := c.Hello(s.cfg.localName()); err != nil {
		return "connect", err
	}
	if s.cfg.wantsAuth() {
		if err := s.auth(); err != nil {
			return "auth", err
		}
	}
	return "", nil
}

// handshake completes the TLS handshake (with its verification) now.
func (s *Session) handshake(ctx context.Context, tc *tls.Conn) error {
	hctx, cancel := context.WithTimeout(ctx, s.timeout)
	defer cancel()
	tc.SetDeadline(time.Now().Add(s.timeout))
	defer tc.SetDeadline(time.Time{})
	return tc.HandshakeContext(hctx)
}

// startTLS runs greeting, EHLO and STARTTLS in clear, then the handshake.
// It is done here rather than by go-smtp so that the handshake is forced
// and checked before anything else goes over the wire, and so that the
// first EHLO carries LocalName too.
func (s *Session) startTLS(ctx context.Context, dc *deadlineConn) (*tls.Conn, string, error) {
	tp := textproto.NewConn(&limitConn{Conn: dc})
	step := func(cmd string, expect int) (string, error) {
		dc.SetDeadline(time.Now().Add(s.timeout))
		defer dc.SetDeadline(time.Time{})
		if cmd != "" {
			if err := tp.PrintfLine("%s", cmd); err != nil {
				return "", err
			}
		}
		_, msg, err := tp.ReadResponse(expect)
		var pe *textproto.Error
		if errors.As(err, &pe) {
			err = toSMTPError(pe)
		}
		return msg, err
	}
	if _, err := step("", 220); err != nil {
		return nil, "connect", err
	}
	msg, err := step("EHLO "+s.cfg.localName(), 250)
	if err != nil {
		var se *smtp.SMTPError
		if errors.As(err, &se) && (se.Code == 500 || se.Code == 502) {
			// No ESMTP, hence no STARTTLS.
			return nil, "tls", &Error{Op: "tls", Kind: mailtls.KindNoStartTLS, Server: s.server}
		}
		return nil, "connect", err
	}
	starttls := false
	for _, l := range strings.Split(msg, "\n")[1:] {
		if f := strings.Fields(l); len(f) > 0 && strings.EqualFold(f[0], "STARTTLS") {
			starttls = true
		}
	}
	if !starttls {
		return nil, "tls", &Error{Op: "tls", Kind: mailtls.KindNoStartTLS, Server: s.server}
	}
	if _, err := step("STARTTLS", 220); err != nil {
		return nil, "tls", err
	}
	if tp.R.Buffered() > 0 {
		// Data sent by the server before the handshake would be taken as
		// protected (STARTTLS response injection).
		return nil, "tls", errInjection
	}
	tc := tls.Client(dc, s.cfg.tlsConfig())
	if err := s.handshake(ctx, tc); err != nil {
		return nil, "tls", err
	}
	return tc, "", nil
}

// auth authenticates with the best mechanism the server offers.
func (s *Session) auth() error {
	offered := map[string]bool{}
	if ok, list := s.c.Extension("AUTH"); ok {
		for _, m := range strings.Fields(list) {
			offered[strings.ToUpper(m)] = true
		}
	}
	for _, m := range []string{"PLAIN", "LOGIN", "XOAUTH2"} {
		// Old "AUTH=MECH ..." syntax.
		if ok, list := s.c.Extension("AUTH=" + m); ok {
			offered[m] = true
			for _, m2 := range strings.Fields(list) {
				offered[strings.ToUpper(m2)] = true
			}
		}
	}
	if !s.tls && !s.cfg.AllowPlaintextAuth && !s.cfg.loopbackOnly() {
		// Unreachable by construction (Open refuses earlier); kept as the
		// last guard before credentials go on the wire.
		return &Error{Op: "auth", Kind: mailtls.KindInsecureAuth, Server: s.server, Address: s.cfg.User}
	}
	var a sasl.Client
	switch {
	case s.cfg.Token != "" && offered["XOAUTH2"]:
		a, s.mech = &xoauth2Client{user: s.cfg.User, token: s.cfg.Token}, "XOAUTH2"
	case s.cfg.Password != "" && offered["PLAIN"]:
		a, s.mech = sasl.NewPlainClient("", s.cfg.User, s.cfg.Password), "PLAIN"
	case s.cfg.Password != "" && offered["LOGIN"]:
		a, s.mech = &loginClient{user: s.cfg.User, pass: s.cfg.Password}, "LOGIN"
	default:
		return nil // nothing usable offered: unauthenticated session (SPEC §8.2)
	}
	if err := s.c.Auth(a); err != nil {
		s.mech = ""
		e := classify(context.Background(), "auth", s.server, s.timeout, err)
		e.Address = s.cfg.User
		return e
	}
	return nil
}

// TLS reports whether the session is encrypted.
func (s *Session) TLS() bool { return s.tls }

// AuthMechanism returns the SASL mechanism that authenticated the session,
// or "" for an unauthenticated session.
func (s *Session) AuthMechanism() string { return s.mech }

// Server returns the server as the script named it, "host:port".
func (s *Session) Server() string { return s.server }

// LastReply returns the text of the server's reply to the last message
// accepted (it often carries the queue id), or "".
func (s *Session) LastReply() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.last
}

// Send transmits one message: MAIL FROM, one RCPT TO per recipient, DATA.
// msg is the complete RFC 5322 message; its line ends are normalised to
// CRLF (NormalizeCRLF) and it is dot-stuffed on the wire. SMTPUTF8 is
// requested when an address is not ASCII (and the send fails with
// KindUnsupported if the server lacks it).
//
// All or nothing: if the server refuses any recipient, the transaction is
// reset (RSET; go-smtp then says EHLO again before the next command), no
// message is sent to anybody, and the *Error (Op "rcpt")
// lists every refused recipient with its code in Recipients; Code, Enhanced
// and Detail are those of the first refusal and Temporary is true only if
// every refusal is temporary. After any refused command the transaction is
// reset and the session stays usable; after a timeout, a lost connection or
// a cancelled ctx the session is unusable and Close only closes the
// connection. The error is always an *Error.
func (s *Session) Send(ctx context.Context, env Envelope, msg []byte) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return &Error{Op: "mail", Kind: mailtls.KindClosed, Server: s.server, Err: errClosed}
	}
	if s.broken != nil {
		return &Error{Op: "mail", Kind: mailtls.KindClosed, Server: s.server, Err: fmt.Errorf("%w: %w", errBroken, s.broken)}
	}
	if e := checkAddress("mail", env.From); e != nil {
		e.Server = s.server
		return e
	}
	if len(env.To) == 0 {
		return &Error{Op: "rcpt", Kind: mailtls.KindInvalid, Server: s.server}
	}
	utf8 := !isASCII(env.From)
	for _, to := range env.To {
		if e := checkAddress("rcpt", to); e != nil {
			e.Server = s.server
			return e
		}
		if to == "" {
			return &Error{Op: "rcpt", Kind: mailtls.KindInvalid, Server: s.server, Detail: "empty address"}
		}
		utf8 = utf8 || !isASCII(to)
	}
	if err := ctx.Err(); err != nil {
		return s.fail(ctx, "mail", err)
	}
	stop := func() bool { return true }
	if ctx.Done() != nil {
		// Cancelling the run closes the connection: no wait outlives it.
		stop = context.AfterFunc(ctx, func() { s.raw.Close() })
	}
	op, err := s.send(ctx, env, msg, utf8)
	if !stop() && err == nil {
		// ctx fired as the send completed: the connection is gone but the
		// server accepted the message.
		s.broken = ctx.Err()
	}
	if err != nil {
		return s.fail(ctx, op, err)
	}
	return nil
}

func (s *Session) send(ctx context.Context, env Envelope, msg []byte, utf8 bool) (string, error) {
	data := NormalizeCRLF(msg)
	opts := &smtp.MailOptions{Size: int64(len(data))}
	if utf8 {
		if ok, _ := s.c.Extension("SMTPUTF8"); !ok {
			addr := env.From
			for _, to := range env.To {
				if isASCII(addr) {
					addr = to
				}
			}
			return "mail", &Error{Op: "mail", Kind: mailtls.KindUnsupported, Server: s.server, Detail: "SMTPUTF8", Address: addr}
		}
		opts.UTF8 = true
	}
	if ok, _ := s.c.Extension("PIPELINING"); ok {
		return s.sendPipelined(ctx, env, data, utf8)
	}
	if err := s.c.Mail(env.From, opts); err != nil {
		e := s.txFailed(ctx, "mail", err)
		e.Address = env.From
		return "mail", e
	}
	var refused []RcptError
	for _, to := range env.To {
		err := s.c.Rcpt(to, nil)
		if err == nil {
			continue
		}
		var se *smtp.SMTPError
		if !errors.As(err, &se) || se.Code == 421 {
			e := s.txFailed(ctx, "rcpt", err)
			e.Address = to
			return "rcpt", e
		}
		r := RcptError{Address: to, Code: se.Code, Temporary: se.Temporary(),
			Detail: strings.Join(strings.Fields(se.Message), " ")}
		if se.EnhancedCode != smtp.NoEnhancedCode {
			r.Enhanced = [3]int(se.EnhancedCode)
		}
		refused = append(refused, r)
	}
	if len(refused) > 0 {
		s.reset()
		return "rcpt", s.refusedError(refused, len(env.To))
	}
	w, err := s.c.Data()
	if err != nil {
		return "data", s.txFailed(ctx, "data", err)
	}
	if _, err := w.Write(data); err != nil {
		return "data", s.txFailed(ctx, "data", err)
	}
	resp, err := w.CloseWithResponse()
	if err != nil {
		return "data", s.txFailed(ctx, "data", err)
	}
	s.last = resp.StatusText
	return "", nil
}

// txFailed classifies a failure inside a transaction and restores a clean
// state: RSET after a refusal, or marks the session broken and closes the
// connection after anything else.
func (s *Session) txFailed(ctx context.Context, op string, err error) *Error {
	e := classify(ctx, op, s.server, s.timeout, err)
	if e.Kind == mailtls.KindReply && e.Code != 421 {
		s.reset()
	} else {
		s.markBroken(err)
	}
	return e
}

// reset sends RSET; a failure makes the session unusable.
func (s *Session) reset() {
	if err := s.c.Reset(); err != nil {
		s.markBroken(err)
	}
}

func (s *Session) markBroken(err error) {
	if s.broken == nil {
		s.broken = err
	}
	s.raw.Close()
}

// fail classifies err and, for an open session, marks it broken unless it is
// a plain refusal.
func (s *Session) fail(ctx context.Context, op string, err error) *Error {
	e := classify(ctx, op, s.server, s.timeout, err)
	if s.raw != nil && e.Kind != mailtls.KindReply && e.Kind != mailtls.KindInvalid && e.Kind != mailtls.KindUnsupported {
		s.markBroken(err)
	}
	return e
}

// Close ends the session with QUIT (bounded by Timeout) and closes the
// connection. After a timeout or a lost connection it only closes the
// connection. Closing twice is harmless. The error, if any, is an *Error
// with Op "quit"; the connection is closed in every case.
func (s *Session) Close() error { return s.CloseContext(context.Background()) }

// CloseContext is Close bounded by ctx as well: once ctx is done the
// connection is closed without waiting for the reply to QUIT, and a ctx
// already done sends no QUIT at all (a cancelled run does not wait for
// a server).
func (s *Session) CloseContext(ctx context.Context) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return nil
	}
	s.closed = true
	if s.broken != nil || ctx.Err() != nil {
		s.raw.Close()
		return nil
	}
	stop := context.AfterFunc(ctx, func() { s.raw.Close() })
	err := s.c.Quit()
	if !stop() {
		s.raw.Close()
		return nil // ctx ended the wait: not the server's error
	}
	if err != nil {
		s.raw.Close()
		return classify(context.Background(), "quit", s.server, s.timeout, err)
	}
	return nil
}

// toSMTPError converts a textproto error, parsing the enhanced code like
// go-smtp does.
func toSMTPError(pe *textproto.Error) *smtp.SMTPError {
	se := &smtp.SMTPError{Code: pe.Code, Message: pe.Msg}
	first, rest, ok := strings.Cut(pe.Msg, " ")
	if !ok {
		return se
	}
	parts := strings.Split(first, ".")
	if len(parts) != 3 {
		return se
	}
	var ec smtp.EnhancedCode
	for i, p := range parts {
		n, err := strconv.Atoi(p)
		if err != nil {
			return se
		}
		ec[i] = n
	}
	se.EnhancedCode = ec
	se.Message = strings.ReplaceAll(rest, "\n"+first+" ", "\n")
	return se
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// refusedError is the error of a transaction whose recipients were
// refused (some or all of total): the first refusal's reply, temporary
// only when every refusal is.
func (s *Session) refusedError(refused []RcptError, total int) *Error {
	e := &Error{Op: "rcpt", Kind: mailtls.KindReply, Server: s.server, Recipients: refused,
		Code: refused[0].Code, Enhanced: refused[0].Enhanced, Detail: refused[0].Detail,
		Address: refused[0].Address, Temporary: true, accepted: total - len(refused)}
	for _, r := range refused {
		e.Temporary = e.Temporary && r.Temporary
	}
	e.Err = &smtp.SMTPError{Code: refused[0].Code, EnhancedCode: smtp.EnhancedCode(refused[0].Enhanced), Message: refused[0].Detail}
	return e
}
