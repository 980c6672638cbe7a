package spool

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"sort"
	"strings"
	"time"

	"github.com/riverqueue/river"
	"github.com/riverqueue/river/riverdriver"
	"github.com/riverqueue/river/rivertype"
	"github.com/wlangage/wl/lexer/diag"
	"github.com/wlangage/wl/stdlib/email/queue"
)

func stateOf(js rivertype.JobState) queue.State {
	switch js {
	case rivertype.JobStateCompleted:
		return queue.Sent
	case rivertype.JobStateCancelled, rivertype.JobStateDiscarded:
		return queue.Failed
	}
	return queue.Pending
}

var pendingStates = []rivertype.JobState{rivertype.JobStateAvailable, rivertype.JobStateRunning,
	rivertype.JobStateRetryable, rivertype.JobStateScheduled, rivertype.JobStatePending}

// Status returns the state of message id.
func (s *Spool) Status(ctx context.Context, id int64) (queue.Status, error) {
	var st queue.Status
	c, err := s.riverClient("")
	if err != nil {
		return st, err
	}
	job, err := c.JobGet(ctx, id)
	if err != nil {
		if errors.Is(err, river.ErrNotFound) {
			return st, queue.ErrUnknown
		}
		return st, err
	}
	if job.Kind != jobKind {
		return st, queue.ErrUnknown
	}
	st.State = stateOf(job.State)
	err = s.db.QueryRowContext(ctx, s.q(`SELECT reply_code, reply_fr, reply_en FROM wl_spool_message WHERE job_id = ?`), id).Scan(&st.Code, &st.FR, &st.EN)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return st, err
	}
	return st, nil
}

// Entry is one message as list and the web page show it. It never holds
// credentials.
type Entry struct {
	ID          int64       `json:"id"`
	State       queue.State `json:"-"`
	StateName   string      `json:"state"`
	Recipients  []string    `json:"recipients"`
	Subject     string      `json:"subject"`
	MessageID   string      `json:"message_id"`
	Attempts    int         `json:"attempts"`
	NextAttempt time.Time   `json:"next_attempt,omitzero"`
	LastReply   string      `json:"last_reply"`
	Queue       string      `json:"queue"`
	Created     time.Time   `json:"created"`
}

// List returns the messages (all states when filter is 0), oldest first.
func (s *Spool) List(ctx context.Context, filter queue.State, lang string) ([]Entry, error) {
	c, err := s.riverClient("")
	if err != nil {
		return nil, err
	}
	var jobs []*rivertype.JobRow
	p := river.NewJobListParams().Kinds(jobKind).First(10_000).OrderBy(river.JobListOrderByID, river.SortOrderAsc)
	switch filter {
	case queue.Pending:
		p = p.States(pendingStates...)
	case queue.Sent:
		p = p.States(rivertype.JobStateCompleted)
	case queue.Failed:
		p = p.States(rivertype.JobStateCancelled, rivertype.JobStateDiscarded)
	default:
		p = p.States(append(pendingStates, rivertype.JobStateCompleted, rivertype.JobStateCancelled, rivertype.JobStateDiscarded)...)
	}
	for {
		res, err := c.JobList(ctx, p)
		if err != nil {
			return nil, err
		}
		jobs = append(jobs, res.Jobs...)
		if len(res.Jobs) < 10_000 || res.LastCursor == nil {
			break
		}
		p = p.After(res.LastCursor)
	}
	type row struct {
		rcpt, subject, mid, fr, en string
	}
	rows := map[int64]row{}
	r, err := s.db.QueryContext(ctx, `SELECT job_id, rcpt, subject, message_id, reply_fr, reply_en FROM wl_spool_message`)
	if err != nil {
		return nil, err
	}
	for r.Next() {
		var id int64
		var x row
		if err := r.Scan(&id, &x.rcpt, &x.subject, &x.mid, &x.fr, &x.en); err != nil {
			r.Close()
			return nil, err
		}
		rows[id] = x
	}
	r.Close()
	out := make([]Entry, 0, len(jobs))
	for _, j := range jobs {
		x := rows[j.ID]
		e := Entry{ID: j.ID, State: stateOf(j.State), Subject: x.subject, MessageID: x.mid, Attempts: j.Attempt, Queue: j.Queue, Created: j.CreatedAt}
		e.StateName = e.State.Name(lang)
		json.Unmarshal([]byte(x.rcpt), &e.Recipients)
		e.LastReply = x.fr
		if diag.English(lang) {
			e.LastReply = x.en
		}
		if e.State == queue.Pending && j.State != rivertype.JobStateRunning {
			e.NextAttempt = j.ScheduledAt
		}
		out = append(out, e)
	}
	sort.Slice(out, func(i, k int) bool { return out[i].ID < out[k].ID })
	return out, nil
}

// Retry makes message id available at once (a failed message goes back
// to emailEnAttente).
func (s *Spool) Retry(ctx context.Context, id int64) error {
	c, err := s.riverClient("")
	if err != nil {
		return err
	}
	job, err := c.JobGet(ctx, id)
	if err != nil || job.Kind != jobKind {
		return queue.ErrUnknown
	}
	_, err = c.JobRetry(ctx, id)
	return err
}

// RetryFailed retries every failed message and returns how many.
func (s *Spool) RetryFailed(ctx context.Context) (int, error) {
	ids, err := s.ids(ctx, nil, rivertype.JobStateCancelled, rivertype.JobStateDiscarded)
	if err != nil {
		return 0, err
	}
	for _, id := range ids {
		if err := s.Retry(ctx, id); err != nil {
			return 0, err
		}
	}
	return len(ids), nil
}

// ids lists the jobs in states (and queues, when given).
func (s *Spool) ids(ctx context.Context, queues []string, states ...rivertype.JobState) ([]int64, error) {
	c, err := s.riverClient("")
	if err != nil {
		return nil, err
	}
	p := river.NewJobListParams().Kinds(jobKind).States(states...).First(10_000).OrderBy(river.JobListOrderByID, river.SortOrderAsc)
	if len(queues) > 0 {
		p = p.Queues(queues...)
	}
	var out []int64
	for {
		res, err := c.JobList(ctx, p)
		if err != nil {
			return nil, err
		}
		for _, j := range res.Jobs {
			out = append(out, j.ID)
		}
		if len(res.Jobs) < 10_000 || res.LastCursor == nil {
			return out, nil
		}
		p = p.After(res.LastCursor)
	}
}

// count counts the jobs in states and queues, with one SQL query (the
// drain loop asks often).
func (s *Spool) count(ctx context.Context, queues []string, states ...rivertype.JobState) (int, error) {
	q := `SELECT count(*) FROM river_job WHERE kind = ?`
	args := []any{jobKind}
	in := func(col string, n int) {
		q += " AND " + col + " IN (" + strings.TrimSuffix(strings.Repeat("?, ", n), ", ") + ")"
	}
	if len(queues) > 0 {
		in("queue", len(queues))
		for _, x := range queues {
			args = append(args, x)
		}
	}
	in("state", len(states))
	for _, x := range states {
		args = append(args, string(x))
	}
	var n int
	err := s.db.QueryRowContext(ctx, s.q(q), args...).Scan(&n)
	return n, err
}

// Purge deletes sent messages, failed messages, or message id, and
// returns how many were deleted. A message being sent cannot be purged.
func (s *Spool) Purge(ctx context.Context, sent, failed bool, id int64) (int, error) {
	c, err := s.riverClient("")
	if err != nil {
		return 0, err
	}
	n := 0
	if id != 0 {
		job, err := c.JobGet(ctx, id)
		if err != nil || job.Kind != jobKind {
			return 0, queue.ErrUnknown
		}
		if _, err := c.JobDelete(ctx, id); err != nil {
			return 0, err
		}
		n = 1
	}
	var states []rivertype.JobState
	if sent {
		states = append(states, rivertype.JobStateCompleted)
	}
	if failed {
		states = append(states, rivertype.JobStateCancelled, rivertype.JobStateDiscarded)
	}
	if len(states) > 0 {
		for {
			res, err := c.JobDeleteMany(ctx, river.NewJobDeleteManyParams().Kinds(jobKind).States(states...).First(10_000))
			if err != nil {
				return n, err
			}
			n += len(res.Jobs)
			if len(res.Jobs) < 10_000 {
				break
			}
		}
	}
	s.sweep(ctx)
	return n, nil
}

// sweep deletes the message rows whose job River has removed (purge,
// retention).
func (s *Spool) sweep(ctx context.Context) {
	s.db.ExecContext(ctx, `DELETE FROM wl_spool_message WHERE NOT EXISTS (SELECT 1 FROM river_job j WHERE j.id = wl_spool_message.job_id)`)
}

// Counts are the numbers of messages per state.
type Counts struct {
	Pending, Sent, Failed int
	Running               int
	OldestPending         time.Time // zero when nothing is pending
}

// Counts returns the queue depth by state.
func (s *Spool) Counts(ctx context.Context) (Counts, error) {
	var c Counts
	r, err := s.db.QueryContext(ctx, s.q(`SELECT state, count(*) FROM river_job WHERE kind = ? GROUP BY state`), jobKind)
	if err != nil {
		return c, err
	}
	defer r.Close()
	for r.Next() {
		var st string
		var n int
		if err := r.Scan(&st, &n); err != nil {
			return c, err
		}
		switch stateOf(rivertype.JobState(st)) {
		case queue.Sent:
			c.Sent += n
		case queue.Failed:
			c.Failed += n
		default:
			c.Pending += n
			if st == string(rivertype.JobStateRunning) {
				c.Running += n
			}
		}
	}
	if err := r.Err(); err != nil {
		return c, err
	}
	r.Close()
	if c.Pending > 0 {
		cl, err := s.riverClient("")
		if err != nil {
			return c, err
		}
		res, err := cl.JobList(ctx, river.NewJobListParams().Kinds(jobKind).States(pendingStates...).First(1).OrderBy(river.JobListOrderByID, river.SortOrderAsc))
		if err == nil && len(res.Jobs) > 0 {
			c.OldestPending = res.Jobs[0].CreatedAt
		}
	}
	return c, nil
}

// recoverDead hands back to River the jobs left running by dead
// processes, at once (River's own rescuer would wait an hour), and, when
// adopt is set, starts working the queues of dead processes.
func (s *Spool) recoverDead(ctx context.Context, adopt bool) error {
	c, err := s.riverClient("")
	if err != nil {
		return err
	}
	res, err := c.JobList(ctx, river.NewJobListParams().Kinds(jobKind).States(rivertype.JobStateRunning).First(10_000))
	if err != nil {
		return err
	}
	verdict := map[string]bool{}
	isAlive := func(id string) bool {
		a, ok := verdict[id]
		if !ok {
			a = s.alive(ctx, id)
			verdict[id] = a
		}
		return a
	}
	p := &riverdriver.JobRescueManyParams{StuckHorizon: time.Now().Add(24 * time.Hour)}
	now := time.Now().UTC()
	for _, j := range res.Jobs {
		if len(j.AttemptedBy) == 0 {
			continue
		}
		owner := j.AttemptedBy[len(j.AttemptedBy)-1]
		if isAlive(owner) {
			continue
		}
		e, _ := json.Marshal(rivertype.AttemptError{At: now, Attempt: j.Attempt, Error: "the process that was sending it died (" + owner + ")"})
		p.ID = append(p.ID, j.ID)
		p.Error = append(p.Error, e)
		p.FinalizedAt = append(p.FinalizedAt, nil)
		p.ScheduledAt = append(p.ScheduledAt, now)
		p.State = append(p.State, string(rivertype.JobStateAvailable))
	}
	if len(p.ID) > 0 {
		if _, err := s.driver().GetExecutor().JobRescueMany(ctx, p); err != nil {
			return err
		}
		s.log.Info("recovered jobs of dead processes", "count", len(p.ID))
	}
	if adopt {
		r, err := s.db.QueryContext(ctx, s.q(`SELECT DISTINCT queue FROM river_job WHERE kind = ? AND state IN ('available', 'retryable', 'scheduled', 'running', 'pending')`), jobKind)
		if err != nil {
			return err
		}
		var queues []string
		for r.Next() {
			var q string
			if r.Scan(&q) == nil {
				queues = append(queues, q)
			}
		}
		r.Close()
		for _, q := range queues {
			s.mu.Lock()
			w := s.working[q]
			s.mu.Unlock()
			if owner, ok := isRunQueue(q); ok && !w && !isAlive(owner) {
				if _, err := s.riverClient(q); err != nil {
					return err
				}
				s.log.Info("adopted the queue of a finished process", "queue", q)
			}
		}
	}
	// Forget dead processes.
	r, err := s.db.QueryContext(ctx, `SELECT id FROM wl_spool_process`)
	if err != nil {
		return err
	}
	var dead []string
	for r.Next() {
		var id string
		if r.Scan(&id) == nil && !isAlive(id) {
			dead = append(dead, id)
		}
	}
	r.Close()
	for _, id := range dead {
		s.forgetProcess(ctx, id)
	}
	return nil
}

// workingQueues lists the queues this process works.
func (s *Spool) workingQueues() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	var qs []string
	for q := range s.working {
		qs = append(qs, q)
	}
	return qs
}

// Serve delivers continuously (the main queue and the queues of finished
// processes) until ctx ends, then stops gracefully.
func (s *Spool) Serve(ctx context.Context) error {
	if err := s.register(ctx); err != nil {
		return err
	}
	if _, err := s.riverClient(MainQueue); err != nil {
		return err
	}
	if err := s.recoverDead(ctx, true); err != nil {
		return err
	}
	if err := s.start(ctx); err != nil {
		return err
	}
	s.log.Info("serving", "spool", s.Location(), "process", s.id)
	t := time.NewTicker(time.Second)
	defer t.Stop()
	n := 0
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
		if err := s.recoverDead(ctx, true); err != nil && ctx.Err() == nil {
			s.log.Warn("recovery", "error", err.Error())
		}
		if n++; n%60 == 0 {
			s.sweep(ctx)
		}
	}
}

// Summary is the outcome of a drain.
type Summary struct {
	Total, Sent, Failed, Deferred int
	// Remaining are the messages still pending in the drained queues.
	Remaining int
}

// Drain attempts every queued message now, back-off ignored (Postfix's
// postqueue -f), waits until each has been tried, and returns what
// happened. progress, when not nil, is called as messages are tried.
// Messages queued by processes still running are left to them.
func (s *Spool) Drain(ctx context.Context, progress func(done, total int)) (Summary, error) {
	var sum Summary
	if err := s.register(ctx); err != nil {
		return sum, err
	}
	if _, err := s.riverClient(MainQueue); err != nil {
		return sum, err
	}
	if err := s.recoverDead(ctx, true); err != nil {
		return sum, err
	}
	qs := s.workingQueues()
	waiting, err := s.ids(ctx, qs, rivertype.JobStateRetryable, rivertype.JobStateScheduled)
	if err != nil {
		return sum, err
	}
	c, _ := s.riverClient("")
	for _, id := range waiting {
		if _, err := c.JobRetry(ctx, id); err != nil {
			return sum, err
		}
	}
	todo, err := s.ids(ctx, qs, rivertype.JobStateAvailable, rivertype.JobStateRunning)
	if err != nil {
		return sum, err
	}
	sum.Total = len(todo)
	base := [3]int64{s.stats.sent.Load(), s.stats.failed.Load(), s.stats.deferred.Load()}
	if err := s.start(ctx); err != nil {
		return sum, err
	}
	t := time.NewTicker(50 * time.Millisecond)
	defer t.Stop()
	for i := 0; ; i++ {
		sum.Sent = int(s.stats.sent.Load() - base[0])
		sum.Failed = int(s.stats.failed.Load() - base[1])
		sum.Deferred = int(s.stats.deferred.Load() - base[2])
		if progress != nil {
			progress(sum.Sent+sum.Failed+sum.Deferred, sum.Total)
		}
		left, err := s.count(ctx, s.workingQueues(), rivertype.JobStateAvailable, rivertype.JobStateRunning)
		if err != nil {
			return sum, err
		}
		if left == 0 {
			break
		}
		select {
		case <-ctx.Done():
			return sum, ctx.Err()
		case <-t.C:
		}
		if i%20 == 19 {
			s.recoverDead(ctx, false)
		}
	}
	sum.Remaining, err = s.count(ctx, s.workingQueues(), pendingStates...)
	if err != nil {
		return sum, err
	}
	return sum, nil
}

// Own starts a worker for the messages this process queues into its own
// queue (wl run): other processes' mail is left to serve and drain.
func (s *Spool) Own(ctx context.Context) error {
	if err := s.register(ctx); err != nil {
		return err
	}
	if _, err := s.riverClient(RunQueue(s.id)); err != nil {
		return err
	}
	if err := s.start(ctx); err != nil {
		return err
	}
	s.mu.Lock()
	s.own = true
	s.mu.Unlock()
	return nil
}

// SubmitQueue is the queue new messages go to: this process's own queue
// once Own has started its worker, else the main queue.
func (s *Spool) SubmitQueue() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.own {
		return RunQueue(s.id)
	}
	return MainQueue
}

// Pending returns how many messages of this process's own queue are
// still pending.
func (s *Spool) Pending(ctx context.Context) (int, error) {
	return s.count(ctx, []string{RunQueue(s.id)}, pendingStates...)
}

// WaitOwn waits until this process's own queue has nothing available or
// running (messages waiting for a retry stay queued), or ctx ends; it
// returns how many messages remain pending.
func (s *Spool) WaitOwn(ctx context.Context) (int, error) {
	s.mu.Lock()
	own := s.own
	s.mu.Unlock()
	if !own {
		return 0, nil
	}
	t := time.NewTicker(50 * time.Millisecond)
	defer t.Stop()
	for {
		n, err := s.count(ctx, []string{RunQueue(s.id)}, pendingStates...)
		if err == nil && n == 0 {
			return 0, nil
		}
		if err != nil && ctx.Err() == nil {
			return n, err
		}
		select {
		case <-ctx.Done():
			rctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			defer cancel()
			return s.Pending(rctx)
		case <-t.C:
		}
	}
}

// Stats returns what this process's workers did.
func (s *Spool) Stats() Stats {
	return Stats{Sent: s.stats.sent.Load(), Failed: s.stats.failed.Load(), Deferred: s.stats.deferred.Load()}
}

// Promote makes every message waiting for a retry whose time has come by
// the spool's clock available now (River's scheduler does the same with
// the wall clock; tests inject a clock and call this).
func (s *Spool) Promote(ctx context.Context) (int, error) {
	c, err := s.riverClient("")
	if err != nil {
		return 0, err
	}
	res, err := c.JobList(ctx, river.NewJobListParams().Kinds(jobKind).States(rivertype.JobStateRetryable, rivertype.JobStateScheduled).First(10_000))
	if err != nil {
		return 0, err
	}
	n := 0
	now := s.now()
	for _, j := range res.Jobs {
		if !j.ScheduledAt.After(now) {
			if _, err := c.JobRetry(ctx, j.ID); err != nil {
				return n, err
			}
			n++
		}
	}
	return n, nil
}

// NextAttempt returns when message id is next tried (zero when it is not
// waiting).
func (s *Spool) NextAttempt(ctx context.Context, id int64) (time.Time, int, error) {
	c, err := s.riverClient("")
	if err != nil {
		return time.Time{}, 0, err
	}
	j, err := c.JobGet(ctx, id)
	if err != nil {
		return time.Time{}, 0, err
	}
	return j.ScheduledAt, j.Attempt, nil
}
