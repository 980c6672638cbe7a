package cli

import (
	"bytes"
	"crypto/tls"
	"crypto/x509"
	"fmt"
	"io"
	"net"
	"os"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/wlangage/wl/stdlib/email/spool"
	"github.com/wlangage/wl/tests/smtptest"
)

// mailFlags are the e-mail options of wl run.
type mailFlags struct {
	relay      string // --smtp-relay
	caFile     string // --smtp-ca
	allowPlain bool   // --smtp-allow-plaintext-auth
	sink       bool   // --mail-sink
}

// mailSetup is what the e-mail functions of the script get from the host.
type mailSetup struct {
	relay      string         // "host:port" every SMTP connection goes to; "" for none
	roots      *x509.CertPool // trusted roots; nil for the system roots
	allowPlain bool
	sink       *mailSink   // the embedded server of --mail-sink, or nil
	spool      *spool.Lazy // the run's spool (asynchronous mode), opened lazily
}

// setupMail validates the e-mail options and starts the mail sink. On
// error it returns the usage message in French and English.
func (e *Env) setupMail(lang string, f mailFlags) (m *mailSetup, fr, en string) {
	m = &mailSetup{relay: f.relay, allowPlain: f.allowPlain}
	if f.sink && f.relay != "" {
		return m, "--mail-sink et --smtp-relay ne vont pas ensemble", "--mail-sink and --smtp-relay cannot be used together"
	}
	if f.relay != "" {
		host, port, err := net.SplitHostPort(f.relay)
		n, perr := strconv.Atoi(port)
		if err != nil || host == "" || perr != nil || n < 1 || n > 65535 {
			return m, fmt.Sprintf("--smtp-relay attend HÔTE:PORT, reçu « %s »", f.relay),
				fmt.Sprintf("--smtp-relay expects HOST:PORT, got %q", f.relay)
		}
	}
	if f.caFile != "" {
		pem, err := os.ReadFile(e.path(f.caFile))
		if err != nil {
			fr, en := fileError(lang, f.caFile, err)
			return m, "--smtp-ca : " + fr, "--smtp-ca: " + en
		}
		pool, err := x509.SystemCertPool()
		if err != nil || pool == nil {
			pool = x509.NewCertPool()
		}
		if !pool.AppendCertsFromPEM(pem) {
			return m, fmt.Sprintf("--smtp-ca : aucun certificat PEM dans « %s »", f.caFile),
				fmt.Sprintf("--smtp-ca: no PEM certificate in %s", f.caFile)
		}
		m.roots = pool
	}
	if f.sink {
		s, err := startMailSink()
		if err != nil {
			return m, "--mail-sink : impossible de démarrer le serveur SMTP local : " + err.Error(),
				"--mail-sink: cannot start the local SMTP server: " + err.Error()
		}
		m.sink = s
		m.relay = s.srv.Addr()
		if m.roots == nil {
			m.roots = x509.NewCertPool()
		}
		m.roots.AddCert(s.ca.Cert)
	}
	return m, "", ""
}

// mailSink is the embedded SMTP server of --mail-sink: plain SMTP on
// 127.0.0.1 offering STARTTLS with certificates made on the fly, for the
// name the script asked for, by a throw-away authority that only this run
// trusts. Nothing is relayed anywhere.
type mailSink struct {
	srv *smtptest.Server
	ca  *smtptest.CA

	mu    sync.Mutex
	certs map[string]*tls.Certificate
}

func startMailSink() (*mailSink, error) {
	ca, err := smtptest.GenerateCA()
	if err != nil {
		return nil, err
	}
	s := &mailSink{ca: ca, certs: map[string]*tls.Certificate{}}
	conf := &tls.Config{MinVersion: tls.VersionTLS12, GetCertificate: s.certificate}
	srv, err := smtptest.Listen(smtptest.Options{TLS: conf, Domain: "wl-mail-sink.localhost", DetectTLS: true})
	if err != nil {
		return nil, err
	}
	s.srv = srv
	return s, nil
}

// certificate issues (once per name) a certificate for the name the client
// asked for with SNI; clients that send no name (IP addresses) get one for
// localhost and 127.0.0.1.
func (s *mailSink) certificate(hello *tls.ClientHelloInfo) (*tls.Certificate, error) {
	name := strings.TrimSuffix(strings.ToLower(hello.ServerName), ".")
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

// close stops the sink without ever blocking wl for long.
//
// smtptest.Server.Close waits for go-smtp's Serve loop, which registers its
// listener only once its goroutine runs: closed before that, the server
// would wait forever. One connection, seen accepted, proves the loop runs.
func (s *mailSink) close() {
	if s.srv.Count("CONNECT") == 0 {
		if c, err := net.DialTimeout("tcp", s.srv.Addr(), time.Second); err == nil {
			s.srv.WaitEvent("CONNECT", time.Second)
			c.Close()
		}
	}
	done := make(chan struct{})
	go func() {
		s.srv.Close()
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(2 * time.Second):
	}
}

// report prints on w, clearly delimited, the messages the sink received.
func (s *mailSink) report(w io.Writer, lang string) {
	// Sessions the runtime closes at the end of the run may still be
	// saying QUIT: give them a moment so that the count is right.
	deadline := time.Now().Add(time.Second)
	for s.srv.Count("CONNECT") > s.srv.Count("DISCONNECT") && time.Now().Before(deadline) {
		time.Sleep(5 * time.Millisecond)
	}
	msgs := s.srv.Messages()
	conns := s.srv.Count("CONNECT")
	var b bytes.Buffer
	label := tr(lang, "==== wl --mail-sink : ", "==== wl --mail-sink: ")
	if len(msgs) == 0 {
		fmt.Fprintf(&b, "%s%s (%s) ====\n", label,
			tr(lang, "aucun message reçu", "no message received"), count(lang, conns, "connexion", "connection"))
		w.Write(b.Bytes())
		return
	}
	fmt.Fprintf(&b, "%s%s (%s) ====\n", label,
		count(lang, len(msgs), "message reçu", "message received"), count(lang, conns, "connexion", "connection"))
	for i, m := range msgs {
		fmt.Fprintf(&b, "---- message %d ----\n", i+1)
		fmt.Fprintf(&b, "MAIL FROM:<%s>\n", m.From)
		for _, to := range m.To {
			fmt.Fprintf(&b, "RCPT TO:<%s>\n", to)
		}
		var notes []string
		if m.TLS {
			notes = append(notes, "TLS")
		}
		if m.Auth != "" {
			notes = append(notes, tr(lang, "authentifié : ", "authenticated: ")+m.Auth)
		}
		if len(notes) > 0 {
			fmt.Fprintf(&b, "(%s)\n", strings.Join(notes, ", "))
		}
		b.WriteByte('\n')
		data := bytes.ReplaceAll(m.Data, []byte("\r\n"), []byte("\n"))
		b.Write(data)
		if len(data) > 0 && data[len(data)-1] != '\n' {
			b.WriteByte('\n')
		}
	}
	fmt.Fprintf(&b, "==== %s ====\n", tr(lang, "fin du courrier reçu par --mail-sink", "end of the mail received by --mail-sink"))
	w.Write(b.Bytes())
}

// count formats "n thing(s)" in the given language: French puts the words
// in the plural from 2, English for every n but 1.
func count(lang string, n int, fr, en string) string {
	words := fr
	several := n > 1
	if lang == "en" {
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
