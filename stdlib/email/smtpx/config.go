package smtpx

import (
	"context"
	"crypto/x509"
	"net"
	"time"

	"github.com/wlangage/wl/stdlib/email/mailtls"
)

// DefaultTimeout is the timeout used when Config.Timeout is zero: the
// WLangage default of EmailChangeTimeOut, 10 minutes.
const DefaultTimeout = 10 * time.Minute

// DefaultPort is the port used when Config.Port is zero (WLangage default,
// whatever the security mode).
const DefaultPort = 25

// Config describes one SMTP session.
type Config struct {
	// Host is the server name or IP address as the script names it. It is
	// the name checked in the server's TLS certificate and shown in error
	// messages.
	Host string
	// Port is the server port as the script names it; 0 means DefaultPort.
	Port int
	// Security selects plain SMTP, mandatory STARTTLS or implicit TLS.
	Security mailtls.Security
	// User and Password are the credentials. Authentication is attempted
	// when User is set together with Password or Token.
	User, Password string
	// Token is an OAuth 2.0 bearer token (WLangage AuthToken) sent with
	// AUTH XOAUTH2; it takes precedence over Password when the server
	// offers XOAUTH2.
	Token string
	// Timeout bounds the dial, the TLS handshake, the wait for every
	// server reply and every write. Zero means DefaultTimeout.
	Timeout time.Duration
	// Relay, "host:port", is the address actually dialled instead of
	// Host:Port (a tunnel or a test sink). TLS still verifies Host, or the
	// relay's host when Host is empty.
	Relay string
	// RootCAs are the trusted authorities; nil means the system roots.
	RootCAs *x509.CertPool `json:"-"`
	// Ignore relaxes certificate verification, see mailtls.Ignore.
	Ignore mailtls.Ignore
	// AllowPlaintextAuth lets credentials go over an unencrypted
	// connection to a host other than loopback. Without it Open refuses,
	// before connecting, to authenticate in clear unless both Host and
	// Relay (when set) name a loopback address ("localhost", 127.0.0.0/8,
	// ::1).
	AllowPlaintextAuth bool
	// LocalName is the name sent with EHLO; "" means "localhost".
	LocalName string
	// Dial, when set, replaces the default net.Dialer. It is called with a
	// context that expires after Timeout.
	Dial func(ctx context.Context, network, addr string) (net.Conn, error) `json:"-"`
	// InProcess says that Dial never leaves the process (an in-process
	// sink): credentials may then go unencrypted whatever Host names,
	// since they reach no network.
	InProcess bool
}

// wantsAuth reports whether the configuration carries credentials.
func (c *Config) wantsAuth() bool {
	return c.User != "" && (c.Password != "" || c.Token != "")
}

func (c *Config) port() int {
	if c.Port == 0 {
		return DefaultPort
	}
	return c.Port
}

func (c *Config) timeout() time.Duration {
	if c.Timeout <= 0 {
		return DefaultTimeout
	}
	return c.Timeout
}

func (c *Config) localName() string {
	if c.LocalName == "" {
		return "localhost"
	}
	return c.LocalName
}

// endpoint is the server's naming and dialling rules, shared with reading.
func (c *Config) endpoint() mailtls.Endpoint {
	return mailtls.Endpoint{Host: c.Host, Port: c.port(), Relay: c.Relay}
}

// serverLabel is the server as the script named it, "host:port".
func (c *Config) serverLabel() string { return c.endpoint().Label() }

// dialAddr is the address actually dialled.
func (c *Config) dialAddr() string { return c.endpoint().DialAddr() }

// tlsName is the name verified in the server certificate.
func (c *Config) tlsName() string { return c.endpoint().TLSName() }

// loopbackOnly reports whether the credentials stay on this machine: an
// in-process dialer, or every name involved designates loopback.
func (c *Config) loopbackOnly() bool {
	if c.InProcess && c.Dial != nil {
		return true
	}
	return c.endpoint().LoopbackOnly()
}

// isLoopbackName reports whether h is "localhost" or a loopback IP literal
// (mailtls.IsLoopbackName, the rule reading uses too).
func isLoopbackName(h string) bool { return mailtls.IsLoopbackName(h) }
