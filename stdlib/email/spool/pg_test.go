package spool

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"os"
	"strings"
	"testing"
	"time"
)

// pgURL returns the URL of a fresh database on the PostgreSQL server of
// $WL_SPOOL_PG_URL (.ci/run starts one); without it the test is skipped,
// visibly, except in CI where it fails.
func pgURL(t testing.TB) string {
	t.Helper()
	base := os.Getenv("WL_SPOOL_PG_URL")
	if base == "" {
		msg := "PostgreSQL tests need $WL_SPOOL_PG_URL (.ci/run starts a cluster)"
		if required() {
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
	name := "wl_spool_test_" + hex.EncodeToString(b)
	c, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	if _, err := db.ExecContext(c, "CREATE DATABASE "+name); err != nil {
		t.Fatalf("CREATE DATABASE: %v", err)
	}
	t.Cleanup(func() {
		db, err := sql.Open("pgx", base)
		if err == nil {
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

func required() bool {
	v := strings.ToLower(os.Getenv("CI"))
	return os.Getenv("WL_SPOOL_REQUIRED") == "1" || (v != "" && v != "false" && v != "0")
}

// The same behaviour on PostgreSQL: queued, sent, 5xx final, liveness by
// advisory lock, credentials encrypted with $WL_SPOOL_KEY.
func TestPostgres(t *testing.T) {
	loc := pgURL(t)
	t.Setenv("WL_SPOOL_KEY", "pg-test-key")
	t.Run("sent", func(t *testing.T) { testPendingThenSent(t, loc) })
	t.Run("5xx", func(t *testing.T) { testPermanentFailure(t, loc) })
	t.Run("liveness", func(t *testing.T) { testLiveness(t, loc) })
	t.Run("no key", func(t *testing.T) {
		t.Setenv("WL_SPOOL_KEY", "")
		s := openTest(t, loc, nil)
		if _, err := s.Enqueue(ctx(t), message("127.0.0.1:25", 9), ""); err == nil || !strings.Contains(err.Error(), "WL_SPOOL_KEY") {
			t.Fatalf("enqueue without a key on PostgreSQL: %v", err)
		}
	})
}
