package pop3

import (
	"bufio"
	"bytes"
	"context"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/emersion/go-sasl"

	"github.com/wlangage/wl/stdlib/email/mailnet"
	"github.com/wlangage/wl/stdlib/email/mailtls"
)

// MaxStatusLine bounds one status or listing line. RFC 2449 allows 512
// octets for a status line; servers in the field send longer texts, so the
// limit is generous but finite.
const MaxStatusLine = 8 << 10

// maxListing bounds a LIST or UIDL reply (about a million messages).
const maxListing = 64 << 20

// Client is an open POP3 session in the TRANSACTION state. Its methods are
// not safe for concurrent use.
type Client struct {
	sess   mailnet.Session
	r      *bufio.Reader
	caps   map[string]string // CAPA capabilities, upper case, with arguments
	greet  string
	mech   string
	broken error
}

// Entry is one line of LIST or UIDL.
type Entry struct {
	Num  int
	Size int64
	UID  string
}

// Dial connects, reads the greeting, negotiates TLS as cfg asks (implicit
// or mandatory STLS), reads the capabilities and authenticates. Every step
// is bounded by cfg's time-out; the error is a *mailnet.Error.
func Dial(ctx context.Context, cfg mailnet.Config) (*Client, error) {
	cfg.Protocol = "POP3"
	if cfg.Port == 0 {
		cfg.Port = 110
	}
	c := &Client{}
	err := c.sess.Open(ctx, cfg, func(ctx context.Context) error {
		c.reset()
		if err := c.open(ctx); err != nil {
			return c.wrap(ctx, err)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return c, nil
}

func (c *Client) reset() { c.r = bufio.NewReaderSize(c.sess.Conn, 4096) }

// op carries the step name through errors.
type opError struct {
	op  string
	err error
}

func (e *opError) Error() string { return e.op + ": " + e.err.Error() }
func (e *opError) Unwrap() error { return e.err }

func (c *Client) wrap(ctx context.Context, err error) error {
	op := "connect"
	var oe *opError
	if errors.As(err, &oe) {
		op, err = oe.op, oe.err
	}
	var re *replyError
	if errors.As(err, &re) {
		return &mailnet.Error{Protocol: "POP3", Op: op, Kind: mailtls.KindReply, Server: c.sess.Cfg.Server(), Detail: re.text, Address: c.sess.Cfg.User}
	}
	var pe *protoError
	if errors.As(err, &pe) {
		return &mailnet.Error{Protocol: "POP3", Op: op, Kind: mailtls.KindProtocol, Server: c.sess.Cfg.Server(), Detail: pe.text}
	}
	e := mailnet.Classify(ctx, &c.sess.Cfg, op, err)
	if e.Kind == mailtls.KindTooLarge {
		switch op {
		case "read", "header":
			e.Size = c.sess.Cfg.MaxSizeOrDefault()
		case "list":
			e.Size = maxListing
		default:
			e.Size = MaxStatusLine
		}
	}
	return e
}

func (c *Client) open(ctx context.Context) error {
	c.sess.Conn.Arm(MaxStatusLine)
	g, err := c.status()
	if err != nil {
		return &opError{"connect", err}
	}
	c.greet = g
	c.capa()
	if c.sess.Cfg.Security == mailtls.StartTLS {
		if _, ok := c.caps["STLS"]; !ok {
			return &mailnet.Error{Protocol: "POP3", Op: "tls", Kind: mailtls.KindNoStartTLS, Server: c.sess.Cfg.Server()}
		}
		if _, err := c.cmd("tls", "STLS"); err != nil {
			return err
		}
		if c.r.Buffered() > 0 {
			// Anything sent before the handshake could be injected.
			return &opError{"tls", &protoError{"data after the STLS reply"}}
		}
		if err := c.sess.Conn.StartTLS(ctx, &c.sess.Cfg); err != nil {
			return err
		}
		c.reset()
		c.capa()
	}
	if c.sess.Cfg.WantsAuth() {
		return c.auth()
	}
	return nil
}

// capa reads the capabilities; a server without CAPA has none listed.
func (c *Client) capa() {
	c.caps = map[string]string{}
	lines, err := c.multi("connect", "CAPA", MaxStatusLine*16)
	if err != nil {
		return
	}
	for _, l := range bytes.Split(bytes.TrimRight(lines, "\r\n"), []byte("\r\n")) {
		k, v, _ := strings.Cut(strings.TrimSpace(string(l)), " ")
		if k != "" {
			c.caps[strings.ToUpper(k)] = v
		}
	}
}

// Caps returns the server's capabilities (names upper case).
func (c *Client) Caps() map[string]string { return c.caps }

// Mechanism is the authentication used: "PLAIN", "XOAUTH2" or "USER".
func (c *Client) Mechanism() string { return c.mech }

// TLS reports whether the session is encrypted.
func (c *Client) TLS() bool { return c.sess.Conn.TLS() }

func (c *Client) auth() error {
	mechs := strings.Fields(strings.ToUpper(c.caps["SASL"]))
	has := func(m string) bool {
		for _, x := range mechs {
			if x == m {
				return true
			}
		}
		return false
	}
	if c.sess.Cfg.Token != "" {
		if !has("XOAUTH2") {
			return &mailnet.Error{Protocol: "POP3", Op: "auth", Kind: mailtls.KindNoAuth, Server: c.sess.Cfg.Server(), Detail: "XOAUTH2"}
		}
		c.mech = "XOAUTH2"
		return c.sasl(&xoauth2{user: c.sess.Cfg.User, token: c.sess.Cfg.Token})
	}
	if has("PLAIN") {
		c.mech = "PLAIN"
		return c.sasl(sasl.NewPlainClient("", c.sess.Cfg.User, c.sess.Cfg.Password))
	}
	c.mech = "USER"
	if _, err := c.cmd("auth", "USER "+c.sess.Cfg.User); err != nil {
		return err
	}
	_, err := c.cmd("auth", "PASS "+c.sess.Cfg.Password)
	return err
}

// sasl runs AUTH (RFC 5034) with an initial response.
func (c *Client) sasl(cl sasl.Client) error {
	c.sess.Conn.Arm(MaxStatusLine * 10)
	mech, ir, err := cl.Start()
	if err != nil {
		return &opError{"auth", err}
	}
	line := "AUTH " + mech
	if ir != nil {
		resp := base64.StdEncoding.EncodeToString(ir)
		if resp == "" {
			resp = "="
		}
		line += " " + resp
	}
	if err := c.send(line); err != nil {
		return &opError{"auth", err}
	}
	for range 8 {
		l, err := c.line(MaxStatusLine)
		if err != nil {
			return &opError{"auth", err}
		}
		switch {
		case strings.HasPrefix(l, "+OK"):
			return nil
		case strings.HasPrefix(l, "-ERR"):
			return &opError{"auth", &replyError{text: l}}
		case strings.HasPrefix(l, "+"):
			ch, derr := base64.StdEncoding.DecodeString(strings.TrimSpace(l[1:]))
			if derr != nil {
				ch = nil
			}
			resp, err := cl.Next(ch)
			if err != nil {
				c.send("*")
				continue
			}
			if err := c.send(base64.StdEncoding.EncodeToString(resp)); err != nil {
				return &opError{"auth", err}
			}
		default:
			return &opError{"auth", &protoError{l}}
		}
	}
	return &opError{"auth", &protoError{"endless AUTH exchange"}}
}

// xoauth2 is the XOAUTH2 mechanism of Google and Microsoft.
type xoauth2 struct{ user, token string }

func (a *xoauth2) Start() (string, []byte, error) {
	return "XOAUTH2", []byte("user=" + a.user + "\x01auth=Bearer " + a.token + "\x01\x01"), nil
}

// Next answers the JSON error challenge with an empty line, after which
// the server sends -ERR.
func (a *xoauth2) Next([]byte) ([]byte, error) { return []byte{}, nil }

// replyError is a -ERR reply.
type replyError struct{ text string }

func (e *replyError) Error() string { return e.text }

// protoError is a reply that is neither +OK nor -ERR.
type protoError struct{ text string }

func (e *protoError) Error() string { return "unexpected reply: " + e.text }

// ParseStatus splits a status line into its indicator and text. It
// accepts "+OK", "-ERR" (case-insensitive, RFC 1939 §3) followed by
// nothing or a space and text; anything else is an error.
func ParseStatus(line string) (ok bool, text string, err error) {
	line = strings.TrimRight(line, "\r\n")
	up := strings.ToUpper(line)
	var n int
	switch {
	case strings.HasPrefix(up, "+OK"):
		ok, n = true, 3
	case strings.HasPrefix(up, "-ERR"):
		n = 4
	default:
		return false, "", &protoError{line}
	}
	rest := line[n:]
	if rest != "" && rest[0] != ' ' {
		return false, "", &protoError{line}
	}
	return ok, strings.TrimPrefix(rest, " "), nil
}

func (c *Client) send(line string) error {
	if strings.ContainsAny(line, "\r\n\x00") {
		return errors.New("pop3: control character in a command")
	}
	_, err := io.WriteString(c.sess.Conn, line+"\r\n")
	return err
}

// line reads one line of at most max bytes, without its CRLF.
func (c *Client) line(max int) (string, error) {
	var buf []byte
	for {
		frag, err := c.r.ReadSlice('\n')
		if len(buf)+len(frag) > max {
			return "", mailnet.ErrTooLarge
		}
		buf = append(buf, frag...)
		if err == nil {
			break
		}
		if err != bufio.ErrBufferFull {
			return "", err
		}
	}
	return strings.TrimRight(string(buf), "\r\n"), nil
}

// status reads a status line: its text for +OK, a *replyError for -ERR.
func (c *Client) status() (string, error) {
	l, err := c.line(MaxStatusLine)
	if err != nil {
		return "", err
	}
	ok, text, err := ParseStatus(l)
	if err != nil {
		return "", err
	}
	if !ok {
		return "", &replyError{text: text}
	}
	return text, nil
}

// cmd sends a command and reads its status line.
func (c *Client) cmd(op, line string) (string, error) {
	if c.broken != nil {
		return "", &opError{op, c.broken}
	}
	c.sess.Conn.Arm(MaxStatusLine + 2)
	if err := c.send(line); err != nil {
		c.broken = err
		return "", &opError{op, err}
	}
	s, err := c.status()
	if err != nil {
		var re *replyError
		if !errors.As(err, &re) {
			c.broken = err
		}
		return "", &opError{op, err}
	}
	return s, nil
}

// multi sends a command whose +OK is followed by a dot-terminated body and
// returns the body, un-stuffed, with CRLF line ends. More than limit bytes
// cut the connection (mailnet.ErrTooLarge).
func (c *Client) multi(op, line string, limit int64) ([]byte, error) {
	if _, err := c.cmd(op, line); err != nil {
		return nil, err
	}
	// The budget counts the wire form: stuffing and line ends included.
	c.sess.Conn.Arm(limit + limit/8 + MaxStatusLine)
	var out bytes.Buffer
	for {
		frag, err := c.readLine(limit - int64(out.Len()))
		if err != nil {
			c.broken = err
			return nil, &opError{op, err}
		}
		if bytes.Equal(frag, []byte(".")) {
			return out.Bytes(), nil
		}
		if len(frag) > 0 && frag[0] == '.' {
			frag = frag[1:]
		}
		if int64(out.Len()+len(frag)+2) > limit {
			c.broken = mailnet.ErrTooLarge
			return nil, &opError{op, mailnet.ErrTooLarge}
		}
		out.Write(frag)
		out.WriteString("\r\n")
	}
}

// readLine reads one body line of at most max bytes (ends stripped).
func (c *Client) readLine(max int64) ([]byte, error) {
	var buf []byte
	for {
		frag, err := c.r.ReadSlice('\n')
		if int64(len(buf)+len(frag)) > max+2 {
			return nil, mailnet.ErrTooLarge
		}
		buf = append(buf, frag...)
		if err == nil {
			break
		}
		if err != bufio.ErrBufferFull {
			if err == io.EOF {
				err = io.ErrUnexpectedEOF
			}
			return nil, err
		}
	}
	return bytes.TrimRight(buf, "\r\n"), nil
}

func (c *Client) do(ctx context.Context, f func() error) error {
	return c.sess.Run(ctx, "read", func() error {
		if err := f(); err != nil {
			return c.wrap(ctx, err)
		}
		return nil
	})
}

// Stat returns the number of messages and their total size.
func (c *Client) Stat(ctx context.Context) (count int, size int64, err error) {
	err = c.do(ctx, func() error {
		s, err := c.cmd("list", "STAT")
		if err != nil {
			return err
		}
		f := strings.Fields(s)
		if len(f) < 2 {
			return &opError{"list", &protoError{s}}
		}
		n, err1 := strconv.Atoi(f[0])
		sz, err2 := strconv.ParseInt(f[1], 10, 64)
		if err1 != nil || err2 != nil || n < 0 || sz < 0 {
			return &opError{"list", &protoError{s}}
		}
		count, size = n, sz
		return nil
	})
	return
}

// List returns every message number with its size (LIST) and, when the
// server offers UIDL, its unique identifier.
func (c *Client) List(ctx context.Context) ([]Entry, error) {
	var out []Entry
	err := c.do(ctx, func() error {
		body, err := c.multi("list", "LIST", maxListing)
		if err != nil {
			return err
		}
		idx := map[int]int{}
		for _, l := range splitLines(body) {
			f := strings.Fields(l)
			if len(f) < 2 {
				return &opError{"list", &protoError{l}}
			}
			n, err1 := strconv.Atoi(f[0])
			sz, err2 := strconv.ParseInt(f[1], 10, 64)
			if err1 != nil || err2 != nil || n < 1 || sz < 0 {
				return &opError{"list", &protoError{l}}
			}
			idx[n] = len(out)
			out = append(out, Entry{Num: n, Size: sz})
		}
		if _, ok := c.caps["UIDL"]; !ok && len(c.caps) > 0 {
			return nil
		}
		body, err = c.multi("list", "UIDL", maxListing)
		if err != nil {
			var re *replyError
			if errors.As(err, &re) {
				return nil // no UIDL: identifiers stay empty
			}
			return err
		}
		for _, l := range splitLines(body) {
			f := strings.Fields(l)
			if len(f) < 2 {
				continue
			}
			if n, err := strconv.Atoi(f[0]); err == nil {
				if i, ok := idx[n]; ok {
					out[i].UID = f[1]
				}
			}
		}
		return nil
	})
	return out, err
}

func splitLines(b []byte) []string {
	var out []string
	for _, l := range strings.Split(string(b), "\r\n") {
		if strings.TrimSpace(l) != "" {
			out = append(out, l)
		}
	}
	return out
}

// Retr returns message n; more than the size limit is refused with a
// KindTooLarge error (the connection is then cut, since the rest of the
// message cannot be skipped cheaply).
func (c *Client) Retr(ctx context.Context, n int) ([]byte, error) {
	var out []byte
	err := c.do(ctx, func() error {
		b, err := c.multi("read", "RETR "+strconv.Itoa(n), c.sess.Cfg.MaxSizeOrDefault())
		out = b
		return err
	})
	return out, err
}

// Top returns the header of message n and its first lines of body (TOP).
func (c *Client) Top(ctx context.Context, n, lines int) ([]byte, error) {
	var out []byte
	err := c.do(ctx, func() error {
		b, err := c.multi("header", fmt.Sprintf("TOP %d %d", n, lines), c.sess.Cfg.MaxSizeOrDefault())
		out = b
		return err
	})
	return out, err
}

// Dele marks message n deleted; QUIT makes it final.
func (c *Client) Dele(ctx context.Context, n int) error {
	return c.do(ctx, func() error {
		_, err := c.cmd("delete", "DELE "+strconv.Itoa(n))
		return err
	})
}

// Noop checks that the session is alive.
func (c *Client) Noop(ctx context.Context) error {
	return c.do(ctx, func() error {
		_, err := c.cmd("list", "NOOP")
		return err
	})
}

// Quit ends the session (UPDATE state: deletions become final) and closes
// the connection.
func (c *Client) Quit(ctx context.Context) error {
	if c.sess.Closed() {
		return nil
	}
	err := c.do(ctx, func() error {
		_, err := c.cmd("quit", "QUIT")
		return err
	})
	c.Close()
	return err
}

// Close drops the connection without QUIT: deletions are not committed.
func (c *Client) Close() error {
	if !c.sess.MarkClosed() {
		return nil
	}
	return c.sess.Conn.Close()
}
