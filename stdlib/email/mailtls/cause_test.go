package mailtls

import (
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"testing"
)

func TestTransportKind(t *testing.T) {
	closedHere := errors.New("session closed")
	timeout := &net.OpError{Op: "read", Net: "tcp", Err: os.ErrDeadlineExceeded}
	for _, c := range []struct {
		err  error
		op   string
		want Kind
	}{
		{&tls.CertificateVerificationError{Err: x509.UnknownAuthorityError{}}, "tls", KindCertificate},
		{fmt.Errorf("mail: %w", timeout), "mail", KindTimeout},
		{fmt.Errorf("%w: %w", ErrDial, errors.New("connection refused")), "connect", KindConnect},
		{tls.RecordHeaderError{Msg: "first record does not look like a TLS handshake"}, "connect", KindTLS},
		{fmt.Errorf("read: %w", io.EOF), "rcpt", KindClosed},
		{fmt.Errorf("again: %w", closedHere), "read", KindClosed},
		{errors.New("handshake went wrong"), "tls", KindTLS},
		{errors.New("something else"), "data", KindOther},
		{closedHere, "read", KindOther}, // not a closed marker when not given
	} {
		markers := []error{closedHere}
		if c.want == KindOther {
			markers = nil
		}
		if got := TransportKind(c.err, c.op, markers...); got != c.want {
			t.Errorf("TransportKind(%v, %q) = %d; want %d", c.err, c.op, got, c.want)
		}
	}
}
