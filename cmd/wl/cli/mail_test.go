package cli

import (
	"bytes"
	"context"
	"crypto/tls"
	"strings"
	"testing"

	"github.com/emersion/go-smtp"
)

// TestMailSinkReport sends a message to the sink over STARTTLS through the
// host dialer the script gets, verifying the certificate made for the
// name the client asked for, and checks the report.
func TestMailSinkReport(t *testing.T) {
	env := &Env{}
	m, fr, _ := env.setupMail("fr", mailFlags{sink: true})
	if fr != "" {
		t.Fatal(fr)
	}
	defer m.sink.Close()
	if m.relay != "" || m.roots == nil {
		t.Fatalf("the sink needs no relay, and gives roots: %+v", m)
	}
	// No socket: no other process can send the sink mail (issue 12
	// point 10).
	if a := m.sink.Server().Addr(); m.sink.Server().Port() != 0 || a != "mailsink" {
		t.Fatalf("the sink listens on %s", a)
	}
	conn, err := m.sink.Dial(context.Background(), "tcp", "smtp.example.com:587")
	if err != nil {
		t.Fatal(err)
	}
	c, err := smtp.NewClientStartTLS(conn, &tls.Config{ServerName: "smtp.example.com", RootCAs: m.roots})
	if err != nil {
		t.Fatal(err)
	}
	msg := "Subject: Essai\r\n\r\nBonjour\r\n"
	if err := c.SendMail("moi@example.com", []string{"toi@example.com", "lui@example.com"}, strings.NewReader(msg)); err != nil {
		t.Fatal(err)
	}
	if err := c.Quit(); err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	m.sink.Report(&b, "fr")
	want := "==== wl --mail-sink : 1 message reçu (1 connexion) ====\n" +
		"---- message 1 ----\n" +
		"MAIL FROM:<moi@example.com>\n" +
		"RCPT TO:<toi@example.com>\n" +
		"RCPT TO:<lui@example.com>\n" +
		"(TLS)\n" +
		"\n" +
		"Subject: Essai\n" +
		"\n" +
		"Bonjour\n" +
		"==== fin du courrier reçu par --mail-sink ====\n"
	if b.String() != want {
		t.Errorf("report:\n%s\nwant:\n%s", b.String(), want)
	}
}

func TestSetupMailErrors(t *testing.T) {
	env := &Env{}
	for _, f := range []mailFlags{
		{relay: "sans-port"},
		{relay: ":25"},
		{relay: "h:99999"},
		{relay: "h:25", sink: true},
		{caFile: "/nonexistent/ca.pem"},
	} {
		if _, fr, en := env.setupMail("fr", f); fr == "" || en == "" {
			t.Errorf("%+v: no error", f)
		}
	}
}
