package spool_test

import (
	"syscall"
	"testing"

	_ "github.com/jackc/pgx/v5/stdlib" // the "pgx" database/sql driver
	"github.com/wlangage/wl/tests/spool/pgtest"
)

// pgURL returns a fresh database on the PostgreSQL server of .ci/run.
func pgURL(t *testing.T) string { return pgtest.URL(t, "wl_spool_crash_") }

// Acceptance 3 on PostgreSQL: two serve processes share the queue; one of
// them is killed at random moments.
func TestCrashPostgres(t *testing.T) {
	crash(t, pgURL(t), 2, envInt("WL_CRASH_MESSAGES", 1000), envInt("WL_CRASH_KILLS", 4), syscall.SIGKILL)
}

// SIGTERM on PostgreSQL: no duplicate.
func TestStopPostgres(t *testing.T) {
	crash(t, pgURL(t), 2, envInt("WL_CRASH_MESSAGES", 1000)/2, envInt("WL_CRASH_KILLS", 4), syscall.SIGTERM)
}
