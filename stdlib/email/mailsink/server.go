package mailsink

import (
	"bufio"
	"bytes"
	"crypto/tls"
	"errors"
	"fmt"
	"io"
	"log"
	"net"
	"strings"
	"sync"
	"time"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"
)

// Options configures a server. The zero value is a plain SMTP server
// without AUTH that accepts everything.
type Options struct {
	// Addr is the listen address; "" means "127.0.0.1:0".
	Addr string
	// TLS, when set, is offered with STARTTLS, or used from the first
	// byte when ImplicitTLS is set.
	TLS *tls.Config
	// ImplicitTLS serves TLS from the first byte (port 465 style).
	ImplicitTLS bool
	// DetectTLS, with TLS set, serves both on one port: a client that
	// speaks first with a TLS handshake gets implicit TLS, one that waits
	// for the greeting gets plain SMTP with STARTTLS (wl --mail-sink, whose
	// scripts may use any of the three modes). The wait for the client's
	// first byte is DetectWait.
	DetectTLS  bool
	DetectWait time.Duration
	// Users enables AUTH PLAIN, LOGIN and XOAUTH2 (the XOAUTH2 token is
	// the password) with these user → password pairs. AUTH is offered
	// only over TLS unless AllowInsecureAuth is set.
	Users map[string]string
	// Mechanisms restricts the advertised mechanisms (default PLAIN,
	// LOGIN, XOAUTH2).
	Mechanisms []string
	// LoginPrompts are the two AUTH LOGIN challenges (default
	// "Username:" and "Password:").
	LoginPrompts [2]string
	// AllowInsecureAuth offers and accepts AUTH without TLS.
	AllowInsecureAuth bool
	// AnyUser accepts every user name and password (the sink records who
	// the script said it was); Users is then ignored.
	AnyUser bool
	// RequireAuth refuses MAIL with 530 5.7.0 until the client has
	// authenticated.
	RequireAuth bool
	// RejectMail, when set, is the reply to every MAIL command.
	RejectMail *smtp.SMTPError
	// RejectRcpt maps a recipient address to the reply refusing it.
	RejectRcpt map[string]*smtp.SMTPError
	// RejectData, when set, is the reply to the final dot (the message is
	// read, then refused and not recorded).
	RejectData *smtp.SMTPError
	// NoSMTPUTF8 hides the SMTPUTF8 extension (offered by default).
	NoSMTPUTF8 bool
	// MaxMessageBytes and MaxRecipients are go-smtp's limits (0 = none).
	MaxMessageBytes int64
	MaxRecipients   int
	// MaxStoredBytes bounds the messages kept, all together (0 = none):
	// past it a message is refused with 452 4.3.1 and not kept.
	MaxStoredBytes int64
	// ReadTimeout and WriteTimeout bound the server's waits; 0 means 10 s.
	ReadTimeout, WriteTimeout time.Duration
	// Domain is the name in the greeting; "" means "mailsink.local".
	Domain string
	// ErrorLog receives go-smtp's server errors; nil discards them.
	ErrorLog smtp.Logger
	// OnMessage, when set, is called for each accepted message.
	OnMessage func(Message)
}

// Message is one message the server accepted.
type Message struct {
	// From is the MAIL FROM address.
	From string
	// To are the accepted RCPT TO addresses, in order.
	To []string
	// Data is the message as received (CRLF line ends, dots unstuffed).
	Data []byte
	// Auth is the authenticated user, "" if none.
	Auth string
	// TLS is true when the message came over TLS.
	TLS bool
	// UTF8 is true when MAIL carried SMTPUTF8.
	UTF8 bool
	// Size is the SIZE declared with MAIL (0 if none).
	Size int64
	// Helo is the name the client gave with EHLO/HELO.
	Helo string
}

// Server is a running SMTP server that records what its clients do.
type Server struct {
	opts Options
	srv  *smtp.Server
	ln   net.Listener
	done chan struct{}

	mu         sync.Mutex
	events     []string
	transcript []string
	messages   []Message
	stored     int64 // bytes of Data in messages
	changed    chan struct{}
	closeOnce  sync.Once
}

// Listen starts a server on a TCP address (opts.Addr, default an ephemeral
// port of 127.0.0.1); Close stops it. Tests use it to speak to a real
// server over TCP; the sink of wl --mail-sink has no socket (see Sink).
func Listen(opts Options) (*Server, error) {
	if opts.ImplicitTLS && opts.TLS == nil {
		return nil, errors.New("mailsink: ImplicitTLS needs a TLS configuration")
	}
	addr := opts.Addr
	if addr == "" {
		addr = "127.0.0.1:0"
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, err
	}
	return Serve(ln, opts)
}

// Serve starts a server on ln, which it owns from then on (Close closes
// it). Any listener will do: a TCP one, or the in-process one of Sink.
func Serve(ln net.Listener, opts Options) (*Server, error) {
	if opts.ImplicitTLS && opts.TLS == nil {
		ln.Close()
		return nil, errors.New("mailsink: ImplicitTLS needs a TLS configuration")
	}
	s := &Server{opts: opts, ln: ln, done: make(chan struct{}), changed: make(chan struct{})}
	srv := smtp.NewServer(&backend{s: s})
	srv.Domain = opts.Domain
	if srv.Domain == "" {
		srv.Domain = "mailsink.local"
	}
	srv.ReadTimeout = orDefault(opts.ReadTimeout)
	srv.WriteTimeout = orDefault(opts.WriteTimeout)
	srv.MaxMessageBytes = opts.MaxMessageBytes
	srv.MaxRecipients = opts.MaxRecipients
	srv.EnableSMTPUTF8 = !opts.NoSMTPUTF8
	// AUTH availability is decided by the backend, which knows about the
	// TLS layer this package handles itself (see sniffConn).
	srv.AllowInsecureAuth = true
	if opts.TLS != nil && !opts.ImplicitTLS {
		// Only to make go-smtp advertise STARTTLS: the command itself is
		// handled by sniffConn and never reaches go-smtp.
		srv.TLSConfig = opts.TLS
	}
	srv.ErrorLog = opts.ErrorLog
	if srv.ErrorLog == nil {
		srv.ErrorLog = log.New(io.Discard, "", 0)
	}
	s.srv = srv
	go func() {
		defer close(s.done)
		srv.Serve(&listener{Listener: ln, s: s})
	}()
	return s, nil
}

func orDefault(d time.Duration) time.Duration {
	if d <= 0 {
		return 10 * time.Second
	}
	return d
}

// Addr returns the address the server listens on ("127.0.0.1:port" for
// TCP).
func (s *Server) Addr() string { return s.ln.Addr().String() }

// Port returns the TCP port the server listens on, 0 for another kind of
// listener.
func (s *Server) Port() int {
	if a, ok := s.ln.Addr().(*net.TCPAddr); ok {
		return a.Port
	}
	return 0
}

// Close stops the server and closes every connection.
func (s *Server) Close() error {
	var err error
	s.closeOnce.Do(func() {
		err = s.srv.Close()
		// go-smtp's Close only closes listeners its Serve loop has
		// registered: if Serve has not started yet, close ours so that it
		// returns at once instead of waiting forever.
		_ = s.ln.Close()
		<-s.done
	})
	return err
}

// Messages returns a copy of the messages accepted so far.
func (s *Server) Messages() []Message {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]Message, len(s.messages))
	copy(out, s.messages)
	return out
}

// Events returns what the clients did so far, in order, one string per
// event: "CONNECT", "TLS" (implicit TLS handshake done), "TLS FAILED: ...",
// "EHLO name", "HELO name", "STARTTLS", "AUTH MECH" (the command), "AUTH OK
// user" / "AUTH FAILED user" (its outcome), "MAIL", "RCPT", "DATA",
// "RSET", "NOOP", "QUIT", "DISCONNECT" and any other command verb. Events
// of concurrent connections are interleaved.
func (s *Server) Events() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.events...)
}

// Transcript returns the dialogue so far, one line per entry prefixed "C: "
// (client) or "S: " (server), with AUTH data masked and message bodies
// summarised. Lines of concurrent connections are interleaved.
func (s *Server) Transcript() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.transcript...)
}

// Saw reports whether an event starting with prefix was recorded.
func (s *Server) Saw(prefix string) bool {
	for _, e := range s.Events() {
		if strings.HasPrefix(e, prefix) {
			return true
		}
	}
	return false
}

// Count returns how many events equal ev.
func (s *Server) Count(ev string) int {
	n := 0
	for _, e := range s.Events() {
		if e == ev {
			n++
		}
	}
	return n
}

// WaitEvent waits until an event equal to ev has been recorded, at most
// timeout, and reports whether it was.
func (s *Server) WaitEvent(ev string, timeout time.Duration) bool {
	deadline := time.NewTimer(timeout)
	defer deadline.Stop()
	for {
		s.mu.Lock()
		for _, e := range s.events {
			if e == ev {
				s.mu.Unlock()
				return true
			}
		}
		ch := s.changed
		s.mu.Unlock()
		select {
		case <-ch:
		case <-deadline.C:
			return false
		}
	}
}

// WaitQuit waits until a client has sent QUIT, at most timeout.
func (s *Server) WaitQuit(timeout time.Duration) bool { return s.WaitEvent("QUIT", timeout) }

// WaitDisconnect waits until a client connection has ended, at most timeout.
func (s *Server) WaitDisconnect(timeout time.Duration) bool {
	return s.WaitEvent("DISCONNECT", timeout)
}

func (s *Server) record(event, line string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if event != "" {
		s.events = append(s.events, event)
	}
	if line != "" {
		s.transcript = append(s.transcript, line)
	}
	close(s.changed)
	s.changed = make(chan struct{})
}

// listener wraps every accepted connection in a sniffConn.
type listener struct {
	net.Listener
	s *Server
}

func (l *listener) Accept() (net.Conn, error) {
	raw, err := l.Listener.Accept()
	if err != nil {
		return nil, err
	}
	s := l.s
	s.record("CONNECT", "")
	c := &sniffConn{s: s, raw: raw, cur: raw}
	if s.opts.ImplicitTLS {
		c.cur = tls.Server(raw, s.opts.TLS)
		c.needHandshake = true
	} else if s.opts.TLS != nil {
		c.startTLS = s.opts.TLS
		c.detect = s.opts.DetectTLS
	}
	c.br = bufio.NewReaderSize(c.cur, 64<<10)
	return c, nil
}

// sniffConn sits between the socket and go-smtp. It sees the dialogue in
// clear in both directions, which go-smtp's hooks do not offer (EHLO, RSET,
// QUIT are not reported to the backend), and for that it terminates TLS
// itself: implicit TLS on accept, and STARTTLS by intercepting the command
// line before go-smtp sees it. go-smtp thus always talks to this clear
// connection. go-smtp writes one response line per Write call.
type sniffConn struct {
	s   *Server
	raw net.Conn

	mu  sync.Mutex // guards cur against Close/SetDeadline from other goroutines
	cur net.Conn   // raw, or the *tls.Conn over it

	br            *bufio.Reader
	startTLS      *tls.Config // STARTTLS to intercept (nil: not offered)
	needHandshake bool        // implicit TLS handshake still to do
	detect        bool        // DetectTLS: look at the client's first byte before greeting
	tls           bool
	pending       []byte
	midLine       bool
	rerr          error
	dataMode      bool
	dataBytes     int
	lastCmd       string
	saslPending   bool
	closed        bool
}

func (c *sniffConn) conn() net.Conn {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.cur
}

// isTLS reports whether the connection is encrypted.
func (c *sniffConn) isTLS() bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.tls
}

// tlsHandshake runs the TLS handshake of tc within the read time-out; a
// failure is recorded and ends the reading.
func (c *sniffConn) tlsHandshake(tc *tls.Conn) error {
	c.raw.SetDeadline(time.Now().Add(c.s.srv.ReadTimeout))
	err := tc.Handshake()
	c.raw.SetDeadline(time.Time{})
	if err != nil {
		c.s.record("TLS FAILED: "+err.Error(), "")
		c.rerr = io.EOF
	}
	return err
}

func (c *sniffConn) handshake() error {
	if !c.needHandshake {
		return nil
	}
	c.needHandshake = false
	if err := c.tlsHandshake(c.conn().(*tls.Conn)); err != nil {
		return err
	}
	c.mu.Lock()
	c.tls = true
	c.mu.Unlock()
	c.s.record("TLS", "")
	return nil
}

func (c *sniffConn) Read(p []byte) (int, error) {
	if err := c.handshake(); err != nil {
		return 0, io.EOF
	}
	for len(c.pending) == 0 {
		if c.rerr != nil {
			return 0, c.rerr
		}
		c.fill()
	}
	n := copy(p, c.pending)
	c.pending = c.pending[n:]
	return n, nil
}

// fill reads the next inbound line (or piece of a long line) into pending.
func (c *sniffConn) fill() {
	line, err := c.br.ReadSlice('\n')
	if len(line) > 0 {
		c.pending = append(c.pending[:0], line...)
		complete := line[len(line)-1] == '\n'
		switch {
		case !complete:
			c.midLine = true
			c.dataBytes += len(line)
		case c.midLine:
			c.midLine = false
			c.dataBytes += len(line)
		default:
			if c.inbound(c.pending) {
				c.pending = c.pending[:0]
			}
		}
	}
	if err != nil && err != bufio.ErrBufferFull {
		c.rerr = err
	}
}

// inbound records one complete client line and reports whether it was
// consumed here (STARTTLS) instead of being passed to go-smtp.
func (c *sniffConn) inbound(b []byte) bool {
	line := strings.TrimRight(string(b), "\r\n")
	if c.dataMode {
		if line == "." {
			c.dataMode = false
			c.s.record("", fmt.Sprintf("C: [message data, %d bytes]", c.dataBytes))
			c.s.record("", "C: .")
		} else {
			c.dataBytes += len(b)
		}
		return false
	}
	if c.saslPending {
		c.saslPending = false
		c.s.record("", "C: [SASL response]")
		return false
	}
	verb, arg, _ := strings.Cut(line, " ")
	verb = strings.ToUpper(verb)
	c.lastCmd = verb
	switch verb {
	case "AUTH":
		mech, _, _ := strings.Cut(arg, " ")
		c.s.record("AUTH "+strings.ToUpper(mech), "C: AUTH "+strings.ToUpper(mech)+" [masked]")
		return false
	case "EHLO", "HELO", "LHLO":
		c.s.record(verb+" "+arg, "C: "+line)
		return false
	case "STARTTLS":
		c.s.record("STARTTLS", "C: "+line)
		if c.startTLS == nil {
			return false // go-smtp answers 502 TLS not supported
		}
		if c.isTLS() {
			c.reply("502 5.5.1 Already running in TLS")
			return true
		}
		c.upgrade()
		return true
	}
	c.s.record(verb, "C: "+line)
	return false
}

// reply writes a response line on behalf of the server.
func (c *sniffConn) reply(line string) {
	cur := c.conn()
	cur.SetWriteDeadline(time.Now().Add(c.s.srv.WriteTimeout))
	io.WriteString(cur, line+"\r\n")
	c.s.record("", "S: "+line)
}

// upgrade performs STARTTLS.
func (c *sniffConn) upgrade() {
	if n := c.br.Buffered(); n > 0 {
		// RFC 3207: anything pipelined after STARTTLS must be discarded.
		c.br.Discard(n)
		c.s.record("STARTTLS INJECTION DISCARDED", "")
	}
	c.reply("220 2.0.0 Ready to start TLS")
	tc := tls.Server(c.raw, c.startTLS)
	if c.tlsHandshake(tc) != nil {
		return
	}
	c.mu.Lock()
	c.cur, c.tls = tc, true
	c.mu.Unlock()
	c.br = bufio.NewReaderSize(tc, 64<<10)
}

func (c *sniffConn) Write(p []byte) (int, error) {
	if c.detect {
		c.detectTLS()
	}
	if err := c.handshake(); err != nil {
		return 0, err
	}
	line := strings.TrimRight(string(p), "\r\n")
	if c.isTLS() && (line == "250-STARTTLS" || line == "250 STARTTLS") {
		return len(p), nil // go-smtp cannot tell it is already in TLS
	}
	for _, l := range strings.Split(line, "\r\n") {
		c.s.record("", "S: "+l)
	}
	switch {
	case strings.HasPrefix(line, "354") && c.lastCmd == "DATA":
		c.dataMode, c.dataBytes = true, 0
	case strings.HasPrefix(line, "334"):
		c.saslPending = true
	}
	return c.conn().Write(p)
}

// detectTLS runs before the greeting: a client that speaks first with a
// TLS record (0x16) wants implicit TLS; silence means plain SMTP.
func (c *sniffConn) detectTLS() {
	c.detect = false
	wait := c.s.opts.DetectWait
	if wait <= 0 {
		wait = 250 * time.Millisecond
	}
	c.raw.SetReadDeadline(time.Now().Add(wait))
	var b [1]byte
	n, _ := c.raw.Read(b[:])
	c.raw.SetReadDeadline(time.Time{})
	if n == 0 {
		return // nothing came: plain SMTP, STARTTLS offered
	}
	pc := &peekedConn{Conn: c.raw, r: io.MultiReader(bytes.NewReader(b[:1]), c.raw)}
	var cur net.Conn = pc
	if b[0] == 0x16 {
		cur = tls.Server(pc, c.startTLS)
		c.startTLS = nil
		c.needHandshake = true
	}
	c.mu.Lock()
	c.cur = cur
	c.mu.Unlock()
	c.br = bufio.NewReaderSize(cur, 64<<10)
}

// peekedConn gives back the bytes read to detect the protocol.
type peekedConn struct {
	net.Conn
	r io.Reader
}

func (p *peekedConn) Read(b []byte) (int, error) { return p.r.Read(b) }

func (c *sniffConn) Close() error {
	c.mu.Lock()
	first := !c.closed
	c.closed = true
	cur := c.cur
	c.mu.Unlock()
	if first {
		c.s.record("DISCONNECT", "")
	}
	return cur.Close()
}

func (c *sniffConn) LocalAddr() net.Addr                { return c.raw.LocalAddr() }
func (c *sniffConn) RemoteAddr() net.Addr               { return c.raw.RemoteAddr() }
func (c *sniffConn) SetDeadline(t time.Time) error      { return c.raw.SetDeadline(t) }
func (c *sniffConn) SetReadDeadline(t time.Time) error  { return c.raw.SetReadDeadline(t) }
func (c *sniffConn) SetWriteDeadline(t time.Time) error { return c.raw.SetWriteDeadline(t) }

// backend creates one session per connection.
type backend struct{ s *Server }

func (b *backend) NewSession(c *smtp.Conn) (smtp.Session, error) {
	sc, _ := c.Conn().(*sniffConn)
	return &session{s: b.s, conn: sc, helo: c.Hostname()}, nil
}

type session struct {
	s    *Server
	conn *sniffConn
	helo string
	user string
	msg  Message
}

func (x *session) tls() bool { return x.conn != nil && x.conn.isTLS() }

func (x *session) mechanisms() []string {
	if x.s.opts.Users == nil && !x.s.opts.AnyUser {
		return nil
	}
	if len(x.s.opts.Mechanisms) > 0 {
		return x.s.opts.Mechanisms
	}
	return []string{sasl.Plain, sasl.Login, "XOAUTH2"}
}

// AuthMechanisms implements smtp.AuthSession.
func (x *session) AuthMechanisms() []string {
	if !x.tls() && !x.s.opts.AllowInsecureAuth {
		return nil
	}
	return x.mechanisms()
}

// Auth implements smtp.AuthSession.
func (x *session) Auth(mech string) (sasl.Server, error) {
	if !x.tls() && !x.s.opts.AllowInsecureAuth {
		return nil, &smtp.SMTPError{Code: 523, EnhancedCode: smtp.EnhancedCode{5, 7, 10}, Message: "TLS is required"}
	}
	offered := false
	for _, m := range x.mechanisms() {
		offered = offered || strings.EqualFold(m, mech)
	}
	if !offered {
		return nil, smtp.ErrAuthUnknownMechanism
	}
	check := func(user, pass string) error {
		want, ok := x.s.opts.Users[user]
		if !x.s.opts.AnyUser && (!ok || want != pass) {
			x.s.record("AUTH FAILED "+user, "")
			return smtp.ErrAuthFailed
		}
		x.user = user
		x.s.record("AUTH OK "+user, "")
		return nil
	}
	switch strings.ToUpper(mech) {
	case sasl.Plain:
		return sasl.NewPlainServer(func(identity, user, pass string) error {
			if identity != "" && identity != user {
				x.s.record("AUTH FAILED "+user, "")
				return smtp.ErrAuthFailed
			}
			return check(user, pass)
		}), nil
	case sasl.Login:
		prompts := x.s.opts.LoginPrompts
		if prompts == [2]string{} {
			prompts = [2]string{"Username:", "Password:"}
		}
		return &loginServer{prompts: prompts, check: check}, nil
	case "XOAUTH2":
		return &xoauth2Server{check: check}, nil
	}
	return nil, smtp.ErrAuthUnknownMechanism
}

func (x *session) Mail(from string, opts *smtp.MailOptions) error {
	if x.s.opts.RequireAuth && x.user == "" {
		return &smtp.SMTPError{Code: 530, EnhancedCode: smtp.EnhancedCode{5, 7, 0}, Message: "Authentication required"}
	}
	if x.s.opts.RejectMail != nil {
		return x.s.opts.RejectMail
	}
	x.msg = Message{From: from, Auth: x.user, Helo: x.helo}
	if opts != nil {
		x.msg.UTF8, x.msg.Size = opts.UTF8, opts.Size
	}
	return nil
}

func (x *session) Rcpt(to string, _ *smtp.RcptOptions) error {
	if err, ok := x.s.opts.RejectRcpt[to]; ok && err != nil {
		return err
	}
	x.msg.To = append(x.msg.To, to)
	return nil
}

func (x *session) Data(r io.Reader) error {
	data, err := io.ReadAll(r)
	if err != nil {
		return err
	}
	if x.s.opts.RejectData != nil {
		return x.s.opts.RejectData
	}
	m := x.msg
	m.Data, m.TLS = data, x.tls()
	m.To = append([]string(nil), m.To...)
	x.s.mu.Lock()
	if max := x.s.opts.MaxStoredBytes; max > 0 && x.s.stored+int64(len(data)) > max {
		x.s.mu.Unlock()
		return &smtp.SMTPError{Code: 452, EnhancedCode: smtp.EnhancedCode{4, 3, 1}, Message: "Insufficient system storage: the sink is full"}
	}
	x.s.stored += int64(len(data))
	x.s.messages = append(x.s.messages, m)
	x.s.mu.Unlock()
	if x.s.opts.OnMessage != nil {
		x.s.opts.OnMessage(m)
	}
	return nil
}

func (x *session) Reset() { x.msg = Message{} }

func (x *session) Logout() error { return nil }

// loginServer is the server side of AUTH LOGIN, which go-sasl lacks.
type loginServer struct {
	prompts [2]string
	check   func(user, pass string) error
	step    int
	user    string
}

func (a *loginServer) Next(resp []byte) ([]byte, bool, error) {
	switch a.step {
	case 0:
		if resp == nil {
			a.step = 1
			return []byte(a.prompts[0]), false, nil
		}
		a.user, a.step = string(resp), 2
		return []byte(a.prompts[1]), false, nil
	case 1:
		a.user, a.step = string(resp), 2
		return []byte(a.prompts[1]), false, nil
	case 2:
		a.step = 3
		return nil, true, a.check(a.user, string(resp))
	}
	return nil, true, sasl.ErrUnexpectedClientResponse
}

// xoauth2Server is the server side of XOAUTH2: on failure it sends the JSON
// error challenge, waits for the client's empty answer and then fails
// with 535.
type xoauth2Server struct {
	check  func(user, token string) error
	failed error
}

func (a *xoauth2Server) Next(resp []byte) ([]byte, bool, error) {
	if a.failed != nil {
		return nil, true, a.failed
	}
	if resp == nil {
		return []byte{}, false, nil
	}
	var user, token string
	for _, f := range bytes.Split(resp, []byte{1}) {
		k, v, _ := strings.Cut(string(f), "=")
		switch k {
		case "user":
			user = v
		case "auth":
			if t, ok := strings.CutPrefix(v, "Bearer "); ok {
				token = t
			}
		}
	}
	if err := a.check(user, token); err != nil {
		a.failed = err
		return []byte(`{"status":"401","schemes":"bearer","scope":"https://mail.google.com/"}`), false, nil
	}
	return nil, true, nil
}

var _ smtp.AuthSession = (*session)(nil)
