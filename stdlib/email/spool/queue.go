package spool

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"strings"
	"time"

	"github.com/riverqueue/river"
	"github.com/riverqueue/river/rivertype"

	"github.com/wlangage/wl/stdlib/email/mailtls"
	"github.com/wlangage/wl/stdlib/email/queue"
	"github.com/wlangage/wl/stdlib/email/smtpx"
)

// Submit queues m on the queue of this process (SubmitQueue): the
// queue.Queue the e-mail functions use.
func (s *Spool) Submit(ctx context.Context, m queue.Message) (int64, error) {
	return s.Enqueue(ctx, m, s.SubmitQueue())
}

type jobArgs struct{}

func (jobArgs) Kind() string { return jobKind }

// client returns the River client, creating it (not started) on first
// use. queue, when not "", is worked once the client starts.
func (s *Spool) riverClient(queue string) (*river.Client[*sql.Tx], error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return nil, errClosed
	}
	if s.client == nil {
		workers := river.NewWorkers()
		if err := river.AddWorkerSafely(workers, &worker{s: s}); err != nil {
			return nil, err
		}
		// The client always works this process's own queue (empty unless
		// it queues for itself), so that queues can be added later.
		own := RunQueue(s.id)
		// One worker on the own queue: a run's messages leave in order.
		queues := map[string]river.QueueConfig{own: {MaxWorkers: 1}}
		s.working[own] = true
		if queue != "" && queue != own {
			queues[queue] = river.QueueConfig{MaxWorkers: s.opts.MaxWorkers}
			s.working[queue] = true
		}
		var test river.TestConfig
		if s.opts.Now != nil {
			test.Time = clockGen{s.opts.Now}
		}
		c, err := river.NewClient(s.driver(), &river.Config{
			Test:                        test,
			ID:                          s.id,
			Logger:                      s.log,
			Workers:                     workers,
			Queues:                      queues,
			MaxAttempts:                 1_000_000, // the lifetime decides, not a count
			JobTimeout:                  -1,        // smtpx bounds every wait
			RescueStuckJobsAfter:        7 * 24 * time.Hour,
			RetryPolicy:                 retryPolicy{s},
			CompletedJobRetentionPeriod: s.opts.Retention,
			CancelledJobRetentionPeriod: s.opts.Retention,
			DiscardedJobRetentionPeriod: s.opts.Retention,
			FetchCooldown:               2 * time.Millisecond,
			FetchPollInterval:           s.opts.PollInterval,
			PollOnly:                    true,
		})
		if err != nil {
			return nil, err
		}
		s.client = c
		return c, nil
	}
	if queue != "" && !s.working[queue] {
		if err := s.client.Queues().Add(queue, river.QueueConfig{MaxWorkers: s.opts.MaxWorkers}); err != nil {
			return nil, err
		}
		s.working[queue] = true
	}
	return s.client, nil
}

// start starts the client's workers (once).
func (s *Spool) start(ctx context.Context) error {
	s.mu.Lock()
	c, started := s.client, s.started
	s.mu.Unlock()
	if c == nil || started {
		return nil
	}
	if err := c.Start(context.WithoutCancel(ctx)); err != nil {
		return err
	}
	s.mu.Lock()
	s.started = true
	s.mu.Unlock()
	return nil
}

// checkEnvelope refuses CR, LF and NUL in the envelope (DECISIONS 15a).
func checkEnvelope(m *queue.Message) error {
	for _, a := range append([]string{m.From}, m.To...) {
		if strings.ContainsAny(a, "\r\n\x00") {
			v := strings.NewReplacer("\r", `\r`, "\n", `\n`, "\x00", `\0`).Replace(a)
			return errorf(nil, "spool : l'adresse « %s » contient un caractère interdit (CR, LF ou NUL)", "spool: the address \"%s\" holds a forbidden character (CR, LF or NUL)", v)
		}
	}
	if len(m.To) == 0 {
		return errorf(nil, "spool : le message n'a aucun destinataire", "spool: the message has no recipient")
	}
	return nil
}

// Enqueue commits m durably in River queue q (MainQueue when "") and returns its
// identifier, the River job ID. The message and its job are written in one
// transaction: both or neither.
func (s *Spool) Enqueue(ctx context.Context, m queue.Message, q string) (int64, error) {
	if err := checkEnvelope(&m); err != nil {
		return 0, err
	}
	if q == "" {
		q = MainQueue
	}
	c, err := s.riverClient("")
	if err != nil {
		return 0, errorf(err, "spool : %v", "spool: %v", err)
	}
	settings, err := json.Marshal(m.Server)
	if err != nil {
		return 0, err
	}
	rcpt, _ := json.Marshal(m.To)
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return 0, errorf(err, "spool %s : %v", "spool %s: %v", s.Location(), redactErr(err))
	}
	defer tx.Rollback()
	res, err := c.InsertTx(ctx, tx, jobArgs{}, &river.InsertOpts{Queue: q})
	if err != nil {
		return 0, errorf(err, "spool %s : mise en file impossible : %v", "spool %s: cannot queue the message: %v", s.Location(), redactErr(err))
	}
	id := res.Job.ID
	sealed, err := s.seal(id, settings)
	if err != nil {
		return 0, err
	}
	_, err = tx.ExecContext(ctx, s.q(`INSERT INTO wl_spool_message (job_id, message_id, mail_from, rcpt, subject, data, server) VALUES (?, ?, ?, ?, ?, ?, ?)`),
		id, m.MessageID, m.From, string(rcpt), m.Subject, m.Data, sealed)
	if err != nil {
		return 0, errorf(err, "spool %s : mise en file impossible : %v", "spool %s: cannot queue the message: %v", s.Location(), redactErr(err))
	}
	if err := tx.Commit(); err != nil {
		return 0, errorf(err, "spool %s : mise en file impossible : %v", "spool %s: cannot queue the message: %v", s.Location(), redactErr(err))
	}
	return id, nil
}

// clockGen gives River the injected clock.
type clockGen struct{ now func() time.Time }

func (c clockGen) Now() time.Time { return c.now() }

func (c clockGen) NowOrNil() *time.Time {
	t := c.now().UTC()
	return &t
}

// retryPolicy doubles the delay from one minute up to one hour (Postfix
// doubles from 300 s to 4000 s) and never goes past the lifetime.
type retryPolicy struct{ s *Spool }

// NextRetry implements river.ClientRetryPolicy.
func (p retryPolicy) NextRetry(job *rivertype.JobRow) time.Time {
	return p.s.nextRetry(job.Attempt, job.CreatedAt)
}

// Backoff is the delay before attempt n+1 after n failed attempts.
func Backoff(n int) time.Duration {
	if n < 1 {
		n = 1
	}
	if n > 7 {
		return time.Hour
	}
	d := time.Minute << (n - 1)
	if d > time.Hour {
		d = time.Hour
	}
	return d
}

func (s *Spool) nextRetry(attempt int, created time.Time) time.Time {
	next := s.now().Add(Backoff(attempt))
	if end := created.Add(s.opts.Lifetime); next.After(end) {
		next = end
	}
	return next
}

// Stats count what this process's workers did.
type Stats struct {
	Sent, Failed, Deferred int64
}

// worker delivers one message per job.
type worker struct {
	river.WorkerDefaults[jobArgs]
	s *Spool
}

// Work implements river.Worker.
func (w *worker) Work(ctx context.Context, job *river.Job[jobArgs]) error {
	return w.s.deliver(ctx, job)
}

// stored is a message row.
type stored struct {
	from, messageID string
	to              []string
	data, server    []byte
}

func (s *Spool) load(ctx context.Context, id int64) (*stored, error) {
	var m stored
	var rcpt string
	err := s.db.QueryRowContext(ctx, s.q(`SELECT mail_from, message_id, rcpt, data, server FROM wl_spool_message WHERE job_id = ?`), id).
		Scan(&m.from, &m.messageID, &rcpt, &m.data, &m.server)
	if err != nil {
		return nil, err
	}
	if err := json.Unmarshal([]byte(rcpt), &m.to); err != nil {
		return nil, err
	}
	return &m, nil
}

// reply records the outcome of the last attempt.
func (s *Spool) reply(ctx context.Context, id int64, code int, fr, en string) {
	s.db.ExecContext(context.WithoutCancel(ctx), s.q(`UPDATE wl_spool_message SET reply_code = ?, reply_fr = ?, reply_en = ? WHERE job_id = ?`), code, fr, en, id)
}

func (s *Spool) deliver(ctx context.Context, job *river.Job[jobArgs]) error {
	m, err := s.load(ctx, job.ID)
	if err != nil {
		if errors.Is(err, sql.ErrNoRows) {
			return river.JobCancel(errors.New("message row missing"))
		}
		return err
	}
	plain, err := s.open(job.ID, m.server)
	var srv queue.Server
	if err == nil {
		err = json.Unmarshal(plain, &srv)
	}
	if err != nil {
		fr := "spool : paramètres de session illisibles : " + err.Error()
		s.reply(ctx, job.ID, 0, fr, "spool: unreadable session settings: "+err.Error())
		s.stats.failed.Add(1)
		return river.JobCancel(err)
	}
	cfg := smtpx.Config{
		Host: srv.Host, Port: srv.Port, Security: srv.Security, Ignore: srv.Ignore,
		User: srv.User, Password: srv.Password, Token: srv.Token, Timeout: srv.Timeout,
		Relay: s.opts.Relay, RootCAs: s.opts.RootCAs, AllowPlaintextAuth: s.opts.AllowPlaintextAuth,
		Dial: s.opts.Dial, InProcess: s.opts.InProcess, LocalName: s.opts.LocalName,
	}
	env := smtpx.Envelope{From: m.from, To: m.to}

	// From here to the commit, no other message of this process is in
	// flight: a crash re-sends at most this one.
	s.sendMu.Lock()
	defer s.sendMu.Unlock()
	sess, reused, err := s.pool.get(ctx, cfg)
	if err == nil {
		err = sess.Send(ctx, env, m.data)
		if err != nil && reused && staleSession(err) {
			// The server dropped an idle connection: nothing was sent.
			s.pool.drop(cfg)
			if sess, _, err = s.pool.get(ctx, cfg); err == nil {
				err = sess.Send(ctx, env, m.data)
			}
		}
		if err != nil && !isReply(err) {
			s.pool.drop(cfg)
		}
	}
	if err == nil {
		cctx := context.WithoutCancel(ctx)
		// Counted before the commit: once the job reads completed, Drain
		// (which waits for no job left running) must already see it sent.
		s.stats.sent.Add(1)
		if cerr := s.complete(cctx, job, sess.LastReply()); cerr != nil {
			s.stats.sent.Add(-1)
			s.log.Error("spool: completion not recorded, the message may be sent again", "id", job.ID, "error", cerr.Error())
			return cerr
		}
		s.log.Info("sent", "id", job.ID, "message_id", m.messageID, "attempt", job.Attempt)
		return nil
	}
	code := 0
	var se *smtpx.Error
	temporary := true
	if errors.As(err, &se) {
		code = se.Code
		temporary = se.Temporary
		if se.Kind == mailtls.KindCanceled {
			temporary = true
		}
		s.reply(ctx, job.ID, code, se.Message("fr"), se.Message("en"))
	} else {
		s.reply(ctx, job.ID, 0, err.Error(), err.Error())
	}
	if !temporary || !s.now().Before(job.CreatedAt.Add(s.opts.Lifetime)) {
		s.stats.failed.Add(1)
		s.log.Warn("failed", "id", job.ID, "message_id", m.messageID, "code", code, "error", errText(err))
		return river.JobCancel(errors.New(errText(err)))
	}
	s.stats.deferred.Add(1)
	s.log.Info("deferred", "id", job.ID, "message_id", m.messageID, "code", code, "error", errText(err))
	return errors.New(errText(err))
}

func errText(err error) string {
	var se *smtpx.Error
	if errors.As(err, &se) {
		return se.Message("en")
	}
	return err.Error()
}

func isReply(err error) bool {
	var se *smtpx.Error
	return errors.As(err, &se) && (se.Kind == mailtls.KindReply && se.Code != 421 || se.Kind == mailtls.KindInvalid || se.Kind == mailtls.KindUnsupported)
}

func staleSession(err error) bool {
	var se *smtpx.Error
	return errors.As(err, &se) && se.Op == "mail" && (se.Kind == mailtls.KindClosed || se.Kind == mailtls.KindOther || se.Code == 421)
}

// complete marks the job completed and records the server's reply, in one
// transaction of its own.
func (s *Spool) complete(ctx context.Context, job *river.Job[jobArgs], last string) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if _, err := river.JobCompleteTx[riverDriver](ctx, tx, job); err != nil {
		return err
	}
	txt := "250 " + last
	if _, err := tx.ExecContext(ctx, s.q(`UPDATE wl_spool_message SET reply_code = 250, reply_fr = ?, reply_en = ?, sent_at = ? WHERE job_id = ?`), txt, txt, time.Now().UnixMilli(), job.ID); err != nil {
		return err
	}
	return tx.Commit()
}
