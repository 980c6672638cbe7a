package pop3_test

import (
	"bytes"
	"context"
	"errors"
	"net"
	"testing"
	"time"

	"github.com/wlangage/wl/stdlib/email/mailnet"
	"github.com/wlangage/wl/stdlib/email/mailtls"
	"github.com/wlangage/wl/stdlib/email/pop3"
	"github.com/wlangage/wl/tests/reading/dovecot"
)

func split(t *testing.T, addr string) (string, int) {
	h, p, err := net.SplitHostPort(addr)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, c := range p {
		n = n*10 + int(c-'0')
	}
	return h, n
}

// TestDovecot reads, deletes and re-counts over plain, STLS and implicit
// TLS against a real Dovecot (acceptance 1, POP3 side).
func TestDovecot(t *testing.T) {
	srv := dovecot.Start(t, dovecot.Users{"bob": "secret"})
	fx := dovecot.Fixtures()
	srv.Seed(t, "bob", "", fx...)
	ctx := context.Background()
	for _, m := range []struct {
		name string
		addr string
		sec  mailtls.Security
	}{
		{"plain", srv.POP3, mailtls.Plain},
		{"stls", srv.POP3, mailtls.StartTLS},
		{"tls", srv.POP3S, mailtls.ImplicitTLS},
	} {
		t.Run(m.name, func(t *testing.T) {
			h, p := split(t, m.addr)
			c, err := pop3.Dial(ctx, mailnet.Config{Host: "localhost", Port: p, Security: m.sec, User: "bob", Password: "secret",
				Timeout: 10 * time.Second, RootCAs: srv.CA.Pool()})
			_ = h
			if err != nil {
				t.Fatalf("Dial: %v\n%s", err, srv.Log())
			}
			defer c.Close()
			if c.TLS() != (m.sec != mailtls.Plain) {
				t.Errorf("TLS() = %v", c.TLS())
			}
			n, size, err := c.Stat(ctx)
			if err != nil || n != 3 || size <= 0 {
				t.Fatalf("Stat = %d, %d, %v", n, size, err)
			}
			l, err := c.List(ctx)
			if err != nil || len(l) != 3 || l[0].UID == "" {
				t.Fatalf("List = %+v, %v", l, err)
			}
			for i, want := range fx {
				got, err := c.Retr(ctx, i+1)
				if err != nil {
					t.Fatal(err)
				}
				if !bytes.Equal(got, want) {
					t.Errorf("RETR %d:\n%q\nwant\n%q", i+1, got, want)
				}
				if int64(len(got)) != l[i].Size {
					t.Errorf("LIST size %d, message %d bytes", l[i].Size, len(got))
				}
			}
			top, err := c.Top(ctx, 1, 0)
			if err != nil || !bytes.HasPrefix(top, []byte("From: Alice")) || bytes.Contains(top, []byte("Bonjour")) {
				t.Errorf("TOP 1 0 = %q, %v", top, err)
			}
			if _, err := c.Retr(ctx, 9); err == nil {
				t.Error("RETR 9 succeeded")
			} else if e := (*mailnet.Error)(nil); !errors.As(err, &e) || e.Kind != mailtls.KindReply {
				t.Errorf("RETR 9: %v", err)
			}
			// The session survives a refusal.
			if err := c.Noop(ctx); err != nil {
				t.Fatal(err)
			}
		})
	}

	t.Run("delete", func(t *testing.T) {
		_, p := split(t, srv.POP3S)
		cfg := mailnet.Config{Host: "127.0.0.1", Port: p, Security: mailtls.ImplicitTLS, User: "bob", Password: "secret", Timeout: 10 * time.Second, RootCAs: srv.CA.Pool()}
		c, err := pop3.Dial(ctx, cfg)
		if err != nil {
			t.Fatal(err)
		}
		if err := c.Dele(ctx, 2); err != nil {
			t.Fatal(err)
		}
		if err := c.Quit(ctx); err != nil {
			t.Fatal(err)
		}
		c, err = pop3.Dial(ctx, cfg)
		if err != nil {
			t.Fatal(err)
		}
		defer c.Quit(ctx)
		n, _, err := c.Stat(ctx)
		if err != nil || n != 2 {
			t.Fatalf("after DELE and QUIT: %d messages, %v", n, err)
		}
	})

	t.Run("bad-password", func(t *testing.T) {
		_, p := split(t, srv.POP3)
		_, err := pop3.Dial(ctx, mailnet.Config{Host: "127.0.0.1", Port: p, User: "bob", Password: "wrong", Timeout: 10 * time.Second})
		var e *mailnet.Error
		if !errors.As(err, &e) || e.Kind != mailtls.KindReply || e.Op != "auth" {
			t.Fatalf("err = %v", err)
		}
		t.Log(e.Message("fr"))
	})

	t.Run("unknown-ca", func(t *testing.T) {
		_, p := split(t, srv.POP3S)
		cfg := mailnet.Config{Host: "localhost", Port: p, Security: mailtls.ImplicitTLS, User: "bob", Password: "secret", Timeout: 10 * time.Second}
		_, err := pop3.Dial(ctx, cfg)
		var e *mailnet.Error
		if !errors.As(err, &e) || e.Kind != mailtls.KindCertificate {
			t.Fatalf("err = %v", err)
		}
		cfg.Ignore = mailtls.IgnoreInvalidCert
		c, err := pop3.Dial(ctx, cfg)
		if err != nil {
			t.Fatalf("with IgnoreInvalidCert: %v", err)
		}
		c.Quit(ctx)
	})
}
