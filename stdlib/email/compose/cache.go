package compose

import (
	"bytes"
	"slices"
	"strings"
	"time"
)

// Cache lets a session reuse the message it built last when the next one
// is the same but for its Message-ID: a script that sends one Email
// variable in a loop then costs a copy and a fresh identifier instead of a
// full build (address parsing, MIME encoding of bodies and attachments).
// The zero value is ready to use; a Cache is not safe for concurrent use.
type Cache struct {
	m       Message // the last message built (its slices are never modified afterwards)
	date    string  // its Date header value
	res     Result
	domain  string // right-hand side of its generated Message-ID
	idStart int    // offsets of the generated identifier inside res.Data
	idEnd   int
}

// BuildCached is Build, reusing c's last result when m equals it (same
// properties, same second for the Date header) and m asks for a generated
// Message-ID. The returned Data is shared with the cache: the caller must
// not modify it (every reuse builds a new slice, so it never changes
// under the caller either).
func BuildCached(m *Message, c *Cache) (*Result, error) {
	if c == nil || m.MessageID != "" {
		return Build(m)
	}
	date := m.Date
	if date.IsZero() {
		date = time.Now()
	}
	dateText := formatDate(date)
	if c.res.Data != nil && dateText == c.date && sameMessage(&c.m, m) {
		id, err := (&builder{m: &Message{Domain: c.domain}, fn: &FrenchFields}).messageID(nil)
		if err != nil {
			return nil, err
		}
		old := c.res.Data
		data := make([]byte, 0, len(old)-(c.idEnd-c.idStart)+len(id))
		data = append(data, old[:c.idStart]...)
		data = append(data, id...)
		data = append(data, old[c.idEnd:]...)
		c.res.Data, c.res.MessageID, c.idEnd = data, id, c.idStart+len(id)
		res := c.res
		return &res, nil
	}
	c.res.Data = nil
	m2 := *m
	m2.Date = date
	res, err := Build(&m2)
	if err != nil {
		return nil, err
	}
	i := bytes.Index(res.Data, []byte("Message-ID: <"+res.MessageID+">"))
	at := strings.LastIndexByte(res.MessageID, '@')
	if i < 0 || at < 0 {
		return res, nil
	}
	c.m, c.date, c.res = *m, dateText, *res
	c.domain = res.MessageID[at+1:]
	c.idStart = i + len("Message-ID: <")
	c.idEnd = c.idStart + len(res.MessageID)
	return res, nil
}

// sameMessage reports whether a and b build the same message but for the
// Date and the Message-ID (equal strings sharing memory compare at once).
func sameMessage(a, b *Message) bool {
	return a.From == b.From && a.ReplyTo == b.ReplyTo && a.ReturnPath == b.ReturnPath &&
		slices.Equal(a.To, b.To) && slices.Equal(a.Cc, b.Cc) && slices.Equal(a.Bcc, b.Bcc) &&
		a.Subject == b.Subject && a.Text == b.Text && a.HTML == b.HTML &&
		a.ReturnReceipt == b.ReturnReceipt && a.ReadReceipt == b.ReadReceipt &&
		a.Priority == b.Priority && a.Sensitivity == b.Sensitivity && a.Keywords == b.Keywords &&
		a.References == b.References && slices.Equal(a.Headers, b.Headers) &&
		a.Domain == b.Domain && a.Fields == b.Fields &&
		slices.EqualFunc(a.Attachments, b.Attachments, func(x, y Attachment) bool {
			return x.Name == y.Name && x.ContentType == y.ContentType && x.Description == y.Description &&
				x.ContentID == y.ContentID && bytes.Equal(x.Data, y.Data)
		})
}
