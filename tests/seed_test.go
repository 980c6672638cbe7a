package tests

import (
	"context"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/wlangage/wl/runtime"
	"github.com/wlangage/wl/stdlib/email"
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
	return email.WithConfig(email.HostConfig{
		Dial: func(ctx context.Context, network, addr string) (net.Conn, error) {
			t.Errorf("the script dialled %s %s", network, addr)
			return nil, fmt.Errorf("no network in this test")
		},
	})
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

// With --smtp-relay to a local server the session opens (EHLO) and is
// closed at the end of the run (QUIT).
func TestSeedOuvreSessionRelais(t *testing.T) {
	srv := startSMTP(t, smtptest.Options{})
	res := runSeed(t, "ouvre-session.wl", nil, "--smtp-relay", srv.Addr())
	if res.code != 0 || res.stdout != "" || res.stderr != "" {
		t.Errorf("got status %d, stdout %q, stderr %q; want 0 and nothing printed", res.code, res.stdout, res.stderr)
	}
	waitIdle(srv, 2*time.Second)
	for _, ev := range []string{"EHLO", "QUIT"} {
		if !srv.Saw(ev) {
			t.Errorf("the server did not see %s (events %v)", ev, srv.Events())
		}
	}
	if n := len(srv.Messages()); n != 0 {
		t.Errorf("the server received %d messages, want none", n)
	}
}

// With --mail-sink the session opens on the embedded server: no error, and
// the report says nothing was received.
func TestSeedOuvreSessionMailSink(t *testing.T) {
	res := runSeed(t, "ouvre-session.wl", nil, "--mail-sink")
	if res.code != 0 || res.stdout != "" {
		t.Errorf("got status %d, stdout %q", res.code, res.stdout)
	}
	if strings.Contains(res.stderr, "Impossible") {
		t.Errorf("the open failed: %q", res.stderr)
	}
	if want := "==== wl --mail-sink : aucun message reçu (1 connexion) ====\n"; res.stderr != want {
		t.Errorf("stderr %q, want %q", res.stderr, want)
	}
}

func TestSeedEmailParametre(t *testing.T) {
	res := runSeed(t, "email-parametre.wl", []runtime.Option{noDial(t)})
	if res.code != 0 || res.stdout != "" || res.stderr != "" {
		t.Errorf("got status %d, stdout %q, stderr %q; want 0 and nothing printed", res.code, res.stdout, res.stderr)
	}
}
