// Package mailtls holds what sending (smtpx) and reading (mailnet) share
// about a mail server connection: the client TLS configuration with its
// per-check relaxations, and the wording of dial, certificate and
// time-out failures, so that both families verify and explain alike.
package mailtls
