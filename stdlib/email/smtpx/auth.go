package smtpx

import (
	"errors"
	"strings"

	"github.com/emersion/go-sasl"
)

// loginClient is a lenient AUTH LOGIN client. go-sasl's insists on the exact
// "Password:" challenge; servers in the field send "Username:"/"Password:"
// in any case, or other words, or nothing. Prompts naming the user or the
// password are answered accordingly; otherwise the first challenge gets the
// user name and the second the password.
type loginClient struct {
	user, pass string
	step       int
}

func (a *loginClient) Start() (string, []byte, error) { return "LOGIN", nil, nil }

func (a *loginClient) Next(challenge []byte) ([]byte, error) {
	p := strings.ToLower(string(challenge))
	switch {
	case strings.Contains(p, "pass"):
		a.step = 2
		return []byte(a.pass), nil
	case strings.Contains(p, "user") || strings.Contains(p, "name"):
		a.step = 1
		return []byte(a.user), nil
	}
	a.step++
	switch a.step {
	case 1:
		return []byte(a.user), nil
	case 2:
		return []byte(a.pass), nil
	}
	return nil, errors.New("smtpx: unexpected AUTH LOGIN challenge")
}

// xoauth2Client implements the XOAUTH2 mechanism of Google and Microsoft.
// On failure the server sends a JSON challenge; it is answered with an empty
// line and the server then replies 535.
type xoauth2Client struct {
	user, token string
	challenge   string // last error challenge, for diagnostics
}

func (a *xoauth2Client) Start() (string, []byte, error) {
	return "XOAUTH2", []byte("user=" + a.user + "\x01auth=Bearer " + a.token + "\x01\x01"), nil
}

func (a *xoauth2Client) Next(challenge []byte) ([]byte, error) {
	a.challenge = string(challenge)
	return []byte{}, nil
}

var _ sasl.Client = (*loginClient)(nil)
var _ sasl.Client = (*xoauth2Client)(nil)
