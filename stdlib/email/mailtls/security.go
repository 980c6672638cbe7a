package mailtls

import "strconv"

// Security selects how a connection to a mail server is protected; SMTP,
// POP3 and IMAP share this one set of modes (smtpx.Config.Security,
// mailnet.Config.Security).
type Security int

const (
	// Plain is an unencrypted session (WLangage emailOptionDéfaut); no
	// opportunistic upgrade is attempted.
	Plain Security = iota
	// StartTLS connects in clear then upgrades (STARTTLS for SMTP and
	// IMAP, STLS for POP3) before anything else; a server that does not
	// offer it makes the open fail, never a silent downgrade (WLangage
	// emailProtocoleSMTPS, formerly emailOptionSécuriséTLS).
	StartTLS
	// ImplicitTLS speaks TLS from the first byte, usually on ports 465,
	// 995 and 993 (WLangage optionTLS, formerly optionSSL).
	ImplicitTLS
)

// String returns the name of the security mode.
func (s Security) String() string {
	switch s {
	case Plain:
		return "plain"
	case StartTLS:
		return "starttls"
	case ImplicitTLS:
		return "tls"
	}
	return "Security(" + strconv.Itoa(int(s)) + ")"
}
