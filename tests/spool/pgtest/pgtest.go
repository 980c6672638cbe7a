// Package pgtest gives the spool's tests a fresh PostgreSQL database on the
// server that .ci/run starts ($WL_SPOOL_PG_URL), dropped when the test ends.
package pgtest

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

	_ "github.com/jackc/pgx/v5/stdlib" // the "pgx" database/sql driver
)

// Required reports whether a missing server must fail the test rather
// than skip it: in CI (CI set and not false) or with WL_SPOOL_REQUIRED=1.
func Required() bool {
	v := strings.ToLower(os.Getenv("CI"))
	return os.Getenv("WL_SPOOL_REQUIRED") == "1" || (v != "" && v != "false" && v != "0")
}

// URL returns the URL of a new database named prefix + a random suffix on
// the server of $WL_SPOOL_PG_URL. Without that variable the test is
// skipped, visibly, or fails when Required.
func URL(t testing.TB, prefix string) string {
	t.Helper()
	base := os.Getenv("WL_SPOOL_PG_URL")
	if base == "" {
		msg := "PostgreSQL tests need $WL_SPOOL_PG_URL (.ci/run starts a cluster)"
		if Required() {
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
	name := prefix + hex.EncodeToString(b)
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
