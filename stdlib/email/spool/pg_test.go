package spool

import (
	"strings"
	"testing"

	"github.com/wlangage/wl/tests/spool/pgtest"
)

// pgURL returns a fresh database on the PostgreSQL server of .ci/run.
func pgURL(t testing.TB) string { return pgtest.URL(t, "wl_spool_test_") }

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
