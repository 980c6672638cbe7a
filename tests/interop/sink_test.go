package interop

import (
	"strings"
	"testing"
	"time"
)

// sendScript opens a session to the sink with a 1 s time-out, sends two
// messages (the second shows whether the session survived), and prints
// for each: the result, errCode and ErreurInfo.
const sendScript = `
EmailChangeTimeOut(1)
s est une emailSessionSMTP
s.AdresseServeur = "localhost"
SI PAS s.OuvreSession() ALORS
	Trace("ouverture", ErreurInfo(errCode), ErreurInfo())
	RETOUR
FIN
m est un Email
m.Expéditeur = "moi@example.com"
Ajoute(m.Destinataire, "toi@example.com")
Ajoute(m.Cci, "cache@example.com")
m.Sujet = "Essai smtp-sink"
m.Message = "Bonjour" + RC + "." + RC + "fin"
Trace("envoi 1", s.EnvoieMessage(m), ErreurInfo(errCode), ErreurInfo())
Trace("envoi 2", s.EnvoieMessage(m), ErreurInfo(errCode), ErreurInfo())
s.FermeSession()
`

// The baseline: smtp-sink receives both messages as sent (the Bcc
// recipient in the envelope only, the lone-dot line dot-stuffed and
// restored).
func TestSinkReceives(t *testing.T) {
	s := startSinkDump(t, true)
	res := runScript(t, sendScript, "--smtp-relay", s.addr)
	want := "envoi 1 1  \nenvoi 2 1  \n"
	if res.stdout != want || res.code != 0 {
		t.Fatalf("run: %+v", res)
	}
	deadline := time.Now().Add(5 * time.Second)
	var dumps []string
	for time.Now().Before(deadline) {
		if dumps = s.dumps(t); len(dumps) == 2 {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	if len(dumps) != 2 {
		t.Fatalf("%d messages dumped", len(dumps))
	}
	d := dumps[0]
	for _, want := range []string{"X-Mail-Args: <moi@example.com>", "X-Rcpt-Args: <toi@example.com>", "X-Rcpt-Args: <cache@example.com>",
		"Subject: Essai smtp-sink", "\nBonjour\r\n.\r\nfin"} {
		if !strings.Contains(strings.ReplaceAll(d, "\r\n", "\n"), strings.ReplaceAll(want, "\r\n", "\n")) {
			t.Errorf("no %q in\n%s", want, d)
		}
	}
	if i := strings.Index(d, "\nDate:"); i < 0 || strings.Contains(strings.ToLower(d[i:]), "cache@") {
		t.Errorf("the Bcc recipient is in the headers:\n%s", d)
	}
}

// Each fault gives Faux, the right ErreurInfo, and ends within the
// time-out.
func TestSinkFaults(t *testing.T) {
	const sec = " (erreur temporaire)"
	for _, c := range []struct {
		name string
		opts []string
		want []string // expected lines (prefixes)
	}{
		{"450 at RCPT", []string{"-r", "rcpt"}, []string{
			"envoi 1 0 450 Le serveur SMTP localhost:25 a refusé 2 destinataires : <toi@example.com> : 450 4.3.0 Error: command failed (erreur temporaire) ; <cache@example.com> : 450 4.3.0 Error: command failed (erreur temporaire)",
			// the session survives: RSET, then the same refusal
			"envoi 2 0 450 Le serveur SMTP localhost:25 a refusé 2 destinataires"}},
		{"550 at RCPT", []string{"-f", "rcpt", "-B", "550 5.1.1 Error: user unknown"}, []string{
			"envoi 1 0 550 Le serveur SMTP localhost:25 a refusé 2 destinataires : <toi@example.com> : 550 5.1.1 Error: user unknown (erreur permanente) ; <cache@example.com> : 550 5.1.1 Error: user unknown (erreur permanente)",
			"envoi 2 0 550 "}},
		{"421 at MAIL", []string{"-Q", "mail"}, []string{
			"envoi 1 0 421 Le serveur SMTP localhost:25 a refusé l'expéditeur <moi@example.com> : 421 4.0.0 Server closing connection" + sec,
			"envoi 2 0 1 La session SMTP avec le serveur localhost:25 a été interrompue par une erreur précédente ; ouvrez une nouvelle session"}},
		{"dropped connection after the final dot", []string{"-q", "."}, []string{
			"envoi 1 0 1 Le serveur SMTP localhost:25 a fermé la connexion de façon inattendue (étape DATA)",
			"envoi 2 0 1 La session SMTP avec le serveur localhost:25 a été interrompue"}},
		{"slow greeting", []string{"-W", "connect:10"}, []string{
			"ouverture 1 Délai dépassé (1 s) en attendant la réponse du serveur SMTP localhost:25 (étape connexion)"}},
		{"slow reply to DATA", []string{"-w", "10"}, []string{
			"envoi 1 0 1 Délai dépassé (1 s) en attendant la réponse du serveur SMTP localhost:25 (étape DATA)",
			"envoi 2 0 1 La session SMTP avec le serveur localhost:25 a été interrompue"}},
		{"slow reply to the final dot", []string{"-W", ".:10"}, []string{
			"envoi 1 0 1 Délai dépassé (1 s) en attendant la réponse du serveur SMTP localhost:25 (étape DATA)"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			s := startSink(t, c.opts...)
			res := runScript(t, sendScript, "--smtp-relay", s.addr)
			lines := strings.Split(strings.TrimSuffix(res.stdout, "\n"), "\n")
			if res.code != 0 || res.stderr != "" || len(lines) < len(c.want) {
				t.Fatalf("run: %+v", res)
			}
			for i, w := range c.want {
				if !strings.HasPrefix(lines[i], w) {
					t.Errorf("line %d:\n got %q\nwant %q…", i+1, lines[i], w)
				}
			}
			// One time-out at most (1 s), plus QUIT on a live session.
			if res.elapsed > 3*time.Second {
				t.Errorf("took %s with a 1 s time-out", res.elapsed)
			}
			t.Logf("%s in %s", c.name, res.elapsed.Round(time.Millisecond))
		})
	}
}

// English messages (--lang en) for a refusal.
func TestSinkEnglish(t *testing.T) {
	s := startSink(t, "-f", "rcpt", "-B", "550 5.7.1 Error: relay denied")
	res := runScript(t, `
IF EmailStartSMTPSession("u", "localhost") THEN
	m is an Email
	m.Sender = "me@example.com"
	m.Recipient = "you@example.com"
	Trace(EmailSendMessage("u", m), ErrorInfo(errCode), ErrorInfo())
END
`, "--smtp-relay", s.addr, "--lang", "en")
	want := "0 550 SMTP server localhost:25 rejected the recipient <you@example.com>: 550 5.7.1 Error: relay denied (permanent error)\n"
	if res.stdout != want {
		t.Errorf("run: %+v", res)
	}
}

// TestSinkWithoutPipelining: a server that does not offer PIPELINING gets
// one command at a time (the step-by-step path), and still receives both
// messages with their recipients.
func TestSinkWithoutPipelining(t *testing.T) {
	s := startSinkDump(t, true, "-p")
	res := runScript(t, sendScript, "--smtp-relay", s.addr)
	if want := "envoi 1 1  \nenvoi 2 1  \n"; res.stdout != want || res.code != 0 {
		t.Fatalf("run: %+v", res)
	}
	deadline := time.Now().Add(5 * time.Second)
	var dumps []string
	for time.Now().Before(deadline) {
		if dumps = s.dumps(t); len(dumps) == 2 {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	if len(dumps) != 2 || !strings.Contains(dumps[1], "X-Rcpt-Args: <cache@example.com>") {
		t.Fatalf("%d messages dumped: %q", len(dumps), dumps)
	}
}
