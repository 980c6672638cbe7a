package smtpx

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/wlangage/wl/stdlib/email/mailtls"
)

func TestNormalizeCRLF(t *testing.T) {
	for in, want := range map[string]string{
		"":                  "",
		"a":                 "a",
		"a\r\nb\r\n":        "a\r\nb\r\n",
		"a\nb":              "a\r\nb",
		"a\rb":              "a\r\nb",
		"a\r\r\nb":          "a\r\n\r\nb",
		"a\n\r":             "a\r\n\r\n",
		"\r.\r\n":           "\r\n.\r\n",
		"x\r\n.\r\n\n.\n\r": "x\r\n.\r\n\r\n.\r\n\r\n",
	} {
		if got := NormalizeCRLF([]byte(in)); string(got) != want {
			t.Errorf("NormalizeCRLF(%q) = %q, want %q", in, got, want)
		}
	}
	b := []byte("ok\r\n")
	if got := NormalizeCRLF(b); &got[0] != &b[0] {
		t.Error("an already normal message was copied")
	}
}

func TestCheckHeaderValue(t *testing.T) {
	if err := CheckHeaderValue("Sujet", "Bonjour à tous\t!"); err != nil {
		t.Fatal(err)
	}
	for v, c := range map[string]string{"a\rb": "CR", "a\nBcc: x@y": "LF", "a\x00": "NUL"} {
		err := CheckHeaderValue("Sujet", v)
		var e *Error
		if !errors.As(err, &e) || e.Kind != mailtls.KindInvalid || e.Detail != c || e.Field != "Sujet" {
			t.Fatalf("CheckHeaderValue(%q) = %#v", v, err)
		}
	}
	err := CheckHeaderValue("Sujet", "a\nBcc: x@y")
	if want := "Valeur invalide pour le champ Sujet : elle contient un saut de ligne (LF) ; rien n'a été envoyé"; err.Error() != want {
		t.Errorf("FR = %q", err.Error())
	}
	if want := "Invalid value for the Sujet field: it contains a line feed (LF); nothing was sent"; err.(*Error).Message("en") != want {
		t.Errorf("EN = %q", err.(*Error).Message("en"))
	}
}

func TestMessages(t *testing.T) {
	cases := []struct {
		e      *Error
		fr, en string
	}{
		{&Error{Op: "rcpt", Kind: mailtls.KindReply, Server: "smtp.example.com:25", Code: 550, Enhanced: [3]int{5, 1, 1}, Detail: "User unknown",
			Recipients: []RcptError{{Address: "x@y", Code: 550, Enhanced: [3]int{5, 1, 1}, Detail: "User unknown"}}},
			"Le serveur SMTP smtp.example.com:25 a refusé le destinataire <x@y> : 550 5.1.1 User unknown (erreur permanente)",
			"SMTP server smtp.example.com:25 rejected the recipient <x@y>: 550 5.1.1 User unknown (permanent error)"},
		{&Error{Op: "rcpt", Kind: mailtls.KindReply, Server: "smtp.example.com:25", Address: "x@y", Code: 451, Detail: "Chaos recipient error", Temporary: true},
			"Le serveur SMTP smtp.example.com:25 a refusé le destinataire <x@y> : 451 Chaos recipient error (erreur temporaire)",
			"SMTP server smtp.example.com:25 rejected the recipient <x@y>: 451 Chaos recipient error (temporary error)"},
		{&Error{Op: "connect", Kind: mailtls.KindTimeout, Server: "smtp.example.com:25", Timeout: 10 * time.Second},
			"Délai dépassé (10 s) en attendant la réponse du serveur SMTP smtp.example.com:25 (étape connexion)",
			"Timed out (10 s) waiting for the reply of SMTP server smtp.example.com:25 (connect step)"},
		{&Error{Op: "mail", Kind: mailtls.KindTimeout, Server: "smtp.example.com:25", Timeout: DefaultTimeout},
			"Délai dépassé (10 min) en attendant la réponse du serveur SMTP smtp.example.com:25 (étape MAIL FROM)",
			"Timed out (10 min) waiting for the reply of SMTP server smtp.example.com:25 (MAIL FROM step)"},
		{&Error{Op: "tls", Kind: mailtls.KindTimeout, Server: "smtp.example.com:465", Timeout: 1500 * time.Millisecond},
			"Délai dépassé (1,5 s) lors de la négociation TLS avec le serveur SMTP smtp.example.com:465",
			"Timed out (1.5 s) negotiating TLS with SMTP server smtp.example.com:465"},
		{&Error{Op: "connect", Kind: mailtls.KindConnect, Server: "smtp.example.com:25", Detail: "no route"},
			"Impossible de se connecter au serveur SMTP smtp.example.com:25 : no route",
			"Cannot connect to SMTP server smtp.example.com:25: no route"},
		{&Error{Op: "data", Kind: mailtls.KindClosed, Server: "smtp.example.com:25", Err: errors.New("EOF")},
			"Le serveur SMTP smtp.example.com:25 a fermé la connexion de façon inattendue (étape DATA)",
			"SMTP server smtp.example.com:25 closed the connection unexpectedly (DATA step)"},
		{&Error{Op: "auth", Kind: mailtls.KindReply, Server: "smtp.office365.com:587", Code: 504, Enhanced: [3]int{5, 7, 4}, Detail: "Unrecognized authentication type"},
			"Le serveur SMTP smtp.office365.com:587 a refusé l'authentification : 504 5.7.4 Unrecognized authentication type (erreur permanente)",
			"SMTP server smtp.office365.com:587 rejected the authentication: 504 5.7.4 Unrecognized authentication type (permanent error)"},
	}
	for _, c := range cases {
		if got := c.e.Message("fr"); got != c.fr {
			t.Errorf("FR = %q\nwant %q", got, c.fr)
		}
		if got := c.e.Error(); got != c.fr {
			t.Errorf("Error() = %q", got)
		}
		if got := c.e.Message("en"); got != c.en {
			t.Errorf("EN = %q\nwant %q", got, c.en)
		}
	}
}

func TestLoginClient(t *testing.T) {
	for _, ch := range [][2]string{{"Username:", "Password:"}, {"username:", "password:"}, {"", ""}, {"?", "?"}, {"Password:", "Username:"}} {
		a := &loginClient{user: "u", pass: "p"}
		mech, ir, err := a.Start()
		if mech != "LOGIN" || ir != nil || err != nil {
			t.Fatal(mech, ir, err)
		}
		r1, _ := a.Next([]byte(ch[0]))
		r2, _ := a.Next([]byte(ch[1]))
		want1, want2 := "u", "p"
		if ch[0] == "Password:" {
			want1, want2 = "p", "u"
		}
		if string(r1) != want1 || string(r2) != want2 {
			t.Errorf("%q: %q %q", ch, r1, r2)
		}
	}
	a := &loginClient{user: "u", pass: "p"}
	a.Next(nil)
	a.Next(nil)
	if _, err := a.Next(nil); err == nil {
		t.Error("a third anonymous challenge should fail")
	}
}

func TestXOAuth2Client(t *testing.T) {
	a := &xoauth2Client{user: "alice@example.com", token: "ya29.tok"}
	mech, ir, _ := a.Start()
	if mech != "XOAUTH2" || !bytes.Equal(ir, []byte("user=alice@example.com\x01auth=Bearer ya29.tok\x01\x01")) {
		t.Fatalf("%s %q", mech, ir)
	}
	if r, err := a.Next([]byte(`{"status":"401"}`)); err != nil || r == nil || len(r) != 0 {
		t.Fatalf("Next = %q %v", r, err)
	}
}

func TestLoopbackNames(t *testing.T) {
	for h, want := range map[string]bool{"localhost": true, "LOCALHOST.": true, "127.0.0.1": true, "127.1.2.3": true, "::1": true,
		"::ffff:127.0.0.1": true, "fe80::1%lo": false, "localhost.example.com": false, "mail.example.com": false, "10.0.0.1": false, "": false} {
		if got := isLoopbackName(h); got != want {
			t.Errorf("isLoopbackName(%q) = %v", h, got)
		}
	}
}

// TestReplyMessageAtEachStep: the refusal each step names, in both
// languages, with the address where the step has one.
func TestReplyMessageAtEachStep(t *testing.T) {
	for _, c := range []struct {
		op, addr, fr, en string
	}{
		{"auth", "bob", "a refusé l'authentification de bob", "rejected the authentication of bob"},
		{"auth", "", "a refusé l'authentification", "rejected the authentication"},
		{"mail", "a@b.c", "a refusé l'expéditeur <a@b.c>", "rejected the sender <a@b.c>"},
		{"rcpt", "d@e.f", "a refusé le destinataire <d@e.f>", "rejected the recipient <d@e.f>"},
		{"data", "", "a refusé le message", "rejected the message"},
		{"quit", "", "a répondu à QUIT par une erreur", "answered QUIT with an error"},
		{"tls", "", "a refusé STARTTLS", "refused STARTTLS"},
		{"connect", "", "a refusé la connexion", "refused the connection"},
		{"other", "x", "a répondu par une erreur", "answered with an error"},
	} {
		e := &Error{Op: c.op, Kind: mailtls.KindReply, Server: "h:25", Code: 554, Address: c.addr, Detail: "no"}
		if got, want := e.Message("fr"), "Le serveur SMTP h:25 "+c.fr+" : 554 no (erreur permanente)"; got != want {
			t.Errorf("%s fr:\n got %s\nwant %s", c.op, got, want)
		}
		if got, want := e.Message("en"), "SMTP server h:25 "+c.en+": 554 no (permanent error)"; got != want {
			t.Errorf("%s en:\n got %s\nwant %s", c.op, got, want)
		}
	}
}

// TestInvalidAddressNamesItsRole: an address refused locally is named by
// its role at the step that refused it.
func TestInvalidAddressNamesItsRole(t *testing.T) {
	for _, c := range []struct{ op, fr, en string }{
		{"mail", "de l'expéditeur", "sender"},
		{"auth", "de l'utilisateur", "user"},
		{"rcpt", "du destinataire", "recipient"},
		{"data", "du destinataire", "recipient"},
	} {
		e := &Error{Op: c.op, Kind: mailtls.KindInvalid, Address: "a\nb", Detail: "\n"}
		fr, en := e.Message("fr"), e.Message("en")
		if !strings.HasPrefix(fr, "Adresse "+c.fr+" invalide ") || !strings.HasPrefix(en, "Invalid "+c.en+" address ") {
			t.Errorf("%s:\n%s\n%s", c.op, fr, en)
		}
	}
}
