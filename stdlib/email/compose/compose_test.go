package compose

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-message/mail"

	"github.com/wlangage/wl/stdlib/email/internal/header"
)

var date = time.Date(2025, 6, 15, 14, 30, 0, 0, time.UTC)

func build(t *testing.T, m *Message) *Result {
	t.Helper()
	if m.Date.IsZero() {
		m.Date = date
	}
	r, err := Build(m)
	if err != nil {
		t.Fatalf("Build: %v", err)
	}
	checkWire(t, r.Data)
	return r
}

// checkWire checks what SMTP needs: CRLF line ends only, lines of at most
// 998 octets, and a final line end.
func checkWire(t *testing.T, data []byte) {
	t.Helper()
	for i, c := range data {
		switch c {
		case '\r':
			if i+1 >= len(data) || data[i+1] != '\n' {
				t.Fatalf("lone CR at %d", i)
			}
		case '\n':
			if i == 0 || data[i-1] != '\r' {
				t.Fatalf("lone LF at %d", i)
			}
		case 0:
			t.Fatalf("NUL at %d", i)
		}
	}
	for _, l := range bytes.Split(data, []byte("\r\n")) {
		if len(l) > 998 {
			t.Fatalf("line of %d octets", len(l))
		}
	}
	if !bytes.HasSuffix(data, []byte("\r\n")) {
		t.Fatal("no final line end")
	}
}

// parts reads a message: its header and its parts (type → decoded body,
// attachments by file name).
func parts(t *testing.T, data []byte) (mail.Header, map[string]string) {
	t.Helper()
	r, err := mail.CreateReader(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("parse: %v\n%s", err, data)
	}
	out := map[string]string{}
	for {
		p, err := r.NextPart()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("part: %v\n%s", err, data)
		}
		b, _ := io.ReadAll(p.Body)
		switch h := p.Header.(type) {
		case *mail.InlineHeader:
			ct, _, _ := h.ContentType()
			if id := h.Get("Content-Id"); id != "" {
				out["cid:"+strings.Trim(id, "<>")] = string(b)
			} else {
				out[ct] = string(b)
			}
		case *mail.AttachmentHeader:
			name, _ := h.Filename()
			out[name] = string(b)
		}
	}
	return r.Header, out
}

func TestTextOnly(t *testing.T) {
	r := build(t, &Message{From: "Zoé <zoe@example.com>", To: []string{"a@example.com"}, Cc: []string{"b@example.com"},
		Bcc: []string{"secret@example.com"}, Subject: "Réunion", Text: "Ligne 1\r\nLigne 2 = ok\nLigne 3\rLigne 4"})
	if r.From != "zoe@example.com" || strings.Join(r.To, ",") != "a@example.com,b@example.com,secret@example.com" {
		t.Errorf("envelope %q %q", r.From, r.To)
	}
	h, p := parts(t, r.Data)
	if s, _ := h.Subject(); s != "Réunion" {
		t.Errorf("subject %q", s)
	}
	if bytes.Contains(bytes.ToLower(r.Data), []byte("bcc")) || bytes.Contains(r.Data, []byte("secret@")) {
		t.Errorf("Bcc in the message:\n%s", r.Data)
	}
	if h.Get("Date") == "" || h.Get("Message-Id") == "" || h.Get("Mime-Version") != "1.0" {
		t.Errorf("missing Date, Message-ID or MIME-Version:\n%s", r.Data)
	}
	// The message ends with a line end (SMTP needs one before the final dot).
	if got := p["text/plain"]; got != "Ligne 1\r\nLigne 2 = ok\r\nLigne 3\r\nLigne 4\r\n" {
		t.Errorf("text %q", got)
	}
	if !strings.HasSuffix(r.MessageID, "@example.com") || h.Get("Message-Id") != "<"+r.MessageID+">" {
		t.Errorf("Message-ID %q / %q", r.MessageID, h.Get("Message-Id"))
	}
}

func TestStructure(t *testing.T) {
	r := build(t, &Message{From: "a@example.com", To: []string{"b@example.com"}, Text: "texte", HTML: `<p>html <img src="cid:img1"></p>`,
		Attachments: []Attachment{
			{Name: "img.png", ContentID: "img1", Data: []byte{0x89, 'P', 'N', 'G', 0, 1, 2}},
			{Name: `C:\docs\été.pdf`, Description: "Un document", Data: []byte("%PDF")},
			{Data: []byte("no name: not sent")},
		}})
	_, p := parts(t, r.Data)
	if p["text/plain"] != "texte" || p["text/html"] != `<p>html <img src="cid:img1"></p>` {
		t.Errorf("bodies %q", p)
	}
	if p["cid:img1"] != "\x89PNG\x00\x01\x02" {
		t.Errorf("inline image %q", p["cid:img1"])
	}
	if p["été.pdf"] != "%PDF" {
		t.Errorf("attachment %q", p)
	}
	if bytes.Contains(r.Data, []byte("no name")) || bytes.Contains(r.Data, []byte("bm8gbmFtZ")) {
		t.Error("an attachment without a name was sent")
	}
	for _, want := range []string{"multipart/mixed", "multipart/alternative", "multipart/related", "Content-Disposition: inline", "Content-ID: <img1>"} {
		if !bytes.Contains(r.Data, []byte(want)) {
			t.Errorf("no %q in\n%s", want, r.Data)
		}
	}
}

func TestInlineWithoutHTMLIsAnAttachment(t *testing.T) {
	r := build(t, &Message{From: "a@example.com", To: []string{"b@example.com"}, Text: "t",
		Attachments: []Attachment{{Name: "i.png", ContentID: "x", Data: []byte("i")}}})
	if bytes.Contains(r.Data, []byte("related")) || !bytes.Contains(r.Data, []byte("Content-Disposition: attachment")) {
		t.Errorf("\n%s", r.Data)
	}
}

func TestSmugglingSequencesInBody(t *testing.T) {
	// A lone CR or LF in a body becomes CRLF (quoted-printable), so
	// "<CR>.<CR><LF>" cannot end DATA early; a line holding only "." is
	// dot-stuffed by the transport.
	r := build(t, &Message{From: "a@example.com", To: []string{"b@example.com"}, Text: "a\r.\r\nMAIL FROM:<x@y>\n.\nfin\x00", HTML: "<p>\r.\r</p>"})
	_, p := parts(t, r.Data)
	if p["text/plain"] != "a\r\n.\r\nMAIL FROM:<x@y>\r\n.\r\nfin\x00" || p["text/html"] != "<p>\r\n.\r\n</p>" {
		t.Errorf("bodies %q", p)
	}
}

func TestForbiddenCharacters(t *testing.T) {
	base := func() *Message {
		return &Message{From: "a@example.com", To: []string{"b@example.com"}, Subject: "s", Text: "t"}
	}
	for name, f := range map[string]func(m *Message, bad string){
		"From":         func(m *Message, bad string) { m.From = "a@example.com" + bad },
		"ReplyTo":      func(m *Message, bad string) { m.ReplyTo = "r@example.com" + bad },
		"ReturnPath":   func(m *Message, bad string) { m.ReturnPath = bad + "r@example.com" },
		"To":           func(m *Message, bad string) { m.To = []string{"b@example.com" + bad + "RCPT TO:<v@example.com>"} },
		"Cc":           func(m *Message, bad string) { m.Cc = []string{bad} },
		"Bcc":          func(m *Message, bad string) { m.Bcc = []string{"c@example.com" + bad} },
		"Subject":      func(m *Message, bad string) { m.Subject = "s" + bad + "Bcc: v@example.com" },
		"Keywords":     func(m *Message, bad string) { m.Keywords = "k" + bad },
		"Header value": func(m *Message, bad string) { m.Headers = []Header{{"X-A", "v" + bad + "Bcc: v@example.com"}} },
		"Header name":  func(m *Message, bad string) { m.Headers = []Header{{"X-A" + bad + "Bcc", "v"}} },
		"Attach name":  func(m *Message, bad string) { m.Attachments = []Attachment{{Name: "a" + bad + ".txt"}} },
		"Attach type": func(m *Message, bad string) {
			m.Attachments = []Attachment{{Name: "a", ContentType: "text/plain" + bad}}
		},
		"Attach descr.": func(m *Message, bad string) { m.Attachments = []Attachment{{Name: "a", Description: bad}} },
		"Attach id":     func(m *Message, bad string) { m.Attachments = []Attachment{{Name: "a", ContentID: "x" + bad}} },
		"MessageID":     func(m *Message, bad string) { m.MessageID = "x" + bad + "@y" },
		"References":    func(m *Message, bad string) { m.References = "x@y" + bad },
	} {
		for _, bad := range []string{"\r", "\n", "\r\n", "\x00"} {
			m := base()
			f(m, bad)
			r, err := Build(m)
			if err == nil {
				t.Errorf("%s with %q: built\n%s", name, bad, r.Data)
				continue
			}
			var se *header.Error
			var ce *Error
			if !errors.As(err, &se) && !errors.As(err, &ce) {
				t.Errorf("%s with %q: error %T %v", name, bad, err, err)
			}
		}
	}
}

func TestReservedHeaders(t *testing.T) {
	for _, name := range []string{"To", "cc", "BCC", "From", "subject", "Content-Type", "MIME-Version", "Message-ID", "Return-Path", "Reply-To"} {
		_, err := Build(&Message{From: "a@example.com", To: []string{"b@example.com"}, Headers: []Header{{name, "v@example.com"}}})
		var ce *Error
		if !errors.As(err, &ce) || ce.Kind != ReservedHeader {
			t.Errorf("%s: %v", name, err)
		}
	}
}

func TestAddresses(t *testing.T) {
	r := build(t, &Message{From: `"Dupont, Jean" <jd@example.com>`, ReplyTo: "Service <s@example.com>",
		To:         []string{"a@example.com", "b@example.com", "c@example.com", "d@example.com", "Martin, Paul <pm@example.com>", "A@EXAMPLE.COM"},
		ReturnPath: "bounce@example.com"})
	if r.From != "bounce@example.com" {
		t.Errorf("envelope sender %q", r.From)
	}
	if strings.Join(r.To, ",") != "a@example.com,b@example.com,c@example.com,d@example.com,pm@example.com" {
		t.Errorf("recipients %q", r.To)
	}
	h, _ := parts(t, r.Data)
	from, _ := h.AddressList("From")
	if len(from) != 1 || from[0].Name != "Dupont, Jean" {
		t.Errorf("From %v", from)
	}
	if h.Get("Reply-To") != "Service <s@example.com>" {
		t.Errorf("Reply-To %q", h.Get("Reply-To"))
	}
	for _, bad := range []string{"pas une adresse", "x@", "<a@b", "a@b>c"} {
		_, err := Build(&Message{From: "a@example.com", To: []string{bad}})
		var ce *Error
		if !errors.As(err, &ce) || ce.Kind != BadAddress {
			t.Errorf("%q: %v", bad, err)
		}
	}
	_, err := Build(&Message{From: "a@example.com", To: []string{"", " "}})
	var ce *Error
	if !errors.As(err, &ce) || ce.Kind != NoRecipient {
		t.Errorf("no recipient: %v", err)
	}
}

// One element of an address field is one address (issue 12 point 11):
// lists and groups are refused with an error naming the element.
func TestOneAddressPerElement(t *testing.T) {
	for _, c := range []struct {
		to    []string
		field string
	}{
		{[]string{"a@x.example, b@y.example"}, "Destinataire[1]"},
		{[]string{"ok@x.example", "a@x.example; b@y.example"}, "Destinataire[2]"},
		{[]string{"grp: b@y.example;"}, "Destinataire[1]"},
		{[]string{"grp:;"}, "Destinataire[1]"},
		{[]string{"Équipe: a@x.example, b@y.example;"}, "Destinataire[1]"},
	} {
		_, err := Build(&Message{From: "a@example.com", To: c.to})
		var ce *Error
		if !errors.As(err, &ce) || ce.Field != c.field || (ce.Kind != SeveralAddresses && ce.Kind != BadAddress) {
			t.Errorf("%q: %v", c.to, err)
			continue
		}
		if !strings.Contains(ce.Message("fr"), c.field) || !strings.Contains(ce.Message("en"), c.field) {
			t.Errorf("%q: the message does not name %s: %s", c.to, c.field, ce.Message("fr"))
		}
	}
	_, err := Build(&Message{From: "grp: a@x.example;", To: []string{"b@example.com"}})
	var ce *Error
	if !errors.As(err, &ce) || ce.Kind != SeveralAddresses || ce.Field != "Expéditeur" {
		t.Errorf("group sender: %v", err)
	}
	// Quoted or bracketed colons and semicolons are not groups.
	r := build(t, &Message{From: `"Service: ventes; achats" <s@example.com>`, To: []string{`"a:b"@example.com`, `"a;b"@example.com`}})
	if len(r.To) != 2 {
		t.Errorf("recipients %q", r.To)
	}
}

// No sender is refused instead of sending MAIL FROM:<> (issue 12 point 18).
func TestNoSender(t *testing.T) {
	_, err := Build(&Message{To: []string{"b@example.com"}})
	var ce *Error
	if !errors.As(err, &ce) || ce.Kind != NoSender {
		t.Fatalf("no sender: %v", err)
	}
	if ce.Message("fr") != "Aucun expéditeur (Expéditeur est vide) : rien n'a été envoyé" || ce.Message("en") != "No sender (Expéditeur is empty): nothing was sent" {
		t.Errorf("messages %q / %q", ce.Message("fr"), ce.Message("en"))
	}
	// A return path alone is a sender for the envelope.
	if r := build(t, &Message{ReturnPath: "bounce@example.com", To: []string{"b@example.com"}}); r.From != "bounce@example.com" {
		t.Errorf("envelope sender %q", r.From)
	}
}

// Header lines stay within RFC 5322's 998 octets (issue 12 point 12): long
// names and keywords are folded (as encoded-words), long addresses and
// message identifiers, which may not be folded, are refused.
func TestHeaderLineLimit(t *testing.T) {
	long := strings.Repeat("n", 2000)
	r := build(t, &Message{From: long + " <a@example.com>", To: []string{"Jean" + long + " <b@example.com>"},
		Keywords: strings.Repeat("k", 1500) + ";court", Headers: []Header{{"X-Long", strings.Repeat("v", 1200)}},
		References: "<a@example.com> <b@example.com>"})
	for _, l := range strings.Split(string(r.Data), "\r\n") {
		if len(l) > 998 {
			t.Fatalf("line of %d octets: %.80s...", len(l), l)
		}
	}
	h, _ := parts(t, r.Data)
	from, err := h.AddressList("From")
	if err != nil || len(from) != 1 || from[0].Name != long || from[0].Address != "a@example.com" {
		t.Errorf("From round trip: %v %v", from, err)
	}
	to, err := h.AddressList("To")
	if err != nil || len(to) != 1 || to[0].Name != "Jean"+long {
		t.Errorf("To round trip: %v %v", to, err)
	}
	for _, c := range []struct {
		m     *Message
		field string
	}{
		{&Message{From: "a@example.com", To: []string{strings.Repeat("x", 1000) + "@example.com"}}, "Destinataire"},
		{&Message{From: strings.Repeat("x", 1000) + "@example.com", To: []string{"b@example.com"}}, "Expéditeur"},
		{&Message{From: "a@example.com", To: []string{"b@example.com"}, MessageID: strings.Repeat("i", 1000) + "@example.com"}, "MessageID"},
		{&Message{From: "a@example.com", To: []string{"b@example.com"}, References: strings.Repeat("r", 1000) + "@example.com"}, "Référence"},
	} {
		_, err := Build(c.m)
		var ce *Error
		if !errors.As(err, &ce) || ce.Kind != TooLong || ce.Field != c.field {
			t.Errorf("%s: %v", c.field, err)
		}
	}
}

func TestLongSubjectFoldsBetweenEncodedWords(t *testing.T) {
	subject := strings.Repeat("Accentué très long ", 80)
	r := build(t, &Message{From: "a@example.com", To: []string{"b@example.com"}, Subject: subject})
	h, _ := parts(t, r.Data)
	if s, _ := h.Subject(); s != subject {
		t.Errorf("subject round trip: %q", s)
	}
}

func TestHTMLToText(t *testing.T) {
	got := HTMLToText("<html><head><title>x</title></head><body><h1>Titre</h1><p>Un &amp; deux<br/>trois&nbsp;!</p><ul><li>a</li><li>b</li></ul><script>x()</script></body></html>")
	want := "Titre\nUn & deux\ntrois !\n- a\n- b\n"
	if got != want {
		t.Errorf("got %q want %q", got, want)
	}
}

func TestTypeByName(t *testing.T) {
	for name, want := range map[string]string{"a.PDF": "application/pdf", `C:\x\y.jpeg`: "image/jpeg", "noext": "application/octet-stream", "a.7z": "application/x-7z-compressed", "msg.eml": "application/octet-stream", "a.docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"} {
		if got := TypeByName(name); got != want {
			t.Errorf("%s: %s", name, got)
		}
	}
}

func TestEnglishFieldNames(t *testing.T) {
	_, err := Build(&Message{To: []string{"x"}, Fields: &FieldNames{To: "Recipient"}})
	var ce *Error
	if !errors.As(err, &ce) || ce.Message("en") != `Invalid address in Recipient[1]: "x"; nothing was sent` {
		t.Errorf("%v", err)
	}
}

// FuzzBuild: whatever the script puts in the properties, the result is
// either an error or a well-formed message whose only recipients are the
// ones given, with no Bcc header.
func FuzzBuild(f *testing.F) {
	f.Add("Sujet", "corps\r\n.\r\n", "<b>x</b>", "a@example.com", "X-A", "v")
	f.Add("é\x00", "\r.\r", "", "b@example.com\r\nBcc: v@x", "Bcc", "v@x")
	f.Fuzz(func(t *testing.T, subject, text, html, to, hname, hvalue string) {
		m := &Message{From: "a@example.com", To: []string{to}, Bcc: []string{"hidden@example.com"}, Subject: subject, Text: text, HTML: html,
			Headers: []Header{{hname, hvalue}}, Date: date}
		r, err := Build(m)
		if err != nil {
			return
		}
		checkWire(t, r.Data)
		h, _ := parts(t, r.Data)
		if h.Get("Bcc") != "" || bytes.Contains(r.Data, []byte("hidden@example.com")) {
			t.Fatalf("Bcc leaked:\n%s", r.Data)
		}
		for _, rc := range r.To {
			if strings.ContainsAny(rc, "\r\n\x00<>") {
				t.Fatalf("bad recipient %q", rc)
			}
		}
	})
}

func TestVeryLongWords(t *testing.T) {
	long := strings.Repeat("x", 2000)
	r := build(t, &Message{From: "a@example.com", To: []string{"b@example.com"}, Subject: long, Headers: []Header{{"X-Long", "é" + long}}})
	h, _ := parts(t, r.Data)
	if s, _ := h.Subject(); s != long {
		t.Errorf("subject %d octets", len(s))
	}
	if v, _ := h.Text("X-Long"); v != "é"+long {
		t.Errorf("X-Long %q", v)
	}
}

func BenchmarkBuild(b *testing.B) {
	for b.Loop() {
		Build(&Message{From: "Banc d'essai <bench@example.com>", To: []string{"dest@example.com"},
			Subject: "Message de test", Text: "Bonjour,\r\nceci est un message de test.\r\n"})
	}
}
