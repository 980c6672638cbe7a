package mailtls

import (
	"crypto/tls"
	"crypto/x509"
	"errors"
	"time"
)

// Ignore relaxes certificate verification, one check per flag (WLangage
// emailSessionSMTP.IgnoreErreur and the POP3 / IMAP sessions' IgnoreErreur).
// The zero value verifies everything.
type Ignore int

// The checks that can be skipped.
const (
	// IgnoreInvalidCert accepts a certificate whose chain does not verify:
	// unknown or untrusted authority, bad signature, wrong key usage, ...
	// (emailSessionIgnoreCertificatInvalide). The name and the validity
	// period of the server certificate are still checked unless their own
	// flags are set.
	IgnoreInvalidCert Ignore = 1 << iota
	// IgnoreWrongName accepts a certificate that is not valid for the
	// server name (emailSessionIgnoreNomCertificatInvalide).
	IgnoreWrongName
	// IgnoreExpired accepts a server certificate outside its validity
	// period, expired or not yet valid (emailSessionIgnoreCertificatExpiré).
	// The chain is then verified at a time within the certificate's
	// validity period; a CA certificate that was already expired at that
	// time still fails.
	IgnoreExpired
	// IgnoreRevocation is accepted for compatibility
	// (emailSessionIgnoreRévocation) and changes nothing: no online
	// revocation check is made (no OCSP, no CRL download).
	IgnoreRevocation
)

// Config is the client TLS configuration for a server known as name: TLS
// 1.2 at least, the name set explicitly, and the standard verification
// unless ignore skips some checks (then VerifyPeer replaces it).
func Config(name string, roots *x509.CertPool, ignore Ignore) *tls.Config {
	tc := &tls.Config{ServerName: name, RootCAs: roots, MinVersion: tls.VersionTLS12}
	if ignore&(IgnoreInvalidCert|IgnoreWrongName|IgnoreExpired) != 0 {
		// InsecureSkipVerify only disables the built-in check, which
		// VerifyConnection below replaces check by check.
		tc.InsecureSkipVerify = true
		tc.VerifyConnection = func(cs tls.ConnectionState) error {
			if err := VerifyPeer(cs.PeerCertificates, name, roots, ignore, time.Now()); err != nil {
				return &tls.CertificateVerificationError{UnverifiedCertificates: cs.PeerCertificates, Err: err}
			}
			return nil
		}
	}
	return tc
}

// VerifyPeer verifies the server chain like crypto/tls does at time now,
// skipping only the checks whose flag is set in ignore.
func VerifyPeer(certs []*x509.Certificate, name string, roots *x509.CertPool, ignore Ignore, now time.Time) error {
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
