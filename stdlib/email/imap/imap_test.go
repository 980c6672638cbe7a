package imap_test

import (
	"bytes"
	"context"
	"errors"
	"net"
	"slices"
	"strconv"
	"testing"
	"time"

	goimap "github.com/emersion/go-imap/v2"

	"github.com/wlangage/wl/stdlib/email/imap"
	"github.com/wlangage/wl/stdlib/email/mailnet"
	"github.com/wlangage/wl/stdlib/email/mailtls"
	"github.com/wlangage/wl/tests/reading/dovecot"
)

func port(t *testing.T, addr string) int {
	_, p, err := net.SplitHostPort(addr)
	if err != nil {
		t.Fatal(err)
	}
	n, _ := strconv.Atoi(p)
	return n
}

// TestDovecot reads, lists folders, moves, flags and deletes against a
// real Dovecot over plain, STARTTLS and implicit TLS (acceptance 1, IMAP).
func TestDovecot(t *testing.T) {
	srv := dovecot.Start(t, dovecot.Users{"bob": "secret"})
	fx := dovecot.Fixtures()
	srv.Seed(t, "bob", "", fx...)
	srv.Seed(t, "bob", "Archives", fx[0])
	ctx := context.Background()
	cfg := func(addr string, sec mailtls.Security) mailnet.Config {
		return mailnet.Config{Host: "localhost", Port: port(t, addr), Security: sec, User: "bob", Password: "secret",
			Timeout: 10 * time.Second, RootCAs: srv.CA.Pool()}
	}
	for _, m := range []struct {
		name string
		addr string
		sec  mailtls.Security
	}{
		{"plain", srv.IMAP, mailtls.Plain},
		{"starttls", srv.IMAP, mailtls.StartTLS},
		{"tls", srv.IMAPS, mailtls.ImplicitTLS},
	} {
		t.Run(m.name, func(t *testing.T) {
			c, err := imap.Dial(ctx, cfg(m.addr, m.sec))
			if err != nil {
				t.Fatalf("Dial: %v\n%s", err, srv.Log())
			}
			defer c.Logout(ctx)
			l, err := c.Messages(ctx)
			if err != nil || len(l) != 3 {
				t.Fatalf("Messages = %+v, %v", l, err)
			}
			for i, want := range fx {
				got, err := c.Fetch(ctx, l[i].UID, false)
				if err != nil {
					t.Fatal(err)
				}
				if !bytes.Equal(got, want) {
					t.Errorf("message %d:\n%q\nwant\n%q", i+1, got, want)
				}
				h, err := c.Fetch(ctx, l[i].UID, true)
				if err != nil || !bytes.HasPrefix(want, h) || len(h) >= len(want) {
					t.Errorf("header %d = %q, %v", i+1, h, err)
				}
			}
			// BODY.PEEK leaves the messages unseen.
			fl, err := c.Flags(ctx, l[0].UID)
			if err != nil || slices.Contains(fl, `\Seen`) {
				t.Errorf("flags after reading: %v, %v", fl, err)
			}
		})
	}

	t.Run("folders-flags-move", func(t *testing.T) {
		c, err := imap.Dial(ctx, cfg(srv.IMAPS, mailtls.ImplicitTLS))
		if err != nil {
			t.Fatal(err)
		}
		defer c.Logout(ctx)
		f, err := c.Folders(ctx)
		if err != nil || !slices.Contains(f, "INBOX") || !slices.Contains(f, "Archives") {
			t.Fatalf("Folders = %v, %v", f, err)
		}
		if err := c.Create(ctx, "Tri"); err != nil {
			t.Fatal(err)
		}
		l, _ := c.Messages(ctx)
		if err := c.Store(ctx, l[0].UID, true, `\Seen`, `\Flagged`); err != nil {
			t.Fatal(err)
		}
		fl, _ := c.Flags(ctx, l[0].UID)
		if !slices.Contains(fl, `\Seen`) || !slices.Contains(fl, `\Flagged`) {
			t.Errorf("flags = %v", fl)
		}
		if err := c.Move(ctx, l[1].UID, "Tri"); err != nil {
			t.Fatal(err)
		}
		if l2, _ := c.Messages(ctx); len(l2) != 2 {
			t.Errorf("INBOX after MOVE: %d messages", len(l2))
		}
		uids, err := c.Search(ctx, &goimap.SearchCriteria{Header: []goimap.SearchCriteriaHeaderField{{Key: "Subject", Value: "Premier"}}})
		if err != nil || len(uids) != 1 || uids[0] != l[0].UID {
			t.Errorf("Search = %v, %v", uids, err)
		}
		n, err := c.Select(ctx, "Tri")
		if err != nil || n != 1 || c.Folder() != "Tri" {
			t.Fatalf("Select Tri = %d, %v", n, err)
		}
		if _, err := c.Select(ctx, "Nulle/Part"); err == nil {
			t.Error("selecting a missing folder succeeded")
		} else if e := (*mailnet.Error)(nil); !errors.As(err, &e) || e.Kind != mailtls.KindReply {
			t.Errorf("missing folder: %v", err)
		} else {
			t.Log(e.Message("en"))
		}
	})

	t.Run("too-large", func(t *testing.T) {
		cf := cfg(srv.IMAP, mailtls.Plain)
		cf.MaxSize = 100
		c, err := imap.Dial(ctx, cf)
		if err != nil {
			t.Fatal(err)
		}
		defer c.Logout(ctx)
		l, _ := c.Messages(ctx)
		_, err = c.Fetch(ctx, l[0].UID, false)
		var e *mailnet.Error
		if !errors.As(err, &e) || e.Kind != mailtls.KindTooLarge {
			t.Fatalf("err = %v", err)
		}
		t.Log(e.Message("fr"))
		// The session is still usable.
		if _, err := c.Flags(ctx, l[0].UID); err != nil {
			t.Fatal(err)
		}
	})
}
