package mailtls

import (
	"errors"
	"fmt"
	"syscall"
	"testing"
	"time"
)

func TestFormatDuration(t *testing.T) {
	for _, c := range []struct {
		d      time.Duration
		fr, en string
	}{
		{0, "0 s", "0 s"},
		{300 * time.Millisecond, "300 ms", "300 ms"},
		{1500 * time.Millisecond, "1,5 s", "1.5 s"},
		{10 * time.Second, "10 s", "10 s"},
		{2 * time.Minute, "2 min", "2 min"},
		{2 * time.Hour, "2 h", "2 h"},
	} {
		if got := FormatDuration(c.d, "fr"); got != c.fr {
			t.Errorf("FormatDuration(%v, fr) = %q, want %q", c.d, got, c.fr)
		}
		if got := FormatDuration(c.d, "en"); got != c.en {
			t.Errorf("FormatDuration(%v, en) = %q, want %q", c.d, got, c.en)
		}
	}
}

func TestConnectReason(t *testing.T) {
	refused := fmt.Errorf("%w: %w", ErrDial, syscall.ECONNREFUSED)
	if got := ConnectReason(refused, "", "fr"); got != "connexion refusée" {
		t.Errorf("refused, fr: %q", got)
	}
	if got := ConnectReason(refused, "", "en"); got != "connection refused" {
		t.Errorf("refused, en: %q", got)
	}
	other := fmt.Errorf("%w: %w", ErrDial, errors.New("no route"))
	if got := ConnectReason(other, "", "fr"); got != "no route" {
		t.Errorf("other: %q (the dial prefix must go)", got)
	}
	if got := ConnectReason(other, "proxy refused", "fr"); got != "proxy refused" {
		t.Errorf("detail: %q", got)
	}
}

func TestVerifyPeerNoCertificate(t *testing.T) {
	if err := VerifyPeer(nil, "localhost", nil, IgnoreInvalidCert, time.Now()); err == nil {
		t.Fatal("an empty chain was accepted")
	}
}

// TestStepName: a protocol's own steps, the common ones (connect, tls),
// in French and English; an unknown step is named as it is.
func TestStepName(t *testing.T) {
	own := []Step{{"auth", "authentification", "authentication"}, {"tls", "autre", "other"}, {"mail", "MAIL FROM", ""}}
	for _, c := range []struct{ op, lang, want string }{
		{"auth", "fr", "authentification"},
		{"auth", "en", "authentication"},
		{"connect", "fr", "connexion"},
		{"connect", "en", "connect"},
		{"tls", "fr", "TLS"},
		{"mail", "en", "MAIL FROM"},
		{"mail", "fr", "MAIL FROM"},
		{"noop", "en", "noop"},
	} {
		if got := StepName(c.op, c.lang, own); got != c.want {
			t.Errorf("StepName(%q, %q) = %q, want %q", c.op, c.lang, got, c.want)
		}
	}
}
