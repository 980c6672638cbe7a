package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// The spool's dependencies that wl leaves to wl-spool (issue 10: they
// double the program and its start-up).
var spoolOnly = []string{
	"github.com/riverqueue/river", "modernc.org/sqlite", "github.com/jackc/pgx/v5",
	"github.com/lib/pq", "net/http", "html/template", "github.com/schollz/progressbar/v3",
}

func TestWlLinksNoSpool(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go list -deps: %v\n%s", err, out)
	}
	deps := map[string]bool{}
	for _, p := range strings.Fields(string(out)) {
		deps[p] = true
	}
	if !deps["github.com/wlangage/wl/stdlib/email"] {
		t.Fatalf("wl does not link the e-mail functions: %q", out)
	}
	for _, p := range spoolOnly {
		if deps[p] {
			t.Errorf("wl links %s", p)
		}
	}
}

var (
	buildOnce sync.Once
	binDir    string
	buildErr  error
)

// TestMain removes the programs binaries built.
func TestMain(m *testing.M) {
	code := m.Run()
	if binDir != "" {
		os.RemoveAll(binDir)
	}
	os.Exit(code)
}

// binaries builds wl and wl-spool into one directory, as go install does,
// once per test binary.
func binaries(t testing.TB) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds the commands")
	}
	buildOnce.Do(func() {
		binDir, buildErr = os.MkdirTemp("", "wl-handover-")
		if buildErr != nil {
			return
		}
		// Without cgo, as README's start-up section recommends.
		build := exec.Command("go", "build", "-o", binDir+string(filepath.Separator), ".", "../wl-spool")
		build.Env = append(os.Environ(), "CGO_ENABLED=0")
		out, err := build.CombinedOutput()
		if err != nil {
			buildErr = err
			t.Logf("%s", out)
		}
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return binDir
}

// A script that sends asynchronously runs in wl-spool: the message is
// queued, delivered to the --mail-sink and EmailEtat sees it sent; the
// script given on standard input is handed over too.
const asyncScript = `s est un emailSessionSMTP
s.AdresseServeur = "smtp.example.com"
s.Asynchrone = Vrai
SI PAS s.OuvreSession() ALORS Erreur(ErreurInfo())
e est un Email
e.Expéditeur = "a@example.com"
e.Destinataire = "b@example.com"
e.Sujet = "relais"
e.Message = "corps"
SI PAS s.EnvoieMessage(e) ALORS Erreur(ErreurInfo())
POUR i = 1 _À_ 500
	SI EmailEtat(e.IdentifiantEmailAsynchrone) <> emailEnAttente ALORS SORTIR
	Multitâche(1)
FIN
SI EmailEtat(e.IdentifiantEmailAsynchrone) = emailEnvoyé ALORS Trace("envoyé")
`

func TestHandOverToSpool(t *testing.T) {
	dir := binaries(t)
	wl := filepath.Join(dir, "wl")
	work := t.TempDir()
	script := filepath.Join(work, "async.wl")
	if err := os.WriteFile(script, []byte(asyncScript), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, stdin := range []bool{false, true} {
		var cmd *exec.Cmd
		if stdin {
			cmd = exec.Command(wl, "run", "--mail-sink", "-")
			cmd.Stdin = strings.NewReader(asyncScript)
		} else {
			cmd = exec.Command(wl, "run", "--mail-sink", script)
		}
		cmd.Env = append(os.Environ(), "WL_SPOOL_PROGRAM=", "PATH=/nonexistent")
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("stdin=%v: %v\n%s", stdin, err, out)
		}
		for _, want := range []string{"envoyé", "RCPT TO:<b@example.com>", "Subject: relais"} {
			if !strings.Contains(string(out), want) {
				t.Errorf("stdin=%v: no %q in\n%s", stdin, want, out)
			}
		}
	}
	// wl-spool's exit status is wl's, through the child process that runs
	// a script read from standard input.
	cmd := exec.Command(wl, "run", "-")
	cmd.Stdin = strings.NewReader("Trace(EmailEtat(1))\nExceptionDéclenche(1, \"fin\")\n")
	cmd.Env = append(os.Environ(), "WL_SPOOL_PROGRAM=", "PATH=/nonexistent", "WL_SPOOL="+filepath.Join(work, "etat.db"))
	out, err := cmd.CombinedOutput()
	if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 1 || !strings.Contains(string(out), "fin") {
		t.Errorf("want exit status 1 and the exception, got %v\n%s", err, out)
	}
	// wl spool list runs in wl-spool too.
	cmd = exec.Command(wl, "spool", "list", "--spool", filepath.Join(work, "spool.db"))
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("wl spool list: %v\n%s", err, out)
	}
}

// Without wl-spool, such a script is refused with a clear message before
// anything runs; a script that cannot reach the spool, synchronous mail
// included, runs in wl alone.
func TestHandOverWithoutSpool(t *testing.T) {
	dir := binaries(t)
	alone := t.TempDir()
	wl := filepath.Join(alone, "wl")
	b, err := os.ReadFile(filepath.Join(dir, "wl"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(wl, b, 0o700); err != nil {
		t.Fatal(err)
	}
	script := filepath.Join(alone, "async.wl")
	os.WriteFile(script, []byte("Trace(\"avant\")\n"+asyncScript), 0o600)
	cmd := exec.Command(wl, "--lang", "en", "run", "--mail-sink", script)
	cmd.Env = append(os.Environ(), "WL_SPOOL_PROGRAM=", "PATH=/nonexistent")
	out, err := cmd.CombinedOutput()
	if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 2 {
		t.Fatalf("want exit status 2, got %v\n%s", err, out)
	}
	if want := "wl run: this command needs the e-mail spool, provided by the wl-spool program"; !strings.Contains(string(out), want) || strings.Contains(string(out), "avant") {
		t.Errorf("want %q and no output of the script, got\n%s", want, out)
	}
	// A synchronous mail script stays in wl: the sink receives its message.
	cmd = exec.Command(wl, "run", "--mail-sink", filepath.Join("..", "..", "examples", "email", "envoi-texte.wl"))
	cmd.Env = append(os.Environ(), "WL_SPOOL_PROGRAM=", "PATH=/nonexistent")
	if out, err := cmd.CombinedOutput(); err != nil || !strings.Contains(string(out), "1 message reçu") {
		t.Errorf("synchronous mail script: %v\n%s", err, out)
	}
	// A project runs in wl unless one of its exports may reach the spool.
	proj := filepath.Join(alone, "projet")
	if err := os.CopyFS(proj, os.DirFS(filepath.Join("..", "..", "examples", "projet"))); err != nil {
		t.Fatal(err)
	}
	runProject := func() (string, error) {
		cmd := exec.Command(wl, "run", "--projet", proj, filepath.Join(proj, "essai.wl"))
		cmd.Env = append(os.Environ(), "WL_SPOOL_PROGRAM=", "PATH=/nonexistent")
		out, err := cmd.CombinedOutput()
		return string(out), err
	}
	if out, err := runProject(); err != nil || !strings.Contains(out, "Facture") {
		t.Errorf("project: %v\n%s", err, out)
	}
	col := filepath.Join(proj, "COL_Texte.wdg")
	b, err = os.ReadFile(col)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(col, []byte(strings.Replace(string(b), "RENVOYER ", "EmailEtat(1)\n      RENVOYER ", 1)), 0o600); err != nil {
		t.Fatal(err)
	}
	if out, err := runProject(); err == nil || !strings.Contains(out, "wl-spool") {
		t.Errorf("project calling EmailEtat: want a refusal naming wl-spool, got %v\n%s", err, out)
	}
	plain := filepath.Join(alone, "plain.wl")
	os.WriteFile(plain, []byte("Trace(1 + 1)\n"), 0o600)
	cmd = exec.Command(wl, "run", plain)
	cmd.Env = cmd.Environ()
	if out, err := cmd.CombinedOutput(); err != nil || strings.TrimSpace(string(out)) != "2" {
		t.Errorf("plain script: %v\n%s", err, out)
	}
}

// BenchmarkProcessStart times `wl run` of the peer kit's empty workload
// (Trace(0)) as a whole process: exec, Go runtime, package
// initialisation, engine, compilation, run, exit. Wall clock: compare it
// on an idle machine only (README, Start-up).
func BenchmarkProcessStart(b *testing.B) {
	wl := filepath.Join(binaries(b), "wl")
	script := filepath.Join(b.TempDir(), "empty.wl")
	if err := os.WriteFile(script, []byte("Trace(0)\n"), 0o600); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		out, err := exec.Command(wl, "run", script).Output()
		if err != nil || string(out) != "0\n" {
			b.Fatalf("wl run: %v %q", err, out)
		}
	}
}
