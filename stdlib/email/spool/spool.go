package spool

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // the "pgx" database/sql driver
	"github.com/riverqueue/river"
	"github.com/riverqueue/river/riverdriver/riverdatabasesql"
	"github.com/riverqueue/river/riverdriver/riversqlite"
	"github.com/wlangage/wl/stdlib/email/queue"
	"github.com/wlangage/wl/stdlib/email/smtpx"
	_ "modernc.org/sqlite" // the "sqlite" database/sql driver
)

// Defaults of Options.
const (
	DefaultLifetime  = 5 * 24 * time.Hour // Postfix's maximal_queue_lifetime
	DefaultRetention = 7 * 24 * time.Hour
	// MainQueue is the River queue serve and drain work.
	MainQueue = "mail"
	jobKind   = "wl_email"
)

// Options configure a spool handle.
type Options struct {
	// Location is a SQLite file path or a postgres:// URL ("" means
	// queue.DefaultLocation()).
	Location string
	// Key is the 32-byte AES key for credentials at rest; nil means
	// $WL_SPOOL_KEY, else (SQLite only) the key file beside the spool,
	// created on first use.
	Key []byte
	// Lifetime bounds how long a message is retried (default 5 days).
	Lifetime time.Duration
	// Retention is how long sent and failed messages are kept (default 7
	// days).
	Retention time.Duration
	// Now is the clock of the retry policy and of the lifetime (tests
	// inject one); nil means time.Now.
	Now func() time.Time
	// Logger receives structured logs; nil discards them.
	Logger *slog.Logger
	// NoMigrate refuses a spool whose schema is missing or older instead of
	// creating or upgrading it (wl spool migrate is then needed).
	NoMigrate bool

	// Delivery holds the settings of this process (the CLI's --smtp-relay,
	// --smtp-ca, --smtp-allow-plaintext-auth, --mail-sink): they apply when
	// a message is sent.
	smtpx.Delivery
	// MaxWorkers is the number of concurrent deliveries per queue of
	// serve and drain (default 8; a run's own queue has one); SMTP transactions and their commits are serialised per
	// process whatever its value (the duplicate bound).
	MaxWorkers int
	// PollInterval is how often idle workers look for new jobs (default
	// 100 ms on SQLite, which has no notifications, 1 s on PostgreSQL).
	PollInterval time.Duration
}

// Spool is an open spool. Its methods may be called concurrently.
type Spool struct {
	opts     Options
	loc      string
	postgres bool
	db       *sql.DB
	key      []byte
	keyErr   error
	id       string // this process's id: River client ID and liveness name
	live     liveness
	now      func() time.Time
	log      *slog.Logger

	mu      sync.Mutex
	client  *river.Client[*sql.Tx] // nil until a worker or an insert needs it
	working map[string]bool        // queues this process works
	started bool
	own     bool // Own started: this process works its own queue

	stats  struct{ sent, failed, deferred atomic.Int64 }
	sendMu sync.Mutex // spans SMTP transaction + completion commit
	pool   sessionPool
	closed bool
}

func errorf(err error, fr, en string, args ...any) *queue.Error {
	return &queue.Error{FR: fmt.Sprintf(fr, args...), EN: fmt.Sprintf(en, args...), Err: err}
}

// Open opens (creating it if needed, with mode 0600) the spool at
// opts.Location and brings its schema up to date unless opts.NoMigrate.
// A spool written by a newer wl is refused.
func Open(ctx context.Context, opts Options) (*Spool, error) {
	s, err := openDB(ctx, opts)
	if err != nil {
		return nil, err
	}
	if err := s.migrate(ctx, !opts.NoMigrate); err != nil {
		s.db.Close()
		return nil, err
	}
	s.loadKey()
	s.id = newProcessID()
	return s, nil
}

// openDB opens the database without looking at its schema.
func openDB(ctx context.Context, opts Options) (*Spool, error) {
	loc := opts.Location
	if loc == "" {
		var err error
		if loc, err = queue.DefaultLocation(); err != nil {
			return nil, errorf(err, "spool : impossible de trouver le répertoire d'état de l'utilisateur : %v", "spool: cannot find the user's state directory: %v", err)
		}
	}
	s := &Spool{opts: opts, loc: loc, postgres: queue.IsPostgres(loc), now: opts.Now, log: opts.Logger, working: map[string]bool{}}
	if s.now == nil {
		s.now = time.Now
	}
	if s.log == nil {
		s.log = slog.New(slog.DiscardHandler)
	}
	if s.opts.Lifetime <= 0 {
		s.opts.Lifetime = DefaultLifetime
	}
	if s.opts.Retention <= 0 {
		s.opts.Retention = DefaultRetention
	}
	if s.opts.MaxWorkers <= 0 {
		s.opts.MaxWorkers = 8
	}
	if s.opts.PollInterval <= 0 {
		s.opts.PollInterval = 100 * time.Millisecond
		if s.postgres {
			s.opts.PollInterval = time.Second
		}
	}
	var err error
	if s.postgres {
		err = s.openPostgres(ctx)
	} else {
		err = s.openSQLite()
	}
	if err != nil {
		return nil, err
	}
	return s, nil
}

// Location returns the spool's location (a password in a URL is masked).
func (s *Spool) Location() string { return redactURL(s.loc) }

// Postgres reports whether the spool is a PostgreSQL database.
func (s *Spool) Postgres() bool { return s.postgres }

// ProcessID is this process's id (River client ID, liveness name).
func (s *Spool) ProcessID() string { return s.id }

func (s *Spool) openSQLite() error {
	path := strings.TrimPrefix(s.loc, "file:")
	if strings.ContainsAny(path, "?#") {
		return errorf(nil, "spool %s : le chemin ne doit contenir ni « ? » ni « # »", "spool %s: the path must not contain '?' or '#'", path)
	}
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return errorf(err, "spool %s : impossible de créer le répertoire : %v", "spool %s: cannot create the directory: %v", path, err)
	}
	// The database file is created 0600 before SQLite opens it: SQLite
	// gives its -wal and -shm files the mode of the database file.
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return errorf(err, "spool %s : impossible d'ouvrir le fichier : %v", "spool %s: cannot open the file: %v", path, err)
	}
	f.Close()
	for _, side := range []string{"-wal", "-shm"} {
		if g, err := os.OpenFile(path+side, os.O_RDWR|os.O_CREATE, 0o600); err == nil {
			g.Close()
		}
	}
	// WAL with synchronous=FULL: a commit is on disk when it returns.
	// Write transactions begin IMMEDIATE and wait for each other
	// (busy_timeout) across processes.
	dsn := "file:" + path + "?_pragma=journal_mode(WAL)&_pragma=synchronous(FULL)&_pragma=busy_timeout(30000)&_pragma=foreign_keys(OFF)&_txlock=immediate"
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return errorf(err, "spool %s : %v", "spool %s: %v", path, err)
	}
	// River's advice for SQLite: one connection per process.
	db.SetMaxOpenConns(1)
	if err := db.Ping(); err != nil {
		db.Close()
		return errorf(err, "spool %s : fichier SQLite illisible : %v", "spool %s: unreadable SQLite file: %v", path, err)
	}
	s.loc, s.db = path, db
	return nil
}

func (s *Spool) openPostgres(ctx context.Context) error {
	db, err := sql.Open("pgx", s.loc)
	if err != nil {
		return errorf(err, "spool %s : URL PostgreSQL invalide : %v", "spool %s: invalid PostgreSQL URL: %v", redactURL(s.loc), err)
	}
	db.SetMaxOpenConns(8)
	pctx, cancel := context.WithTimeout(ctx, 15*time.Second)
	defer cancel()
	if err := db.PingContext(pctx); err != nil {
		db.Close()
		return errorf(err, "spool %s : connexion à PostgreSQL impossible : %v", "spool %s: cannot connect to PostgreSQL: %v", redactURL(s.loc), redactErr(err))
	}
	s.db = db
	return nil
}

// driver returns the River driver of the spool's database.
func (s *Spool) driver() riverDriver {
	if s.postgres {
		return riverdatabasesql.New(s.db)
	}
	return riversqlite.New(s.db)
}

// Close stops the workers (finishing or releasing the message in flight),
// says QUIT on pooled sessions, releases the liveness lock and closes the
// database.
func (s *Spool) Close() error {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	return s.Shutdown(ctx)
}

// Shutdown is Close bounded by ctx: when ctx ends before the message in
// flight is finished, its SMTP transaction is cancelled and the job goes
// back to the queue.
func (s *Spool) Shutdown(ctx context.Context) error {
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		return nil
	}
	s.closed = true
	c, started := s.client, s.started
	s.mu.Unlock()
	if c != nil && started {
		if err := c.Stop(ctx); err != nil {
			sctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			_ = c.StopAndCancel(sctx)
			cancel()
		}
	}
	s.pool.closeAll()
	if s.live != nil {
		s.unregister()
		s.live.release()
	}
	return s.db.Close()
}

var errClosed = errors.New("spool closed")
