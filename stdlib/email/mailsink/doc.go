// Package mailsink is the mail server inside wl: the sink of
// `wl run --mail-sink`, and the SMTP server the tests speak to
// (tests/smtptest wraps it).
//
// A Sink has no socket at all: its Dial hands the script one end of an
// in-process connection, so only the script's own connections reach it
// (no other local process can send it mail). By default a connection is
// served by a real go-smtp server that records what the client did and
// the messages it sent; it offers plain SMTP with STARTTLS, and implicit
// TLS when the client starts with a TLS handshake, with certificates made
// on the fly, for the name the script asked for, by a throw-away
// authority (CA) that only this run trusts. Nothing is relayed anywhere.
//
// Other protocols plug in by port: Sink.Handle(110, f) has f serve every
// connection the script opens to port 110 (POP3; 995, 143 and 993 for
// POP3S and IMAP likewise), and Sink.Messages gives such a server the
// messages the sink received.
//
// Server (with Listen or Serve) is the same SMTP server on any listener,
// a TCP one for tests.
package mailsink
