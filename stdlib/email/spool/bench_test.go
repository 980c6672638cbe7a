package spool

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/wlangage/wl/tests/smtptest"
)

// benchLocations are the spools the benchmarks run on: SQLite, and
// PostgreSQL when $WL_SPOOL_PG_URL is set.
func benchLocations(b *testing.B) map[string]func() string {
	m := map[string]func() string{"sqlite": func() string { return filepath.Join(b.TempDir(), "spool.db") }}
	if os.Getenv("WL_SPOOL_PG_URL") != "" {
		m["postgres"] = func() string { return pgURL(b) }
	}
	return m
}

// BenchmarkEnqueue measures durable enqueues (one transaction each,
// fsync on) from one process.
func BenchmarkEnqueue(b *testing.B) {
	for name, loc := range benchLocations(b) {
		b.Run(name, func(b *testing.B) {
			b.Setenv("WL_SPOOL_KEY", "bench")
			s, err := Open(b.Context(), Options{Location: loc()})
			if err != nil {
				b.Fatal(err)
			}
			defer s.Close()
			m := message("127.0.0.1:25", 1)
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				if _, err := s.Enqueue(b.Context(), m, ""); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "msg/s")
		})
	}
}

// BenchmarkDeliver measures delivery (drain) of b.N queued messages to an
// SMTP server on loopback ($WL_BENCH_SMTP, else an in-process one).
func BenchmarkDeliver(b *testing.B) {
	for name, loc := range benchLocations(b) {
		b.Run(name, func(b *testing.B) {
			b.Setenv("WL_SPOOL_KEY", "bench")
			addr := os.Getenv("WL_BENCH_SMTP")
			if addr == "" {
				srv, err := smtptest.Listen(smtptest.Options{})
				if err != nil {
					b.Fatal(err)
				}
				defer srv.Close()
				addr = srv.Addr()
			}
			s, err := Open(b.Context(), Options{Location: loc(), PollInterval: 100 * time.Millisecond})
			if err != nil {
				b.Fatal(err)
			}
			defer s.Close()
			m := message(addr, 1)
			m.Server.User, m.Server.Password = "", ""
			for i := 0; i < b.N; i++ {
				if _, err := s.Enqueue(b.Context(), m, ""); err != nil {
					b.Fatal(err)
				}
			}
			b.ResetTimer()
			sum, err := s.Drain(b.Context(), nil)
			if err != nil || sum.Sent != b.N {
				b.Fatalf("drain: %+v %v", sum, err)
			}
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "msg/s")
		})
	}
}
