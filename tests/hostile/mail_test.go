package hostile

import (
	"bytes"
	"context"
	"errors"
	"net/mail"
	"os"
	"path/filepath"
	goruntime "runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/wlangage/wl/runtime"
	"github.com/wlangage/wl/stdlib"
	"github.com/wlangage/wl/stdlib/email"
	"github.com/wlangage/wl/stdlib/email/smtpx"
	"github.com/wlangage/wl/stdlib/files"
	"github.com/wlangage/wl/tests/smtptest"
)

// The e-mail side of issue 12: hostile SMTP servers (points 2 and 7, and
// servers that never greet or stall), attachments outside the file grant
// (9), recipient lists in one element (11), over-long header and command
// lines (12), no sender (18) and a message body that outgrows the memory
// limit (4). Each case is a WLangage script run through the embedding API
// against a server on 127.0.0.1; none may show Go internals, outlive its
// bounded wait, or leave a goroutine behind.

// mailRun is the outcome of one script.
type mailRun struct {
	out string        // what the script traced
	err error         // what Run returned
	dur time.Duration // how long Run took
}

// runMail compiles and runs src with the e-mail host configuration hc,
// the host limits of the other hostile cases and opts, under a context
// that ends after within (ctx is the parent, for cancellation cases).
func runMail(t *testing.T, ctx context.Context, lang string, hc email.HostConfig, src string, opts ...runtime.Option) mailRun {
	t.Helper()
	var o bytes.Buffer
	base := []runtime.Option{
		runtime.WithOutput(&o, &o),
		runtime.WithLang(lang),
		runtime.WithLimits(5_000_000, 10000),
		runtime.WithMaxMemory(memLimit),
		email.WithConfig(hc),
	}
	eng := stdlib.NewEngine(append(base, opts...)...)
	prog, err := eng.CompileContext(ctx, "m.wl", []byte(src))
	if err != nil {
		t.Fatalf("compile: %v", err)
	}
	start := time.Now()
	_, err = prog.Run(ctx)
	r := mailRun{out: o.String(), err: err, dur: time.Since(start)}
	clean(t, r.out)
	if err != nil {
		clean(t, err.Error())
	}
	return r
}

// bounded is the context of a run that must end well before it.
func bounded(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	t.Cleanup(cancel)
	return ctx
}

// relay sends every connection of the script to addr.
func relay(addr string) email.HostConfig {
	return email.HostConfig{Delivery: smtpx.Delivery{Relay: addr}}
}

// sendScript opens a session to "localhost" (relayed), sends one message
// whose fields are set by fields, and traces each result with ErreurInfo.
func sendScript(timeout int, fields string) string {
	return "EmailChangeTimeOut(" + strconv.Itoa(timeout) + ")\n" +
		"ouvert = EmailOuvreSessionSMTP(\"u\", \"localhost\")\n" +
		"Trace(\"ouvre\", ouvert, ErreurInfo())\n" +
		"m est un Email\n" + fields +
		"SI ouvert ALORS\n" +
		"\tTrace(\"envoie\", EmailEnvoieMessage(\"u\", m), ErreurInfo())\n" +
		"\tEmailFermeSession(\"u\")\n" +
		"FIN\n"
}

// plainFields is a well-formed message.
const plainFields = "m.Expéditeur = \"a@example.com\"\nm.Destinataire = \"b@example.com\"\nm.Sujet = \"s\"\nm.Message = \"corps\"\n"

// TestMailHostile runs every e-mail case in French and English and checks
// that the host's goroutines are back to their count afterwards.
func TestMailHostile(t *testing.T) {
	before := goruntime.NumGoroutine()
	for _, lang := range []string{"fr", "en"} {
		t.Run(lang+"/flood", func(t *testing.T) { testFlood(t, lang) })
		t.Run(lang+"/flood-starttls", func(t *testing.T) { testFloodStartTLS(t, lang) })
		t.Run(lang+"/cancel-quit", func(t *testing.T) { testCancelQuit(t, lang) })
		t.Run(lang+"/stall", func(t *testing.T) { testStall(t, lang) })
		t.Run(lang+"/attachment-grant", func(t *testing.T) { testAttachmentGrant(t, lang) })
		t.Run(lang+"/one-address", func(t *testing.T) { testOneAddress(t, lang) })
		t.Run(lang+"/line-limits", func(t *testing.T) { testLineLimits(t, lang) })
		t.Run(lang+"/no-sender", func(t *testing.T) { testNoSender(t, lang) })
		t.Run(lang+"/body-memory", func(t *testing.T) { testBodyMemory(t, lang) })
	}
	deadline := time.Now().Add(5 * time.Second)
	for goruntime.NumGoroutine() > before && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if n := goruntime.NumGoroutine(); n > before {
		buf := make([]byte, 1<<16)
		t.Errorf("%d goroutines before the e-mail runs, %d after:\n%s", before, n, buf[:goruntime.Stack(buf, true)])
	}
}

// Point 2: an endless reply is cut off quickly (the time-out is 20 s),
// with memory bounded, and the script gets Faux and an error naming the
// server.
func testFlood(t *testing.T, lang string) {
	for _, at := range []string{"greeting", "line", "ehlo", "dot"} {
		t.Run(at, func(t *testing.T) {
			h := smtptest.FloodServer(t, at, false)
			var ms0, ms1 goruntime.MemStats
			goruntime.ReadMemStats(&ms0)
			r := runMail(t, bounded(t), lang, relay(h.Addr()), sendScript(20, plainFields))
			goruntime.ReadMemStats(&ms1)
			if r.err != nil {
				t.Fatalf("run: %v (out %q)", r.err, r.out)
			}
			if r.dur > 10*time.Second {
				t.Errorf("took %s: the flood was not cut off", r.dur)
			}
			// Before the caps the client read at network speed: GBs in
			// seconds. Server and client together allocate far less.
			grown := ms1.TotalAlloc - ms0.TotalAlloc
			t.Logf("%d KB allocated in %s", grown>>10, r.dur)
			if grown > 32<<20 {
				t.Errorf("%d MB allocated during the flood", grown>>20)
			}
			want := "ouvre 0 "
			if at == "dot" {
				want = "envoie 0 "
			}
			i := strings.Index(r.out, want)
			if i < 0 {
				t.Fatalf("no %q in %q", want, r.out)
			}
			// The error names the server the script asked for (the relay
			// is the host's business) and the cap.
			if msg := r.out[i:]; !strings.Contains(msg, "localhost:25") || !strings.Contains(msg, "4096") {
				t.Errorf("the error does not name the server localhost:25 and the cap: %q", msg)
			}
		})
	}
}

// Point 2 before STARTTLS: the same floods when the session asks for
// STARTTLS (another reader in the client) — anyone on the path can send
// them.
func testFloodStartTLS(t *testing.T, lang string) {
	src := "EmailChangeTimeOut(20)\ns est une emailSessionSMTP\ns.AdresseServeur = \"localhost\"\n" +
		"s.Option = emailProtocoleSMTPS\nTrace(\"ouvre\", s.OuvreSession(), ErreurInfo())\n"
	for _, at := range []string{"greeting", "line", "ehlo"} {
		t.Run(at, func(t *testing.T) {
			h := smtptest.FloodServer(t, at, false)
			r := runMail(t, bounded(t), lang, relay(h.Addr()), src)
			if r.err != nil || !strings.HasPrefix(r.out, "ouvre 0 ") || !strings.Contains(r.out, "localhost:") || !strings.Contains(r.out, "4096") {
				t.Fatalf("run: %v, out %q", r.err, r.out)
			}
			if r.dur > 10*time.Second {
				t.Errorf("took %s: the flood was not cut off", r.dur)
			}
		})
	}
}

// Point 7: a run cancelled while a session is open to a server that never
// answers QUIT ends promptly (the time-out is 30 s).
func testCancelQuit(t *testing.T, lang string) {
	h := smtptest.SilentOnQuit(t)
	ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel()
	r := runMail(t, ctx, lang, relay(h.Addr()), "EmailChangeTimeOut(30)\nTrace(EmailOuvreSessionSMTP(\"u\", \"localhost\"))\nBOUCLE\n\tMultitâche(1)\nFIN\n")
	if r.dur > 5*time.Second {
		t.Errorf("the cancelled run waited %s for QUIT", r.dur)
	}
	if r.out != "1\n" {
		t.Errorf("out = %q", r.out)
	}
	// The run stops on its context: the embedder's error, not a script
	// failure, and nothing left waiting for the server.
	if !errors.Is(r.err, context.DeadlineExceeded) {
		var re *runtime.Error
		if !errors.As(r.err, &re) || re.Kind != runtime.ErrHost {
			t.Errorf("the cancelled run ended with %v (%T)", r.err, r.err)
		}
	}
}

// A server that never greets, and one that stalls during DATA: the script
// fails within EmailChangeTimeOut(1).
func testStall(t *testing.T, lang string) {
	t.Run("silent", func(t *testing.T) {
		h := smtptest.SilentListener(t)
		r := runMail(t, bounded(t), lang, relay(h.Addr()), sendScript(1, plainFields))
		if r.err != nil || !strings.HasPrefix(r.out, "ouvre 0 ") || strings.Contains(r.out, "envoie") || !strings.Contains(r.out, "localhost:25") {
			t.Fatalf("run: %v, out %q", r.err, r.out)
		}
		if r.dur > 5*time.Second {
			t.Errorf("took %s with a time-out of 1 s", r.dur)
		}
	})
	t.Run("data", func(t *testing.T) {
		h := smtptest.StallDuringData(t)
		// A body larger than the socket buffers: the client's writes block.
		fields := plainFields + "m.Message = Répète(\"0123456789abcdef\", 65536)\n"
		r := runMail(t, bounded(t), lang, relay(h.Addr()), sendScript(1, fields))
		if r.err != nil || !strings.HasPrefix(r.out, "ouvre 1 \nenvoie 0 ") || !strings.Contains(r.out, "localhost:25") {
			t.Fatalf("run: %v, out %q", r.err, r.out)
		}
		if r.dur > 5*time.Second {
			t.Errorf("took %s with a time-out of 1 s", r.dur)
		}
	})
}

// Point 9: attachments go through the host's file grant.
func testAttachmentGrant(t *testing.T, lang string) {
	root := t.TempDir()
	if err := os.WriteFile(filepath.Join(root, "notes.txt"), []byte("ligne\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	src := "m est un Email\n" +
		"Trace(EmailChargeFichierAttaché(m, \"notes.txt\"))\n" +
		"Trace(EmailChargeFichierAttaché(m, \"/etc/passwd\"), ErreurInfo())\n" +
		"Trace(m.ChargeFichierAttaché(\"../../etc/hostname\"), ErreurInfo())\n" +
		"Trace(m.Attache..Occurrence)\n"
	for name, c := range map[string]struct {
		opts  []runtime.Option
		first string // the result of the granted file
		n     string // attachments in the end
	}{
		"root":     {[]runtime.Option{files.WithRoot(root)}, "1", "1"},
		"no-grant": {nil, "-1", "0"},
	} {
		t.Run(name, func(t *testing.T) {
			r := runMail(t, bounded(t), lang, email.HostConfig{}, src, c.opts...)
			if r.err != nil {
				t.Fatalf("run: %v (out %q)", r.err, r.out)
			}
			lines := strings.Split(strings.TrimSuffix(r.out, "\n"), "\n")
			if len(lines) != 4 || !strings.HasPrefix(lines[0], c.first) || lines[3] != c.n {
				t.Fatalf("out = %q", r.out)
			}
			for i, path := range []string{"/etc/passwd", "../../etc/hostname"} {
				if l := lines[i+1]; !strings.HasPrefix(l, "-1 ") || !strings.Contains(l, path) {
					t.Errorf("%s was not refused with an error naming it: %q", path, l)
				}
			}
		})
	}
}

// sink is a well-behaved server; the refusals below must reach it with
// nothing.
func sink(t *testing.T) *smtptest.Server { return smtptest.Start(t, smtptest.Options{}) }

// Point 11: one Destinataire element is one address.
func testOneAddress(t *testing.T, lang string) {
	for _, to := range []string{"a@x.test, b@y.test", "grp: b@y.test;"} {
		t.Run(to, func(t *testing.T) {
			srv := sink(t)
			fields := "m.Expéditeur = \"a@example.com\"\nm.Destinataire[1] = \"" + to + "\"\nm.Sujet = \"s\"\nm.Message = \"corps\"\n"
			r := runMail(t, bounded(t), lang, relay(srv.Addr()), sendScript(5, fields))
			if r.err != nil || !strings.Contains(r.out, "envoie 0 ") {
				t.Fatalf("run: %v, out %q", r.err, r.out)
			}
			if elem := map[string]string{"fr": "Destinataire[1]", "en": "Recipient[1]"}[lang]; !strings.Contains(r.out, elem) {
				t.Errorf("the error does not name the element: %q", r.out)
			}
			if n := len(srv.Messages()); n != 0 {
				t.Errorf("%d messages sent", n)
			}
		})
	}
}

// Point 12: a 2,000-character sender name is folded, an address that
// would make RCPT TO longer than 512 octets is refused.
func testLineLimits(t *testing.T, lang string) {
	t.Run("long-name", func(t *testing.T) {
		srv := sink(t)
		fields := "m.Expéditeur = Répète(\"n\", 2000) + \" <a@example.com>\"\nm.Destinataire = \"b@example.com\"\nm.Sujet = \"s\"\nm.Message = \"corps\"\n"
		r := runMail(t, bounded(t), lang, relay(srv.Addr()), sendScript(5, fields))
		if r.err != nil || !strings.Contains(r.out, "envoie 1 ") {
			t.Fatalf("run: %v, out %q", r.err, r.out)
		}
		msgs := srv.Messages()
		if len(msgs) != 1 {
			t.Fatalf("%d messages", len(msgs))
		}
		for _, l := range strings.Split(string(msgs[0].Data), "\r\n") {
			if len(l) > 998 {
				t.Errorf("line of %d octets received: %.60s…", len(l), l)
			}
		}
		// Folded, not cut: the name and the address come back whole.
		m, err := mail.ReadMessage(bytes.NewReader(msgs[0].Data))
		if err != nil {
			t.Fatalf("the message does not parse: %v", err)
		}
		from, err := mail.ParseAddress(m.Header.Get("From"))
		if err != nil || from.Name != strings.Repeat("n", 2000) || from.Address != "a@example.com" {
			t.Errorf("From round trip: %v (%v)", from, err)
		}
	})
	t.Run("long-address", func(t *testing.T) {
		srv := sink(t)
		fields := "m.Expéditeur = \"a@example.com\"\nm.Destinataire = Répète(\"r\", 600) + \"@example.com\"\nm.Sujet = \"s\"\nm.Message = \"corps\"\n"
		r := runMail(t, bounded(t), lang, relay(srv.Addr()), sendScript(5, fields))
		if r.err != nil || !strings.Contains(r.out, "envoie 0 ") {
			t.Fatalf("run: %v, out %q", r.err, r.out)
		}
		if n := len(srv.Messages()); n != 0 || srv.Count("RCPT") != 0 {
			t.Errorf("%d messages, %d RCPT commands: the address was sent", n, srv.Count("RCPT"))
		}
	})
}

// Point 18: a message with no Expéditeur is refused.
func testNoSender(t *testing.T, lang string) {
	srv := sink(t)
	fields := "m.Destinataire = \"b@example.com\"\nm.Sujet = \"s\"\nm.Message = \"corps\"\n"
	r := runMail(t, bounded(t), lang, relay(srv.Addr()), sendScript(5, fields))
	if r.err != nil || !strings.Contains(r.out, "envoie 0 ") || !strings.Contains(r.out, map[string]string{"fr": "Expéditeur", "en": "Sender"}[lang]) {
		t.Fatalf("run: %v, out %q", r.err, r.out)
	}
	if n := len(srv.Messages()); n != 0 || srv.Count("MAIL") != 0 {
		t.Errorf("%d messages, %d MAIL commands: sent with no sender", n, srv.Count("MAIL"))
	}
}

// Point 4 for mail: a message body that grows past the memory limit stops
// the run with the host's memory-limit error (not catchable), not an OOM.
func testBodyMemory(t *testing.T, lang string) {
	srv := sink(t)
	src := "EmailOuvreSessionSMTP(\"u\", \"localhost\")\n" +
		"m est un Email\nm.Expéditeur = \"a@example.com\"\nm.Destinataire = \"b@example.com\"\n" +
		"m.Message = Répète(\"0123456789\", 1000)\n" +
		"QUAND EXCEPTION DANS\n" +
		"\tBOUCLE\n\t\tm.Message = m.Message + m.Message\n" +
		// Sent while small: sending a body of megabytes under -race is slow.
		"\t\tSI Taille(m.Message) < 1000000 ALORS\n\t\t\tTrace(EmailEnvoieMessage(\"u\", m))\n\t\tFIN\n\tFIN\n" +
		"FAIRE\n\tTrace(\"pris\")\nFIN\n"
	r := runMail(t, bounded(t), lang, relay(srv.Addr()), src)
	var re *runtime.Error
	if !errors.As(r.err, &re) {
		t.Fatalf("run: %v (out %q)", r.err, r.out)
	}
	if re.Kind != runtime.ErrHost || re.Pos.Line < 1 {
		t.Errorf("kind %d at line %d, want a positioned host stop: %s", re.Kind, re.Pos.Line, re.Error())
	}
	if !strings.Contains(re.Text("fr"), "Limite de mémoire") {
		t.Errorf("%q is not the memory limit", re.Text("fr"))
	}
	if strings.Contains(r.out, "pris") {
		t.Errorf("the script caught the host stop: %q", r.out)
	}
	// The bodies of 20 KB to 640 KB were sent before the limit stopped it.
	if r.out != strings.Repeat("1\n", 6) || len(srv.Messages()) != 6 {
		t.Errorf("out %q, %d messages received", r.out, len(srv.Messages()))
	}
}
