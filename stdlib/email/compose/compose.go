package compose

import (
	"bytes"
	"crypto/rand"
	"encoding/base64"
	"fmt"
	"io"
	"mime"
	"mime/quotedprintable"
	"net/mail"
	"path"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unicode/utf8"

	"github.com/emersion/go-message/textproto"

	"github.com/wlangage/wl/stdlib/email/internal/header"
	"github.com/wlangage/wl/stdlib/email/internal/mailpart"

	"github.com/wlangage/wl/lexer/diag"
)

// Priority is the WLangage Email.Priorité.
type Priority int

// Priorities (emailPrioritéNormale, emailPrioritéBasse, emailPrioritéHaute).
const (
	PriorityNormal Priority = iota
	PriorityLow
	PriorityHigh
)

// Sensitivity is the WLangage Email.Confidentialité.
type Sensitivity int

// Sensitivities (emailNormal, emailConfidentiel, emailPersonnel,
// emailPrivé), written as the RFC 2156 Sensitivity header.
const (
	SensitivityNormal Sensitivity = iota
	SensitivityConfidential
	SensitivityPersonal
	SensitivityPrivate
)

// Attachment is one attached file (WLangage emailAttache).
type Attachment = mailpart.Attachment

// Header is a custom header field (WLangage emailEntête).
type Header struct{ Name, Value string }

// Message is what the script described. Address fields take
// "addr@domain" or "Display Name <addr@domain>".
type Message struct {
	From       string // Expéditeur → From, and envelope sender unless ReturnPath
	ReplyTo    string // AdresseExpéditeur → Reply-To
	ReturnPath string // AdresseRetourErreur → envelope sender (MAIL FROM)
	To         []string
	Cc         []string
	Bcc        []string // envelope only
	Subject    string
	Text       string // Message: text/plain body
	HTML       string // HTML: text/html body
	// Attachments are sent after the bodies; those with a ContentID are
	// inline parts of the HTML body when there is one.
	Attachments []Attachment
	// ReturnReceipt (AccuséRéception) adds Return-Receipt-To, ReadReceipt
	// (ConfirmationLecture) Disposition-Notification-To, both addressed to
	// ReplyTo when set, else to From [fr:1000018713].
	ReturnReceipt, ReadReceipt bool
	Priority                   Priority
	Sensitivity                Sensitivity
	// Keywords (Catégorie) are separated by ";"; sent as Keywords.
	Keywords string
	// MessageID, when set, is used instead of a generated identifier
	// (emailOptionMessageID); with or without angle brackets.
	MessageID string
	// References (Référence with emailOptionRéférence): identifiers
	// separated by spaces, commas or semicolons; sent as References and,
	// for the last one, In-Reply-To.
	References string
	// Headers are extra header fields (Entête).
	Headers []Header
	// Date is the Date header; zero means time.Now().
	Date time.Time
	// Domain is the right-hand side of a generated Message-ID; "" means
	// the sender's domain, or "localhost".
	Domain string
	// Fields names, for error messages, the script's properties; nil
	// means the French names of the Email type.
	Fields *FieldNames
}

// FieldNames are the property names quoted by error messages.
type FieldNames struct {
	From, ReplyTo, ReturnPath, To, Cc, Bcc, Subject, Keywords, MessageID,
	References, Headers, Attachments string
}

// FrenchFields are the property names of the WLangage Email type.
var FrenchFields = FieldNames{
	From: "Expéditeur", ReplyTo: "AdresseExpéditeur", ReturnPath: "AdresseRetourErreur",
	To: "Destinataire", Cc: "Cc", Bcc: "Cci", Subject: "Sujet", Keywords: "Catégorie",
	MessageID: "MessageID", References: "Référence", Headers: "Entête", Attachments: "Attache",
}

// Result is a built message.
type Result struct {
	// Data is the message, CRLF line ends, ready for DATA.
	Data []byte
	// From is the envelope sender (bare address, "" for the null path).
	From string
	// To are the envelope recipients (To, Cc and Bcc, duplicates removed).
	To []string
	// MessageID is the Message-ID, without angle brackets.
	MessageID string
}

// ErrorKind classifies an *Error.
type ErrorKind int

const (
	// BadAddress: an address field does not parse.
	BadAddress ErrorKind = iota + 1
	// NoRecipient: To, Cc and Bcc are all empty.
	NoRecipient
	// BadHeaderName: a custom header name is not a valid field name.
	BadHeaderName
	// ReservedHeader: a custom header would replace one the message
	// builds from the Email properties.
	ReservedHeader
	// BadContentType: an attachment's ContentType does not parse.
	BadContentType
	// BadMessageID: MessageID or Référence holds a character that cannot
	// appear in a message identifier.
	BadMessageID
	// SeveralAddresses: one element of an address field holds several
	// addresses ("a@x, b@y") or a group ("grp: b@y;"); one element is one
	// address. Field names the element ("Destinataire[2]").
	SeveralAddresses
	// NoSender: the message has no sender (Expéditeur), which would be
	// sent with no From header and a null reverse-path (MAIL FROM:<>).
	NoSender
	// TooLong: a value that cannot be folded (an address, a message
	// identifier) would make a line longer than RFC 5322's 998 octets.
	TooLong
)

// Error is a message that cannot be built; nothing was sent. It is a
// diag.Error.
type Error struct {
	Kind  ErrorKind
	Field string // the script's property
	Value string // the offending value
}

// Error returns Message("fr").
func (e *Error) Error() string { return e.Message("fr") }

// Message describes the problem in French ("fr") or English ("en").
func (e *Error) Message(lang string) string {
	en := diag.English(lang)
	v := visible(e.Value)
	switch e.Kind {
	case BadAddress:
		if en {
			return fmt.Sprintf("Invalid address in %s: \"%s\"; nothing was sent", e.Field, v)
		}
		return fmt.Sprintf("Adresse invalide dans %s : « %s » ; rien n'a été envoyé", e.Field, v)
	case NoRecipient:
		if en {
			return "No recipient (" + e.Field + " are empty): nothing was sent"
		}
		return "Aucun destinataire (" + e.Field + " sont vides) : rien n'a été envoyé"
	case BadHeaderName:
		if en {
			return fmt.Sprintf("Invalid header name in %s: \"%s\"; nothing was sent", e.Field, v)
		}
		return fmt.Sprintf("Nom d'entête invalide dans %s : « %s » ; rien n'a été envoyé", e.Field, v)
	case ReservedHeader:
		if en {
			return fmt.Sprintf("The %s header cannot be set through %s: it comes from the Email properties; nothing was sent", e.Value, e.Field)
		}
		return fmt.Sprintf("L'entête %s ne peut pas être fixé par %s : il découle des propriétés de l'email ; rien n'a été envoyé", e.Value, e.Field)
	case BadContentType:
		if en {
			return fmt.Sprintf("Invalid ContentType in %s: \"%s\"; nothing was sent", e.Field, v)
		}
		return fmt.Sprintf("ContentType invalide dans %s : « %s » ; rien n'a été envoyé", e.Field, v)
	case BadMessageID:
		if en {
			return fmt.Sprintf("Invalid message identifier in %s: \"%s\"; nothing was sent", e.Field, v)
		}
		return fmt.Sprintf("Identifiant de message invalide dans %s : « %s » ; rien n'a été envoyé", e.Field, v)
	case SeveralAddresses:
		if en {
			return fmt.Sprintf("%s must hold a single address (one address per element), got \"%s\"; nothing was sent", e.Field, v)
		}
		return fmt.Sprintf("%s doit contenir une seule adresse (une adresse par élément), reçu « %s » ; rien n'a été envoyé", e.Field, v)
	case NoSender:
		if en {
			return "No sender (" + e.Field + " is empty): nothing was sent"
		}
		return "Aucun expéditeur (" + e.Field + " est vide) : rien n'a été envoyé"
	case TooLong:
		if en {
			return fmt.Sprintf("%s is too long for a header line (%d characters; at most %d): nothing was sent", e.Field, utf8.RuneCountInString(e.Value), maxLine)
		}
		return fmt.Sprintf("%s est trop long pour une ligne d'entête (%d caractères ; au plus %d) : rien n'a été envoyé", e.Field, utf8.RuneCountInString(e.Value), maxLine)
	}
	return "compose: " + e.Field
}

// unfoldable returns v, or v B-encoded in short words when it holds a run
// of more than 900 characters without a space (a header line may not
// exceed 998 octets and can only be folded at a space).
func unfoldable(v string) string {
	run := 0
	for i := 0; i < len(v); i++ {
		if v[i] == ' ' {
			run = 0
			continue
		}
		if run++; run > 900 {
			return forceB(v)
		}
	}
	return v
}

// forceB encodes s as RFC 2047 B encoded-words of at most 45 octets of
// text each, never splitting a UTF-8 sequence.
func forceB(s string) string {
	var words []string
	for len(s) > 0 {
		n := min(45, len(s))
		for n < len(s) && n > 0 && !utf8.RuneStart(s[n]) {
			n--
		}
		words = append(words, "=?utf-8?b?"+base64.StdEncoding.EncodeToString([]byte(s[:n]))+"?=")
		s = s[n:]
	}
	return strings.Join(words, " ")
}

// visible shows control characters of a value quoted in a message.
func visible(s string) string {
	return strings.NewReplacer("\r", `\r`, "\n", `\n`, "\x00", `\0`, "\t", `\t`).Replace(s)
}

// IsReserved reports whether canon (a canonical field name) is one
// of the header fields Build writes itself from the properties of the
// message; a received message lists the others as its extra headers.
func IsReserved(canon string) bool {
	switch canon {
	case "From", "Sender", "Reply-To", "To", "Cc", "Bcc",
		"Subject", "Date", "Message-Id", "Mime-Version",
		"Content-Type", "Content-Transfer-Encoding", "Content-Disposition",
		"Content-Id", "Return-Path":
		return true
	}
	return false
}

// Build checks m and produces the message and its envelope.
func Build(m *Message) (*Result, error) {
	fn := m.Fields
	if fn == nil {
		fn = &FrenchFields
	}
	b := &builder{m: m, fn: fn}
	return b.build()
}

type builder struct {
	m  *Message
	fn *FieldNames
}

func (b *builder) build() (*Result, error) {
	m := b.m
	from, err := b.optionalAddress(b.fn.From, m.From)
	if err != nil {
		return nil, err
	}
	replyTo, err := b.optionalAddress(b.fn.ReplyTo, m.ReplyTo)
	if err != nil {
		return nil, err
	}
	returnPath, err := b.optionalAddress(b.fn.ReturnPath, m.ReturnPath)
	if err != nil {
		return nil, err
	}
	to, err := b.addressList(b.fn.To, m.To)
	if err != nil {
		return nil, err
	}
	cc, err := b.addressList(b.fn.Cc, m.Cc)
	if err != nil {
		return nil, err
	}
	bcc, err := b.addressList(b.fn.Bcc, m.Bcc)
	if err != nil {
		return nil, err
	}
	for _, v := range []struct{ field, v string }{{b.fn.Subject, m.Subject}, {b.fn.Keywords, m.Keywords}} {
		if err := header.Check(v.field, v.v); err != nil {
			return nil, err
		}
	}

	res := &Result{}
	switch {
	case returnPath != nil:
		res.From = returnPath.Address
	case from != nil:
		res.From = from.Address
	}
	res.To = make([]string, 0, len(to)+len(cc)+len(bcc))
	for _, l := range [3][]*mail.Address{to, cc, bcc} {
	next:
		for _, a := range l {
			for _, x := range res.To {
				if strings.EqualFold(x, a.Address) {
					continue next
				}
			}
			res.To = append(res.To, a.Address)
		}
	}
	if len(res.To) == 0 {
		return nil, &Error{Kind: NoRecipient, Field: b.fn.To + ", " + b.fn.Cc + ", " + b.fn.Bcc}
	}
	if res.From == "" {
		// MAIL FROM:<> is a bounce's reverse-path, not a default.
		return nil, &Error{Kind: NoSender, Field: b.fn.From}
	}

	var out bytes.Buffer
	out.Grow(len(m.Text) + len(m.HTML) + 512)
	h := &headerWriter{w: &out}
	date := m.Date
	if date.IsZero() {
		date = time.Now()
	}
	h.add("Date", formatDate(date))
	if from != nil {
		h.add("From", formatAddress(from))
	}
	if replyTo != nil {
		h.add("Reply-To", formatAddress(replyTo))
	}
	if m.Subject != "" {
		h.add("Subject", unfoldable(mime.QEncoding.Encode("utf-8", m.Subject)))
	}
	switch {
	case len(to) > 0:
		h.add("To", joinAddresses(to))
	case len(cc) == 0:
		h.add("To", "undisclosed-recipients:;")
	}
	if len(cc) > 0 {
		h.add("Cc", joinAddresses(cc))
	}

	id, err := b.messageID(from)
	if err != nil {
		return nil, err
	}
	res.MessageID = id
	h.add("Message-ID", "<"+id+">")
	if m.References != "" {
		refs, err := splitIDs(m.References)
		if err != nil {
			return nil, &Error{Kind: BadMessageID, Field: b.fn.References, Value: m.References}
		}
		if len(refs) > 0 {
			h.add("In-Reply-To", "<"+refs[len(refs)-1]+">")
			h.add("References", "<"+strings.Join(refs, "> <")+">")
		}
	}
	switch m.Priority {
	case PriorityHigh:
		h.add("X-Priority", "1 (Highest)")
		h.add("Importance", "high")
	case PriorityLow:
		h.add("X-Priority", "5 (Lowest)")
		h.add("Importance", "low")
	}
	switch m.Sensitivity {
	case SensitivityConfidential:
		h.add("Sensitivity", "Company-Confidential")
	case SensitivityPersonal:
		h.add("Sensitivity", "Personal")
	case SensitivityPrivate:
		h.add("Sensitivity", "Private")
	}
	if kw := keywords(m.Keywords); kw != "" {
		h.add("Keywords", kw)
	}
	if m.ReturnReceipt || m.ReadReceipt {
		notify := replyTo
		if notify == nil {
			notify = from
		}
		if notify != nil {
			if m.ReturnReceipt {
				h.add("Return-Receipt-To", formatAddress(notify))
			}
			if m.ReadReceipt {
				h.add("Disposition-Notification-To", formatAddress(notify))
			}
		}
	}
	for _, x := range m.Headers {
		name := strings.TrimSpace(x.Name)
		if !validFieldName(name) {
			return nil, &Error{Kind: BadHeaderName, Field: b.fn.Headers, Value: x.Name}
		}
		canon := textprotoKey(name)
		if IsReserved(canon) {
			return nil, &Error{Kind: ReservedHeader, Field: b.fn.Headers, Value: canon}
		}
		if err := header.Check(b.fn.Headers+" "+name, x.Value); err != nil {
			return nil, err
		}
		v := x.Value
		if !isASCII(v) {
			v = mime.BEncoding.Encode("utf-8", v)
		}
		h.add(name, unfoldable(v))
	}
	h.add("MIME-Version", "1.0")
	if h.long != "" {
		// Only a token that may not be folded is left that long: an
		// address or a message identifier (names, subjects, keywords and
		// custom values were split into encoded-words).
		return nil, &Error{Kind: TooLong, Field: b.headerField(h.long), Value: h.longValue}
	}

	body, err := b.body()
	if err != nil {
		return nil, err
	}
	if err := writeEntity(&out, body); err != nil {
		return nil, err
	}
	if !bytes.HasSuffix(out.Bytes(), []byte("\r\n")) {
		out.WriteString("\r\n")
	}
	res.Data = out.Bytes()
	return res, nil
}

// headerField names, as the script knows it, the property a header comes
// from.
func (b *builder) headerField(k string) string {
	switch k {
	case "From", "Return-Receipt-To", "Disposition-Notification-To":
		return b.fn.From
	case "Reply-To":
		return b.fn.ReplyTo
	case "To":
		return b.fn.To
	case "Cc":
		return b.fn.Cc
	case "Subject":
		return b.fn.Subject
	case "Keywords":
		return b.fn.Keywords
	case "Message-ID":
		return b.fn.MessageID
	case "In-Reply-To", "References":
		return b.fn.References
	}
	return b.fn.Headers + " " + k
}

// optionalAddress parses a single address; "" gives nil.
func (b *builder) optionalAddress(field, v string) (*mail.Address, error) {
	if strings.TrimSpace(v) == "" {
		if err := header.Check(field, v); err != nil {
			return nil, err
		}
		return nil, nil
	}
	l, err := b.parse(field, v)
	if err != nil {
		return nil, err
	}
	if len(l) != 1 {
		return nil, &Error{Kind: SeveralAddresses, Field: field, Value: v}
	}
	if group(v) {
		return nil, &Error{Kind: SeveralAddresses, Field: field, Value: v}
	}
	return l[0], nil
}

// addressList parses every element: one element is one address (issue 12
// point 11: "a@x, b@y" or a group "grp: b@y;" in one element would let a
// value the script took from elsewhere add recipients). Empty elements are
// skipped. Errors name the element, "Destinataire[2]".
func (b *builder) addressList(field string, vs []string) ([]*mail.Address, error) {
	var out []*mail.Address
	for i, v := range vs {
		name := fmt.Sprintf("%s[%d]", field, i+1)
		if strings.TrimSpace(v) == "" {
			if err := header.Check(name, v); err != nil {
				return nil, err
			}
			continue
		}
		l, err := b.parse(name, v)
		if err != nil {
			return nil, err
		}
		if len(l) != 1 || group(v) {
			return nil, &Error{Kind: SeveralAddresses, Field: name, Value: v}
		}
		out = append(out, l[0])
	}
	return out, nil
}

// group reports whether v uses the group syntax of RFC 5322
// ("name: a@x, b@y;"): a colon or a semicolon outside quoted strings,
// comments, angle brackets and domain literals.
func group(v string) bool {
	quoted, escaped := false, false
	depth := 0 // (), <> and [] together
	for i := 0; i < len(v); i++ {
		c := v[i]
		switch {
		case escaped:
			escaped = false
		case c == '\\':
			escaped = true
		case quoted:
			quoted = c != '"'
		case c == '"':
			quoted = true
		case c == '(' || c == '<' || c == '[':
			depth++
		case (c == ')' || c == '>' || c == ']') && depth > 0:
			depth--
		case depth == 0 && (c == ':' || c == ';'):
			return true
		}
	}
	return false
}

var (
	addrParser = mail.AddressParser{WordDecoder: &mime.WordDecoder{}}
	reLoose    = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^([^<>]*)<([^<>]+)>$`) })
)

func (b *builder) parse(field, v string) ([]*mail.Address, error) {
	if err := header.Check(field, v); err != nil {
		return nil, err
	}
	if a := strings.TrimSpace(v); plainAddress(a) {
		return []*mail.Address{{Address: a}}, nil
	} else if i := strings.LastIndexByte(a, '<'); i >= 0 && strings.HasSuffix(a, ">") {
		// "Display Name <addr@domain>" with a plain name and address.
		name, addr := strings.TrimSpace(a[:i]), a[i+1:len(a)-1]
		if plainAddress(addr) && (name == "" || isPhrase(name)) {
			return []*mail.Address{{Name: name, Address: addr}}, nil
		}
	}
	if !utf8.ValidString(v) {
		return nil, &Error{Kind: BadAddress, Field: field, Value: v}
	}
	l, err := addrParser.ParseList(v)
	if err != nil && strings.Contains(v, ";") {
		l, err = addrParser.ParseList(strings.ReplaceAll(v, ";", ","))
	}
	if err != nil {
		// "Dupont, Jean <jd@example.com>": a display name with specials
		// that the script did not quote.
		if m := reLoose().FindStringSubmatch(strings.TrimSpace(v)); m != nil {
			if a, err2 := addrParser.Parse("<" + m[2] + ">"); err2 == nil {
				a.Name = strings.Trim(strings.TrimSpace(m[1]), `"`)
				l, err = []*mail.Address{a}, nil
			}
		}
	}
	if err != nil || len(l) == 0 {
		return nil, &Error{Kind: BadAddress, Field: field, Value: v}
	}
	for _, a := range l {
		if strings.ContainsAny(a.Address, "<>\x00\r\n") || !strings.Contains(a.Address, "@") {
			return nil, &Error{Kind: BadAddress, Field: field, Value: v}
		}
	}
	return l, nil
}

// plainAddress reports whether s is a bare ASCII addr-spec made of atoms
// (the common case, which needs no parser): local@domain.
func plainAddress(s string) bool {
	at := strings.IndexByte(s, '@')
	if at <= 0 || at == len(s)-1 || strings.IndexByte(s[at+1:], '@') >= 0 {
		return false
	}
	return dotAtoms(s[:at]) && dotAtoms(s[at+1:])
}

// dotAtoms reports whether s is atext words separated by single dots.
func dotAtoms(s string) bool {
	if s == "" || s[0] == '.' || s[len(s)-1] == '.' || strings.Contains(s, "..") {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9', c == '.':
		case strings.IndexByte("!#$%&'*+-/=?^_`{|}~", c) >= 0:
		default:
			return false
		}
	}
	return true
}

func joinAddresses(l []*mail.Address) string {
	s := make([]string, len(l))
	for i, a := range l {
		s[i] = formatAddress(a)
	}
	return strings.Join(s, ", ")
}

// formatAddress writes "Name <addr>" (the name RFC 2047-encoded when
// needed), or the bare address when there is no name.
func formatAddress(a *mail.Address) string {
	spec := a.Address
	if !plainAddress(spec) {
		spec = strings.TrimSuffix(strings.TrimPrefix((&mail.Address{Address: a.Address}).String(), "<"), ">")
	}
	if a.Name == "" {
		return spec
	}
	if unfoldable(a.Name) != a.Name {
		// A word too long to fold: encoded-words, which may be split.
		return forceB(a.Name) + " <" + spec + ">"
	}
	if isPhrase(a.Name) {
		return a.Name + " <" + spec + ">"
	}
	return (&mail.Address{Name: a.Name, Address: a.Address}).String()
}

// isPhrase reports whether a display name can be written as is: ASCII
// words of atext separated by single spaces.
func isPhrase(s string) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' || strings.Contains(s, "  ") {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9', c == ' ':
		case strings.IndexByte("!#$%&'*+-/=?^_`{|}~", c) >= 0:
		default:
			return false
		}
	}
	return !strings.HasPrefix(s, "=?")
}

// messageID returns the identifier to use, without angle brackets.
func (b *builder) messageID(from *mail.Address) (string, error) {
	if v := strings.TrimSpace(b.m.MessageID); v != "" {
		id := strings.TrimSuffix(strings.TrimPrefix(v, "<"), ">")
		if id == "" || !validID(id) {
			return "", &Error{Kind: BadMessageID, Field: b.fn.MessageID, Value: b.m.MessageID}
		}
		return id, nil
	}
	domain := b.m.Domain
	if domain == "" && from != nil {
		if i := strings.LastIndexByte(from.Address, '@'); i >= 0 {
			domain = from.Address[i+1:]
		}
	}
	if domain == "" || !isASCII(domain) || !validID(domain) {
		domain = "localhost"
	}
	n := idCounter.Add(1)
	idOnce.Do(func() {
		var r [10]byte
		rand.Read(r[:])
		idPrefix = base32(r[:])
	})
	return strings.ToUpper(strconv.FormatInt(time.Now().UnixNano(), 36)) + "." + idPrefix + strconv.FormatUint(n, 36) + "@" + domain, nil
}

// formatDate formats the Date header, reusing the last result within the
// same second (a script sending many messages formats few dates).
func formatDate(t time.Time) string {
	sec := t.Unix()
	_, off := t.Zone()
	dateMu.Lock()
	defer dateMu.Unlock()
	if sec == dateSec && off == dateOff && dateText != "" {
		return dateText
	}
	dateSec, dateOff, dateText = sec, off, t.Format(time.RFC1123Z)
	return dateText
}

var (
	dateMu   sync.Mutex
	dateSec  int64
	dateOff  int
	dateText string
)

// Generated identifiers: time, a random prefix drawn once per process and
// a counter, so that two messages of one process never share one.
var (
	idOnce    sync.Once
	idPrefix  string
	idCounter atomic.Uint64
)

// validID reports whether s may appear between the angle brackets of a
// msg-id: printable, no space, no angle bracket.
func validID(s string) bool {
	for _, r := range s {
		if r <= ' ' || r == '<' || r == '>' || r == 0x7f || r == '"' || r == '\\' {
			return false
		}
	}
	return true
}

// splitIDs splits "a@b <c@d>; e@f" into bare identifiers.
func splitIDs(s string) ([]string, error) {
	var out []string
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '\t' || r == ',' || r == ';' }) {
		id := strings.TrimSuffix(strings.TrimPrefix(f, "<"), ">")
		if id == "" {
			continue
		}
		if !validID(id) {
			return nil, fmt.Errorf("bad id %q", f)
		}
		out = append(out, id)
	}
	return out, nil
}

// keywords turns "a; b;c" into "a, b, c", RFC 2047-encoding each keyword
// that is not ASCII.
func keywords(s string) string {
	var out []string
	for _, k := range strings.Split(s, ";") {
		k = strings.TrimSpace(k)
		if k == "" {
			continue
		}
		if !isASCII(k) || strings.ContainsAny(k, ",\"") {
			k = mime.QEncoding.Encode("utf-8", k)
		}
		k = unfoldable(k)
		out = append(out, k)
	}
	return strings.Join(out, ", ")
}

func validFieldName(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '!' || c > '~' || c == ':' {
			return false
		}
	}
	return true
}

// textprotoKey canonicalises a field name as go-message does ("message-id"
// → "Message-Id").
func textprotoKey(s string) string {
	b := []byte(strings.ToLower(s))
	up := true
	for i, c := range b {
		if up && c >= 'a' && c <= 'z' {
			b[i] = c - 'a' + 'A'
		}
		up = c == '-'
	}
	return string(b)
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

func base32(b []byte) string {
	const digits = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
	var sb strings.Builder
	for _, c := range b {
		sb.WriteByte(digits[c&31])
		sb.WriteByte(digits[c>>5])
	}
	return sb.String()
}

// fields is an ordered list of header fields.
type fields [][2]string

func (f *fields) add(k, v string) { *f = append(*f, [2]string{k, v}) }

// header turns f into a go-message header that writes in f's order
// (go-message writes the last added field first).
func (f fields) header() textproto.Header {
	var h textproto.Header
	for i := len(f) - 1; i >= 0; i-- {
		k, v := f[i][0], f[i][1]
		switch {
		case strings.Contains(v, "?= =?"):
			// Fold between encoded words, never inside one.
			h.AddRaw([]byte(k + ": " + strings.ReplaceAll(v, "?= =?", "?=\r\n =?") + "\r\n"))
		case spelled(k):
			// Keep the usual spelling (go-message would write Message-Id).
			h.AddRaw([]byte(k + ": " + v + "\r\n"))
		default:
			h.Add(k, v)
		}
	}
	return h
}

// spelled reports whether k is a field name written as given rather than
// canonicalised.
func spelled(k string) bool {
	return k == "Message-ID" || k == "MIME-Version" || k == "Content-ID"
}

// part is a MIME entity: a leaf with data, or a multipart with children.
type part struct {
	ctype    string // full Content-Type value, parameters included
	fields   fields // other MIME fields (Content-Disposition, ...)
	cte      string // leaf: "quoted-printable" or "base64"
	data     string
	children []*part
	boundary string
}

func newMultipart(sub string, children ...*part) *part {
	bd := boundary()
	return &part{ctype: mime.FormatMediaType("multipart/"+sub, map[string]string{"boundary": bd}), children: children, boundary: bd}
}

// textPart is a text body: 7bit when it is short-lined printable ASCII
// (readable as is), quoted-printable otherwise.
func textPart(sub, s string) *part {
	if plainText(s) {
		return &part{ctype: textType(sub), cte: "7bit", data: s}
	}
	return &part{ctype: textType(sub), cte: "quoted-printable", data: s}
}

// textType is the Content-Type of a text body of subtype sub ("plain" or
// "html").
func textType(sub string) string {
	switch sub {
	case "plain":
		return "text/plain; charset=utf-8"
	case "html":
		return "text/html; charset=utf-8"
	}
	return ""
}

// plainText reports whether s can go as 7bit without any encoding:
// printable ASCII, CRLF line ends only, lines of at most 76 characters
// without trailing white space.
func plainText(s string) bool {
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '\r':
			if i+1 >= len(s) || s[i+1] != '\n' || (i > 0 && (s[i-1] == ' ' || s[i-1] == '\t')) {
				return false
			}
			i++
			n = 0
			continue
		case c == '\t' || (c >= ' ' && c <= '~'):
		default:
			return false
		}
		if n++; n > 76 {
			return false
		}
	}
	return len(s) == 0 || (s[len(s)-1] != ' ' && s[len(s)-1] != '\t')
}

// body assembles the MIME tree.
func (b *builder) body() (*part, error) {
	m := b.m
	var attach, inline []*part
	for i, a := range m.Attachments {
		if a.Name == "" {
			continue // not transmitted without a name [fr:1000018713]
		}
		field := b.fn.Attachments + "[" + strconv.Itoa(i+1) + "]"
		p, err := attachmentPart(field, a, m.HTML != "")
		if err != nil {
			return nil, err
		}
		if a.ContentID != "" && m.HTML != "" {
			inline = append(inline, p)
		} else {
			attach = append(attach, p)
		}
	}
	var content *part
	switch {
	case m.HTML != "":
		html := textPart("html", m.HTML)
		if len(inline) > 0 {
			html = newMultipart("related", append([]*part{html}, inline...)...)
		}
		text := m.Text
		if text == "" {
			text = HTMLToText(m.HTML)
		}
		content = newMultipart("alternative", textPart("plain", text), html)
	case m.Text == "" && len(attach) == 1:
		// No body and one attachment: the message is the attachment
		// [fr:3032029].
		return attach[0], nil
	default:
		content = textPart("plain", m.Text)
	}
	if len(attach) == 0 {
		return content, nil
	}
	return newMultipart("mixed", append([]*part{content}, attach...)...), nil
}

// attachmentPart describes one attachment.
func attachmentPart(field string, a Attachment, hasHTML bool) (*part, error) {
	for _, v := range []string{a.Name, a.ContentType, a.Description, a.ContentID} {
		if err := header.Check(field, v); err != nil {
			return nil, err
		}
	}
	ct := strings.TrimSpace(a.ContentType)
	if ct == "" {
		ct = TypeByName(a.Name)
	}
	mt, params, err := mime.ParseMediaType(ct)
	if err != nil || strings.HasPrefix(mt, "multipart/") {
		return nil, &Error{Kind: BadContentType, Field: field, Value: a.ContentType}
	}
	name := path.Base(strings.ReplaceAll(a.Name, "\\", "/"))
	if params == nil {
		params = map[string]string{}
	}
	params["name"] = name
	p := &part{ctype: mime.FormatMediaType(mt, params), cte: "base64", data: string(a.Data)}
	disp := "attachment"
	if a.ContentID != "" && hasHTML {
		disp = "inline"
	}
	p.fields.add("Content-Disposition", mime.FormatMediaType(disp, map[string]string{"filename": name}))
	if a.ContentID != "" {
		id := strings.TrimSuffix(strings.TrimPrefix(strings.TrimSpace(a.ContentID), "<"), ">")
		if id == "" || !validID(id) {
			return nil, &Error{Kind: BadMessageID, Field: field + ".Identifiant", Value: a.ContentID}
		}
		p.fields.add("Content-ID", "<"+id+">")
	}
	if a.Description != "" {
		p.fields.add("Content-Description", mime.QEncoding.Encode("utf-8", a.Description))
	}
	return p, nil
}

// headerWriter writes header fields as they come.
// maxLine is RFC 5322's limit on a header line, CRLF not included.
const maxLine = 998

// headerWriter writes the top-level fields and remembers the first one
// that could not be folded within maxLine.
type headerWriter struct {
	w         *bytes.Buffer
	long      string // the field name, "" while every line fits
	longValue string
}

func (h *headerWriter) add(k, v string) {
	if writeField(h.w, k, v) > maxLine && h.long == "" {
		h.long, h.longValue = k, v
	}
}

// writeEntity writes, after the top-level header fields already in w, the
// entity's own MIME fields and its body.
func writeEntity(w *bytes.Buffer, p *part) error {
	writeField(w, "Content-Type", p.ctype)
	for _, f := range p.fields {
		writeField(w, f[0], f[1])
	}
	if p.children == nil {
		writeField(w, "Content-Transfer-Encoding", p.cte)
	}
	w.WriteString("\r\n")
	return p.writeBody(w)
}

// writeField writes "Key: value" folded at spaces so that lines stay
// within 76 characters when the value allows it (values never hold a line
// end: they were checked). It returns the length of the longest line
// written, which only a word of over 900 characters without a space can
// bring over maxLine.
func writeField(w *bytes.Buffer, k, v string) int {
	w.WriteString(k)
	w.WriteString(": ")
	n := len(k) + 2
	longest := 0
	first := true
	for {
		i := strings.IndexByte(v, ' ')
		word := v
		if i >= 0 {
			word = v[:i]
		}
		switch {
		case first:
			first = false
		case n+1+len(word) > 76 && word != "":
			w.WriteString("\r\n ")
			longest = max(longest, n)
			n = 1
		default:
			w.WriteByte(' ')
			n++
		}
		w.WriteString(word)
		n += len(word)
		if i < 0 {
			break
		}
		v = v[i+1:]
	}
	w.WriteString("\r\n")
	return max(longest, n)
}

func (p *part) mimeFields() fields {
	f := fields{{"Content-Type", p.ctype}}
	f = append(f, p.fields...)
	if p.children == nil {
		f.add("Content-Transfer-Encoding", p.cte)
	}
	return f
}

func (p *part) writeBody(w io.Writer) error {
	if p.children == nil {
		return encode(w, p.cte, p.data)
	}
	mw := textproto.NewMultipartWriter(w)
	if err := mw.SetBoundary(p.boundary); err != nil {
		return err
	}
	for _, c := range p.children {
		pw, err := mw.CreatePart(c.mimeFields().header())
		if err != nil {
			return err
		}
		if err := c.writeBody(pw); err != nil {
			return err
		}
	}
	return mw.Close()
}

// encode writes data with the transfer encoding. The line end before the
// next boundary belongs to the boundary (RFC 2046), so text parts get none.
func encode(w io.Writer, cte string, data string) error {
	switch cte {
	case "7bit":
		_, err := io.WriteString(w, data)
		return err
	case "base64":
		enc := base64.StdEncoding.EncodeToString([]byte(data))
		var b bytes.Buffer
		b.Grow(len(enc) + len(enc)/76*2 + 2)
		for len(enc) > 76 {
			b.WriteString(enc[:76])
			b.WriteString("\r\n")
			enc = enc[76:]
		}
		if enc != "" {
			b.WriteString(enc)
			b.WriteString("\r\n")
		}
		_, err := w.Write(b.Bytes())
		return err
	default:
		qw := quotedprintable.NewWriter(w)
		if _, err := io.WriteString(qw, data); err != nil {
			return err
		}
		return qw.Close()
	}
}

func boundary() string {
	var r [15]byte
	rand.Read(r[:])
	return "wl-" + base64.RawURLEncoding.EncodeToString(r[:])
}

var _ diag.Error = (*Error)(nil)
