// Package header holds the checks on header values and addresses that both
// the message builder (compose) and the SMTP transport (smtpx) apply, so
// that neither imports the other: the characters that would let a value
// inject a header or an SMTP command (WLangage DECISIONS 15a).
package header
