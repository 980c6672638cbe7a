package mailnet

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"fmt"
	"net"
	"strings"
	"time"

	"github.com/wlangage/wl/stdlib/email/mailtls"
)

// DefaultTimeout is the WLangage default of EmailChangeTimeOut.
const DefaultTimeout = 10 * time.Minute

// DefaultMaxSize is the default limit on one message (50 MB).
const DefaultMaxSize = 50 << 20

// Config describes one reading session.
type Config struct {
	// Protocol names the protocol in messages: "POP3" or "IMAP".
	Protocol string
	// Host is the server as the script names it (checked in the
	// certificate, shown in messages); Port its port.
	Host string
	Port int
	// Security selects plain, STARTTLS or implicit TLS.
	Security mailtls.Security
	// User and Password, or User and Token (XOAUTH2), authenticate.
	User, Password, Token string
	// Timeout bounds the dial, the handshake, every read and every write;
	// zero means DefaultTimeout.
	Timeout time.Duration
	// Relay, "host:port", is dialled instead of Host:Port; TLS still
	// verifies Host.
	Relay string
	// RootCAs are the trusted authorities; nil means the system roots.
	RootCAs *x509.CertPool
	// Ignore relaxes certificate verification.
	Ignore mailtls.Ignore
	// AllowPlaintextAuth lets credentials go in clear to a host other
	// than loopback.
	AllowPlaintextAuth bool
	// Dial replaces the default dialer.
	Dial func(ctx context.Context, network, addr string) (net.Conn, error)
	// MaxSize bounds one message, and so one reply; zero means
	// DefaultMaxSize.
	MaxSize int64
}

// TimeoutOrDefault is Timeout, or DefaultTimeout when unset.
func (c *Config) TimeoutOrDefault() time.Duration {
	if c.Timeout <= 0 {
		return DefaultTimeout
	}
	return c.Timeout
}

// MaxSizeOrDefault is MaxSize, or DefaultMaxSize when unset.
func (c *Config) MaxSizeOrDefault() int64 {
	if c.MaxSize <= 0 {
		return DefaultMaxSize
	}
	return c.MaxSize
}

// endpoint is the server's naming and dialling rules, shared with sending.
func (c *Config) endpoint() mailtls.Endpoint {
	return mailtls.Endpoint{Host: c.Host, Port: c.Port, Relay: c.Relay}
}

// Server is the server as the script named it, "host:port".
func (c *Config) Server() string { return c.endpoint().Label() }

func (c *Config) dialAddr() string { return c.endpoint().DialAddr() }

// WantsAuth reports whether the configuration carries credentials.
func (c *Config) WantsAuth() bool { return c.User != "" && (c.Password != "" || c.Token != "") }

// LoopbackOnly reports whether every address involved is loopback.
func (c *Config) LoopbackOnly() bool { return c.endpoint().LoopbackOnly() }

// IsLoopbackName reports whether h is "localhost" or a loopback literal
// (mailtls.IsLoopbackName, the rule sending uses too).
func IsLoopbackName(h string) bool { return mailtls.IsLoopbackName(h) }

// Check refuses, before anything is dialled, what must not be attempted:
// no server, control characters in names, credentials in clear to a
// remote host (DECISIONS 16).
func (c *Config) Check() error {
	if c.Host == "" && c.Relay == "" {
		return &Error{Protocol: c.Protocol, Op: "connect", Kind: mailtls.KindInvalid, Server: c.Server(), Detail: "no server"}
	}
	for _, v := range []string{c.Host, c.Relay, c.User} {
		if strings.ContainsAny(v, "\r\n\x00") {
			return &Error{Protocol: c.Protocol, Op: "connect", Kind: mailtls.KindInvalid, Server: c.Server(), Detail: "control"}
		}
	}
	if c.WantsAuth() && c.Security == mailtls.Plain && !c.AllowPlaintextAuth && !c.LoopbackOnly() {
		return &Error{Protocol: c.Protocol, Op: "auth", Kind: mailtls.KindInsecureAuth, Server: c.Server(), Address: c.User}
	}
	return nil
}

// DialConn dials the server (bounded by the timeout and ctx) and, for
// ImplicitTLS, completes and verifies the handshake. The returned Conn
// bounds every read and write.
func DialConn(ctx context.Context, c *Config) (*Conn, error) {
	if err := c.Check(); err != nil {
		return nil, err
	}
	to := c.TimeoutOrDefault()
	if h, _, err := net.SplitHostPort(c.dialAddr()); err == nil && c.Dial == nil && mailtls.IsInvalidName(h) {
		// RFC 6761 §6.4: names under .invalid get an immediate negative
		// answer, without asking DNS (the test scripts rely on it to stay
		// off the network).
		return nil, Classify(ctx, c, "connect", fmt.Errorf("%w: %w", mailtls.ErrDial, &net.DNSError{Err: "no such host", Name: h, IsNotFound: true}))
	}
	dctx, cancel := context.WithTimeout(ctx, to)
	defer cancel()
	dial := c.Dial
	if dial == nil {
		d := &net.Dialer{Timeout: to}
		dial = d.DialContext
	}
	raw, err := dial(dctx, "tcp", c.dialAddr())
	if err != nil {
		return nil, Classify(ctx, c, "connect", fmt.Errorf("%w: %w", mailtls.ErrDial, err))
	}
	conn := &Conn{raw: raw, timeout: to}
	conn.init()
	if c.Security == mailtls.ImplicitTLS {
		if err := conn.StartTLS(ctx, c); err != nil {
			raw.Close()
			return nil, err
		}
	}
	return conn, nil
}

// TLSConfig builds the client TLS configuration for c (mailtls.Config,
// shared with sending).
func (c *Config) TLSConfig() *tls.Config {
	return mailtls.Config(c.endpoint().TLSName(), c.RootCAs, c.Ignore)
}
