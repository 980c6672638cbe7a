package mailtls

import (
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"net"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/wlangage/wl/lexer/diag"
)

// ErrDial marks a failure of the dial itself (wrapped as "dial: cause").
var ErrDial = errors.New("dial")

// ConnectReason explains a dial failure in lang: the common causes in
// words, else detail when given, else the error's own text.
func ConnectReason(err error, detail, lang string) string {
	var dnsErr *net.DNSError
	switch {
	case errors.Is(err, syscall.ECONNREFUSED):
		return diag.Tr(lang, "connexion refusée", "connection refused")
	case errors.As(err, &dnsErr) && dnsErr.IsNotFound:
		return diag.Tr(lang, "nom d'hôte inconnu", "unknown host name")
	case errors.Is(err, syscall.ENETUNREACH), errors.Is(err, syscall.EHOSTUNREACH):
		return diag.Tr(lang, "hôte injoignable", "host unreachable")
	case detail != "":
		return detail
	case err != nil:
		return strings.TrimPrefix(err.Error(), ErrDial.Error()+": ")
	}
	return "?"
}

// CertReason explains a certificate verification failure in lang.
func CertReason(err error, lang string) string {
	var ua x509.UnknownAuthorityError
	var hn x509.HostnameError
	var ci x509.CertificateInvalidError
	switch {
	case errors.As(err, &ua):
		return diag.Tr(lang, "il est signé par une autorité de certification inconnue", "it is signed by an unknown certificate authority")
	case errors.As(err, &hn):
		return fmt.Sprintf(diag.Tr(lang, "il n'est pas valide pour le nom « %s » (noms du certificat : %s)", "it is not valid for the name %q (certificate names: %s)"), hn.Host, certNames(hn.Certificate))
	case errors.As(err, &ci) && ci.Reason == x509.Expired && ci.Cert != nil &&
		(time.Now().Before(ci.Cert.NotBefore) || time.Now().After(ci.Cert.NotAfter)):
		if time.Now().Before(ci.Cert.NotBefore) {
			if diag.English(lang) {
				return "it is not valid before " + ci.Cert.NotBefore.UTC().Format("2006-01-02 15:04 MST")
			}
			return "il n'est valide qu'à partir du " + ci.Cert.NotBefore.UTC().Format("02/01/2006 15:04 MST")
		}
		if diag.English(lang) {
			return "it expired on " + ci.Cert.NotAfter.UTC().Format("2006-01-02 15:04 MST")
		}
		return "il a expiré le " + ci.Cert.NotAfter.UTC().Format("02/01/2006 15:04 MST")
	case errors.As(err, &ci):
		return ci.Error()
	}
	var cv *tls.CertificateVerificationError
	if errors.As(err, &cv) && cv.Err != nil {
		return cv.Err.Error()
	}
	if err != nil {
		return err.Error()
	}
	return "?"
}

// certNames lists the names a certificate is valid for.
func certNames(c *x509.Certificate) string {
	if c == nil {
		return "-"
	}
	var names []string
	names = append(names, c.DNSNames...)
	for _, ip := range c.IPAddresses {
		names = append(names, ip.String())
	}
	if len(names) == 0 && c.Subject.CommonName != "" {
		names = append(names, c.Subject.CommonName)
	}
	if len(names) == 0 {
		return "-"
	}
	return strings.Join(names, ", ")
}

// FormatDuration writes "10 s", "300 ms", "10 min", "2 h", "1,5 s" (a
// decimal point in English).
func FormatDuration(d time.Duration, lang string) string {
	switch {
	case d <= 0:
		return "0 s"
	case d < time.Second:
		return strconv.FormatInt(d.Milliseconds(), 10) + " ms"
	case d%time.Hour == 0:
		return strconv.FormatInt(int64(d/time.Hour), 10) + " h"
	case d%time.Minute == 0:
		return strconv.FormatInt(int64(d/time.Minute), 10) + " min"
	case d%time.Second == 0:
		return strconv.FormatInt(int64(d/time.Second), 10) + " s"
	}
	s := strconv.FormatFloat(d.Seconds(), 'f', -1, 64)
	if !diag.English(lang) {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s + " s"
}

// A Step is how messages name a protocol step: Op as the code knows it
// ("auth"), Name as the French messages say it, EN as the English ones
// do when it differs (a command such as "MAIL FROM" has one name).
type Step struct{ Op, Name, EN string }

// commonSteps are the steps every mail protocol has.
var commonSteps = []Step{
	{Op: "connect", Name: "connexion", EN: "connect"},
	{Op: "tls", Name: "TLS"},
}

// StepName names step op in a message: as one of steps (the protocol's
// own) or of the steps every protocol has (connect, tls); else op itself.
func StepName(op, lang string, steps []Step) string {
	for _, list := range [2][]Step{commonSteps, steps} {
		for _, s := range list {
			switch {
			case s.Op != op:
			case s.EN == "":
				return s.Name
			default:
				return diag.Tr(lang, s.Name, s.EN)
			}
		}
	}
	return op
}

// Refusal says, in a message, what a server that answered with an error
// refused at the steps every mail protocol has: "connect" (the greeting)
// and "tls" (the upgrade); other steps are named by each protocol.
func Refusal(op, lang string) string {
	if op == "tls" {
		return diag.Tr(lang, "a refusé STARTTLS", "refused STARTTLS")
	}
	return diag.Tr(lang, "a refusé la connexion", "refused the connection")
}
