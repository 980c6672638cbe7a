package parse

import (
	"bytes"
	"fmt"
	"io"
	"mime"
	"net/mail"
	"strings"
	"time"

	"github.com/emersion/go-message"
	gomail "github.com/emersion/go-message/mail"
	"github.com/wlangage/wl/lexer/diag"
	"github.com/wlangage/wl/stdlib/email/internal/charset"
	"github.com/wlangage/wl/stdlib/email/internal/mailpart"
)

// MaxParts bounds the number of MIME parts of one message.
const MaxParts = 1000

// MaxDepth bounds the nesting of multiparts.
const MaxDepth = 20

func init() {
	// go-message reads the charsets it knows through this hook; ours
	// replaces go-message/charset, whose indexes cost every run of wl
	// their construction at start-up.
	message.CharsetReader = charset.Reader
}

// Attachment is one attached or inline file.
type Attachment = mailpart.Attachment

// Header is one header field, value decoded.
type Header struct{ Name, Value string }

// Priority values, as the WLangage constants order them.
const (
	PriorityNormal = 0
	PriorityLow    = 1
	PriorityHigh   = 2
)

// Sensitivity values (WLangage Confidentialité).
const (
	SensitivityNormal       = 0
	SensitivityConfidential = 1
	SensitivityPersonal     = 2
	SensitivityPrivate      = 3
)

// Message is a received message, decoded.
type Message struct {
	From          string // "Name <addr>" or "addr"
	ReplyTo       string
	ReturnPath    string
	To, Cc, Bcc   []string // bare addresses
	Subject       string
	Text, HTML    string
	Attachments   []Attachment
	Headers       []Header
	Date          time.Time // zero when absent or unreadable
	MessageID     string
	References    string
	Keywords      string
	Priority      int
	Sensitivity   int
	ReturnReceipt bool
	ReadReceipt   bool
	Source        []byte // the message as received
	Body          []byte // the source after the header, undecoded
}

// Error is a message that could not be fully decoded.
type Error struct {
	Reason string // short English reason: "unreadable header" or "unreadable body"
	Err    error
}

func (e *Error) Error() string { return e.Message("fr") }

// Unwrap returns the cause.
func (e *Error) Unwrap() error { return e.Err }

// Message is the description in French ("fr") or English ("en").
func (e *Error) Message(lang string) string {
	en := diag.English(lang)
	d := e.Reason
	if !en {
		switch d {
		case "unreadable header":
			d = "entête illisible"
		case "unreadable body":
			d = "corps illisible"
		}
	}
	if e.Err != nil {
		// The cause is the decoder's own text (Go's, in English).
		if en {
			d += ": " + e.Err.Error()
		} else {
			d += " (" + e.Err.Error() + ")"
		}
	}
	if en {
		return "Malformed message (MIME): " + d
	}
	return "Message mal formé (MIME) : " + d
}

// ParseHeader decodes only the header of raw (EmailLitEntête…): the body
// fields stay empty, whatever the body holds.
func ParseHeader(raw []byte) (*Message, error) {
	m := &Message{Source: raw}
	_, err := m.readHeader(raw)
	return m, err
}

// readHeader reads raw's entity and decodes its header into m; an
// unknown charset or encoding is no error.
func (m *Message) readHeader(raw []byte) (*message.Entity, error) {
	ent, err := message.Read(bytes.NewReader(raw))
	if err != nil && !message.IsUnknownCharset(err) && !message.IsUnknownEncoding(err) {
		return nil, &Error{Reason: "unreadable header", Err: err}
	}
	if ent == nil {
		return nil, &Error{Reason: "unreadable header"}
	}
	m.header(gomail.Header{Header: ent.Header})
	return ent, nil
}

// Parse decodes raw. On error the returned Message still holds the source
// and whatever was decoded before the fault.
func Parse(raw []byte) (*Message, error) {
	m := &Message{Source: raw}
	if i := bytes.Index(raw, []byte("\r\n\r\n")); i >= 0 {
		m.Body = raw[i+4:]
	} else if i := bytes.Index(raw, []byte("\n\n")); i >= 0 {
		m.Body = raw[i+2:]
	}
	ent, err := m.readHeader(raw)
	if err != nil {
		return m, err
	}
	parts := 0
	err = ent.Walk(func(path []int, e *message.Entity, werr error) error {
		parts++
		if parts > MaxParts {
			return fmt.Errorf("more than %d parts", MaxParts)
		}
		if len(path) > MaxDepth {
			return fmt.Errorf("multiparts nested deeper than %d", MaxDepth)
		}
		return m.part(e, werr)
	})
	if err != nil {
		return m, &Error{Reason: "unreadable body", Err: err}
	}
	return m, nil
}

var decoder = &mime.WordDecoder{CharsetReader: charset.Reader}

// text decodes RFC 2047 words; undecodable text stays as it is.
func text(s string) string {
	if d, err := decoder.DecodeHeader(s); err == nil {
		return d
	}
	return s
}

func addrs(h gomail.Header, key string) []string {
	l, err := h.AddressList(key)
	if err != nil || len(l) == 0 {
		// An unparsable list is given as its text, split on commas.
		v := strings.TrimSpace(text(h.Get(key)))
		if v == "" {
			return nil
		}
		var out []string
		for _, a := range strings.Split(v, ",") {
			if a = strings.TrimSpace(a); a != "" {
				out = append(out, a)
			}
		}
		return out
	}
	out := make([]string, len(l))
	for i, a := range l {
		out[i] = a.Address
	}
	return out
}

func (m *Message) header(h gomail.Header) {
	fields := h.Fields()
	for fields.Next() {
		v, err := fields.Text()
		if err != nil {
			v = fields.Value()
		}
		m.Headers = append(m.Headers, Header{Name: fields.Key(), Value: v})
	}
	if l, err := h.AddressList("From"); err == nil && len(l) > 0 {
		if l[0].Name != "" {
			m.From = l[0].Name + " <" + l[0].Address + ">"
		} else {
			m.From = l[0].Address
		}
	} else {
		m.From = strings.TrimSpace(text(h.Get("From")))
	}
	if r := addrs(h, "Reply-To"); len(r) > 0 {
		m.ReplyTo = r[0]
	}
	rp := strings.TrimSpace(h.Get("Return-Path"))
	if a, err := mail.ParseAddress(rp); err == nil {
		rp = a.Address
	}
	m.ReturnPath = strings.Trim(rp, "<>")
	m.To, m.Cc, m.Bcc = addrs(h, "To"), addrs(h, "Cc"), addrs(h, "Bcc")
	if s, err := h.Subject(); err == nil {
		m.Subject = s
	} else {
		m.Subject = h.Get("Subject")
	}
	if d, err := h.Date(); err == nil {
		m.Date = d
	}
	m.MessageID = strings.TrimSpace(h.Get("Message-Id"))
	m.References = strings.TrimSpace(h.Get("References"))
	m.Keywords = strings.TrimSpace(text(h.Get("Keywords")))
	m.ReturnReceipt = strings.TrimSpace(h.Get("Return-Receipt-To")) != ""
	m.ReadReceipt = strings.TrimSpace(h.Get("Disposition-Notification-To")) != ""
	m.Priority = priority(h.Get("X-Priority"), h.Get("Importance"), h.Get("Priority"))
	switch strings.ToLower(strings.TrimSpace(h.Get("Sensitivity"))) {
	case "company-confidential":
		m.Sensitivity = SensitivityConfidential
	case "personal":
		m.Sensitivity = SensitivityPersonal
	case "private":
		m.Sensitivity = SensitivityPrivate
	}
}

func priority(xprio, importance, prio string) int {
	if f := strings.Fields(xprio); len(f) > 0 {
		switch f[0] {
		case "1", "2":
			return PriorityHigh
		case "4", "5":
			return PriorityLow
		}
	}
	switch strings.ToLower(strings.TrimSpace(importance)) {
	case "high":
		return PriorityHigh
	case "low":
		return PriorityLow
	}
	switch strings.ToLower(strings.TrimSpace(prio)) {
	case "urgent":
		return PriorityHigh
	case "non-urgent":
		return PriorityLow
	}
	return PriorityNormal
}

// part takes one leaf: the first text/plain and text/html parts that are
// not attachments become Text and HTML; every other leaf is an attachment.
func (m *Message) part(e *message.Entity, werr error) error {
	t, params, _ := e.Header.ContentType()
	if strings.HasPrefix(t, "multipart/") {
		return nil
	}
	if t == "" {
		t = "text/plain"
	}
	disp, dparams, _ := e.Header.ContentDisposition()
	ah := gomail.AttachmentHeader{Header: e.Header}
	name, _ := ah.Filename()
	if name == "" {
		name = dparams["filename"]
	}
	if name == "" {
		name = params["name"]
	}
	name = text(name)
	body, err := io.ReadAll(e.Body)
	if err != nil {
		return fmt.Errorf("part %s: %w", t, err)
	}
	if werr != nil && message.IsUnknownEncoding(werr) {
		return werr
	}
	inlineText := disp != "attachment" && name == "" && (t == "text/plain" || t == "text/html")
	if inlineText {
		switch {
		case t == "text/plain" && m.Text == "":
			m.Text = string(body)
			return nil
		case t == "text/html" && m.HTML == "":
			m.HTML = string(body)
			return nil
		}
	}
	if t == "message/rfc822" && name == "" {
		name = "message.eml"
	}
	cid := strings.Trim(strings.TrimSpace(e.Header.Get("Content-Id")), "<>")
	m.Attachments = append(m.Attachments, Attachment{
		Name:        name,
		ContentType: t,
		Description: text(e.Header.Get("Content-Description")),
		ContentID:   cid,
		Data:        body,
	})
	return nil
}
