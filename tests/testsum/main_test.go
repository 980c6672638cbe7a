package main

import (
	"bytes"
	"strings"
	"testing"
)

func TestMissingServers(t *testing.T) {
	for msg, want := range map[string]string{
		"    x_test.go:9: missing server: smtp-sink (not found in PATH, /usr/sbin, $WL_SMTP_SINK): install it\n": "smtp-sink",
		"    dovecot.go:75: SKIP: dovecot not found (apt-get install dovecot-imapd)\n":                           "dovecot",
		"    crash_test.go:35: /usr/lib/postgresql/15/bin/postgres not found: install it as .ci/run does\n":      "postgres",
		"    pg_test.go:28: PostgreSQL tests need $WL_SPOOL_PG_URL (.ci/run starts a cluster)\n":                 "PostgreSQL",
		"    bench_test.go:123: -short\n":                "",
		"    email_test.go:163: runtime regression: x\n": "",
	} {
		if got := strings.Join(missingServers(msg), ","); got != want {
			t.Errorf("%q: %q, want %q", msg, got, want)
		}
	}
}

func TestSummary(t *testing.T) {
	in := `{"Action":"run","Package":"p","Test":"TestA"}
{"Action":"output","Package":"p","Test":"TestA","Output":"ok\n"}
{"Action":"pass","Package":"p","Test":"TestA"}
{"Action":"run","Package":"p","Test":"TestB"}
{"Action":"run","Package":"p","Test":"TestB/one"}
{"Action":"pass","Package":"p","Test":"TestB/one"}
{"Action":"run","Package":"p","Test":"TestB/two"}
{"Action":"output","Package":"p","Test":"TestB/two","Output":"    x_test.go:3: boom\n"}
{"Action":"fail","Package":"p","Test":"TestB/two"}
{"Action":"fail","Package":"p","Test":"TestB"}
{"Action":"run","Package":"p","Test":"TestC"}
{"Action":"output","Package":"p","Test":"TestC","Output":"    c_test.go:9: missing server: dovecot (not in PATH)\n"}
{"Action":"skip","Package":"p","Test":"TestC"}
{"Action":"run","Package":"p","Test":"TestD"}
{"Action":"output","Package":"p","Test":"TestD","Output":"    d_test.go:9: -short\n"}
{"Action":"skip","Package":"p","Test":"TestD"}
{"Action":"fail","Package":"p","Elapsed":1.5}
{"Action":"output","Package":"q","Output":"# q\n"}
{"Action":"output","Package":"q","Output":"q/x.go:1:1: syntax error\n"}
{"Action":"fail","Package":"q","Elapsed":0}
{"Action":"pass","Package":"r","Elapsed":0.1}
`
	var out bytes.Buffer
	if run(strings.NewReader(in), &out) {
		t.Error("reported success with failures")
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if last := lines[len(lines)-1]; last != "2 passed, 2 failed, 2 skipped (missing servers: dovecot)" {
		t.Errorf("last line %q\n%s", last, out.String())
	}
	for _, want := range []string{"---- SKIP p TestC: missing server: dovecot (not in PATH)", "---- SKIP p TestD: -short", "---- FAIL p TestB/two", "x_test.go:3: boom", "FAIL p 1.50s", "q/x.go:1:1: syntax error", "ok   r"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
	out.Reset()
	if !run(strings.NewReader(`{"Action":"pass","Package":"p","Test":"T"}`+"\n"), &out) || strings.TrimSpace(out.String()) != "1 passed, 0 failed, 0 skipped" {
		t.Errorf("all passing: %q", out.String())
	}
}
