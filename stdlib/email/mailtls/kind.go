package mailtls

// Kind classifies a mail session failure (smtpx.Error.Kind,
// mailnet.Error.Kind). Sending uses the kinds up to KindTooLong,
// reading all but KindUnsupported and KindTooLong.
type Kind int

const (
	// KindOther is any failure not listed below (Detail holds the text).
	KindOther Kind = iota
	// KindReply: the server refused the command (an SMTP error reply with
	// its code, or -ERR, NO, BAD); Detail is its text.
	KindReply
	// KindConnect: the TCP connection could not be established.
	KindConnect
	// KindTimeout: the time-out elapsed while connecting, waiting for a
	// reply or writing.
	KindTimeout
	// KindCertificate: the server certificate did not verify.
	KindCertificate
	// KindTLS: the TLS handshake failed for another reason.
	KindTLS
	// KindNoStartTLS: the upgrade to TLS was required and the server does
	// not offer it; no credentials were sent.
	KindNoStartTLS
	// KindInsecureAuth: credentials would have gone over an unencrypted
	// connection to a host other than loopback; nothing was sent.
	KindInsecureAuth
	// KindInvalid: a parameter, an address or a header value was refused
	// locally (for a header, Detail names the offending character: "CR",
	// "LF", "NUL", "<", ">" or "" for a missing value); nothing was sent.
	KindInvalid
	// KindUnsupported: the message needs an extension the server lacks
	// (Detail names it, e.g. "SMTPUTF8").
	KindUnsupported
	// KindClosed: the connection was lost or the session is closed.
	KindClosed
	// KindCanceled: the run or the context was cancelled.
	KindCanceled
	// KindTooLong: the server sent a reply line or a reply longer than the
	// limit; the connection is closed.
	KindTooLong
	// KindTooLarge: a reply or a message exceeded the size limit.
	KindTooLarge
	// KindProtocol: the server's reply could not be understood.
	KindProtocol
	// KindNoAuth: the server offers no mechanism usable with what the
	// script gave.
	KindNoAuth
)
