package spool

import (
	"context"
	"database/sql"
	"errors"
	"net/url"
	"strconv"
	"strings"

	"github.com/riverqueue/river/riverdriver"
	"github.com/riverqueue/river/rivermigrate"
	"github.com/wlangage/wl/stdlib/email/queue"
)

type riverDriver = riverdriver.Driver[*sql.Tx]

// SchemaVersion is the version of our tables (wl_spool_*) this binary
// writes; a spool with a higher one is refused.
const SchemaVersion = 1

// ddl creates our tables, per dialect (SQLite first, PostgreSQL second).
var ddl = [][2]string{
	{`CREATE TABLE IF NOT EXISTS wl_spool_meta (k TEXT PRIMARY KEY, v TEXT NOT NULL)`,
		`CREATE TABLE IF NOT EXISTS wl_spool_meta (k TEXT PRIMARY KEY, v TEXT NOT NULL)`},
	{`CREATE TABLE IF NOT EXISTS wl_spool_message (
		job_id INTEGER PRIMARY KEY,
		message_id TEXT NOT NULL,
		mail_from TEXT NOT NULL,
		rcpt TEXT NOT NULL,
		subject TEXT NOT NULL,
		data BLOB NOT NULL,
		server BLOB NOT NULL,
		reply_code INTEGER NOT NULL DEFAULT 0,
		reply_fr TEXT NOT NULL DEFAULT '',
		reply_en TEXT NOT NULL DEFAULT '',
		sent_at INTEGER NOT NULL DEFAULT 0)`,
		`CREATE TABLE IF NOT EXISTS wl_spool_message (
		job_id BIGINT PRIMARY KEY,
		message_id TEXT NOT NULL,
		mail_from TEXT NOT NULL,
		rcpt TEXT NOT NULL,
		subject TEXT NOT NULL,
		data BYTEA NOT NULL,
		server BYTEA NOT NULL,
		reply_code INTEGER NOT NULL DEFAULT 0,
		reply_fr TEXT NOT NULL DEFAULT '',
		reply_en TEXT NOT NULL DEFAULT '',
		sent_at BIGINT NOT NULL DEFAULT 0)`},
	{`CREATE TABLE IF NOT EXISTS wl_spool_process (id TEXT PRIMARY KEY, pid INTEGER NOT NULL, host TEXT NOT NULL, started_at INTEGER NOT NULL)`,
		`CREATE TABLE IF NOT EXISTS wl_spool_process (id TEXT PRIMARY KEY, pid INTEGER NOT NULL, host TEXT NOT NULL, started_at BIGINT NOT NULL)`},
}

// q rewrites ? placeholders as $n for PostgreSQL.
func (s *Spool) q(query string) string {
	if !s.postgres {
		return query
	}
	var b strings.Builder
	n := 0
	for _, r := range query {
		if r == '?' {
			n++
			b.WriteString("$" + strconv.Itoa(n))
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// Versions are the schema versions of a spool.
type Versions struct {
	River, RiverLatest int // River's migration line, applied and known
	Ours               int // wl_spool_* tables (0: absent)
}

// versions reads the schema versions.
func (s *Spool) versions(ctx context.Context) (Versions, *rivermigrate.Migrator[*sql.Tx], error) {
	var v Versions
	m, err := rivermigrate.New(s.driver(), nil)
	if err != nil {
		return v, nil, err
	}
	all := m.AllVersions()
	if len(all) > 0 {
		v.RiverLatest = all[len(all)-1].Version
	}
	existing, err := m.ExistingVersions(ctx)
	if err != nil && !isMissingTable(err) {
		return v, m, err
	}
	for _, e := range existing {
		if e.Version > v.River {
			v.River = e.Version
		}
	}
	var sv string
	err = s.db.QueryRowContext(ctx, s.q(`SELECT v FROM wl_spool_meta WHERE k = 'schema'`)).Scan(&sv)
	switch {
	case err == nil:
		v.Ours, _ = strconv.Atoi(sv)
	case errors.Is(err, sql.ErrNoRows), isMissingTable(err):
	default:
		return v, m, err
	}
	return v, m, nil
}

func isMissingTable(err error) bool {
	if err == nil {
		return false
	}
	t := err.Error()
	return strings.Contains(t, "no such table") || strings.Contains(t, "does not exist") || strings.Contains(t, "42P01")
}

// migrate checks the schema and, when allowed, creates or upgrades it.
func (s *Spool) migrate(ctx context.Context, allowed bool) error {
	v, m, err := s.versions(ctx)
	if err != nil {
		return errorf(err, "spool %s : lecture du schéma impossible : %v", "spool %s: cannot read the schema: %v", s.Location(), redactErr(err))
	}
	if v.Ours > SchemaVersion || v.River > v.RiverLatest {
		return errorf(nil, "spool %s : son schéma (wl %d, River %d) est plus récent que celui de ce wl (wl %d, River %d) ; utilisez un wl plus récent",
			"spool %s: its schema (wl %d, River %d) is newer than this wl's (wl %d, River %d); use a newer wl",
			s.Location(), v.Ours, v.River, SchemaVersion, v.RiverLatest)
	}
	if v.Ours == SchemaVersion && v.River == v.RiverLatest {
		return nil
	}
	if !allowed {
		return errorf(nil, "spool %s : schéma à mettre à jour (wl %d → %d, River %d → %d) : lancez « wl spool migrate »",
			"spool %s: the schema needs an upgrade (wl %d → %d, River %d → %d): run 'wl spool migrate'",
			s.Location(), v.Ours, SchemaVersion, v.River, v.RiverLatest)
	}
	if _, err := m.Migrate(ctx, rivermigrate.DirectionUp, nil); err != nil {
		return errorf(err, "spool %s : migration de River impossible : %v", "spool %s: River migration failed: %v", s.Location(), redactErr(err))
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return errorf(err, "spool %s : %v", "spool %s: %v", s.Location(), redactErr(err))
	}
	defer tx.Rollback()
	d := 0
	if s.postgres {
		d = 1
	}
	for _, st := range ddl {
		if _, err := tx.ExecContext(ctx, st[d]); err != nil {
			return errorf(err, "spool %s : création des tables impossible : %v", "spool %s: cannot create the tables: %v", s.Location(), redactErr(err))
		}
	}
	up := `INSERT INTO wl_spool_meta (k, v) VALUES ('schema', ?) ON CONFLICT (k) DO UPDATE SET v = excluded.v`
	if _, err := tx.ExecContext(ctx, s.q(up), strconv.Itoa(SchemaVersion)); err != nil {
		return errorf(err, "spool %s : %v", "spool %s: %v", s.Location(), redactErr(err))
	}
	if err := tx.Commit(); err != nil {
		return errorf(err, "spool %s : %v", "spool %s: %v", s.Location(), redactErr(err))
	}
	s.log.Info("spool schema migrated", "spool", s.Location(), "wl", SchemaVersion, "river", v.RiverLatest)
	return nil
}

// Migrate brings the schema up to date and returns the versions before
// and after; a newer schema is refused.
func Migrate(ctx context.Context, opts Options) (before, after Versions, err error) {
	s, err := openDB(ctx, opts)
	if err != nil {
		return before, after, err
	}
	defer s.db.Close()
	if before, _, err = s.versions(ctx); err != nil {
		return before, after, errorf(err, "spool %s : lecture du schéma impossible : %v", "spool %s: cannot read the schema: %v", s.Location(), redactErr(err))
	}
	if err = s.migrate(ctx, true); err != nil {
		return before, after, err
	}
	after, _, err = s.versions(ctx)
	return before, after, err
}

// redactURL masks the password of a URL.
func redactURL(loc string) string {
	if !queue.IsPostgres(loc) {
		return loc
	}
	u, err := url.Parse(loc)
	if err != nil {
		return "postgres://…"
	}
	if _, ok := u.User.Password(); ok {
		u.User = url.UserPassword(u.User.Username(), "xxxxx")
	}
	q := u.Query()
	if q.Has("password") {
		q.Set("password", "xxxxx")
		u.RawQuery = q.Encode()
	}
	return u.String()
}

// redactErr is err's text; drivers may quote a DSN, so passwords are
// masked.
func redactErr(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}
