package smtpx_test

import (
	"bufio"
	"bytes"
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"net"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-smtp"
	"github.com/wlangage/wl/stdlib/email/mailtls"
	"github.com/wlangage/wl/stdlib/email/smtpx"
	"github.com/wlangage/wl/tests/smtptest"
)

// timeout bounds the sessions that are expected to work; the tests that
// expect a timeout set their own short one. Upper bounds on elapsed time are
// generous (seconds) so that a loaded 2-CPU machine running the race
// detector does not make them flaky: what they prove is that nothing hangs.
const timeout = 5 * time.Second

var (
	bg   = context.Background()
	env1 = smtpx.Envelope{From: "alice@example.com", To: []string{"bob@example.com"}}
	msg1 = []byte("From: alice@example.com\r\nTo: bob@example.com\r\nSubject: test\r\n\r\nHello.\r\n")
)

func users() map[string]string { return map[string]string{"alice": "secret"} }

// cfg returns a configuration for srv with the given security.
func cfg(port int, sec mailtls.Security) smtpx.Config {
	return smtpx.Config{Host: "localhost", Port: port, Security: sec, Timeout: timeout}
}

// asError fails the test unless err is an *smtpx.Error of the given kind and op.
func asError(t *testing.T, err error, kind mailtls.Kind, op string) *smtpx.Error {
	t.Helper()
	var e *smtpx.Error
	if !errors.As(err, &e) {
		t.Fatalf("error %v (%T) is not an *smtpx.Error", err, err)
	}
	if e.Kind != kind || e.Op != op {
		t.Fatalf("kind/op = %d/%q, want %d/%q; error: %v (%v)", e.Kind, e.Op, kind, op, e, e.Err)
	}
	return e
}

func mustOpen(t *testing.T, c smtpx.Config) *smtpx.Session {
	t.Helper()
	s, err := smtpx.Open(bg, c)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func sendOK(t *testing.T, s *smtpx.Session) {
	t.Helper()
	if err := s.Send(bg, env1, msg1); err != nil {
		t.Fatalf("Send: %v", err)
	}
}

func closeAndWaitQuit(t *testing.T, s *smtpx.Session, srv *smtptest.Server) {
	t.Helper()
	if err := s.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
	if !srv.WaitQuit(3 * time.Second) {
		t.Fatalf("server saw no QUIT: %v", srv.Events())
	}
}

// eventsBetween returns the events of the server, dropping CONNECT and
// DISCONNECT, for exact comparisons.
func events(srv *smtptest.Server) string {
	var out []string
	for _, e := range srv.Events() {
		if e != "CONNECT" && e != "DISCONNECT" {
			out = append(out, e)
		}
	}
	return strings.Join(out, ", ")
}

func TestPlainSend(t *testing.T) {
	srv := smtptest.Start(t, smtptest.Options{})
	s := mustOpen(t, cfg(srv.Port(), mailtls.Plain))
	if s.TLS() || s.AuthMechanism() != "" {
		t.Fatalf("TLS=%v mech=%q", s.TLS(), s.AuthMechanism())
	}
	if got, want := s.Server(), "localhost:"+strconv.Itoa(srv.Port()); got != want {
		t.Fatalf("Server() = %q, want %q", got, want)
	}
	sendOK(t, s)
	if !strings.Contains(s.LastReply(), "queued") {
		t.Errorf("LastReply = %q", s.LastReply())
	}
	closeAndWaitQuit(t, s, srv)
	if got, want := events(srv), "EHLO localhost, MAIL, RCPT, DATA, QUIT"; got != want {
		t.Errorf("events = %s, want %s", got, want)
	}
	m := srv.Messages()
	if len(m) != 1 || m[0].From != "alice@example.com" || len(m[0].To) != 1 || m[0].To[0] != "bob@example.com" ||
		!bytes.Equal(m[0].Data, msg1) || m[0].TLS || m[0].Auth != "" || m[0].Size != int64(len(msg1)) {
		t.Fatalf("messages = %+v", m)
	}
}

func TestLocalName(t *testing.T) {
	ca := smtptest.NewCA(t)
	srv := smtptest.Start(t, smtptest.Options{TLS: smtptest.ServerTLS(ca.Leaf())})
	c := cfg(srv.Port(), mailtls.StartTLS)
	c.RootCAs, c.LocalName = ca.Pool(), "client.example.org"
	s := mustOpen(t, c)
	closeAndWaitQuit(t, s, srv)
	// Both the clear and the protected EHLO carry the name.
	if got, want := events(srv), "EHLO client.example.org, STARTTLS, EHLO client.example.org, QUIT"; got != want {
		t.Errorf("events = %s, want %s", got, want)
	}
}

func TestStartTLS(t *testing.T) {
	ca := smtptest.NewCA(t)
	srv := smtptest.Start(t, smtptest.Options{TLS: smtptest.ServerTLS(ca.Leaf())})
	c := cfg(srv.Port(), mailtls.StartTLS)
	c.RootCAs = ca.Pool()
	s := mustOpen(t, c)
	if !s.TLS() {
		t.Fatal("TLS() = false")
	}
	sendOK(t, s)
	closeAndWaitQuit(t, s, srv)
	if got, want := events(srv), "EHLO localhost, STARTTLS, EHLO localhost, MAIL, RCPT, DATA, QUIT"; got != want {
		t.Errorf("events = %s, want %s", got, want)
	}
	if m := srv.Messages(); len(m) != 1 || !m[0].TLS {
		t.Fatalf("messages = %+v", m)
	}
}

func TestStartTLSUnknownAuthority(t *testing.T) {
	ca := smtptest.NewCA(t)
	srv := smtptest.Start(t, smtptest.Options{TLS: smtptest.ServerTLS(ca.Leaf()), Users: users()})
	c := cfg(srv.Port(), mailtls.StartTLS)
	c.User, c.Password = "alice", "secret"
	_, err := smtpx.Open(bg, c)
	e := asError(t, err, mailtls.KindCertificate, "tls")
	want := "Certificat du serveur SMTP localhost:" + strconv.Itoa(srv.Port()) + " non valide : il est signé par une autorité de certification inconnue"
	if e.Error() != want {
		t.Errorf("message = %q, want %q", e.Error(), want)
	}
	wantEN := "Invalid certificate for SMTP server localhost:" + strconv.Itoa(srv.Port()) + ": it is signed by an unknown certificate authority"
	if e.Message("en") != wantEN {
		t.Errorf("message = %q, want %q", e.Message("en"), wantEN)
	}
	srv.WaitDisconnect(3 * time.Second)
	if srv.Saw("AUTH") || srv.Saw("MAIL") || srv.Count("EHLO localhost") != 1 {
		t.Errorf("server events after a refused certificate: %v", srv.Events())
	}

	c.Ignore = mailtls.IgnoreInvalidCert
	s := mustOpen(t, c)
	if s.AuthMechanism() != "PLAIN" {
		t.Errorf("AuthMechanism = %q", s.AuthMechanism())
	}
	sendOK(t, s)
}

func TestCertificateFlags(t *testing.T) {
	ca := smtptest.NewCA(t)
	other := smtptest.NewCA(t)
	cases := []struct {
		name   string
		cert   tls.Certificate
		roots  *smtptest.CA
		ignore mailtls.Ignore
		ok     bool
		reason string // part of the French message
	}{
		{"good", ca.Leaf(), ca, 0, true, ""},
		{"good+all flags", ca.Leaf(), ca, mailtls.IgnoreInvalidCert | mailtls.IgnoreWrongName | mailtls.IgnoreExpired | mailtls.IgnoreRevocation, true, ""},
		{"wrong name", ca.WrongNameLeaf(), ca, 0, false, "il n'est pas valide pour le nom « localhost » (noms du certificat : wrong.example)"},
		{"wrong name, IgnoreWrongName", ca.WrongNameLeaf(), ca, mailtls.IgnoreWrongName, true, ""},
		{"wrong name, IgnoreInvalidCert", ca.WrongNameLeaf(), ca, mailtls.IgnoreInvalidCert, false, "pas valide pour le nom"},
		{"wrong name, IgnoreExpired", ca.WrongNameLeaf(), ca, mailtls.IgnoreExpired, false, "pas valide pour le nom"},
		{"expired", ca.ExpiredLeaf(), ca, 0, false, "il a expiré le 02/01/2000 00:00 UTC"},
		{"expired, IgnoreExpired", ca.ExpiredLeaf(), ca, mailtls.IgnoreExpired, true, ""},
		{"expired, IgnoreWrongName", ca.ExpiredLeaf(), ca, mailtls.IgnoreWrongName, false, "il a expiré le "},
		{"expired, IgnoreRevocation", ca.ExpiredLeaf(), ca, mailtls.IgnoreRevocation, false, "il a expiré le "},
		{"expired untrusted, IgnoreInvalidCert", other.ExpiredLeaf(), ca, mailtls.IgnoreInvalidCert, false, "il a expiré le "},
		{"expired untrusted, IgnoreInvalidCert+IgnoreExpired", other.ExpiredLeaf(), ca, mailtls.IgnoreInvalidCert | mailtls.IgnoreExpired, true, ""},
		{"untrusted, IgnoreWrongName", other.Leaf(), ca, mailtls.IgnoreWrongName, false, "autorité de certification inconnue"},
		{"untrusted, IgnoreExpired", other.Leaf(), ca, mailtls.IgnoreExpired, false, "autorité de certification inconnue"},
		{"untrusted, IgnoreRevocation", other.Leaf(), ca, mailtls.IgnoreRevocation, false, "autorité de certification inconnue"},
		{"expired wrong name, IgnoreExpired", ca.ExpiredLeaf("wrong.example"), ca, mailtls.IgnoreExpired, false, "pas valide pour le nom"},
		{"expired wrong name, both", ca.ExpiredLeaf("wrong.example"), ca, mailtls.IgnoreExpired | mailtls.IgnoreWrongName, true, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			for _, implicit := range []bool{false, true} {
				srv := smtptest.Start(t, smtptest.Options{TLS: smtptest.ServerTLS(tc.cert), ImplicitTLS: implicit})
				sec := mailtls.StartTLS
				if implicit {
					sec = mailtls.ImplicitTLS
				}
				c := cfg(srv.Port(), sec)
				c.RootCAs, c.Ignore = tc.roots.Pool(), tc.ignore
				s, err := smtpx.Open(bg, c)
				if tc.ok {
					if err != nil {
						t.Fatalf("implicit=%v: %v", implicit, err)
					}
					sendOK(t, s)
					s.Close()
					continue
				}
				e := asError(t, err, mailtls.KindCertificate, "tls")
				if !strings.Contains(e.Error(), tc.reason) || !strings.HasPrefix(e.Error(), "Certificat du serveur SMTP localhost:") {
					t.Errorf("implicit=%v: message %q lacks %q", implicit, e.Error(), tc.reason)
				}
			}
		})
	}
}

func TestImplicitTLS(t *testing.T) {
	ca := smtptest.NewCA(t)
	srv := smtptest.Start(t, smtptest.Options{TLS: smtptest.ServerTLS(ca.Leaf()), ImplicitTLS: true, Users: users()})
	c := cfg(srv.Port(), mailtls.ImplicitTLS)
	c.Host = "127.0.0.1"
	c.RootCAs, c.User, c.Password = ca.Pool(), "alice", "secret"
	s := mustOpen(t, c)
	sendOK(t, s)
	closeAndWaitQuit(t, s, srv)
	if got, want := events(srv), "TLS, EHLO localhost, AUTH PLAIN, AUTH OK alice, MAIL, RCPT, DATA, QUIT"; got != want {
		t.Errorf("events = %s, want %s", got, want)
	}
	if m := srv.Messages(); len(m) != 1 || !m[0].TLS || m[0].Auth != "alice" {
		t.Fatalf("messages = %+v", m)
	}
}

func TestImplicitTLSAgainstPlainServer(t *testing.T) {
	srv := smtptest.Start(t, smtptest.Options{})
	c := cfg(srv.Port(), mailtls.ImplicitTLS)
	_, err := smtpx.Open(bg, c)
	e := asError(t, err, mailtls.KindTLS, "tls")
	want := "Échec de la négociation TLS avec le serveur SMTP localhost:" + strconv.Itoa(srv.Port()) +
		" : le serveur ne parle pas TLS sur ce port (emailProtocoleSMTPS plutôt que optionTLS ?)"
	if e.Error() != want {
		t.Errorf("message = %q\nwant      %q", e.Error(), want)
	}
}

func TestAuth(t *testing.T) {
	ca := smtptest.NewCA(t)
	for _, mech := range []string{"PLAIN", "LOGIN", "XOAUTH2"} {
		for _, good := range []bool{true, false} {
			t.Run(fmt.Sprintf("%s/good=%v", mech, good), func(t *testing.T) {
				srv := smtptest.Start(t, smtptest.Options{TLS: smtptest.ServerTLS(ca.Leaf()), Users: users(), Mechanisms: []string{mech}})
				c := cfg(srv.Port(), mailtls.StartTLS)
				c.RootCAs, c.User = ca.Pool(), "alice"
				secret := "secret"
				if !good {
					secret = "wrong"
				}
				if mech == "XOAUTH2" {
					c.Token = secret
				} else {
					c.Password = secret
				}
				s, err := smtpx.Open(bg, c)
				if good {
					if err != nil {
						t.Fatal(err)
					}
					if s.AuthMechanism() != mech {
						t.Errorf("AuthMechanism = %q", s.AuthMechanism())
					}
					sendOK(t, s)
					closeAndWaitQuit(t, s, srv)
					if m := srv.Messages(); len(m) != 1 || m[0].Auth != "alice" {
						t.Fatalf("messages = %+v", m)
					}
					if !srv.Saw("AUTH "+mech) || !srv.Saw("AUTH OK alice") {
						t.Errorf("events = %v", srv.Events())
					}
					return
				}
				e := asError(t, err, mailtls.KindReply, "auth")
				if e.Code != 535 || e.Enhanced != [3]int{5, 7, 8} || e.Temporary || e.Address != "alice" {
					t.Errorf("error = %+v", e)
				}
				want := "Le serveur SMTP localhost:" + strconv.Itoa(srv.Port()) +
					" a refusé l'authentification de alice : 535 5.7.8 Authentication failed (erreur permanente)"
				if e.Error() != want {
					t.Errorf("message = %q\nwant      %q", e.Error(), want)
				}
				if !srv.WaitQuit(3*time.Second) || !srv.Saw("AUTH FAILED alice") || srv.Saw("MAIL") {
					t.Errorf("events = %v", srv.Events())
				}
			})
		}
	}
}

func TestAuthPreference(t *testing.T) {
	ca := smtptest.NewCA(t)
	srv := smtptest.Start(t, smtptest.Options{TLS: smtptest.ServerTLS(ca.Leaf()), Users: users(), Mechanisms: []string{"LOGIN", "PLAIN", "XOAUTH2"}})
	c := cfg(srv.Port(), mailtls.StartTLS)
	c.RootCAs, c.User, c.Password = ca.Pool(), "alice", "secret"
	if s := mustOpen(t, c); s.AuthMechanism() != "PLAIN" {
		t.Errorf("password: AuthMechanism = %q, want PLAIN", s.AuthMechanism())
	}
	c.Password, c.Token = "", "secret"
	if s := mustOpen(t, c); s.AuthMechanism() != "XOAUTH2" {
		t.Errorf("token: AuthMechanism = %q, want XOAUTH2", s.AuthMechanism())
	}
}

func TestLoginLenientPrompts(t *testing.T) {
	ca := smtptest.NewCA(t)
	for _, p := range [][2]string{{"username:", "password:"}, {"USER NAME", "PASSWORD"}, {"Who are you?", "Secret?"}, {"", ""}} {
		t.Run(p[0], func(t *testing.T) {
			if p == [2]string{"", ""} {
				p = [2]string{" ", " "} // empty challenges: order decides
			}
			srv := smtptest.Start(t, smtptest.Options{TLS: smtptest.ServerTLS(ca.Leaf()), Users: users(), Mechanisms: []string{"LOGIN"}, LoginPrompts: p})
			c := cfg(srv.Port(), mailtls.StartTLS)
			c.RootCAs, c.User, c.Password = ca.Pool(), "alice", "secret"
			s := mustOpen(t, c)
			sendOK(t, s)
			if m := srv.Messages(); len(m) != 1 || m[0].Auth != "alice" {
				t.Fatalf("messages = %+v", m)
			}
		})
	}
}

func TestNoUsableMechanismFallsBackUnauthenticated(t *testing.T) {
	ca := smtptest.NewCA(t)
	for _, o := range []smtptest.Options{
		{TLS: smtptest.ServerTLS(ca.Leaf())},                                                   // no AUTH at all
		{TLS: smtptest.ServerTLS(ca.Leaf()), Users: users(), Mechanisms: []string{"CRAM-MD5"}}, // nothing usable
	} {
		srv := smtptest.Start(t, o)
		c := cfg(srv.Port(), mailtls.StartTLS)
		c.RootCAs, c.User, c.Password = ca.Pool(), "alice", "secret"
		s := mustOpen(t, c)
		if s.AuthMechanism() != "" {
			t.Errorf("AuthMechanism = %q", s.AuthMechanism())
		}
		sendOK(t, s)
		if srv.Saw("AUTH") {
			t.Errorf("events = %v", srv.Events())
		}
	}
}

func TestPlaintextAuthRefusedToNonLoopback(t *testing.T) {
	srv := smtptest.Start(t, smtptest.Options{Users: users(), AllowInsecureAuth: true})
	var d net.Dialer
	toLoopback := func(ctx context.Context, network, _ string) (net.Conn, error) {
		return d.DialContext(ctx, network, srv.Addr())
	}
	base := smtpx.Config{Host: "mail.example.com", Port: 25, Security: mailtls.Plain, User: "alice", Password: "secret", Timeout: timeout}
	variants := map[string]func(*smtpx.Config){
		"custom dial": func(c *smtpx.Config) { c.Dial = toLoopback },
		"relay":       func(c *smtpx.Config) { c.Relay = srv.Addr() },
		"token":       func(c *smtpx.Config) { c.Dial, c.Password, c.Token = toLoopback, "", "tok" },
	}
	for name, f := range variants {
		c := base
		f(&c)
		_, err := smtpx.Open(bg, c)
		e := asError(t, err, mailtls.KindInsecureAuth, "auth")
		want := "Authentification refusée : la connexion au serveur SMTP mail.example.com:25 n'est pas chiffrée ; utilisez emailProtocoleSMTPS (STARTTLS) ou optionTLS pour envoyer un mot de passe, ou autorisez-le explicitement (wl run --smtp-allow-plaintext-auth)"
		if e.Error() != want {
			t.Errorf("%s: message = %q\nwant %q", name, e.Error(), want)
		}
		wantEN := "Authentication refused: the connection to SMTP server mail.example.com:25 is not encrypted; use emailProtocoleSMTPS (STARTTLS) or optionTLS to send a password, or allow it explicitly (wl run --smtp-allow-plaintext-auth)"
		if e.Message("en") != wantEN {
			t.Errorf("%s: message = %q", name, e.Message("en"))
		}
	}
	time.Sleep(50 * time.Millisecond)
	if ev := srv.Events(); len(ev) != 0 {
		t.Fatalf("the server was contacted: %v", ev)
	}

	// Loopback named as such: allowed. Explicit opt-in: allowed.
	for name, c := range map[string]smtpx.Config{
		"loopback": {Host: "127.0.0.1", Port: srv.Port(), User: "alice", Password: "secret", Timeout: timeout},
		"opt-in":   {Host: "mail.example.com", Relay: srv.Addr(), User: "alice", Password: "secret", Timeout: timeout, AllowPlaintextAuth: true},
	} {
		s, err := smtpx.Open(bg, c)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if s.AuthMechanism() != "PLAIN" {
			t.Errorf("%s: AuthMechanism = %q", name, s.AuthMechanism())
		}
		s.Close()
	}
	// A loopback Host with a non-loopback relay is still refused.
	_, err := smtpx.Open(bg, smtpx.Config{Host: "localhost", Relay: "192.0.2.1:25", User: "alice", Password: "secret", Timeout: timeout})
	asError(t, err, mailtls.KindInsecureAuth, "auth")
}

func TestStartTLSRequiredButNotOffered(t *testing.T) {
	// The server offers AUTH in clear: tempting, but STARTTLS is mandatory.
	srv := smtptest.Start(t, smtptest.Options{Users: users(), AllowInsecureAuth: true})
	c := cfg(srv.Port(), mailtls.StartTLS)
	c.Host = "127.0.0.1"
	c.User, c.Password = "alice", "secret"
	_, err := smtpx.Open(bg, c)
	e := asError(t, err, mailtls.KindNoStartTLS, "tls")
	want := "Le serveur SMTP 127.0.0.1:" + strconv.Itoa(srv.Port()) + " ne propose pas STARTTLS (emailProtocoleSMTPS) : session abandonnée, aucun identifiant n'a été envoyé"
	if e.Error() != want {
		t.Errorf("message = %q\nwant      %q", e.Error(), want)
	}
	srv.WaitDisconnect(3 * time.Second)
	if got := events(srv); got != "EHLO localhost" {
		t.Errorf("events = %s", got)
	}
}

func TestRcptRefused(t *testing.T) {
	srv := smtptest.Start(t, smtptest.Options{RejectRcpt: map[string]*smtp.SMTPError{
		"x@y":    {Code: 550, EnhancedCode: smtp.EnhancedCode{5, 1, 1}, Message: "User unknown"},
		"busy@y": {Code: 450, EnhancedCode: smtp.EnhancedCode{4, 2, 1}, Message: "Mailbox busy"},
	}})
	c := cfg(srv.Port(), mailtls.Plain)
	c.Host = "127.0.0.1"
	s := mustOpen(t, c)
	server := "127.0.0.1:" + strconv.Itoa(srv.Port())

	// One refused recipient.
	err := s.Send(bg, smtpx.Envelope{From: "a@b", To: []string{"x@y"}}, msg1)
	e := asError(t, err, mailtls.KindReply, "rcpt")
	if e.Code != 550 || e.Enhanced != [3]int{5, 1, 1} || e.Temporary || e.Address != "x@y" || len(e.Recipients) != 1 || e.Server != server {
		t.Errorf("error = %+v", e)
	}
	if want := "Le serveur SMTP " + server + " a refusé le destinataire <x@y> : 550 5.1.1 User unknown (erreur permanente)"; e.Error() != want {
		t.Errorf("FR = %q\nwant %q", e.Error(), want)
	}
	if want := "SMTP server " + server + " rejected the recipient <x@y>: 550 5.1.1 User unknown (permanent error)"; e.Message("en") != want {
		t.Errorf("EN = %q\nwant %q", e.Message("en"), want)
	}
	var se *smtp.SMTPError
	if !errors.As(err, &se) || se.Code != 550 {
		t.Errorf("Unwrap does not reach the SMTP error: %v", e.Err)
	}

	// A temporary refusal among accepted recipients: nothing is sent.
	err = s.Send(bg, smtpx.Envelope{From: "a@b", To: []string{"ok@y", "busy@y"}}, msg1)
	e = asError(t, err, mailtls.KindReply, "rcpt")
	if e.Code != 450 || e.Enhanced != [3]int{4, 2, 1} || !e.Temporary {
		t.Errorf("error = %+v", e)
	}
	if want := "Le serveur SMTP " + server + " a refusé le destinataire <busy@y> : 450 4.2.1 Mailbox busy (erreur temporaire) ; le message n'a été envoyé à aucun destinataire"; e.Error() != want {
		t.Errorf("FR = %q\nwant %q", e.Error(), want)
	}

	// Two refusals, one permanent: not temporary, both listed.
	err = s.Send(bg, smtpx.Envelope{From: "a@b", To: []string{"busy@y", "ok@y", "x@y"}}, msg1)
	e = asError(t, err, mailtls.KindReply, "rcpt")
	if e.Temporary || len(e.Recipients) != 2 || e.Recipients[0].Address != "busy@y" || !e.Recipients[0].Temporary ||
		e.Recipients[1].Address != "x@y" || e.Recipients[1].Code != 550 {
		t.Errorf("error = %+v", e)
	}
	if want := "SMTP server " + server + " rejected 2 recipients: <busy@y>: 450 4.2.1 Mailbox busy (temporary error) ; <x@y>: 550 5.1.1 User unknown (permanent error); the message was sent to no recipient"; e.Message("en") != want {
		t.Errorf("EN = %q\nwant %q", e.Message("en"), want)
	}

	// The session is still usable.
	sendOK(t, s)
	closeAndWaitQuit(t, s, srv)
	if m := srv.Messages(); len(m) != 1 || m[0].From != "alice@example.com" {
		t.Fatalf("messages = %+v", m)
	}
	if got, want := srv.Count("RSET"), 3; got != want {
		t.Errorf("RSET count = %d, want %d; events %v", got, want, srv.Events())
	}
	if got := events(srv); !strings.HasPrefix(got, "EHLO localhost, MAIL, RCPT, RSET, EHLO localhost, MAIL, RCPT, RCPT, RSET") {
		t.Errorf("events = %s", got)
	}
}

func TestMailAndDataRefused(t *testing.T) {
	srv := smtptest.Start(t, smtptest.Options{RejectMail: &smtp.SMTPError{Code: 553, EnhancedCode: smtp.EnhancedCode{5, 7, 1}, Message: "Sender not allowed"}})
	s := mustOpen(t, cfg(srv.Port(), mailtls.Plain))
	err := s.Send(bg, env1, msg1)
	e := asError(t, err, mailtls.KindReply, "mail")
	if want := "Le serveur SMTP localhost:" + strconv.Itoa(srv.Port()) + " a refusé l'expéditeur <alice@example.com> : 553 5.7.1 Sender not allowed (erreur permanente)"; e.Error() != want {
		t.Errorf("FR = %q\nwant %q", e.Error(), want)
	}
	closeAndWaitQuit(t, s, srv)
	// MAIL and RCPT are pipelined (the server offers PIPELINING): the RCPT
	// is refused in turn, nothing more is sent, RSET follows; go-smtp says
	// EHLO again after RSET.
	if got := events(srv); got != "EHLO localhost, MAIL, RCPT, RSET, EHLO localhost, QUIT" {
		t.Errorf("events = %s", got)
	}

	srv = smtptest.Start(t, smtptest.Options{RejectData: &smtp.SMTPError{Code: 554, EnhancedCode: smtp.EnhancedCode{5, 6, 0}, Message: "Content rejected"}})
	s = mustOpen(t, cfg(srv.Port(), mailtls.Plain))
	err = s.Send(bg, env1, msg1)
	e = asError(t, err, mailtls.KindReply, "data")
	if want := "SMTP server localhost:" + strconv.Itoa(srv.Port()) + " rejected the message: 554 5.6.0 Content rejected (permanent error)"; e.Message("en") != want {
		t.Errorf("EN = %q\nwant %q", e.Message("en"), want)
	}
	sendOKAfterReject := s.Send(bg, env1, msg1)
	if sendOKAfterReject == nil {
		t.Errorf("second send should be refused too")
	}
	closeAndWaitQuit(t, s, srv)
}

func TestGreetingRefused(t *testing.T) {
	h := smtptest.NewHostile(t, func(h *smtptest.Hostile, c net.Conn) {
		c.Write([]byte("554-5.3.2 No service\r\n554 5.3.2 go away\r\n"))
		<-h.Done()
	})
	c := cfg(h.Port(), mailtls.Plain)
	_, err := smtpx.Open(bg, c)
	e := asError(t, err, mailtls.KindReply, "connect")
	if e.Code != 554 || e.Enhanced != [3]int{5, 3, 2} {
		t.Errorf("error = %+v", e)
	}
	if want := "Le serveur SMTP localhost:" + strconv.Itoa(h.Port()) + " a refusé la connexion : 554 5.3.2 No service go away (erreur permanente)"; e.Error() != want {
		t.Errorf("FR = %q\nwant %q", e.Error(), want)
	}
	// Same through the STARTTLS preamble, which smtpx runs itself.
	c.Security = mailtls.StartTLS
	_, err = smtpx.Open(bg, c)
	e = asError(t, err, mailtls.KindReply, "connect")
	if e.Code != 554 || e.Enhanced != [3]int{5, 3, 2} {
		t.Errorf("error = %+v", e)
	}
}

func TestConnectRefused(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := ln.Addr().(*net.TCPAddr).Port
	ln.Close()
	c := cfg(port, mailtls.Plain)
	c.Host = "127.0.0.1"
	_, err = smtpx.Open(bg, c)
	e := asError(t, err, mailtls.KindConnect, "connect")
	if want := "Impossible de se connecter au serveur SMTP 127.0.0.1:" + strconv.Itoa(port) + " : connexion refusée"; e.Error() != want {
		t.Errorf("FR = %q\nwant %q", e.Error(), want)
	}
	if want := "Cannot connect to SMTP server 127.0.0.1:" + strconv.Itoa(port) + ": connection refused"; e.Message("en") != want {
		t.Errorf("EN = %q\nwant %q", e.Message("en"), want)
	}
	if !e.Temporary {
		t.Error("a refused connection should be temporary")
	}
}

func TestDialTimeout(t *testing.T) {
	c := smtpx.Config{Host: "smtp.example.com", Port: 25, Timeout: 200 * time.Millisecond,
		Dial: func(ctx context.Context, _, _ string) (net.Conn, error) { <-ctx.Done(); return nil, ctx.Err() }}
	start := time.Now()
	_, err := smtpx.Open(bg, c)
	if d := time.Since(start); d > 3*time.Second {
		t.Errorf("Open took %v", d)
	}
	e := asError(t, err, mailtls.KindTimeout, "connect")
	if want := "Délai dépassé (200 ms) lors de la connexion au serveur SMTP smtp.example.com:25"; e.Error() != want {
		t.Errorf("FR = %q\nwant %q", e.Error(), want)
	}
}

func TestSilentServer(t *testing.T) {
	h := smtptest.SilentListener(t)
	for _, sec := range []mailtls.Security{mailtls.Plain, mailtls.StartTLS, mailtls.ImplicitTLS} {
		c := cfg(h.Port(), sec)
		c.Host, c.Timeout = "127.0.0.1", 300*time.Millisecond
		start := time.Now()
		_, err := smtpx.Open(bg, c)
		if d := time.Since(start); d > 3*time.Second {
			t.Errorf("%v: Open took %v", sec, d)
		}
		op := "connect"
		if sec == mailtls.ImplicitTLS {
			op = "tls"
		}
		e := asError(t, err, mailtls.KindTimeout, op)
		if !e.Temporary || e.Timeout != 300*time.Millisecond {
			t.Errorf("%v: error = %+v", sec, e)
		}
		if sec == mailtls.Plain {
			want := "Délai dépassé (300 ms) en attendant la réponse du serveur SMTP 127.0.0.1:" + strconv.Itoa(h.Port()) + " (étape connexion)"
			if e.Error() != want {
				t.Errorf("FR = %q\nwant %q", e.Error(), want)
			}
			want = "Timed out (300 ms) waiting for the reply of SMTP server 127.0.0.1:" + strconv.Itoa(h.Port()) + " (connect step)"
			if e.Message("en") != want {
				t.Errorf("EN = %q\nwant %q", e.Message("en"), want)
			}
		}
	}
	if h.Accepted() != 3 {
		t.Errorf("accepted %d connections", h.Accepted())
	}
}

func bigMessage(n int) []byte {
	line := []byte(strings.Repeat("x", 76) + "\r\n")
	b := make([]byte, 0, n+len(line))
	b = append(b, "Subject: big\r\n\r\n"...)
	for len(b) < n {
		b = append(b, line...)
	}
	return b
}

// smallBufferDial dials with a small socket send buffer, so that writes to a
// server that stopped reading block after kilobytes rather than megabytes
// (which, under the race detector and load, take seconds of CPU to produce).
func smallBufferDial(ctx context.Context, network, addr string) (net.Conn, error) {
	var d net.Dialer
	c, err := d.DialContext(ctx, network, addr)
	if tc, ok := c.(*net.TCPConn); ok {
		tc.SetWriteBuffer(16 << 10)
	}
	return c, err
}

func TestStallDuringData(t *testing.T) {
	h := smtptest.StallDuringData(t)
	c := cfg(h.Port(), mailtls.Plain)
	c.Timeout, c.Dial = 500*time.Millisecond, smallBufferDial
	s, err := smtpx.Open(bg, c)
	if err != nil {
		t.Fatal(err)
	}
	big := bigMessage(24 << 20)
	start := time.Now()
	err = s.Send(bg, env1, big)
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("Send took %v", d)
	}
	e := asError(t, err, mailtls.KindTimeout, "data")
	if want := "Délai dépassé (500 ms) lors de l'envoi de données au serveur SMTP localhost:" + strconv.Itoa(h.Port()) + " (étape DATA)"; e.Error() != want {
		t.Errorf("FR = %q\nwant %q", e.Error(), want)
	}
	start = time.Now()
	if err := s.Close(); err != nil {
		t.Errorf("Close: %v", err)
	}
	if d := time.Since(start); d > time.Second {
		t.Errorf("Close took %v (it should not wait for QUIT)", d)
	}
	err = s.Send(bg, env1, msg1)
	asError(t, err, mailtls.KindClosed, "mail")
}

func TestStallAfterData(t *testing.T) {
	h := smtptest.StallAfterData(t)
	c := cfg(h.Port(), mailtls.Plain)
	c.Timeout = 300 * time.Millisecond
	s := mustOpen(t, c)
	start := time.Now()
	err := s.Send(bg, env1, msg1)
	if d := time.Since(start); d > 3*time.Second {
		t.Errorf("Send took %v", d)
	}
	e := asError(t, err, mailtls.KindTimeout, "data")
	if want := "Timed out (300 ms) waiting for the reply of SMTP server localhost:" + strconv.Itoa(h.Port()) + " (DATA step)"; e.Message("en") != want {
		t.Errorf("EN = %q\nwant %q", e.Message("en"), want)
	}
	// The broken session reports it.
	err = s.Send(bg, env1, msg1)
	e = asError(t, err, mailtls.KindClosed, "mail")
	if want := "La session SMTP avec le serveur localhost:" + strconv.Itoa(h.Port()) + " a été interrompue par une erreur précédente ; ouvrez une nouvelle session"; e.Error() != want {
		t.Errorf("FR = %q", e.Error())
	}
}

func TestContextCancel(t *testing.T) {
	t.Run("open", func(t *testing.T) {
		h := smtptest.SilentListener(t)
		c := cfg(h.Port(), mailtls.Plain)
		c.Timeout = 10 * time.Second
		ctx, cancel := context.WithCancel(bg)
		time.AfterFunc(100*time.Millisecond, cancel)
		start := time.Now()
		_, err := smtpx.Open(ctx, c)
		if d := time.Since(start); d > 3*time.Second {
			t.Errorf("Open took %v", d)
		}
		asError(t, err, mailtls.KindCanceled, "connect")
		if !errors.Is(err, context.Canceled) {
			t.Errorf("errors.Is(err, context.Canceled) = false: %v", err)
		}
	})
	t.Run("already cancelled", func(t *testing.T) {
		srv := smtptest.Start(t, smtptest.Options{})
		ctx, cancel := context.WithCancel(bg)
		cancel()
		_, err := smtpx.Open(ctx, cfg(srv.Port(), mailtls.Plain))
		asError(t, err, mailtls.KindCanceled, "connect")
		s := mustOpen(t, cfg(srv.Port(), mailtls.Plain))
		asError(t, s.Send(ctx, env1, msg1), mailtls.KindCanceled, "mail")
		time.Sleep(20 * time.Millisecond)
		if srv.Saw("MAIL") {
			t.Error("MAIL sent with a cancelled context")
		}
	})
	t.Run("send", func(t *testing.T) {
		h := smtptest.StallDuringData(t)
		c := cfg(h.Port(), mailtls.Plain)
		c.Timeout, c.Dial = 10*time.Second, smallBufferDial
		s := mustOpen(t, c)
		big := bigMessage(24 << 20)
		ctx, cancel := context.WithCancelCause(bg)
		defer cancel(nil)
		cancelled := make(chan time.Time, 1)
		go func() {
			// Cancel once the server has answered DATA (the body is being written).
			for !slices.Contains(h.Events(), "DATA") {
				time.Sleep(5 * time.Millisecond)
			}
			time.Sleep(50 * time.Millisecond)
			cancelled <- time.Now()
			cancel(nil)
		}()
		err := s.Send(ctx, env1, big)
		if d := time.Since(<-cancelled); d > 3*time.Second {
			t.Errorf("Send returned %v after the cancellation", d)
		}
		e := asError(t, err, mailtls.KindCanceled, "data")
		if !errors.Is(err, context.Canceled) {
			t.Errorf("not Canceled: %v", err)
		}
		if want := "Operation cancelled with SMTP server localhost:" + strconv.Itoa(h.Port()) + " (DATA step)"; e.Message("en") != want {
			t.Errorf("EN = %q", e.Message("en"))
		}
	})
}

func TestManyMessagesOneSession(t *testing.T) {
	ca := smtptest.NewCA(t)
	srv := smtptest.Start(t, smtptest.Options{TLS: smtptest.ServerTLS(ca.Leaf()), Users: users()})
	c := cfg(srv.Port(), mailtls.StartTLS)
	c.RootCAs, c.User, c.Password = ca.Pool(), "alice", "secret"
	s := mustOpen(t, c)
	const n = 25
	for i := range n {
		body := fmt.Sprintf("Subject: %d\r\n\r\nmessage %d\r\n", i, i)
		if err := s.Send(bg, smtpx.Envelope{From: "a@b", To: []string{fmt.Sprintf("r%d@x", i), "cc@x"}}, []byte(body)); err != nil {
			t.Fatalf("message %d: %v", i, err)
		}
	}
	closeAndWaitQuit(t, s, srv)
	m := srv.Messages()
	if len(m) != n {
		t.Fatalf("%d messages", len(m))
	}
	for i, msg := range m {
		if msg.To[0] != fmt.Sprintf("r%d@x", i) || !strings.Contains(string(msg.Data), fmt.Sprintf("message %d", i)) || msg.Auth != "alice" {
			t.Errorf("message %d = %+v", i, msg)
		}
	}
	if srv.Count("CONNECT") != 1 || srv.Count("AUTH OK alice") != 1 || srv.Count("RSET") != 0 {
		t.Errorf("events = %v", srv.Events())
	}
}

func TestConcurrentSendsAreSerialised(t *testing.T) {
	srv := smtptest.Start(t, smtptest.Options{})
	s := mustOpen(t, cfg(srv.Port(), mailtls.Plain))
	errs := make(chan error, 8)
	for range 8 {
		go func() { errs <- s.Send(bg, env1, msg1) }()
	}
	for range 8 {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
	if len(srv.Messages()) != 8 {
		t.Errorf("%d messages", len(srv.Messages()))
	}
}

func TestLoneCRNormalised(t *testing.T) {
	srv := smtptest.Start(t, smtptest.Options{})
	s := mustOpen(t, cfg(srv.Port(), mailtls.Plain))
	// Smuggling attempt: a lone CR before and after a dot.
	raw := []byte("Subject: x\n\nhello\r.\r\nMAIL FROM:<evil@x>\rRCPT TO:<victim@x>\nDATA\r\n.\nend")
	if err := s.Send(bg, env1, raw); err != nil {
		t.Fatal(err)
	}
	closeAndWaitQuit(t, s, srv)
	m := srv.Messages()
	if len(m) != 1 {
		t.Fatalf("%d messages: %+v", len(m), m)
	}
	want := "Subject: x\r\n\r\nhello\r\n.\r\nMAIL FROM:<evil@x>\r\nRCPT TO:<victim@x>\r\nDATA\r\n.\r\nend\r\n"
	if string(m[0].Data) != want {
		t.Errorf("data = %q\nwant   %q", m[0].Data, want)
	}
	if srv.Count("MAIL") != 1 {
		t.Errorf("events = %v", srv.Events())
	}
}

func TestAddressInjectionRefused(t *testing.T) {
	srv := smtptest.Start(t, smtptest.Options{})
	s := mustOpen(t, cfg(srv.Port(), mailtls.Plain))
	cases := []struct {
		env       smtpx.Envelope
		op, char  string
		wantFR    string
		wantEnSub string
	}{
		{smtpx.Envelope{From: "a@b\r\nRCPT TO:<evil@x>", To: []string{"c@d"}}, "mail", "CR",
			`Adresse de l'expéditeur invalide "a@b\r\nRCPT TO:<evil@x>" : elle contient un retour chariot (CR) ; rien n'a été envoyé`, "Invalid sender address"},
		{smtpx.Envelope{From: "a@b", To: []string{"c@d", "e@f\nDATA"}}, "rcpt", "LF",
			`Adresse du destinataire invalide "e@f\nDATA" : elle contient un saut de ligne (LF) ; rien n'a été envoyé`, "a line feed (LF)"},
		{smtpx.Envelope{From: "a@b", To: []string{"c\x00@d"}}, "rcpt", "NUL",
			`Adresse du destinataire invalide "c\x00@d" : elle contient un caractère nul (NUL) ; rien n'a été envoyé`, "a NUL character"},
		{smtpx.Envelope{From: "a@b> SIZE=1", To: []string{"c@d"}}, "mail", ">",
			`Adresse de l'expéditeur invalide "a@b> SIZE=1" : elle contient un chevron (>) ; rien n'a été envoyé`, "an angle bracket (>)"},
		{smtpx.Envelope{From: "a@b"}, "rcpt", "", "Aucun destinataire : rien n'a été envoyé", "No recipient"},
	}
	for _, tc := range cases {
		e := asError(t, s.Send(bg, tc.env, msg1), mailtls.KindInvalid, tc.op)
		if e.Detail != tc.char || e.Error() != tc.wantFR || !strings.Contains(e.Message("en"), tc.wantEnSub) {
			t.Errorf("error = %+v\nFR %q\nEN %q", e, e.Error(), e.Message("en"))
		}
	}
	closeAndWaitQuit(t, s, srv)
	if got := events(srv); got != "EHLO localhost, QUIT" {
		t.Errorf("events = %s", got)
	}
}

func TestSMTPUTF8(t *testing.T) {
	srv := smtptest.Start(t, smtptest.Options{})
	s := mustOpen(t, cfg(srv.Port(), mailtls.Plain))
	if err := s.Send(bg, smtpx.Envelope{From: "a@b", To: []string{"josé@exemple.fr"}}, msg1); err != nil {
		t.Fatal(err)
	}
	if m := srv.Messages(); len(m) != 1 || !m[0].UTF8 || m[0].To[0] != "josé@exemple.fr" {
		t.Fatalf("messages = %+v", m)
	}
	if err := s.Send(bg, env1, msg1); err != nil {
		t.Fatal(err)
	}
	if m := srv.Messages(); len(m) != 2 || m[1].UTF8 {
		t.Fatalf("an ASCII message asked for SMTPUTF8: %+v", m[1])
	}

	srv = smtptest.Start(t, smtptest.Options{NoSMTPUTF8: true})
	s = mustOpen(t, cfg(srv.Port(), mailtls.Plain))
	e := asError(t, s.Send(bg, smtpx.Envelope{From: "a@b", To: []string{"c@d", "josé@exemple.fr"}}, msg1), mailtls.KindUnsupported, "mail")
	if want := "Le serveur SMTP localhost:" + strconv.Itoa(srv.Port()) + " n'accepte pas les adresses internationalisées (SMTPUTF8) : <josé@exemple.fr>"; e.Error() != want {
		t.Errorf("FR = %q\nwant %q", e.Error(), want)
	}
	sendOK(t, s) // still usable
	if srv.Count("MAIL") != 1 {
		t.Errorf("events = %v", srv.Events())
	}
}

func TestRelayVerifiesHost(t *testing.T) {
	ca := smtptest.NewCA(t)
	srv := smtptest.Start(t, smtptest.Options{TLS: smtptest.ServerTLS(ca.Leaf("mail.example.com")), Users: users()})
	c := smtpx.Config{Host: "mail.example.com", Port: 587, Relay: srv.Addr(), Security: mailtls.StartTLS,
		RootCAs: ca.Pool(), User: "alice", Password: "secret", Timeout: timeout}
	s := mustOpen(t, c)
	if s.Server() != "mail.example.com:587" || s.AuthMechanism() != "PLAIN" {
		t.Errorf("Server=%q mech=%q", s.Server(), s.AuthMechanism())
	}
	sendOK(t, s)

	// The same relay for another host name: the certificate does not match.
	c.Host = "smtp.example.net"
	_, err := smtpx.Open(bg, c)
	e := asError(t, err, mailtls.KindCertificate, "tls")
	if want := "Certificat du serveur SMTP smtp.example.net:587 non valide : il n'est pas valide pour le nom « smtp.example.net » (noms du certificat : mail.example.com)"; e.Error() != want {
		t.Errorf("FR = %q\nwant %q", e.Error(), want)
	}
	if want := `Invalid certificate for SMTP server smtp.example.net:587: it is not valid for the name "smtp.example.net" (certificate names: mail.example.com)`; e.Message("en") != want {
		t.Errorf("EN = %q\nwant %q", e.Message("en"), want)
	}
	// Host empty: the relay's host is verified and named.
	c.Host = ""
	c.Relay = "localhost:" + strconv.Itoa(srv.Port())
	_, err = smtpx.Open(bg, c)
	e = asError(t, err, mailtls.KindCertificate, "tls")
	if e.Server != c.Relay {
		t.Errorf("Server = %q", e.Server)
	}
}

func TestCloseSendsQuitOnce(t *testing.T) {
	srv := smtptest.Start(t, smtptest.Options{})
	s, err := smtpx.Open(bg, cfg(srv.Port(), mailtls.Plain))
	if err != nil {
		t.Fatal(err)
	}
	closeAndWaitQuit(t, s, srv)
	if err := s.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}
	e := asError(t, s.Send(bg, env1, msg1), mailtls.KindClosed, "mail")
	if want := "La session SMTP avec le serveur localhost:" + strconv.Itoa(srv.Port()) + " est fermée"; e.Error() != want {
		t.Errorf("FR = %q", e.Error())
	}
	if !srv.WaitDisconnect(3*time.Second) || srv.Count("QUIT") != 1 {
		t.Errorf("events = %v", srv.Events())
	}
}

func TestInvalidConfig(t *testing.T) {
	_, err := smtpx.Open(bg, smtpx.Config{})
	asError(t, err, mailtls.KindInvalid, "connect")
	_, err = smtpx.Open(bg, smtpx.Config{Host: "a\r\nb"})
	asError(t, err, mailtls.KindInvalid, "connect")
	_, err = smtpx.Open(bg, smtpx.Config{Host: "localhost", Port: 1, LocalName: "x\ny"})
	asError(t, err, mailtls.KindInvalid, "connect")
}

// fakeStartTLS is a hand-written server that offers STARTTLS and answers it
// with reply (which may carry extra lines).
func fakeStartTLS(t *testing.T, reply string) *smtptest.Hostile {
	return smtptest.NewHostile(t, func(h *smtptest.Hostile, c net.Conn) {
		r := bufio.NewReader(c)
		c.Write([]byte("220 fake ESMTP\r\n"))
		for {
			line, err := r.ReadString('\n')
			if err != nil {
				return
			}
			switch strings.ToUpper(strings.TrimSpace(line)) {
			case "STARTTLS":
				c.Write([]byte(reply))
			case "QUIT":
				c.Write([]byte("221 bye\r\n"))
				return
			default:
				c.Write([]byte("250-fake\r\n250-AUTH PLAIN\r\n250 STARTTLS\r\n"))
			}
		}
	})
}

func TestStartTLSRefused(t *testing.T) {
	h := fakeStartTLS(t, "454 4.7.0 TLS not available due to temporary reason\r\n")
	c := cfg(h.Port(), mailtls.StartTLS)
	c.User, c.Password = "alice", "secret"
	_, err := smtpx.Open(bg, c)
	e := asError(t, err, mailtls.KindReply, "tls")
	if want := "Le serveur SMTP localhost:" + strconv.Itoa(h.Port()) + " a refusé STARTTLS : 454 4.7.0 TLS not available due to temporary reason (erreur temporaire)"; e.Error() != want {
		t.Errorf("FR = %q\nwant %q", e.Error(), want)
	}
}

func TestStartTLSResponseInjection(t *testing.T) {
	h := fakeStartTLS(t, "220 go ahead\r\n250-injected\r\n250 AUTH PLAIN\r\n")
	c := cfg(h.Port(), mailtls.StartTLS)
	_, err := smtpx.Open(bg, c)
	e := asError(t, err, mailtls.KindTLS, "tls")
	if want := "TLS negotiation with SMTP server localhost:" + strconv.Itoa(h.Port()) + " failed: the server sent unsolicited data after its STARTTLS reply"; e.Message("en") != want {
		t.Errorf("EN = %q\nwant %q", e.Message("en"), want)
	}
}
