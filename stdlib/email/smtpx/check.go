package smtpx

import (
	"bytes"

	"github.com/wlangage/wl/stdlib/email/internal/header"
	"github.com/wlangage/wl/stdlib/email/mailtls"
)

// forbidden is header.Forbidden: the check compose applies to header
// values, applied here to envelope addresses and names.
func forbidden(v string) string { return header.Forbidden(v) }

// CheckHeaderValue refuses a header value holding CR, LF or NUL (header
// injection, WLangage DECISIONS 15a). field names the field for the error
// message, as the script knows it (for example "Sujet"). The error is an
// *Error of kind KindInvalid with Op "data".
func CheckHeaderValue(field, v string) error {
	if c := forbidden(v); c != "" {
		return &Error{Op: "data", Kind: mailtls.KindInvalid, Field: field, Detail: c}
	}
	return nil
}

// MaxCommandLine is RFC 5321's limit on a command line, CRLF included
// (§4.5.3.1.4): a MAIL FROM or RCPT TO longer than that is refused before
// anything is sent rather than cut or refused by the server.
const MaxCommandLine = 512

// checkAddress refuses an envelope address that could break the SMTP command
// line: CR, LF, NUL or an angle bracket, or one that would make the line
// longer than MaxCommandLine (Detail "long").
func checkAddress(op, addr string) *Error {
	verb := "RCPT TO:<"
	if op == "mail" {
		verb = "MAIL FROM:<"
	}
	if len(verb)+len(addr)+len(">\r\n") > MaxCommandLine {
		return &Error{Op: op, Kind: mailtls.KindInvalid, Address: addr, Detail: "long"}
	}
	c := forbidden(addr)
	if c == "" {
		for i := 0; i < len(addr); i++ {
			if addr[i] == '<' || addr[i] == '>' {
				c = string(addr[i])
				break
			}
		}
	}
	if c == "" {
		return nil
	}
	return &Error{Op: op, Kind: mailtls.KindInvalid, Address: addr, Detail: c}
}

// NormalizeCRLF returns b with every line end turned into CRLF: a lone CR or
// a lone LF becomes CRLF, an existing CRLF is kept. This closes the
// "<CR>.<CR><LF>" SMTP smuggling hole (the DATA dot-writer passes a lone CR
// through). b is returned unchanged, not copied, when it needs no change.
func NormalizeCRLF(b []byte) []byte {
	if !needsNormalize(b) {
		return b
	}
	out := make([]byte, 0, len(b)+bytes.Count(b, []byte{'\n'})+bytes.Count(b, []byte{'\r'}))
	for i := 0; i < len(b); i++ {
		switch b[i] {
		case '\r':
			out = append(out, '\r', '\n')
			if i+1 < len(b) && b[i+1] == '\n' {
				i++
			}
		case '\n':
			out = append(out, '\r', '\n')
		default:
			out = append(out, b[i])
		}
	}
	return out
}

// needsNormalize reports whether b holds a lone CR or a lone LF. It relies
// on bytes.IndexByte and bytes.Count, which are vectorised: messages can be
// large.
func needsNormalize(b []byte) bool {
	lf := 0
	for i := 0; ; {
		j := bytes.IndexByte(b[i:], '\n')
		if j < 0 {
			break
		}
		j += i
		if j == 0 || b[j-1] != '\r' {
			return true
		}
		lf++
		i = j + 1
	}
	// Every LF follows a CR: any further CR is a lone one.
	return bytes.Count(b, []byte{'\r'}) != lf
}
