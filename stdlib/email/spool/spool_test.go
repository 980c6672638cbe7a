package spool

import (
	"bytes"
	"context"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/emersion/go-smtp"

	"github.com/wlangage/wl/stdlib/email/mailtls"
	"github.com/wlangage/wl/stdlib/email/queue"
	"github.com/wlangage/wl/stdlib/email/smtpx"
	"github.com/wlangage/wl/tests/smtptest"
)

// clock is an injected clock.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) now() time.Time      { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *clock) add(d time.Duration) { c.mu.Lock(); c.t = c.t.Add(d); c.mu.Unlock() }

func openTest(t *testing.T, path string, now func() time.Time) *Spool {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	s, err := Open(ctx, Options{Location: path, Now: now, PollInterval: 20 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func message(srv string, n int) queue.Message {
	host, port, _ := net.SplitHostPort(srv)
	p, _ := strconv.Atoi(port)
	mid := "m" + strconv.Itoa(n) + "@test"
	return queue.Message{
		From: "moi@example.com", To: []string{"toi@example.com"}, MessageID: mid, Subject: "essai " + strconv.Itoa(n),
		Data:   []byte("From: moi@example.com\r\nTo: toi@example.com\r\nMessage-ID: <" + mid + ">\r\nSubject: essai\r\n\r\nbonjour\r\n"),
		Server: queue.Server{Host: host, Port: p, Timeout: 5 * time.Second, User: "alice", Password: "s3cr3t-Pa55"},
	}
}

func ctx(t *testing.T) context.Context {
	c, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	t.Cleanup(cancel)
	return c
}

// Acceptance 1: queued, then sent; the state goes from Pending to Sent.
func TestPendingThenSent(t *testing.T) {
	testPendingThenSent(t, filepath.Join(t.TempDir(), "spool.db"))
}

func testPendingThenSent(t *testing.T, path string) {
	srv := smtptest.Start(t, smtptest.Options{Users: map[string]string{"alice": "s3cr3t-Pa55"}, AllowInsecureAuth: true})
	s := openTest(t, path, nil)
	id, err := s.Enqueue(ctx(t), message(srv.Addr(), 1), "")
	if err != nil {
		t.Fatal(err)
	}
	st, err := s.Status(ctx(t), id)
	if err != nil || st.State != queue.Pending {
		t.Fatalf("state after enqueue = %v, %v; want Pending", st.State, err)
	}
	if len(srv.Messages()) != 0 {
		t.Fatal("delivered before any worker ran")
	}
	sum, err := s.Drain(ctx(t), nil)
	if err != nil {
		t.Fatal(err)
	}
	if sum.Sent != 1 || sum.Remaining != 0 {
		t.Fatalf("drain: %+v", sum)
	}
	st, _ = s.Status(ctx(t), id)
	if st.State != queue.Sent || st.Code != 250 {
		t.Fatalf("state after drain = %+v; want Sent 250", st)
	}
	msgs := srv.Messages()
	if len(msgs) != 1 || msgs[0].Auth != "alice" || !bytes.Contains(msgs[0].Data, []byte("<m1@test>")) {
		t.Fatalf("server got %d messages: %+v", len(msgs), msgs)
	}
	var blob []byte
	s.db.QueryRow(s.q(`SELECT server FROM wl_spool_message WHERE job_id = ?`), id).Scan(&blob)
	if len(blob) == 0 || bytes.Contains(blob, []byte("s3cr3t-Pa55")) || bytes.Contains(blob, []byte("alice")) {
		t.Fatalf("session settings stored in clear: %q", blob)
	}
	if s.postgres {
		return
	}
	// Credentials are not in clear anywhere in the spool's files.
	for _, f := range []string{path, path + "-wal"} {
		b, _ := os.ReadFile(f)
		if bytes.Contains(b, []byte("s3cr3t-Pa55")) {
			t.Fatalf("%s holds the password in clear", f)
		}
	}
	for _, f := range []string{path, path + "-wal", path + "-shm", path + ".key"} {
		fi, err := os.Stat(f)
		if err != nil {
			t.Fatal(err)
		}
		if fi.Mode().Perm() != 0o600 {
			t.Errorf("%s: mode %v, want 0600", f, fi.Mode().Perm())
		}
	}
	// Same spool, another handle (another run): still Sent.
	s2 := openTest(t, path, nil)
	if st, err := s2.Status(ctx(t), id); err != nil || st.State != queue.Sent {
		t.Fatalf("state seen by another handle: %+v %v", st, err)
	}
	if _, err := s2.Status(ctx(t), id+1000); err != queue.ErrUnknown {
		t.Fatalf("unknown id: %v", err)
	}
}

// Acceptance 1: 5xx is final, with the reply kept.
func TestPermanentFailure(t *testing.T) {
	testPermanentFailure(t, filepath.Join(t.TempDir(), "spool.db"))
}

func testPermanentFailure(t *testing.T, loc string) {
	srv := smtptest.Start(t, smtptest.Options{AllowInsecureAuth: true, Users: map[string]string{"alice": "s3cr3t-Pa55"},
		RejectRcpt: map[string]*smtp.SMTPError{"toi@example.com": {Code: 550, EnhancedCode: smtp.EnhancedCode{5, 1, 1}, Message: "No such user"}}})
	s := openTest(t, loc, nil)
	id, err := s.Enqueue(ctx(t), message(srv.Addr(), 2), "")
	if err != nil {
		t.Fatal(err)
	}
	sum, err := s.Drain(ctx(t), nil)
	if err != nil || sum.Failed != 1 {
		t.Fatalf("drain: %+v %v", sum, err)
	}
	st, _ := s.Status(ctx(t), id)
	if st.State != queue.Failed || st.Code != 550 || !strings.Contains(st.FR, "550 5.1.1") || !strings.Contains(st.EN, "No such user") {
		t.Fatalf("status = %+v", st)
	}
	// retry puts it back in the queue.
	if err := s.Retry(ctx(t), id); err != nil {
		t.Fatal(err)
	}
	if st, _ := s.Status(ctx(t), id); st.State != queue.Pending {
		t.Fatalf("after retry: %+v", st)
	}
}

// Acceptance 1: 4xx, then success after a retry; the back-off follows the
// injected clock.
func TestTemporaryThenSent(t *testing.T) {
	c := &clock{t: time.Now()}
	bad := smtptest.Start(t, smtptest.Options{AllowInsecureAuth: true, Users: map[string]string{"alice": "s3cr3t-Pa55"},
		RejectData: &smtp.SMTPError{Code: 451, EnhancedCode: smtp.EnhancedCode{4, 3, 0}, Message: "Try later"}})
	addr := bad.Addr()
	s := openTest(t, filepath.Join(t.TempDir(), "spool.db"), c.now)
	if err := s.Own(ctx(t)); err != nil {
		t.Fatal(err)
	}
	m := message(addr, 3)
	id, err := s.Enqueue(ctx(t), m, RunQueue(s.ProcessID()))
	if err != nil {
		t.Fatal(err)
	}
	// Wait for the first attempt to be recorded.
	deadline := time.Now().Add(10 * time.Second)
	var next time.Time
	var attempts int
	for time.Now().Before(deadline) {
		st, _ := s.Status(ctx(t), id)
		next, attempts, _ = s.NextAttempt(ctx(t), id)
		if st.Code == 451 && attempts == 1 && next.Sub(c.now()) > 30*time.Second {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	if d := next.Sub(c.now()); attempts != 1 || d < time.Minute-time.Second || d > time.Minute+time.Second {
		t.Fatalf("after a 451: attempt %d, next attempt in %v; want 1 and 1m", attempts, d)
	}
	if st, _ := s.Status(ctx(t), id); st.State != queue.Pending || !strings.Contains(st.FR, "451") {
		t.Fatalf("after a 451: %+v", st)
	}
	if n, _ := s.Promote(ctx(t)); n != 0 {
		t.Fatalf("promoted %d messages before their time", n)
	}
	bad.Close()
	good := smtptest.Start(t, smtptest.Options{Addr: addr, AllowInsecureAuth: true, Users: map[string]string{"alice": "s3cr3t-Pa55"}})
	c.add(59 * time.Second)
	if n, _ := s.Promote(ctx(t)); n != 0 {
		t.Fatalf("promoted %d messages 1 s early", n)
	}
	c.add(time.Second)
	s.Promote(ctx(t)) // River's scheduler, on the same clock, may be first
	left, err := s.WaitOwn(ctx(t))
	if err != nil || left != 0 {
		t.Fatalf("WaitOwn: %d %v", left, err)
	}
	st, _ := s.Status(ctx(t), id)
	if st.State != queue.Sent {
		t.Fatalf("after the retry: %+v", st)
	}
	if n := len(good.Messages()); n != 1 {
		t.Fatalf("the good server got %d messages", n)
	}
	if !bytes.Contains(good.Messages()[0].Data, []byte("<m3@test>")) {
		t.Fatal("Message-ID changed between attempts")
	}
	// The back-off doubles up to an hour.
	want := []time.Duration{time.Minute, 2 * time.Minute, 4 * time.Minute, 8 * time.Minute, 16 * time.Minute, 32 * time.Minute, time.Hour, time.Hour}
	for i, w := range want {
		if got := Backoff(i + 1); got != w {
			t.Errorf("Backoff(%d) = %v, want %v", i+1, got, w)
		}
	}
}

// The liveness lock frees itself when its holder goes.
func TestLiveness(t *testing.T) { testLiveness(t, filepath.Join(t.TempDir(), "spool.db")) }

func testLiveness(t *testing.T, path string) {
	a := openTest(t, path, nil)
	b := openTest(t, path, nil)
	if err := a.register(ctx(t)); err != nil {
		t.Fatal(err)
	}
	if !b.alive(ctx(t), a.ProcessID()) {
		t.Fatal("a live process is seen dead")
	}
	a.live.release()
	if b.alive(ctx(t), a.ProcessID()) {
		t.Fatal("a released process is seen alive")
	}
}

// A spool written by a newer wl is refused; an older one needs migrate.
func TestSchemaVersions(t *testing.T) {
	path := filepath.Join(t.TempDir(), "spool.db")
	s := openTest(t, path, nil)
	s.db.Exec(`UPDATE wl_spool_meta SET v = '99' WHERE k = 'schema'`)
	s.Close()
	_, err := Open(ctx(t), Options{Location: path})
	if err == nil || !strings.Contains(err.Error(), "newer") {
		t.Fatalf("newer schema: %v", err)
	}
}

// CR/LF in the envelope is refused at enqueue.
func TestEnvelopeInjection(t *testing.T) {
	s := openTest(t, filepath.Join(t.TempDir(), "spool.db"), nil)
	m := message("127.0.0.1:1", 4)
	m.To = []string{"a@example.com\r\nRCPT TO:<b@example.com>"}
	if _, err := s.Enqueue(ctx(t), m, ""); err == nil {
		t.Fatal("CR/LF accepted in a recipient")
	}
	_ = mailtls.Plain
}

// Messages for different servers never share a session.
func TestPoolKey(t *testing.T) {
	a := smtpx.Config{Host: "127.0.0.1", Port: 25, User: "u", Password: "p"}
	for _, b := range []smtpx.Config{{Host: "127.0.0.1", Port: 26, User: "u", Password: "p"}, {Host: "127.0.0.1", Port: 25, User: "v", Password: "p"},
		{Host: "127.0.0.1", Port: 25, User: "u", Password: "q"}, {Host: "localhost", Port: 25, User: "u", Password: "p"}} {
		if poolKey(a) == poolKey(b) {
			t.Errorf("%+v and %+v share a session", a, b)
		}
	}
}

// A message still refused with 4xx when its lifetime runs out fails for
// good, with the last reply.
func TestLifetime(t *testing.T) {
	c := &clock{t: time.Now()}
	srv := smtptest.Start(t, smtptest.Options{AllowInsecureAuth: true, Users: map[string]string{"alice": "s3cr3t-Pa55"},
		RejectData: &smtp.SMTPError{Code: 452, EnhancedCode: smtp.EnhancedCode{4, 3, 1}, Message: "Mailbox full"}})
	s, err := Open(ctx(t), Options{Location: filepath.Join(t.TempDir(), "spool.db"), Now: c.now, Lifetime: 10 * time.Minute, PollInterval: 20 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	id, err := s.Enqueue(ctx(t), message(srv.Addr(), 5), "")
	if err != nil {
		t.Fatal(err)
	}
	if sum, _ := s.Drain(ctx(t), nil); sum.Deferred != 1 {
		t.Fatalf("first attempt: %+v", sum)
	}
	if st, _ := s.Status(ctx(t), id); st.State != queue.Pending {
		t.Fatalf("after a 452 within the lifetime: %+v", st)
	}
	c.add(11 * time.Minute)
	if sum, _ := s.Drain(ctx(t), nil); sum.Failed != 1 {
		t.Fatalf("attempt after the lifetime: %+v", sum)
	}
	st, _ := s.Status(ctx(t), id)
	if st.State != queue.Failed || st.Code != 452 || !strings.Contains(st.EN, "Mailbox full") {
		t.Fatalf("after the lifetime: %+v", st)
	}
}

// DECISIONS 16 holds at delivery: credentials never go in clear to a
// remote host; the message fails before any connection, and queueing it
// was not refused.
func TestPlaintextCredentialsAtDelivery(t *testing.T) {
	s := openTest(t, filepath.Join(t.TempDir(), "spool.db"), nil)
	m := message("127.0.0.1:25", 6)
	m.Server.Host = "smtp.example.com"
	id, err := s.Enqueue(ctx(t), m, "")
	if err != nil {
		t.Fatalf("queueing refused: %v", err)
	}
	if sum, _ := s.Drain(ctx(t), nil); sum.Failed != 1 {
		t.Fatalf("drain: %+v", sum)
	}
	st, _ := s.Status(ctx(t), id)
	if st.State != queue.Failed || !strings.Contains(st.EN, "smtp.example.com") {
		t.Fatalf("status: %+v", st)
	}
	t.Log(st.EN)
}
