package tests

import (
	"context"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/wlangage/wl/runtime"
	"github.com/wlangage/wl/stdlib/email"
	"github.com/wlangage/wl/stdlib/email/smtpx"
	"github.com/wlangage/wl/tests/smtptest"
)

// The seed examples of the user's design card, byte for byte.
const (
	seedOuvreSession = "// Gestion d'une session email SMTP\n" +
		"MaSessionEmailSMTP est une emailSessionSMTP\n" +
		"SI  MaSessionEmailSMTP.OuvreSession() = Vrai ALORS\n" +
		"\tNomUser = MaSessionEmailSMTP..Nom\n" +
		"SINON\n" +
		"\tNomUser = \"\"\n" +
		"\tErreur(\"Impossible d'établir la connexion\")\n" +
		"FIN\n"
	seedEmailParametre = "// Activation de l'implémentation multiplateforme\n" +
		"EmailParamètre(emailParamètreMode, 1)\n"
)

const seedLimit = 20 * time.Second

// TestSeedFiles checks that the seed examples are the user's bytes (no
// editor reformatted them).
func TestSeedFiles(t *testing.T) {
	root := repoRoot(t)
	for name, want := range map[string]string{
		"ouvre-session.wl":   seedOuvreSession,
		"email-parametre.wl": seedEmailParametre,
	} {
		got, err := os.ReadFile(filepath.Join(root, "examples", "seed", name))
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != want {
			t.Errorf("examples/seed/%s changed:\n%s", name, lineDiff(want, string(got)))
		}
	}
}

// noDial is an e-mail host configuration whose dialer fails the test: the
// script must not touch the network.
func noDial(t *testing.T) runtime.Option {
	return email.WithConfig(email.HostConfig{Delivery: smtpx.Delivery{
		Dial: func(ctx context.Context, network, addr string) (net.Conn, error) {
			t.Errorf("the script dialled %s %s", network, addr)
			return nil, fmt.Errorf("no network in this test")
		},
	}})
}

// runSeed runs `wl run [flags] examples/seed/NAME` in-process from the
// repository root, with extra engine options.
func runSeed(t *testing.T, name string, opts []runtime.Option, flags ...string) runResult {
	t.Helper()
	args := append(append([]string{"run"}, flags...), "examples/seed/"+name)
	return runIn(t, repoRoot(t), seedLimit, opts, args...)
}

// Without any flag the session has no server address: the open fails at
// once, without dialling, and the script prints its message.
func TestSeedOuvreSessionSansServeur(t *testing.T) {
	res := runSeed(t, "ouvre-session.wl", []runtime.Option{noDial(t)})
	if res.code != 0 || res.stdout != "" || res.stderr != "Impossible d'établir la connexion\n" {
		t.Errorf("got status %d, stdout %q, stderr %q; want 0, \"\", \"Impossible d'établir la connexion\\n\"", res.code, res.stdout, res.stderr)
	}
	if res.elapsed > 5*time.Second {
		t.Errorf("took %s: the open should fail at once", res.elapsed)
	}
}

// The same through the real CLI path, flags only: no relay, no network.
func TestSeedOuvreSessionSansServeurCLI(t *testing.T) {
	res := runSeed(t, "ouvre-session.wl", nil)
	if res.code != 0 || res.stderr != "Impossible d'établir la connexion\n" {
		t.Errorf("got status %d, stderr %q", res.code, res.stderr)
	}
}

// --smtp-relay and --mail-sink change where a connection goes, never
// whether the open succeeds (DECISIONS 16a, issue 12 point 15): without a
// server address the open fails under them exactly as without them, and
// nothing is dialled.
func TestSeedOuvreSessionRelais(t *testing.T) {
	srv := startSMTP(t, smtptest.Options{})
	res := runSeed(t, "ouvre-session.wl", nil, "--smtp-relay", srv.Addr())
	if res.code != 0 || res.stdout != "" || res.stderr != "Impossible d'établir la connexion\n" {
		t.Errorf("got status %d, stdout %q, stderr %q; want the failure of a session without address", res.code, res.stdout, res.stderr)
	}
	if srv.Count("CONNECT") != 0 {
		t.Errorf("the relay was dialled: %v", srv.Events())
	}
}

func TestSeedOuvreSessionMailSink(t *testing.T) {
	res := runSeed(t, "ouvre-session.wl", nil, "--mail-sink")
	want := "Impossible d'établir la connexion\n==== wl --mail-sink : aucun message reçu (0 connexion) ====\n"
	if res.code != 0 || res.stdout != "" || res.stderr != want {
		t.Errorf("got status %d, stdout %q, stderr %q, want %q", res.code, res.stdout, res.stderr, want)
	}
}

func TestSeedEmailParametre(t *testing.T) {
	res := runSeed(t, "email-parametre.wl", []runtime.Option{noDial(t)})
	if res.code != 0 || res.stdout != "" || res.stderr != "" {
		t.Errorf("got status %d, stdout %q, stderr %q; want 0 and nothing printed", res.code, res.stdout, res.stderr)
	}
}
