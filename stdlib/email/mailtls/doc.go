// Package mailtls is the connection vocabulary and rules that sending
// (smtpx) and reading (mailnet, pop3, imap) share about a mail server: the
// security modes, the certificate checks a script may relax, the failure
// kinds, the client TLS configuration, and the wording of dial,
// certificate and time-out failures, so that every protocol verifies and
// explains alike. Callers and embedders name these values here only
// (mailtls.StartTLS, mailtls.KindReply, ...); no other package re-exports
// them.
package mailtls
