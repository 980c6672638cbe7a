package sinkread

import (
	"bytes"
	"crypto/tls"
	"errors"
	"net"
	"strings"
	"sync"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapserver"
	"github.com/emersion/go-imap/v2/imapserver/imapmemserver"

	"github.com/wlangage/wl/stdlib/email/mailsink"
)

// Mailbox is the sink's mailbox: the seed, then every message the sink
// received, in order.
type Mailbox struct {
	sink *mailsink.Sink

	mu     sync.Mutex
	msgs   []*stored
	synced int // sink messages already in msgs

	imapSrv   *imapserver.Server
	mem       *imapmemserver.Server
	users     map[string]*imapUser
	conns     chan net.Conn
	closeOnce sync.Once
	done      chan struct{}
	// serving is closed when the IMAP server first waits for a
	// connection: its Serve has registered itself by then, so Close
	// cannot race with it (go-imap's Serve adds to a WaitGroup that its
	// Close waits on, outside its lock).
	serving   chan struct{}
	servingOK sync.Once
}

type stored struct {
	id      int // stable, for UIDL
	data    []byte
	deleted bool
}

type imapUser struct {
	u      *imapmemserver.User
	copied int // messages of the mailbox already appended
}

// Attach makes the sink answer POP3 and IMAP with its mail, after seed
// (raw messages). Close the sink first, then the Mailbox.
func Attach(s *mailsink.Sink, seed [][]byte) *Mailbox {
	m := &Mailbox{sink: s, users: map[string]*imapUser{}, conns: make(chan net.Conn), done: make(chan struct{}), serving: make(chan struct{}),
		mem: imapmemserver.New()}
	for _, d := range seed {
		m.msgs = append(m.msgs, &stored{id: len(m.msgs) + 1, data: crlf(d)})
	}
	tlsConf := &tls.Config{MinVersion: tls.VersionTLS12, GetCertificate: s.Certificate}
	m.imapSrv = imapserver.New(&imapserver.Options{
		NewSession: func(*imapserver.Conn) (imapserver.Session, *imapserver.GreetingData, error) {
			return &imapSession{mb: m}, nil, nil
		},
		Caps:         imap.CapSet{imap.CapIMAP4rev1: {}, imap.CapIMAP4rev2: {}},
		TLSConfig:    tlsConf,
		InsecureAuth: true, // in-process: nothing reaches a network
		Logger:       quietLogger{},
	})
	go m.imapSrv.Serve(&chanListener{m: m})
	s.Handle(110, func(c net.Conn) { servePOP3(m, c, tlsConf, false) })
	s.Handle(995, func(c net.Conn) { servePOP3(m, tls.Server(c, tlsConf), nil, true) })
	s.Handle(143, func(c net.Conn) { m.serveIMAP(c) })
	s.Handle(993, func(c net.Conn) { m.serveIMAP(tls.Server(c, tlsConf)) })
	return m
}

// Close stops the IMAP server.
func (m *Mailbox) Close() {
	m.closeOnce.Do(func() {
		<-m.serving
		close(m.done)
		m.imapSrv.Close()
	})
}

// sync appends the messages the sink received since the last call.
func (m *Mailbox) sync() {
	got := m.sink.Messages()
	m.mu.Lock()
	defer m.mu.Unlock()
	for _, x := range got[min(m.synced, len(got)):] {
		m.msgs = append(m.msgs, &stored{id: len(m.msgs) + 1, data: crlf(x.Data)})
	}
	m.synced = max(m.synced, len(got))
}

// snapshot is the mailbox as a POP3 session sees it at login.
func (m *Mailbox) snapshot() []*stored {
	m.sync()
	m.mu.Lock()
	defer m.mu.Unlock()
	var out []*stored
	for _, s := range m.msgs {
		if !s.deleted {
			out = append(out, s)
		}
	}
	return out
}

func (m *Mailbox) remove(l []*stored) {
	m.mu.Lock()
	for _, s := range l {
		s.deleted = true
	}
	m.mu.Unlock()
}

// crlf normalises line ends to CRLF.
func crlf(b []byte) []byte {
	b = bytes.ReplaceAll(b, []byte("\r\n"), []byte("\n"))
	return bytes.ReplaceAll(b, []byte("\n"), []byte("\r\n"))
}

// serveIMAP hands the connection to the IMAP server and returns once it
// is closed.
func (m *Mailbox) serveIMAP(c net.Conn) {
	w := &notifyConn{Conn: c, closed: make(chan struct{})}
	select {
	case m.conns <- w:
	case <-m.done:
		return
	}
	select {
	case <-w.closed:
	case <-m.done:
	}
}

// notifyConn tells when the IMAP server closed it.
type notifyConn struct {
	net.Conn
	once   sync.Once
	closed chan struct{}
}

func (c *notifyConn) Close() error {
	c.once.Do(func() { close(c.closed) })
	return c.Conn.Close()
}

// chanListener feeds the IMAP server the connections of the sink.
type chanListener struct{ m *Mailbox }

func (l *chanListener) Accept() (net.Conn, error) {
	l.m.servingOK.Do(func() { close(l.m.serving) })
	select {
	case c := <-l.m.conns:
		return c, nil
	case <-l.m.done:
		return nil, net.ErrClosed
	}
}
func (l *chanListener) Close() error   { return nil }
func (l *chanListener) Addr() net.Addr { return sinkAddr{} }

type sinkAddr struct{}

func (sinkAddr) Network() string { return "mailsink" }
func (sinkAddr) String() string  { return "mailsink" }

type quietLogger struct{}

func (quietLogger) Printf(string, ...any) {}

// imapSession accepts any login and gives the user the mailbox.
type imapSession struct {
	*imapmemserver.UserSession
	mb   *Mailbox
	user *imapUser
}

func (s *imapSession) Login(username, password string) error {
	if username == "" {
		return imapserver.ErrAuthFailed
	}
	mb := s.mb
	mb.mu.Lock()
	u := mb.users[username]
	if u == nil {
		u = &imapUser{u: imapmemserver.NewUser(username, password)}
		u.u.Create("INBOX", nil)
		mb.users[username] = u
	}
	mb.mu.Unlock()
	if err := mb.copyNew(u); err != nil {
		return err
	}
	s.user = u
	s.UserSession = imapmemserver.NewUserSession(u.u)
	return nil
}

// Poll gives the session the mail the sink received since (NOOP, and
// the end of every command).
func (s *imapSession) Poll(w *imapserver.UpdateWriter, allowExpunge bool) error {
	if s.user != nil {
		if err := s.mb.copyNew(s.user); err != nil {
			return err
		}
	}
	return s.UserSession.Poll(w, allowExpunge)
}

// copyNew appends to the user's INBOX the mailbox's messages it has not
// seen yet (those POP3 deleted before are skipped).
func (mb *Mailbox) copyNew(u *imapUser) error {
	mb.sync()
	mb.mu.Lock()
	var msgs []*stored
	for _, x := range mb.msgs[u.copied:] {
		if !x.deleted {
			msgs = append(msgs, x)
		}
	}
	u.copied = len(mb.msgs)
	mb.mu.Unlock()
	for _, x := range msgs {
		if _, err := u.u.Append("INBOX", bytes.NewReader(x.data), &imap.AppendOptions{}); err != nil {
			return err
		}
	}
	return nil
}

func (s *imapSession) Close() error {
	if s.UserSession != nil {
		return s.UserSession.Close()
	}
	return nil
}

// ParseMbox splits an mbox file (mboxrd or mboxo: "From " separator
// lines, ">From " quoted) into raw messages. Data that does not start
// with a "From " line is an error.
func ParseMbox(data []byte) ([][]byte, error) {
	text := strings.ReplaceAll(string(data), "\r\n", "\n")
	if strings.TrimSpace(text) == "" {
		return nil, nil
	}
	if !strings.HasPrefix(text, "From ") {
		return nil, errors.New("not an mbox file: it does not start with a \"From \" line")
	}
	var out [][]byte
	var cur []string
	flush := func() {
		if cur == nil {
			return
		}
		for len(cur) > 0 && cur[len(cur)-1] == "" {
			cur = cur[:len(cur)-1]
		}
		out = append(out, []byte(strings.Join(cur, "\r\n")+"\r\n"))
	}
	for _, l := range strings.Split(text, "\n") {
		if strings.HasPrefix(l, "From ") {
			flush()
			cur = []string{}
			continue
		}
		if t := strings.TrimLeft(l, ">"); strings.HasPrefix(t, "From ") && len(t) < len(l) {
			l = l[1:]
		}
		cur = append(cur, l)
	}
	flush()
	return out, nil
}
