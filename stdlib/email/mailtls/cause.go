package mailtls

import (
	"crypto/tls"
	"crypto/x509"
	"errors"
	"io"
	"net"
	"syscall"
)

// CertificateFailure reports whether err is a certificate verification
// failure.
func CertificateFailure(err error) bool {
	var cv *tls.CertificateVerificationError
	var ua x509.UnknownAuthorityError
	var hn x509.HostnameError
	var ci x509.CertificateInvalidError
	return errors.As(err, &cv) || errors.As(err, &ua) || errors.As(err, &hn) || errors.As(err, &ci)
}

// NetTimeout reports whether err is a network time-out.
func NetTimeout(err error) bool {
	var ne net.Error
	return errors.As(err, &ne) && ne.Timeout()
}

// TLSFailure reports whether err comes from the TLS record layer or is a
// TLS alert.
func TLSFailure(err error) bool {
	var rh tls.RecordHeaderError
	var ae tls.AlertError
	return errors.As(err, &rh) || errors.As(err, &ae)
}

// ConnectionLost reports whether err means the connection is gone: end of
// stream, reset, broken pipe, closed, or one of the callers' own closed
// markers.
func ConnectionLost(err error, closed ...error) bool {
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, syscall.ECONNRESET) ||
		errors.Is(err, syscall.EPIPE) || errors.Is(err, net.ErrClosed) {
		return true
	}
	for _, c := range closed {
		if errors.Is(err, c) {
			return true
		}
	}
	return false
}

// DetailOrErr is detail, else err's text, else "?".
func DetailOrErr(detail string, err error) string {
	if detail != "" {
		return detail
	}
	if err != nil {
		return err.Error()
	}
	return "?"
}

// TransportKind classifies a failure of the connection itself, the same
// way for sending and reading: certificate, time-out, dial (ErrDial), TLS,
// connection lost (closed lists the caller's own closed markers), any
// failure of step "tls" as KindTLS; KindOther when none applies. Replies
// and size limits are the protocols' own and are checked before.
func TransportKind(err error, op string, closed ...error) Kind {
	switch {
	case CertificateFailure(err):
		return KindCertificate
	case NetTimeout(err):
		return KindTimeout
	case errors.Is(err, ErrDial):
		return KindConnect
	case TLSFailure(err):
		return KindTLS
	case ConnectionLost(err, closed...):
		return KindClosed
	case op == "tls":
		return KindTLS
	}
	return KindOther
}
