package imap

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"

	goimap "github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
	"github.com/emersion/go-sasl"

	"github.com/wlangage/wl/stdlib/email/mailnet"
	"github.com/wlangage/wl/stdlib/email/mailtls"
)

// margin is what a reply may hold beside a message of the maximum size.
const margin = 256 << 10

// Client is an open IMAP session, authenticated, with a folder selected
// (INBOX at open). Its methods are serialised.
type Client struct {
	sess   mailnet.Session
	c      *imapclient.Client
	mu     sync.Mutex
	folder string
	delim  rune
	// count is the number of messages of the selected folder, from its
	// SELECT and then from each NOOP. go-imap signals the end of a SELECT
	// before it records the selected mailbox, so its Mailbox() may still
	// be nil (or the previous folder) just after Wait returns: reading it
	// there lost the whole message list under load.
	count uint32
}

// Info describes one message of the selected folder.
type Info struct {
	UID   uint32
	Size  int64
	Flags []string
}

// Dial connects, reads the greeting, negotiates TLS as cfg asks,
// authenticates (LOGIN, or AUTHENTICATE XOAUTH2 with a token) and selects
// INBOX. The error is a *mailnet.Error.
func Dial(ctx context.Context, cfg mailnet.Config) (*Client, error) {
	cfg.Protocol = "IMAP"
	if cfg.Port == 0 {
		cfg.Port = 143
	}
	cl := &Client{}
	if err := cl.sess.Open(ctx, cfg, cl.open); err != nil {
		return nil, err
	}
	return cl, nil
}

func (cl *Client) open(ctx context.Context) error {
	cl.sess.Conn.Arm(mailnet.OpenBudget)
	defer cl.sess.Conn.Disarm()
	opts := &imapclient.Options{}
	var err error
	if cl.sess.Cfg.Security == mailtls.StartTLS {
		opts.TLSConfig = cl.sess.Cfg.TLSConfig()
		cl.c, err = imapclient.NewStartTLS(cl.sess.Conn, opts)
		if err != nil {
			var ie *goimap.Error
			if errors.As(err, &ie) {
				return &mailnet.Error{Protocol: "IMAP", Op: "tls", Kind: mailtls.KindNoStartTLS, Server: cl.sess.Cfg.Server()}
			}
			return cl.classify(ctx, "tls", err)
		}
	} else {
		cl.c = imapclient.New(cl.sess.Conn, opts)
		if err := cl.c.WaitGreeting(); err != nil {
			return cl.classify(ctx, "connect", err)
		}
	}
	if cl.sess.Cfg.WantsAuth() {
		if cl.sess.Cfg.Token != "" {
			if !cl.c.Caps().Has("AUTH=XOAUTH2") {
				return &mailnet.Error{Protocol: "IMAP", Op: "auth", Kind: mailtls.KindNoAuth, Server: cl.sess.Cfg.Server(), Detail: "XOAUTH2"}
			}
			err = cl.c.Authenticate(&xoauth2{user: cl.sess.Cfg.User, token: cl.sess.Cfg.Token})
		} else {
			err = cl.c.Login(cl.sess.Cfg.User, cl.sess.Cfg.Password).Wait()
		}
		if err != nil {
			return cl.classify(ctx, "auth", err)
		}
	}
	d, err := cl.c.Select("INBOX", nil).Wait()
	if err != nil {
		return cl.classify(ctx, "folder", err)
	}
	cl.folder, cl.count = "INBOX", d.NumMessages
	return nil
}

// xoauth2 is the XOAUTH2 mechanism of Google and Microsoft.
type xoauth2 struct{ user, token string }

func (a *xoauth2) Start() (string, []byte, error) {
	return "XOAUTH2", []byte("user=" + a.user + "\x01auth=Bearer " + a.token + "\x01\x01"), nil
}
func (a *xoauth2) Next([]byte) ([]byte, error) { return []byte{}, nil }

var _ sasl.Client = (*xoauth2)(nil)

func (cl *Client) classify(ctx context.Context, op string, err error) *mailnet.Error {
	var ie *goimap.Error
	if errors.As(err, &ie) {
		d := string(ie.Type)
		if ie.Code != "" {
			d += " [" + string(ie.Code) + "]"
		}
		return &mailnet.Error{Protocol: "IMAP", Op: op, Kind: mailtls.KindReply, Server: cl.sess.Cfg.Server(), Detail: d + " " + ie.Text, Address: cl.sess.Cfg.User}
	}
	e := mailnet.Classify(ctx, &cl.sess.Cfg, op, err)
	if e.Kind == mailtls.KindOther {
		e.Kind = mailtls.KindProtocol
	}
	return e
}

// do runs one operation: armed connection, cancellation closes it.
func (cl *Client) do(ctx context.Context, op string, budget int64, f func() error) error {
	cl.mu.Lock()
	defer cl.mu.Unlock()
	return cl.sess.Run(ctx, op, func() error {
		cl.sess.Conn.Arm(budget)
		defer cl.sess.Conn.Disarm()
		if err := f(); err != nil {
			return cl.classify(ctx, op, err)
		}
		return nil
	})
}

// TLS reports whether the session is encrypted.
func (cl *Client) TLS() bool {
	return cl.sess.Conn.TLS() || cl.sess.Cfg.Security == mailtls.StartTLS
}

// Folder is the selected folder.
func (cl *Client) Folder() string { return cl.folder }

// Folders lists every folder (LIST "" "*"), in the server's order.
func (cl *Client) Folders(ctx context.Context) ([]string, error) {
	var out []string
	err := cl.do(ctx, "folder", 16<<20, func() error {
		l, err := cl.c.List("", "*", nil).Collect()
		if err != nil {
			return err
		}
		for _, d := range l {
			if d.Delim != 0 {
				cl.delim = d.Delim
			}
			out = append(out, d.Mailbox)
		}
		return nil
	})
	return out, err
}

// Delimiter is the hierarchy separator of the server ('/' when unknown).
func (cl *Client) Delimiter(ctx context.Context) rune {
	if cl.delim == 0 {
		cl.Folders(ctx)
	}
	if cl.delim == 0 {
		return '/'
	}
	return cl.delim
}

// Select makes name the current folder and returns its message count.
func (cl *Client) Select(ctx context.Context, name string) (uint32, error) {
	var n uint32
	err := cl.do(ctx, "folder", margin, func() error {
		d, err := cl.c.Select(name, nil).Wait()
		if err != nil {
			// A failed SELECT leaves no folder selected (RFC 3501
			// §6.3.1): the previous one is selected again, so that the
			// session goes on where it was.
			var ie *goimap.Error
			if errors.As(err, &ie) && cl.folder != "" {
				if d, err := cl.c.Select(cl.folder, nil).Wait(); err == nil {
					cl.count = d.NumMessages
				}
			}
			return err
		}
		cl.folder, cl.count, n = name, d.NumMessages, d.NumMessages
		return nil
	})
	return n, err
}

// Count asks the server for news (NOOP) and returns the number of
// messages of the selected folder.
func (cl *Client) Count(ctx context.Context) (uint32, error) {
	var n uint32
	err := cl.do(ctx, "list", margin, func() error {
		if err := cl.c.Noop().Wait(); err != nil {
			return err
		}
		// The SELECT has long been recorded: its completion is handled
		// before the NOOP's reply is read.
		if mb := cl.c.Mailbox(); mb != nil {
			cl.count = mb.NumMessages
		}
		n = cl.count
		return nil
	})
	return n, err
}

// Create creates a folder.
func (cl *Client) Create(ctx context.Context, name string) error {
	return cl.do(ctx, "folder", margin, func() error { return cl.c.Create(name, nil).Wait() })
}

// Delete deletes a folder.
func (cl *Client) Delete(ctx context.Context, name string) error {
	return cl.do(ctx, "folder", margin, func() error { return cl.c.Delete(name).Wait() })
}

// Messages lists the messages of the selected folder in order.
func (cl *Client) Messages(ctx context.Context) ([]Info, error) {
	var out []Info
	err := cl.do(ctx, "list", 64<<20, func() error {
		if cl.count == 0 {
			return nil
		}
		var all goimap.SeqSet
		all.AddRange(1, 0)
		msgs, err := cl.c.Fetch(all, &goimap.FetchOptions{UID: true, RFC822Size: true, Flags: true}).Collect()
		if err != nil {
			return err
		}
		for _, m := range msgs {
			out = append(out, Info{UID: uint32(m.UID), Size: m.RFC822Size, Flags: flagNames(m.Flags)})
		}
		return nil
	})
	return out, err
}

func flagNames(fl []goimap.Flag) []string {
	out := make([]string, len(fl))
	for i, f := range fl {
		out[i] = string(f)
	}
	return out
}

func uidSet(uid uint32) goimap.UIDSet { return goimap.UIDSetNum(goimap.UID(uid)) }

// Fetch returns message uid (its header only when header is set) without
// marking it seen. A message over the size limit is refused before its
// download with a KindTooLarge error; the session stays usable.
func (cl *Client) Fetch(ctx context.Context, uid uint32, header bool) ([]byte, error) {
	op := "read"
	if header {
		op = "header"
	}
	max := cl.sess.Cfg.MaxSizeOrDefault()
	var out []byte
	err := cl.do(ctx, op, max+margin, func() error {
		m, err := cl.c.Fetch(uidSet(uid), &goimap.FetchOptions{UID: true, RFC822Size: true}).Collect()
		if err != nil {
			return err
		}
		if len(m) == 0 {
			return &goimap.Error{Type: goimap.StatusResponseTypeNo, Text: fmt.Sprintf("no message with UID %d", uid)}
		}
		if !header && m[0].RFC822Size > max {
			return &mailnet.Error{Protocol: "IMAP", Op: op, Kind: mailtls.KindTooLarge, Server: cl.sess.Cfg.Server(), Size: max}
		}
		sec := &goimap.FetchItemBodySection{Peek: true}
		if header {
			sec.Specifier = goimap.PartSpecifierHeader
		}
		m, err = cl.c.Fetch(uidSet(uid), &goimap.FetchOptions{UID: true, BodySection: []*goimap.FetchItemBodySection{sec}}).Collect()
		if err != nil {
			return err
		}
		if len(m) == 0 || len(m[0].BodySection) == 0 {
			return &goimap.Error{Type: goimap.StatusResponseTypeNo, Text: fmt.Sprintf("no message with UID %d", uid)}
		}
		out = m[0].BodySection[0].Bytes
		return nil
	})
	return out, err
}

// Flags returns the flags of message uid.
func (cl *Client) Flags(ctx context.Context, uid uint32) ([]string, error) {
	var out []string
	err := cl.do(ctx, "flags", margin, func() error {
		m, err := cl.c.Fetch(uidSet(uid), &goimap.FetchOptions{UID: true, Flags: true}).Collect()
		if err != nil {
			return err
		}
		if len(m) == 0 {
			return &goimap.Error{Type: goimap.StatusResponseTypeNo, Text: fmt.Sprintf("no message with UID %d", uid)}
		}
		out = flagNames(m[0].Flags)
		return nil
	})
	return out, err
}

// Store adds (add) or removes flags on message uid.
func (cl *Client) Store(ctx context.Context, uid uint32, add bool, flags ...string) error {
	op := goimap.StoreFlagsDel
	if add {
		op = goimap.StoreFlagsAdd
	}
	fl := make([]goimap.Flag, len(flags))
	for i, f := range flags {
		fl[i] = goimap.Flag(f)
	}
	return cl.do(ctx, "flags", margin, func() error {
		return cl.c.Store(uidSet(uid), &goimap.StoreFlags{Op: op, Silent: true, Flags: fl}, nil).Close()
	})
}

// Copy copies message uid to folder dest.
func (cl *Client) Copy(ctx context.Context, uid uint32, dest string) error {
	return cl.do(ctx, "folder", margin, func() error {
		_, err := cl.c.Copy(uidSet(uid), dest).Wait()
		return err
	})
}

// Move moves message uid to folder dest (MOVE, or COPY + \Deleted +
// EXPUNGE on servers without it).
func (cl *Client) Move(ctx context.Context, uid uint32, dest string) error {
	return cl.do(ctx, "folder", margin, func() error {
		_, err := cl.c.Move(uidSet(uid), dest).Wait()
		return err
	})
}

// Expunge removes the messages flagged \Deleted from the selected folder.
func (cl *Client) Expunge(ctx context.Context) error {
	return cl.do(ctx, "delete", margin, func() error { return cl.c.Expunge().Close() })
}

// Search returns the UIDs of the selected folder's messages that match.
func (cl *Client) Search(ctx context.Context, crit *goimap.SearchCriteria) ([]uint32, error) {
	var out []uint32
	err := cl.do(ctx, "search", 16<<20, func() error {
		d, err := cl.c.UIDSearch(crit, nil).Wait()
		if err != nil {
			return err
		}
		for _, u := range d.AllUIDs() {
			out = append(out, uint32(u))
		}
		return nil
	})
	return out, err
}

// Logout ends the session politely and closes the connection.
func (cl *Client) Logout(ctx context.Context) error {
	if cl.sess.Closed() {
		return nil
	}
	err := cl.do(ctx, "quit", margin, func() error { return cl.c.Logout().Wait() })
	cl.Close()
	if err != nil && strings.Contains(err.Error(), "closed") {
		return nil
	}
	return err
}

// Close drops the connection.
func (cl *Client) Close() error {
	cl.mu.Lock() // an operation under way ends first
	cl.sess.MarkClosed()
	cl.mu.Unlock()
	return cl.c.Close()
}
