// Package smtpx is the SMTP client session behind the WLangage e-mail
// functions (EmailOuvreSessionSMTP, EmailEnvoieMessage, EmailFermeSession and
// the emailSessionSMTP type). It does not depend on the interpreter runtime.
//
// It is a thin layer over github.com/emersion/go-smtp that closes the gaps
// listed in shared/smtp/NOTES.md:
//
//   - every step is bounded by Config.Timeout: the dial, the TLS handshake,
//     every server reply (greeting, each command, the reply to the final dot)
//     and every write, including the message body during DATA (go-smtp sets
//     no deadline there), and the context cancels a session by closing its
//     connection (Session.CloseContext bounds the QUIT at the end too);
//   - every server reply is bounded in size, whichever reader reads it
//     (MaxReplyLine, MaxReply): an endless reply is cut off, not buffered;
//   - envelope addresses that would make a command line longer than RFC
//     5321's 512 octets are refused (MaxCommandLine);
//   - the TLS handshake (implicit TLS or STARTTLS) is completed and verified
//     before anything else is sent, so a certificate error is reported as such
//     instead of being hidden by the lazy handshake;
//   - STARTTLS is mandatory when asked for: a server that does not offer it
//     makes Open fail, never a silent downgrade;
//   - credentials are never sent over an unencrypted connection to a host
//     other than loopback unless Config.AllowPlaintextAuth is set;
//   - the message is normalised to CRLF line ends before DATA (a lone CR
//     would otherwise pass through and allow SMTP smuggling), and envelope
//     addresses holding CR, LF, NUL or angle brackets are refused before
//     anything is sent;
//   - failures are *Error values that name the server, the SMTP reply code
//     and the enhanced status code, in French or English (Error.Message).
package smtpx
