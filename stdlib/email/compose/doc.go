// Package compose builds the RFC 5322 / MIME message that the WLangage
// e-mail functions send (EmailEnvoieMessage, <emailSessionSMTP>.EnvoieMessage)
// from the properties of an Email variable or of the legacy Email structure.
//
// It depends neither on the interpreter nor on the network: Build turns a
// Message into the bytes to hand to DATA and the SMTP envelope.
//
// What it guarantees:
//
//   - UTF-8 everywhere: non-ASCII header text is RFC 2047-encoded (Q for
//     the subject and display names, B for custom header values), bodies are
//     quoted-printable (text, HTML) or base64 (attachments), file names use
//     RFC 2231; addresses whose local part or domain is not ASCII are kept
//     in UTF-8 (RFC 6532) and need SMTPUTF8, which the transport asks for;
//   - header injection is impossible: a CR, LF or NUL in any address or
//     header value, a malformed custom header name, or a custom header that
//     would replace one the message builds itself (To, Cc, Bcc, From,
//     Subject, Content-Type, ...) is refused with an *Error (or a
//     *header.Error for the forbidden characters) and nothing is produced;
//   - blind copies (Bcc, WLangage Cci) are in the envelope only, never in
//     the headers;
//   - every message has a Date and a Message-ID.
package compose
