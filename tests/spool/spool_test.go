// Package spool_test tests the asynchronous e-mail mode end to end: wl run
// queues, wl spool delivers, against real SMTP servers on loopback.
package spool_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/wlangage/wl/cmd/wl/cli"
	_ "github.com/wlangage/wl/cmd/wl/cli/spoolcli" // in-process, as wl-spool: the spool linked
	"github.com/wlangage/wl/tests/smtptest"
)

type result struct {
	code           int
	stdout, stderr string
	elapsed        time.Duration
}

// wl runs the command in-process in dir.
func wl(t *testing.T, dir string, args ...string) result {
	t.Helper()
	var out, errb bytes.Buffer
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	e := &cli.Env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb, Dir: dir, Context: ctx}
	start := time.Now()
	code := e.Main(args)
	return result{code, out.String(), errb.String(), time.Since(start)}
}

// freeAddr returns a loopback address nobody listens on.
func freeAddr(t *testing.T) string {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	return addr
}

const sendScript = `s est une emailSessionSMTP
s.AdresseServeur = "127.0.0.1"
s.Port = %s
s.Asynchrone = Vrai
SI PAS s.OuvreSession() ALORS
	Trace("ouverture :", ErreurInfo())
	RETOUR
FIN
m est un Email
m.Expéditeur = "moi@example.com"
m.Destinataire = "toi@example.com"
m.Sujet = "serveur arrêté"
m.Message = "bonjour"
Trace(s.EnvoieMessage(m))
Trace(m.ID)
SELON EmailEtat(m.ID)
	CAS emailEnAttente : Trace("en attente")
	CAS emailEnvoyé : Trace("envoyé")
	CAS emailErreur : Trace("erreur", ErreurInfo())
FIN
`

// Acceptance 2: the server is down; the run queues, ends with status 0
// within --spool-wait; the message stays pending; once the server is up,
// drain delivers it exactly once; a later run reads emailEnvoyé with the
// saved identifier.
func TestServerDown(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "spool.db")
	addr := freeAddr(t)
	_, port, _ := net.SplitHostPort(addr)
	os.WriteFile(filepath.Join(dir, "envoi.wl"), []byte(fmt.Sprintf(sendScript, port)), 0o600)

	r := wl(t, dir, "run", "--spool", db, "--spool-wait", "2s", "envoi.wl")
	if r.code != 0 {
		t.Fatalf("run: status %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	if r.elapsed > 10*time.Second {
		t.Fatalf("run took %v with --spool-wait 2s", r.elapsed)
	}
	lines := strings.Split(strings.TrimSpace(r.stdout), "\n")
	if len(lines) != 3 || lines[0] != "1" || lines[2] != "en attente" {
		t.Fatalf("run printed %q", r.stdout)
	}
	id := lines[1]
	if !regexp.MustCompile(`^1 message\(s\) restent dans le spool `).MatchString(r.stderr) {
		t.Fatalf("stderr: %q", r.stderr)
	}

	r = wl(t, dir, "spool", "list", "--spool", db, "--json")
	var e struct {
		ID       int64  `json:"id"`
		State    string `json:"state"`
		Attempts int    `json:"attempts"`
		Reply    string `json:"last_reply"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &e); err != nil || fmt.Sprint(e.ID) != id || e.State != "en-attente" || e.Attempts < 1 {
		t.Fatalf("list: %v %q", err, r.stdout)
	}
	if !strings.Contains(e.Reply, "127.0.0.1:"+port) {
		t.Errorf("the last reply does not name the server: %q", e.Reply)
	}

	srv := smtptest.Start(t, smtptest.Options{Addr: addr})
	r = wl(t, dir, "spool", "drain", "--spool", db)
	if r.code != 0 || !strings.Contains(r.stdout, "1 envoyé(s)") {
		t.Fatalf("drain: status %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	if n := len(srv.Messages()); n != 1 {
		t.Fatalf("the server got %d messages, want 1", n)
	}
	r = wl(t, dir, "spool", "drain", "--spool", db)
	if r.code != 0 || len(srv.Messages()) != 1 {
		t.Fatalf("second drain: status %d, %d messages", r.code, len(srv.Messages()))
	}

	os.WriteFile(filepath.Join(dir, "etat.wl"), []byte(`id est une chaîne = "`+id+`"
SELON EmailEtat(id)
	CAS emailEnAttente : Trace("en attente")
	CAS emailEnvoyé : Trace("envoyé")
	CAS emailErreur : Trace("erreur", ErreurInfo())
FIN
`), 0o600)
	r = wl(t, dir, "run", "--spool", db, "etat.wl")
	if r.code != 0 || r.stdout != "envoyé\n" || r.stderr != "" {
		t.Fatalf("later run: status %d %q %q", r.code, r.stdout, r.stderr)
	}
}

// A script that sends synchronously, or not at all, touches no spool file.
func TestNoSpoolWithoutAsync(t *testing.T) {
	state := t.TempDir()
	t.Setenv("XDG_STATE_HOME", state)
	t.Setenv("WL_SPOOL", "")
	srv := smtptest.Start(t, smtptest.Options{})
	dir := t.TempDir()
	_, port, _ := net.SplitHostPort(srv.Addr())
	script := strings.Replace(sendScript, "s.Asynchrone = Vrai\n", "", 1)
	os.WriteFile(filepath.Join(dir, "sync.wl"), []byte(fmt.Sprintf(script, port)), 0o600)
	r := wl(t, dir, "run", "sync.wl")
	if r.code != 0 || !strings.HasSuffix(r.stdout, "envoyé\n") {
		t.Fatalf("run: %d %q %q", r.code, r.stdout, r.stderr)
	}
	if ents, _ := os.ReadDir(state); len(ents) != 0 {
		t.Fatalf("the state directory holds %v", ents)
	}
	// An asynchronous send uses the default location, created 0600.
	os.WriteFile(filepath.Join(dir, "async.wl"), []byte(fmt.Sprintf(sendScript, port)), 0o600)
	r = wl(t, dir, "run", "async.wl")
	if r.code != 0 {
		t.Fatalf("async run: %d %q %q", r.code, r.stdout, r.stderr)
	}
	fi, err := os.Stat(filepath.Join(state, "wl", "spool.db"))
	if err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("default spool: %v %v", fi, err)
	}
	if len(srv.Messages()) != 2 {
		t.Fatalf("the server got %d messages, want 2", len(srv.Messages()))
	}
}

// Under --mail-sink the asynchronous mode uses a private spool: the
// message reaches the sink and nothing stays behind.
func TestMailSinkPrivateSpool(t *testing.T) {
	state := t.TempDir()
	t.Setenv("XDG_STATE_HOME", state)
	t.Setenv("WL_SPOOL", "")
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "async.wl"), []byte(fmt.Sprintf(sendScript, "2525")), 0o600)
	r := wl(t, dir, "run", "--mail-sink", "async.wl")
	if r.code != 0 || !strings.Contains(r.stderr, "1 message reçu") {
		t.Fatalf("run: %d %q %q", r.code, r.stdout, r.stderr)
	}
	if ents, _ := os.ReadDir(state); len(ents) != 0 {
		t.Fatalf("the state directory holds %v", ents)
	}
}
