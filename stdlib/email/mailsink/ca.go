package mailsink

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"math/big"
	"net"
	"time"
)

// CA is a throw-away certificate authority (ECDSA P-256) that issues server
// certificates: the sink's own, made on the fly for the name a script asks
// for, and the test servers' (tests/smtptest).
type CA struct {
	// Cert is the CA certificate.
	Cert *x509.Certificate
	key  *ecdsa.PrivateKey
	pem  []byte
}

// GenerateCA returns a new CA valid from 2000-01-01 UTC (so that it was
// already valid when ExpiredLeaf's certificates were) for ten more years.
func GenerateCA() (*CA, error) {
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return nil, err
	}
	now := time.Now()
	tmpl := &x509.Certificate{
		SerialNumber:          serial(),
		Subject:               pkix.Name{CommonName: "wl mail sink CA", Organization: []string{"wl"}},
		NotBefore:             time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC),
		NotAfter:              now.AddDate(10, 0, 0),
		IsCA:                  true,
		BasicConstraintsValid: true,
		KeyUsage:              x509.KeyUsageCertSign | x509.KeyUsageCRLSign | x509.KeyUsageDigitalSignature,
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		return nil, err
	}
	cert, err := x509.ParseCertificate(der)
	if err != nil {
		return nil, err
	}
	return &CA{Cert: cert, key: key, pem: pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der})}, nil
}

// Pool returns a pool holding only the CA certificate.
func (ca *CA) Pool() *x509.CertPool {
	p := x509.NewCertPool()
	p.AddCert(ca.Cert)
	return p
}

// PEM returns the CA certificate in PEM form.
func (ca *CA) PEM() []byte { return append([]byte(nil), ca.pem...) }

// Leaf issues a server certificate for names (DNS names or IP addresses),
// valid from one hour ago for one day. Without names it is issued for
// "localhost" and 127.0.0.1. It panics if the certificate cannot be created,
// which does not happen with a CA made by this package.
func (ca *CA) Leaf(names ...string) tls.Certificate {
	now := time.Now()
	return ca.mustIssue(now.Add(-time.Hour), now.Add(24*time.Hour), names)
}

// ExpiredExpiry is when the certificates of ExpiredLeaf expire: a fixed date,
// so that error messages quoting it are reproducible (golden files).
var ExpiredExpiry = time.Date(2000, 1, 2, 0, 0, 0, 0, time.UTC)

// ExpiredLeaf issues a server certificate for names (default "localhost" and
// 127.0.0.1) valid only on 2000-01-01 UTC (it expired at ExpiredExpiry).
func (ca *CA) ExpiredLeaf(names ...string) tls.Certificate {
	return ca.mustIssue(ExpiredExpiry.Add(-24*time.Hour), ExpiredExpiry, names)
}

// WrongNameLeaf issues a valid server certificate for "wrong.example" only,
// which matches neither "localhost" nor 127.0.0.1.
func (ca *CA) WrongNameLeaf() tls.Certificate { return ca.Leaf("wrong.example") }

// Issue issues a server certificate for names valid between notBefore and
// notAfter.
func (ca *CA) Issue(notBefore, notAfter time.Time, names ...string) (tls.Certificate, error) {
	if len(names) == 0 {
		names = []string{"localhost", "127.0.0.1"}
	}
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return tls.Certificate{}, err
	}
	tmpl := &x509.Certificate{
		SerialNumber: serial(),
		Subject:      pkix.Name{CommonName: names[0]},
		NotBefore:    notBefore,
		NotAfter:     notAfter,
		KeyUsage:     x509.KeyUsageDigitalSignature,
		ExtKeyUsage:  []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
	}
	for _, n := range names {
		if ip := net.ParseIP(n); ip != nil {
			tmpl.IPAddresses = append(tmpl.IPAddresses, ip)
		} else {
			tmpl.DNSNames = append(tmpl.DNSNames, n)
		}
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, ca.Cert, &key.PublicKey, ca.key)
	if err != nil {
		return tls.Certificate{}, err
	}
	leaf, err := x509.ParseCertificate(der)
	if err != nil {
		return tls.Certificate{}, err
	}
	return tls.Certificate{Certificate: [][]byte{der}, PrivateKey: key, Leaf: leaf}, nil
}

func (ca *CA) mustIssue(nb, na time.Time, names []string) tls.Certificate {
	c, err := ca.Issue(nb, na, names...)
	if err != nil {
		panic("mailsink: " + err.Error())
	}
	return c
}

// ServerTLS returns a server TLS configuration presenting cert.
func ServerTLS(cert tls.Certificate) *tls.Config {
	return &tls.Config{Certificates: []tls.Certificate{cert}, MinVersion: tls.VersionTLS12}
}

func serial() *big.Int {
	n, err := rand.Int(rand.Reader, new(big.Int).Lsh(big.NewInt(1), 62))
	if err != nil {
		return big.NewInt(time.Now().UnixNano())
	}
	return n
}
