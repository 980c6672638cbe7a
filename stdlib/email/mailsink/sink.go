package mailsink

import (
	"bytes"
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"io"
	"net"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/wlangage/wl/lexer/diag"
)

// Limits of the sink's SMTP server: a script cannot make wl hold more.
const (
	// MaxMessageBytes is the largest message the sink accepts (552 above).
	MaxMessageBytes = 32 << 20
	// MaxRecipients is the most recipients of one message.
	MaxRecipients = 1000
	// MaxStoredBytes is the most the sink keeps of all messages together
	// (452 beyond: the run's memory stays bounded whatever it sends).
	MaxStoredBytes = 256 << 20
)

// Sink is an in-process mail server; see the package comment.
type Sink struct {
	ca  *CA
	srv *Server
	ln  *pipeListener

	mu       sync.Mutex
	certs    map[string]*tls.Certificate
	handlers map[int]func(net.Conn)
	served   []net.Conn // server ends given to handlers, closed by Close
	closed   bool
	wg       sync.WaitGroup
}

// New starts a sink: an SMTP server on every port, until Handle gives a
// port to another protocol.
func New() (*Sink, error) {
	ca, err := GenerateCA()
	if err != nil {
		return nil, err
	}
	s := &Sink{ca: ca, ln: newPipeListener(), certs: map[string]*tls.Certificate{}, handlers: map[int]func(net.Conn){}}
	conf := &tls.Config{MinVersion: tls.VersionTLS12, GetCertificate: s.certificate}
	// AUTH is offered in clear too: the connection never leaves the
	// process. Any credentials are accepted, and shown in the report.
	srv, err := Serve(s.ln, Options{TLS: conf, Domain: "wl-mail-sink.localhost", DetectTLS: true,
		MaxMessageBytes: MaxMessageBytes, MaxRecipients: MaxRecipients, MaxStoredBytes: MaxStoredBytes, AnyUser: true, AllowInsecureAuth: true})
	if err != nil {
		return nil, err
	}
	s.srv = srv
	return s, nil
}

// CA returns the authority of the sink's certificates: a client trusts the
// sink by trusting it.
func (s *Sink) CA() *CA { return s.ca }

// Server returns the sink's SMTP server (its events, transcript and
// messages).
func (s *Sink) Server() *Server { return s.srv }

// Messages returns the messages the sink's SMTP server accepted so far, in
// order.
func (s *Sink) Messages() []Message { return s.srv.Messages() }

// Handle has h serve every connection dialled to port from now on, in a
// goroutine of its own; h owns the connection and should return once it
// is closed (Close closes it). This is how POP3 (110, 995) and IMAP (143,
// 993) servers are plugged into the sink; a TLS port's handler does its own
// handshake, with a certificate from Certificate.
func (s *Sink) Handle(port int, h func(net.Conn)) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.handlers[port] = h
}

// Dial is the host dialer that leads every connection of the script to the
// sink: its signature is net.Dialer.DialContext's. The address picks the
// protocol by its port (Handle); the host is only remembered as the
// connection's local address, for certificates.
func (s *Sink) Dial(ctx context.Context, network, addr string) (net.Conn, error) {
	_, p, err := net.SplitHostPort(addr)
	if err != nil {
		return nil, &net.OpError{Op: "dial", Net: "mailsink", Err: err}
	}
	port, _ := strconv.Atoi(p)
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		return nil, &net.OpError{Op: "dial", Net: "mailsink", Err: net.ErrClosed}
	}
	h := s.handlers[port]
	client, server := newPipe("script", addr)
	if h != nil {
		s.served = append(s.served, server)
		s.wg.Add(1)
		s.mu.Unlock()
		go func() {
			defer s.wg.Done()
			defer server.Close()
			h(server)
		}()
		return client, nil
	}
	s.mu.Unlock()
	if err := s.ln.deliver(ctx, server); err != nil {
		client.Close()
		server.Close()
		return nil, &net.OpError{Op: "dial", Net: "mailsink", Err: err}
	}
	return client, nil
}

// Certificate returns a certificate for the name a TLS client asked for
// (SNI), issued once per name by the sink's CA; a client that sends no
// name (it dialled an IP address) gets one for the address it dialled.
// Its signature is tls.Config.GetCertificate's.
func (s *Sink) Certificate(hello *tls.ClientHelloInfo) (*tls.Certificate, error) {
	return s.certificate(hello)
}

func (s *Sink) certificate(hello *tls.ClientHelloInfo) (*tls.Certificate, error) {
	name := strings.TrimSuffix(strings.ToLower(hello.ServerName), ".")
	if name == "" && hello.Conn != nil {
		if h, _, err := net.SplitHostPort(hello.Conn.LocalAddr().String()); err == nil && net.ParseIP(strings.Trim(h, "[]")) != nil {
			name = strings.Trim(h, "[]")
		}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if c, ok := s.certs[name]; ok {
		return c, nil
	}
	var names []string
	if name != "" {
		names = []string{name}
	}
	now := time.Now()
	c, err := s.ca.Issue(now.Add(-time.Hour), now.Add(24*time.Hour), names...)
	if err != nil {
		return nil, err
	}
	s.certs[name] = &c
	return &c, nil
}

// Close stops the sink: every connection is closed, and it waits (two
// seconds at most) for the handlers to return.
func (s *Sink) Close() error {
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		return nil
	}
	s.closed = true
	served := s.served
	s.mu.Unlock()
	for _, c := range served {
		c.Close()
	}
	err := s.srv.Close()
	if errors.Is(err, net.ErrClosed) {
		err = nil
	}
	done := make(chan struct{})
	go func() {
		s.wg.Wait()
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(2 * time.Second):
	}
	return nil
}

// Report prints on w, clearly delimited, the messages the sink's SMTP
// server received, in French or English (lang "en"). Control characters
// and invalid UTF-8 from the messages are shown escaped (\x1b), so that
// a message cannot drive the terminal.
func (s *Sink) Report(w io.Writer, lang string) error {
	// Sessions closed at the end of the run may still be saying QUIT:
	// give them a moment so that the count is right.
	deadline := time.Now().Add(time.Second)
	for s.srv.Count("CONNECT") > s.srv.Count("DISCONNECT") && time.Now().Before(deadline) {
		time.Sleep(5 * time.Millisecond)
	}
	msgs := s.srv.Messages()
	conns := s.srv.Count("CONNECT")
	var b bytes.Buffer
	label := diag.Tr(lang, "==== wl --mail-sink : ", "==== wl --mail-sink: ")
	if len(msgs) == 0 {
		fmt.Fprintf(&b, "%s%s (%s) ====\n", label,
			diag.Tr(lang, "aucun message reçu", "no message received"), count(lang, conns, "connexion", "connection"))
		_, err := w.Write(b.Bytes())
		return err
	}
	fmt.Fprintf(&b, "%s%s (%s) ====\n", label,
		count(lang, len(msgs), "message reçu", "message received"), count(lang, conns, "connexion", "connection"))
	for i, m := range msgs {
		fmt.Fprintf(&b, "---- message %d ----\n", i+1)
		fmt.Fprintf(&b, "MAIL FROM:<%s>\n", Escape(m.From))
		for _, to := range m.To {
			fmt.Fprintf(&b, "RCPT TO:<%s>\n", Escape(to))
		}
		var notes []string
		if m.TLS {
			notes = append(notes, "TLS")
		}
		if m.Auth != "" {
			notes = append(notes, diag.Tr(lang, "authentifié : ", "authenticated: ")+Escape(m.Auth))
		}
		if len(notes) > 0 {
			fmt.Fprintf(&b, "(%s)\n", strings.Join(notes, ", "))
		}
		b.WriteByte('\n')
		data := bytes.ReplaceAll(m.Data, []byte("\r\n"), []byte("\n"))
		b.WriteString(escapeText(string(data)))
		if len(data) > 0 && data[len(data)-1] != '\n' {
			b.WriteByte('\n')
		}
	}
	fmt.Fprintf(&b, "==== %s ====\n", diag.Tr(lang, "fin du courrier reçu par --mail-sink", "end of the mail received by --mail-sink"))
	_, err := w.Write(b.Bytes())
	return err
}

// Escape returns s with every control character (C0, DEL, C1, line ends
// included) and every byte of invalid UTF-8 written as \xHH or \u00HH.
func Escape(s string) string { return escape(s, false) }

// escapeText is Escape keeping line feeds and tabs (a message body).
func escapeText(s string) string { return escape(s, true) }

func escape(s string, text bool) string {
	clean := true
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c >= 0x7f {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 16)
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n <= 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case text && (r == '\n' || r == '\t'):
			b.WriteRune(r)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\x%02x`, r)
		case r >= 0x80 && r < 0xa0:
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

// tr is diag.Tr: fr, or en when lang is English.
// count formats "n thing(s)" in the given language: French puts the words
// in the plural from 2, English for every n but 1.
func count(lang string, n int, fr, en string) string {
	words := fr
	several := n > 1
	if diag.English(lang) {
		words, several = en, n != 1
	}
	if several {
		parts := strings.Fields(words)
		for i, p := range parts {
			if p != "received" {
				parts[i] = p + "s"
			}
		}
		words = strings.Join(parts, " ")
	}
	return fmt.Sprintf("%d %s", n, words)
}
