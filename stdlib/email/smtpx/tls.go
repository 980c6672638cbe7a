package smtpx

import (
	"crypto/tls"

	"github.com/wlangage/wl/stdlib/email/mailtls"
)

// tlsConfig builds the client TLS configuration: TLS 1.2 at least, the
// server name set explicitly (go-smtp's NewClient knows no host name), and
// standard verification unless a mailtls.Ignore bit asks for the custom one
// (mailtls.Config, shared with the reading sessions).
func (c *Config) tlsConfig() *tls.Config {
	return mailtls.Config(c.tlsName(), c.RootCAs, c.Ignore)
}
