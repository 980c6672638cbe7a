package spool_test

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"os"
	"syscall"
	"testing"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // the "pgx" database/sql driver
)

// pgURL returns the URL of a fresh database on the server of
// $WL_SPOOL_PG_URL (.ci/run starts one); without it the test is skipped,
// visibly, except in CI (CI=true or WL_SPOOL_REQUIRED=1) where it fails.
func pgURL(t *testing.T) string {
	t.Helper()
	base := os.Getenv("WL_SPOOL_PG_URL")
	if base == "" {
		msg := "PostgreSQL tests need $WL_SPOOL_PG_URL (.ci/run starts a cluster)"
		if inCI() || os.Getenv("WL_SPOOL_REQUIRED") == "1" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	db, err := sql.Open("pgx", base)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	b := make([]byte, 6)
	rand.Read(b)
	name := "wl_spool_crash_" + hex.EncodeToString(b)
	c, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	if _, err := db.ExecContext(c, "CREATE DATABASE "+name); err != nil {
		t.Fatalf("CREATE DATABASE: %v", err)
	}
	t.Cleanup(func() {
		if db, err := sql.Open("pgx", base); err == nil {
			c, cancel := context.WithTimeout(context.Background(), 20*time.Second)
			db.ExecContext(c, "DROP DATABASE IF EXISTS "+name+" WITH (FORCE)")
			cancel()
			db.Close()
		}
	})
	u, _ := url.Parse(base)
	u.Path = "/" + name
	return u.String()
}

// Acceptance 3 on PostgreSQL: two serve processes share the queue; one of
// them is killed at random moments.
func TestCrashPostgres(t *testing.T) {
	crash(t, pgURL(t), 2, envInt("WL_CRASH_MESSAGES", 1000), envInt("WL_CRASH_KILLS", 4), syscall.SIGKILL)
}

// SIGTERM on PostgreSQL: no duplicate.
func TestStopPostgres(t *testing.T) {
	crash(t, pgURL(t), 2, envInt("WL_CRASH_MESSAGES", 1000)/2, envInt("WL_CRASH_KILLS", 4), syscall.SIGTERM)
}
