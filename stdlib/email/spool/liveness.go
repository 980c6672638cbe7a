package spool

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"hash/fnv"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// liveness is the lock a delivering or queueing process holds while it
// lives; the kernel (flock) or the server (advisory lock) frees it when
// the process dies, however it dies.
type liveness interface {
	release()
}

func newProcessID() string {
	b := make([]byte, 8)
	rand.Read(b)
	return "p" + hex.EncodeToString(b)
}

// RunQueue is the queue of the messages a process queues for itself.
func RunQueue(processID string) string { return "run_" + processID }

// register takes this process's liveness lock and records it.
func (s *Spool) register(ctx context.Context) error {
	if s.live != nil {
		return nil
	}
	var err error
	if s.postgres {
		s.live, err = s.pgLock(ctx, s.id)
	} else {
		s.live, err = fileLock(s.lockDir(), s.id)
	}
	if err != nil {
		return errorf(err, "spool %s : verrou de vie impossible : %v", "spool %s: cannot take the liveness lock: %v", s.Location(), err)
	}
	host, _ := os.Hostname()
	_, err = s.db.ExecContext(ctx, s.q(`INSERT INTO wl_spool_process (id, pid, host, started_at) VALUES (?, ?, ?, ?)`),
		s.id, os.Getpid(), host, time.Now().UnixMilli())
	if err != nil {
		s.live.release()
		s.live = nil
		return errorf(err, "spool %s : %v", "spool %s: %v", s.Location(), redactErr(err))
	}
	return nil
}

func (s *Spool) unregister() {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	s.db.ExecContext(ctx, s.q(`DELETE FROM wl_spool_process WHERE id = ?`), s.id)
}

func (s *Spool) lockDir() string { return s.loc + ".procs" }

// alive reports whether the process id still holds its liveness lock.
func (s *Spool) alive(ctx context.Context, id string) bool {
	if id == s.id {
		return true
	}
	if s.postgres {
		return s.pgAlive(ctx, id)
	}
	return fileAlive(s.lockDir(), id)
}

// forgetProcess removes a dead process's record.
func (s *Spool) forgetProcess(ctx context.Context, id string) {
	s.db.ExecContext(ctx, s.q(`DELETE FROM wl_spool_process WHERE id = ?`), id)
	if !s.postgres {
		os.Remove(filepath.Join(s.lockDir(), id+".lock"))
	}
}

type pgLiveness struct{ stop func() }

func (p pgLiveness) release() { p.stop() }

func lockKey(id string) int64 {
	h := fnv.New64a()
	h.Write([]byte("wl-spool:" + id))
	return int64(h.Sum64())
}

func (s *Spool) pgLock(ctx context.Context, id string) (liveness, error) {
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return nil, err
	}
	var ok bool
	if err := conn.QueryRowContext(ctx, `SELECT pg_try_advisory_lock($1)`, lockKey(id)).Scan(&ok); err != nil || !ok {
		conn.Close()
		if err == nil {
			err = os.ErrExist
		}
		return nil, err
	}
	return pgLiveness{stop: func() {
		c, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		conn.ExecContext(c, `SELECT pg_advisory_unlock($1)`, lockKey(id))
		conn.Close()
	}}, nil
}

func (s *Spool) pgAlive(ctx context.Context, id string) bool {
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return true // cannot tell: assume alive, never steal a job
	}
	defer conn.Close()
	var got bool
	if err := conn.QueryRowContext(ctx, `SELECT pg_try_advisory_lock($1)`, lockKey(id)).Scan(&got); err != nil {
		return true
	}
	if got {
		conn.ExecContext(ctx, `SELECT pg_advisory_unlock($1)`, lockKey(id))
	}
	return !got
}

// isRunQueue reports whether q is a process's own queue, and whose.
func isRunQueue(q string) (string, bool) {
	if id, ok := strings.CutPrefix(q, "run_"); ok {
		return id, true
	}
	return "", false
}
