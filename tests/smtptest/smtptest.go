// Package smtptest gives tests the SMTP server of stdlib/email/mailsink on
// a TCP port of 127.0.0.1 (STARTTLS or implicit TLS from a throw-away
// certificate authority, AUTH PLAIN, LOGIN and XOAUTH2, injectable
// refusals, a record of what the client did), closed when the test ends,
// and hostile servers that never greet or stall during DATA.
package smtptest

import (
	"crypto/tls"
	"testing"

	"github.com/wlangage/wl/stdlib/email/mailsink"
)

// Options configures a test server (see mailsink.Options).
type Options = mailsink.Options

// Server is a running test server (see mailsink.Server).
type Server = mailsink.Server

// Message is one message a server accepted.
type Message = mailsink.Message

// CA is a throw-away certificate authority.
type CA = mailsink.CA

// ExpiredExpiry is when the certificates of CA.ExpiredLeaf expire.
var ExpiredExpiry = mailsink.ExpiredExpiry

// Start starts a server on 127.0.0.1 for the test and closes it when the
// test ends. Its greeting names "smtptest.local" unless opts.Domain is set.
func Start(t testing.TB, opts Options) *Server {
	t.Helper()
	s, err := Listen(opts)
	if err != nil {
		t.Fatalf("smtptest: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// Listen is Start outside of a test; Close stops the server.
func Listen(opts Options) (*Server, error) {
	if opts.Domain == "" {
		opts.Domain = "smtptest.local"
	}
	return mailsink.Listen(opts)
}

// NewCA returns a new CA, failing t on error.
func NewCA(t testing.TB) *CA {
	t.Helper()
	ca, err := mailsink.GenerateCA()
	if err != nil {
		t.Fatalf("smtptest: %v", err)
	}
	return ca
}

// GenerateCA returns a new CA (see mailsink.GenerateCA).
func GenerateCA() (*CA, error) { return mailsink.GenerateCA() }

// ServerTLS returns a server TLS configuration presenting cert.
func ServerTLS(cert tls.Certificate) *tls.Config { return mailsink.ServerTLS(cert) }
