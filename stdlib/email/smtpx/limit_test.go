package smtpx_test

import (
	"strings"
	"testing"
	"time"

	"github.com/wlangage/wl/stdlib/email/mailtls"
	"github.com/wlangage/wl/stdlib/email/smtpx"
	"github.com/wlangage/wl/tests/smtptest"
)

// TestReplyFlood: an endless reply is cut off at the caps, in every reader
// (go-smtp's, the STARTTLS preamble's, the PIPELINING one), with an error
// that names the server; before the caps the client read until the
// time-out, its memory growing at network speed (issue 12 point 2).
func TestReplyFlood(t *testing.T) {
	for _, c := range []struct {
		at         string
		sec        mailtls.Security
		pipelining bool
		op         string
	}{
		{"greeting", mailtls.Plain, false, "connect"},
		{"greeting", mailtls.StartTLS, false, "connect"},
		{"line", mailtls.Plain, false, "connect"},
		{"line", mailtls.StartTLS, false, "connect"},
		{"ehlo", mailtls.Plain, false, "connect"},
		{"ehlo", mailtls.StartTLS, false, "connect"},
		{"dot", mailtls.Plain, false, "data"},
		{"dot", mailtls.Plain, true, "data"},
	} {
		name := c.at + "/" + c.sec.String()
		if c.pipelining {
			name += "/pipelining"
		}
		t.Run(name, func(t *testing.T) {
			h := smtptest.FloodServer(t, c.at, c.pipelining)
			conf := cfg(h.Port(), c.sec)
			conf.Timeout = 20 * time.Second
			start := time.Now()
			s, err := smtpx.Open(bg, conf)
			if err == nil {
				defer s.Close()
				err = s.Send(bg, env1, msg1)
			}
			e := asError(t, err, mailtls.KindTooLong, c.op)
			if el := time.Since(start); el > 10*time.Second {
				t.Errorf("took %s: the flood was not cut off", el)
			}
			for _, lang := range []string{"fr", "en"} {
				if m := e.Message(lang); !strings.Contains(m, "localhost:") || !strings.Contains(m, "4096") {
					t.Errorf("%s: %q does not name the server and the cap", lang, m)
				}
			}
		})
	}
}

// TestLongReplyWithinCaps: a long but bounded EHLO reply still works.
func TestLongReplyWithinCaps(t *testing.T) {
	h := smtptest.Answering(t, func(_ *smtptest.Hostile, line string) (string, bool) {
		switch verb := strings.ToUpper(line); {
		case strings.HasPrefix(verb, "EHLO"):
			return strings.Repeat("250-X-"+strings.Repeat("a", 500)+"\r\n", 100) + "250 8BITMIME\r\n", false
		case strings.HasPrefix(verb, "QUIT"):
			return "221 bye\r\n", true
		}
		return "", false
	})
	s, err := smtpx.Open(bg, cfg(h.Port(), mailtls.Plain))
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
}

// An envelope address that would make MAIL FROM or RCPT TO longer than
// RFC 5321's 512 octets is refused before anything is sent (issue 12
// point 12).
func TestCommandLineLimit(t *testing.T) {
	srv := smtptest.Start(t, smtptest.Options{})
	s := mustOpen(t, cfg(srv.Port(), mailtls.Plain))
	fits := strings.Repeat("r", 512-len("RCPT TO:<@example.com>\r\n")) + "@example.com"
	if err := s.Send(bg, smtpx.Envelope{From: "a@example.com", To: []string{fits}}, msg1); err != nil {
		t.Fatalf("a 512-octet RCPT TO was refused: %v", err)
	}
	long := "r" + fits
	err := s.Send(bg, smtpx.Envelope{From: "a@example.com", To: []string{"ok@example.com", long}}, msg1)
	e := asError(t, err, mailtls.KindInvalid, "rcpt")
	if want := "Adresse du destinataire trop longue (501 caractères) : la commande SMTP dépasserait 512 octets ; rien n'a été envoyé"; e.Message("fr") != want {
		t.Errorf("fr %q", e.Message("fr"))
	}
	err = s.Send(bg, smtpx.Envelope{From: strings.Repeat("f", 500) + "@example.com", To: []string{"ok@example.com"}}, msg1)
	e = asError(t, err, mailtls.KindInvalid, "mail")
	if !strings.Contains(e.Message("en"), "sender address is too long") {
		t.Errorf("en %q", e.Message("en"))
	}
	if n := srv.Count("MAIL"); n != 1 {
		t.Errorf("%d MAIL commands, want 1 (the refused ones send nothing)", n)
	}
}
