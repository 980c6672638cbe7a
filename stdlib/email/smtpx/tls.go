package smtpx

import (
	"crypto/tls"
	"crypto/x509"
	"errors"
	"time"
)

// tlsConfig builds the client TLS configuration: TLS 1.2 at least, the
// server name set explicitly (go-smtp's NewClient knows no host name), and
// standard verification unless an IgnoreFlags bit asks for the custom one.
func (c *Config) tlsConfig() *tls.Config {
	name := c.tlsName()
	tc := &tls.Config{
		ServerName: name,
		RootCAs:    c.RootCAs,
		MinVersion: tls.VersionTLS12,
	}
	if c.Ignore&(IgnoreInvalidCert|IgnoreWrongName|IgnoreExpired) != 0 {
		roots, ignore := c.RootCAs, c.Ignore
		// InsecureSkipVerify only disables the built-in check, which
		// VerifyConnection below replaces check by check.
		tc.InsecureSkipVerify = true
		tc.VerifyConnection = func(cs tls.ConnectionState) error {
			err := verifyPeer(cs.PeerCertificates, name, roots, ignore, time.Now())
			if err != nil {
				return &tls.CertificateVerificationError{UnverifiedCertificates: cs.PeerCertificates, Err: err}
			}
			return nil
		}
	}
	return tc
}

// verifyPeer verifies the server chain like crypto/tls does, skipping only
// the checks whose flag is set in ignore.
func verifyPeer(certs []*x509.Certificate, name string, roots *x509.CertPool, ignore IgnoreFlags, now time.Time) error {
	if len(certs) == 0 {
		return errors.New("tls: server sent no certificate")
	}
	leaf := certs[0]
	at := now
	if now.Before(leaf.NotBefore) || now.After(leaf.NotAfter) {
		if ignore&IgnoreExpired == 0 {
			return x509.CertificateInvalidError{Cert: leaf, Reason: x509.Expired,
				Detail: "current time " + now.UTC().Format(time.RFC3339) + " is outside the validity period"}
		}
		// Verify the chain at a time when the leaf was valid.
		if now.After(leaf.NotAfter) {
			at = leaf.NotAfter.Add(-time.Second)
		} else {
			at = leaf.NotBefore.Add(time.Second)
		}
	}
	if ignore&IgnoreWrongName == 0 {
		if err := leaf.VerifyHostname(name); err != nil {
			return err
		}
	}
	if ignore&IgnoreInvalidCert == 0 {
		inter := x509.NewCertPool()
		for _, c := range certs[1:] {
			inter.AddCert(c)
		}
		_, err := leaf.Verify(x509.VerifyOptions{
			Roots:         roots,
			Intermediates: inter,
			CurrentTime:   at,
			KeyUsages:     []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
		})
		if err != nil {
			return err
		}
	}
	return nil
}
