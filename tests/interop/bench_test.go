package interop

import (
	"bytes"
	"context"
	"testing"
	"time"

	"github.com/emersion/go-smtp"

	"github.com/wlangage/wl/runtime"
	"github.com/wlangage/wl/stdlib"
	"github.com/wlangage/wl/stdlib/email"
	"github.com/wlangage/wl/stdlib/email/compose"
	"github.com/wlangage/wl/stdlib/email/smtpx"
	"github.com/wlangage/wl/tests/smtptest"
)

// benchMessages is the number of messages of one benchmark run.
const benchMessages = 1000

// benchScript sends benchMessages messages over one session.
const benchScript = `
s est une emailSessionSMTP
s.AdresseServeur = "localhost"
SI PAS s.OuvreSession() ALORS
	Erreur(ErreurInfo())
	RETOUR
FIN
m est un Email
m.Expéditeur = "Banc d'essai <bench@example.com>"
m.Destinataire = "dest@example.com"
m.Sujet = "Message de test"
m.Message = "Bonjour," + RC + "ceci est un message de test." + RC
POUR i = 1 À 1000
	SI PAS s.EnvoieMessage(m) ALORS
		Erreur(ErreurInfo())
		SORTIR
	FIN
FIN
s.FermeSession()
`

// sendScript1000 runs benchScript against srv and returns its duration.
func sendScript1000(tb testing.TB, srv *smtptest.Server) time.Duration {
	var out, errs bytes.Buffer
	eng := stdlib.NewEngine(runtime.WithOutput(&out, &errs), email.WithConfig(email.HostConfig{Delivery: smtpx.Delivery{Relay: srv.Addr()}}))
	prog, err := eng.Compile("bench.wl", []byte(benchScript))
	if err != nil {
		tb.Fatal(err)
	}
	start := time.Now()
	if _, err := prog.Run(context.Background()); err != nil || errs.Len() > 0 {
		tb.Fatalf("run: %v %s", err, errs.String())
	}
	return time.Since(start)
}

// sendDirect1000 sends the same message benchMessages times with go-smtp
// alone (the message built once) and returns the duration.
func sendDirect1000(tb testing.TB, srv *smtptest.Server) time.Duration {
	res, err := compose.Build(&compose.Message{From: "Banc d'essai <bench@example.com>", To: []string{"dest@example.com"},
		Subject: "Message de test", Text: "Bonjour,\r\nceci est un message de test.\r\n"})
	if err != nil {
		tb.Fatal(err)
	}
	start := time.Now()
	c, err := smtp.Dial(srv.Addr())
	if err != nil {
		tb.Fatal(err)
	}
	if err := c.Hello("localhost"); err != nil {
		tb.Fatal(err)
	}
	for i := 0; i < benchMessages; i++ {
		if err := c.SendMail(res.From, res.To, bytes.NewReader(res.Data)); err != nil {
			tb.Fatal(err)
		}
	}
	c.Quit()
	return time.Since(start)
}

func benchServer(tb testing.TB) *smtptest.Server {
	srv, err := smtptest.Listen(smtptest.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { srv.Close() })
	return srv
}

// BenchmarkSend1000Script: one op = a WLangage script sending 1,000
// messages over one session to the in-process server.
func BenchmarkSend1000Script(b *testing.B) {
	srv := benchServer(b)
	for b.Loop() {
		sendScript1000(b, srv)
	}
	b.ReportMetric(float64(benchMessages)*float64(b.N)/b.Elapsed().Seconds(), "msg/s")
}

// BenchmarkSend1000Direct: one op = go-smtp sending 1,000 messages over
// one connection to the same server.
func BenchmarkSend1000Direct(b *testing.B) {
	srv := benchServer(b)
	for b.Loop() {
		sendDirect1000(b, srv)
	}
	b.ReportMetric(float64(benchMessages)*float64(b.N)/b.Elapsed().Seconds(), "msg/s")
}

// BenchmarkScriptThroughput compares the two (issue 10, acceptance 4:
// the script at 0.9× raw go-smtp or better): one op is a direct run then
// a script run of 1,000 messages, each against a fresh server; script/direct
// is the ratio of the two rates over all ops. A benchmark, not a test: on a
// shared machine the in-process server and the script compete for the CPU,
// so a timing threshold would fail for reasons that are not the code's.
func BenchmarkScriptThroughput(b *testing.B) {
	var script, direct time.Duration
	for b.Loop() {
		direct += sendDirect1000(b, benchServer(b))
		script += sendScript1000(b, benchServer(b))
	}
	msgs := float64(benchMessages) * float64(b.N)
	b.ReportMetric(msgs/direct.Seconds(), "direct-msg/s")
	b.ReportMetric(msgs/script.Seconds(), "script-msg/s")
	b.ReportMetric(direct.Seconds()/script.Seconds(), "script/direct")
}
