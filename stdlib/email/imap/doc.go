// Package imap is the IMAP side of the WLangage mail-reading functions: a
// thin layer over github.com/emersion/go-imap/v2's client that adds what
// the e-mail family needs and the library leaves to its caller:
//
//   - the connection is a mailnet.Conn: every wait of an operation is
//     bounded by the session's time-out (EmailChangeTimeOut) rather than by
//     the library's fixed 30 s / 5 min, and an operation reads at most the
//     size limit plus a margin, so an endless line or literal is cut off;
//   - a message is refused before download when its RFC822.SIZE exceeds
//     the limit;
//   - implicit TLS is negotiated and verified by mailnet before the
//     greeting; STARTTLS is mandatory when asked for (go-imap forces the
//     handshake before the next command);
//   - credentials never go in clear to a host other than loopback;
//   - errors are *mailnet.Error values with French and English messages.
//
// Messages are designated by UID inside the selected folder, so that
// deletions and moves do not shift them.
package imap
