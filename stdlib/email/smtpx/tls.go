package smtpx

import (
	"crypto/tls"

	"github.com/wlangage/wl/stdlib/email/internal/mailtls"
)

// tlsConfig builds the client TLS configuration: TLS 1.2 at least, the
// server name set explicitly (go-smtp's NewClient knows no host name), and
// standard verification unless an IgnoreFlags bit asks for the custom one
// (mailtls.Config, shared with the reading sessions).
func (c *Config) tlsConfig() *tls.Config {
	return mailtls.Config(c.tlsName(), c.RootCAs, c.Ignore)
}

// The IgnoreFlags bits must be mailtls's (a compile error otherwise).
const _ = uint(int(IgnoreInvalidCert)-int(mailtls.IgnoreInvalidCert)) + uint(int(mailtls.IgnoreInvalidCert)-int(IgnoreInvalidCert)) +
	uint(int(IgnoreWrongName)-int(mailtls.IgnoreWrongName)) + uint(int(mailtls.IgnoreWrongName)-int(IgnoreWrongName)) +
	uint(int(IgnoreExpired)-int(mailtls.IgnoreExpired)) + uint(int(mailtls.IgnoreExpired)-int(IgnoreExpired))
