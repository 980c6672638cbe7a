// Package pop3 is a small POP3 client (RFC 1939) for the WLangage
// mail-reading functions: CAPA (RFC 2449), STLS (RFC 2595), AUTH with SASL
// (RFC 5034: PLAIN, XOAUTH2) or USER/PASS, STAT, LIST, UIDL, RETR, TOP,
// DELE, RSET, NOOP, QUIT.
//
// No well-kept Go POP3 client exists (the few published ones are
// unmaintained and neither bound line lengths nor waits), so this one is
// written on net/textproto's conventions (dot-stuffed multi-line replies)
// with its own bounded reader:
//
//   - a status line longer than MaxStatusLine, a multi-line reply longer
//     than the size limit, or a reply that never ends cuts the connection
//     with a KindTooLarge error instead of growing memory;
//   - every wait is bounded by the configuration's time-out (mailnet.Conn)
//     and a cancelled context closes the connection;
//   - STLS is mandatory when asked for, and the handshake is verified
//     before the credentials are sent;
//   - credentials never go in clear to a host other than loopback unless
//     the host allows it (DECISIONS 16).
//
// Errors are *mailnet.Error values with French and English messages.
package pop3
