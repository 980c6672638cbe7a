package spool

import (
	"context"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/wlangage/wl/stdlib/email/queue"
)

// Lazy is the spool of one run (wl run, or an embedder's run): it is
// opened at first use only, so that a script that never sends
// asynchronously touches no file, and it then works this run's own queue
// in the background.
type Lazy struct {
	// Options open the spool (Location "" means queue.DefaultLocation()).
	Options Options
	// NoWorker leaves this run's messages to serve and drain: they go to
	// the main queue and nothing is delivered in-process (wl run
	// --spool-wait 0).
	NoWorker bool
	// Private makes the spool a temporary one (Options.Location is
	// ignored), removed when Finish returns (--mail-sink: nothing queued
	// against the sink can reach a real server later).
	Private bool

	mu     sync.Mutex
	sp     *Spool
	err    error
	opened bool
	tmp    string
}

// Get opens the spool and starts this run's worker on first call.
func (l *Lazy) Get(ctx context.Context) (*Spool, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.opened {
		return l.sp, l.err
	}
	l.opened = true
	opts := l.Options
	if l.Private {
		dir, err := os.MkdirTemp("", "wl-spool-")
		if err != nil {
			l.err = err
			return nil, err
		}
		l.tmp = dir
		opts.Location = filepath.Join(dir, "spool.db")
	}
	sp, err := Open(ctx, opts)
	if err == nil && !l.NoWorker {
		if err = sp.Own(ctx); err != nil {
			sp.Close()
			sp = nil
		}
	}
	l.sp, l.err = sp, err
	return sp, err
}

// Queue is Get as a queue.Opener: the spool as the e-mail functions see it.
func (l *Lazy) Queue(ctx context.Context) (queue.Queue, error) {
	sp, err := l.Get(ctx)
	if err != nil {
		return nil, err
	}
	return sp, nil
}

// Opened reports whether Get was called.
func (l *Lazy) Opened() bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.opened && l.sp != nil
}

// Finish waits up to wait (or until ctx ends) for this run's messages to
// be tried, stops the worker gracefully and closes the spool. It returns how many of this
// run's messages remain queued (serve or drain will deliver them).
func (l *Lazy) Finish(ctx context.Context, wait time.Duration) (int, error) {
	l.mu.Lock()
	sp := l.sp
	l.mu.Unlock()
	if sp == nil {
		return 0, nil
	}
	ctx, cancel := context.WithTimeout(ctx, wait)
	left, err := sp.WaitOwn(ctx)
	cancel()
	serr := sp.Close()
	if err == nil {
		err = serr
	}
	if l.tmp != "" {
		os.RemoveAll(l.tmp)
	}
	return left, err
}

// Location is the spool's location (password masked).
func (l *Lazy) Location() string {
	if l.Private {
		return "(temporaire)"
	}
	if l.Options.Location == "" {
		loc, _ := queue.DefaultLocation()
		return loc
	}
	return redactURL(l.Options.Location)
}
