package parse_test

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/wlangage/wl/stdlib/email/parse"
	"github.com/wlangage/wl/tests/reading/dovecot"
)

func TestFixtures(t *testing.T) {
	fx := dovecot.Fixtures()
	m, err := parse.Parse(fx[0])
	if err != nil {
		t.Fatal(err)
	}
	if m.From != "Alice Martin <alice@example.org>" || m.Subject != "Premier message" || len(m.To) != 1 || m.To[0] != "bob@example.org" {
		t.Errorf("message 1: %+v", m)
	}
	if !strings.Contains(m.Text, ".ligne qui commence par un point") || m.HTML != "" || len(m.Attachments) != 0 {
		t.Errorf("message 1 body: %q / %q / %d", m.Text, m.HTML, len(m.Attachments))
	}
	if !m.Date.Equal(time.Date(2025, 6, 2, 8, 0, 0, 0, time.UTC)) || m.MessageID != "<un@example.org>" {
		t.Errorf("date %v id %q", m.Date, m.MessageID)
	}

	m, err = parse.Parse(fx[1])
	if err != nil {
		t.Fatal(err)
	}
	if m.Subject != "Pièce jointe" || m.From != "Zoé Durand <zoe@example.org>" || len(m.To) != 2 || len(m.Cc) != 1 || m.Priority != parse.PriorityHigh {
		t.Errorf("message 2: %+v", m)
	}
	if m.Text != "Voir la pièce jointe." || !strings.Contains(m.HTML, "<b>pièce</b>") {
		t.Errorf("message 2 body: %q / %q", m.Text, m.HTML)
	}
	if len(m.Attachments) != 1 || m.Attachments[0].Name != dovecot.AttachmentName || !bytes.Equal(m.Attachments[0].Data, dovecot.AttachmentData()) ||
		m.Attachments[0].ContentType != "application/octet-stream" {
		t.Errorf("attachment: %+v", m.Attachments)
	}

	m, err = parse.Parse(fx[2])
	if err != nil {
		t.Fatal(err)
	}
	if m.Subject != "Réunion d'été" || m.From != "René <rene@example.org>" || m.Text != "La réunion aura lieu à l'été.\r\n" {
		t.Errorf("message 3: %q %q %q", m.Subject, m.From, m.Text)
	}
}

func TestCharsets(t *testing.T) {
	src := "From: a@b.c\r\nSubject: =?windows-1252?Q?=80uros_=93cit=E9s=94?=\r\nContent-Type: text/plain; charset=windows-1252\r\n" +
		"Content-Transfer-Encoding: base64\r\n\r\n" + "gCBldXJvcw==\r\n"
	m, err := parse.Parse([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if m.Subject != "€uros “cités”" || m.Text != "€ euros" {
		t.Errorf("%q %q", m.Subject, m.Text)
	}
}

// TestMoreCharsets goes through labels that only the IANA aliases
// (csShiftJIS), the WHATWG ones (x-sjis) or the encoded words know, and
// an unknown charset, which leaves the bytes as they are.
func TestMoreCharsets(t *testing.T) {
	for _, c := range []struct{ subject, ctype, body, wantSubject, wantText string }{
		{"=?ISO-2022-JP?B?GyRCRnxLXBsoQg==?=", "text/plain; charset=csShiftJIS", "\x93\xfa\x96{", "日本", "日本"},
		{"=?koi8-r?Q?=F0=D2=C9=D7=C5=D4?=", "text/plain; charset=x-sjis", "\x93\xfa\x96{", "Привет", "日本"},
		{"=?x-unknown?Q?abc?=", "text/plain; charset=x-unknown", "d\xe9f", "=?x-unknown?Q?abc?=", "d\xe9f"},
	} {
		src := "From: a@b.c\r\nSubject: " + c.subject + "\r\nContent-Type: " + c.ctype + "\r\n\r\n" + c.body
		m, err := parse.Parse([]byte(src))
		if err != nil {
			t.Fatal(err)
		}
		if m.Subject != c.wantSubject || m.Text != c.wantText {
			t.Errorf("%s: %q %q", c.ctype, m.Subject, m.Text)
		}
	}
}

func TestMalformed(t *testing.T) {
	for name, src := range map[string]string{
		"bad-base64":      "From: a@b.c\r\nSubject: x\r\nContent-Type: multipart/mixed; boundary=B\r\n\r\n--B\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\n@@@@!!!!\r\n--B--\r\n",
		"unterminated":    "From: a@b.c\r\nContent-Type: multipart/mixed; boundary=B\r\n\r\n--B\r\nContent-Type: text/plain\r\n\r\nabc",
		"header-no-colon": "From a@b.c\r\nthis is not a header\r\n\r\nbody",
	} {
		t.Run(name, func(t *testing.T) {
			m, err := parse.Parse([]byte(src))
			var pe *parse.Error
			if !errors.As(err, &pe) {
				t.Fatalf("err = %v (message %+v)", err, m)
			}
			if m == nil || len(m.Source) != len(src) {
				t.Fatal("the source is lost")
			}
			if !strings.HasPrefix(pe.Message("en"), "Malformed message (MIME): ") || !strings.HasPrefix(pe.Message("fr"), "Message mal formé (MIME) : ") {
				t.Errorf("messages: %q / %q", pe.Message("fr"), pe.Message("en"))
			}
		})
	}
}

func TestBounds(t *testing.T) {
	var b strings.Builder
	b.WriteString("From: a@b.c\r\nContent-Type: multipart/mixed; boundary=B\r\n\r\n")
	for range parse.MaxParts + 5 {
		b.WriteString("--B\r\nContent-Type: application/x-y\r\n\r\nz\r\n")
	}
	b.WriteString("--B--\r\n")
	if _, err := parse.Parse([]byte(b.String())); err == nil || !strings.Contains(err.Error(), "parts") {
		t.Errorf("too many parts: %v", err)
	}
	b.Reset()
	b.WriteString("From: a@b.c\r\n")
	for i := range parse.MaxDepth + 2 {
		b.WriteString("Content-Type: multipart/mixed; boundary=B" + string(rune('a'+i)) + "\r\n\r\n--B" + string(rune('a'+i)) + "\r\n")
	}
	b.WriteString("Content-Type: text/plain\r\n\r\ndeep\r\n")
	if _, err := parse.Parse([]byte(b.String())); err == nil || !strings.Contains(err.Error(), "nested") {
		t.Errorf("too deep: %v", err)
	}
}

// FuzzParse: Parse never panics, never loses the source, and fails only
// with a *parse.Error.
func FuzzParse(f *testing.F) {
	for _, m := range dovecot.Fixtures() {
		f.Add(m)
	}
	f.Add([]byte("From: a@b.c\r\nContent-Type: multipart/mixed; boundary=B\r\n\r\n--B\r\nContent-Transfer-Encoding: base64\r\n\r\n@@\r\n--B--\r\n"))
	f.Add([]byte("Subject: =?ISO-8859-1?Q?R=E9?=\n\nx"))
	f.Add([]byte("Content-Type: text/plain; charset=x-unknown\r\n\r\nabc"))
	f.Add([]byte("Content-Disposition: attachment; filename*=UTF-8''%E2%82%AC.txt\r\n\r\nabc"))
	f.Fuzz(func(t *testing.T, raw []byte) {
		var m *parse.Message
		var err error
		done := make(chan struct{})
		go func() { m, err = parse.Parse(raw); close(done) }()
		select {
		case <-done:
		case <-time.After(5 * time.Second):
			t.Fatalf("Parse(%q) did not return within 5 s", raw)
		}
		if m == nil || !bytes.Equal(m.Source, raw) {
			t.Fatal("source lost")
		}
		if err != nil {
			var pe *parse.Error
			if !errors.As(err, &pe) {
				t.Fatalf("error of type %T: %v", err, err)
			}
		}
	})
}
