package sinkread_test

import (
	"context"
	"crypto/x509"
	"os"
	"testing"
	"time"

	"github.com/wlangage/wl/stdlib/email/imap"
	"github.com/wlangage/wl/stdlib/email/mailnet"
	"github.com/wlangage/wl/stdlib/email/mailsink"
	"github.com/wlangage/wl/stdlib/email/mailtls"
	"github.com/wlangage/wl/stdlib/email/pop3"
	"github.com/wlangage/wl/stdlib/email/sinkread"
)

func TestReadBack(t *testing.T) {
	s, err := mailsink.New()
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	seed, err := sinkread.ParseMbox([]byte("From a@b Mon Jun  2 10:00:00 2025\nSubject: one\n\n>From here\n.dot\nFrom x@y Mon Jun  2 10:00:00 2025\nSubject: two\n\nbody\n"))
	if err != nil || len(seed) != 2 || string(seed[0]) != "Subject: one\r\n\r\nFrom here\r\n.dot\r\n" {
		t.Fatalf("ParseMbox = %q, %v", seed, err)
	}
	mb := sinkread.Attach(s, seed)
	defer mb.Close()
	roots := x509.NewCertPool()
	roots.AddCert(s.CA().Cert)
	ctx := context.Background()
	for _, c := range []struct {
		port int
		sec  mailtls.Security
	}{{110, mailtls.Plain}, {110, mailtls.StartTLS}, {995, mailtls.ImplicitTLS}} {
		cfg := mailnet.Config{Host: "pop.example.org", Port: c.port, Security: c.sec, User: "u", Password: "p", AllowPlaintextAuth: true,
			Timeout: 5 * time.Second, RootCAs: roots, Dial: s.Dial}
		p, err := pop3.Dial(ctx, cfg)
		if err != nil {
			t.Fatalf("POP3 %v: %v", c.sec, err)
		}
		n, _, err := p.Stat(ctx)
		b, err2 := p.Retr(ctx, 1)
		if err != nil || err2 != nil || n != 2 || string(b) != string(seed[0]) {
			t.Errorf("POP3 %v: %d %q %v %v", c.sec, n, b, err, err2)
		}
		p.Quit(ctx)
	}
	for _, c := range []struct {
		port int
		sec  mailtls.Security
	}{{143, mailtls.Plain}, {143, mailtls.StartTLS}, {993, mailtls.ImplicitTLS}} {
		cfg := mailnet.Config{Host: "imap.example.org", Port: c.port, Security: c.sec, User: "u", Password: "p", AllowPlaintextAuth: true,
			Timeout: 5 * time.Second, RootCAs: roots, Dial: s.Dial}
		cl, err := imap.Dial(ctx, cfg)
		if err != nil {
			t.Fatalf("IMAP %v: %v", c.sec, err)
		}
		l, err := cl.Messages(ctx)
		if err != nil || len(l) != 2 {
			t.Errorf("IMAP %v: %v %v", c.sec, l, err)
		}
		cl.Logout(ctx)
	}
	_ = os.Stderr
}
