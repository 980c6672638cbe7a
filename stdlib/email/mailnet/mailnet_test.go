package mailnet

import (
	"context"
	"errors"
	"net"
	"strings"
	"testing"
	"time"

	"github.com/wlangage/wl/stdlib/email/mailtls"
)

func TestLoopbackRule(t *testing.T) {
	for _, c := range []struct {
		cfg  Config
		want bool // refused before dialling
	}{
		{Config{Host: "mail.example.org", User: "u", Password: "p"}, true},
		{Config{Host: "localhost", User: "u", Password: "p"}, false},
		{Config{Host: "127.0.0.2", User: "u", Password: "p"}, false},
		{Config{Host: "::1", User: "u", Password: "p"}, false},
		{Config{Host: "mail.example.org", Relay: "127.0.0.1:1110", User: "u", Password: "p"}, true},
		{Config{Host: "localhost", Relay: "10.0.0.1:110", User: "u", Password: "p"}, true},
		{Config{Host: "mail.example.org", User: "u", Token: "t"}, true},
		{Config{Host: "mail.example.org", User: "u", Password: "p", Security: mailtls.StartTLS}, false},
		{Config{Host: "mail.example.org", User: "u", Password: "p", AllowPlaintextAuth: true}, false},
		{Config{Host: "mail.example.org"}, false},
	} {
		err := c.cfg.Check()
		var e *Error
		got := errors.As(err, &e) && e.Kind == mailtls.KindInsecureAuth
		if got != c.want {
			t.Errorf("%+v: refused = %v", c.cfg, got)
		}
	}
	if err := (&Config{Host: "a\r\nb"}).Check(); err == nil || !strings.Contains(err.Error(), "caractère de contrôle") {
		t.Errorf("control characters: %v", err)
	}
}

func TestInvalidNamesNeverDialled(t *testing.T) {
	dialled := false
	c := Config{Protocol: "POP3", Host: "pop.example.invalid", Port: 110, Timeout: time.Second}
	_, err := DialConn(context.Background(), &c)
	var e *Error
	if !errors.As(err, &e) || e.Kind != mailtls.KindConnect || !strings.Contains(e.Message("en"), "unknown host name") {
		t.Fatalf("err = %v", err)
	}
	// A host dialer (the mail sink) decides itself.
	c.Dial = func(ctx context.Context, network, addr string) (net.Conn, error) {
		dialled = true
		return nil, errors.New("no")
	}
	DialConn(context.Background(), &c)
	if !dialled {
		t.Error("the host's dialer was not used")
	}
}

func TestMessagesBilingual(t *testing.T) {
	for k := mailtls.KindOther; k <= mailtls.KindNoAuth; k++ {
		e := &Error{Protocol: "IMAP", Op: "read", Kind: k, Server: "imap.example.org:993", Detail: "NO x", Timeout: time.Second, Size: 1 << 20, Err: errors.New("cause")}
		fr, en := e.Message("fr"), e.Message("en")
		if fr == "" || en == "" || fr == en || !strings.Contains(fr+en, "IMAP") {
			t.Errorf("kind %d: %q / %q", k, fr, en)
		}
	}
}
