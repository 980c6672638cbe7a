package smtpx

import (
	"context"
	"crypto/x509"
	"net"
)

// Delivery is what a process grants every SMTP session it opens (the CLI's
// --smtp-relay, --smtp-ca, --smtp-allow-plaintext-auth, --mail-sink):
// email.HostConfig and spool.Options embed it, and its fields are copied
// into each session's Config.
type Delivery struct {
	// Relay, "host:port", receives every SMTP connection instead of the
	// server the script names; TLS still verifies the script's server name
	// (or the relay's host when the script gives none). For e-mail it is
	// also the server of EmailEnvoieMessage() without a session (the PHP
	// syntax, where php.ini names the server).
	Relay string
	// RootCAs are the trusted authorities (nil: the system roots).
	RootCAs *x509.CertPool
	// AllowPlaintextAuth lets credentials go over an unencrypted
	// connection to a host other than loopback (DECISIONS 16).
	AllowPlaintextAuth bool
	// Dial replaces the default dialer (tests, proxies, the in-process
	// sink of wl --mail-sink).
	Dial func(ctx context.Context, network, addr string) (net.Conn, error)
	// InProcess says that Dial keeps every connection inside the process
	// (stdlib/email/mailsink): credentials sent through it never reach a
	// network, so they may go unencrypted (DECISIONS 16), and
	// EmailEnvoieMessage() without a session is sent through it.
	InProcess bool
	// LocalName is the EHLO name ("localhost" when empty).
	LocalName string
}
