// Package mailnet is the connection layer shared by the mail-reading
// clients (stdlib/email/pop3 and stdlib/email/imap): dialling with a time
// limit, implicit TLS verified before anything is sent, certificate checks
// relaxed only flag by flag (WLangage IgnoreErreur), the loopback rule for
// credentials over plain text (DECISIONS 16), and a connection whose every
// read and write is bounded in time and whose reads are bounded in size.
// Session is the protocol-independent half of a client: opening with
// cancellation, refusing work once closed, closing once.
// It does not depend on the interpreter runtime.
package mailnet
