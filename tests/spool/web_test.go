package spool_test

import (
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/emersion/go-smtp"

	"github.com/wlangage/wl/cmd/wl/cli"
	"github.com/wlangage/wl/tests/internal/syncbuf"
	"github.com/wlangage/wl/tests/smtptest"
	"github.com/wlangage/wl/tests/spool/pgtest"
)

// chromium returns Debian's chromium (or $WL_CHROMIUM); skipped without
// it, except in CI.
func chromium(t *testing.T) string {
	p := os.Getenv("WL_CHROMIUM")
	if p == "" {
		p = "/usr/bin/chromium"
	}
	if _, err := os.Stat(p); err != nil {
		msg := "the web page test needs Chromium (" + p + "): install it as .ci/run does"
		if pgtest.Required() {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	return p
}

// fill queues three messages with credentials and delivers them once: one
// is sent, one refused (550), one left pending (its server is down).
func fill(t *testing.T, dir, db string) {
	t.Helper()
	srv := smtptest.Start(t, smtptest.Options{Users: map[string]string{"alice": "s3cr3t-Pa55"}, AllowInsecureAuth: true,
		RejectRcpt: map[string]*smtp.SMTPError{"refus@example.com": {Code: 550, EnhancedCode: smtp.EnhancedCode{5, 1, 1}, Message: "No such mailbox here"}}})
	_, port, _ := net.SplitHostPort(srv.Addr())
	down := freeAddr(t)
	_, downPort, _ := net.SplitHostPort(down)
	script := `PROCÉDURE Envoie(port, dest, sujet)
s est une emailSessionSMTP
s.AdresseServeur = "127.0.0.1"
s.Port = port
s.Nom = "alice"
s.MotDePasse = "s3cr3t-Pa55"
s.Asynchrone = Vrai
s.OuvreSession()
m est un Email
m.Expéditeur = "moi@example.com"
m.Destinataire = dest
m.Sujet = sujet
m.Message = "bonjour"
SI PAS s.EnvoieMessage(m) ALORS Erreur(ErreurInfo())
`
	main := fmt.Sprintf("Envoie(%s, \"ok@example.com\", \"Sujet envoyé\")\nEnvoie(%s, \"refus@example.com\", \"Sujet refusé\")\nEnvoie(%s, \"attente@example.com\", \"Sujet en attente\")\n", port, port, downPort)
	os.WriteFile(filepath.Join(dir, "fill.wl"), []byte(main+script), 0o600)
	r := wl(t, dir, "run", "--spool", db, "--spool-wait", "0", "fill.wl")
	if r.code != 0 {
		t.Fatalf("fill: %d %q %q", r.code, r.stdout, r.stderr)
	}
	r = wl(t, dir, "spool", "drain", "--spool", db)
	if r.code != 1 || !strings.Contains(r.stdout, "1 envoyé(s), 1 en erreur, 1 reporté(s)") {
		l := wl(t, dir, "spool", "list", "--spool", db, "--json")
		t.Fatalf("drain: %d %q %q\n%s", r.code, r.stdout, r.stderr, l.stdout)
	}
}

// serveHTTP runs `wl spool serve --http 127.0.0.1:0` in-process and
// returns the page's base URL.
func serveHTTP(t *testing.T, dir, db string, extra ...string) string {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	var out, errb syncbuf.Buffer
	e := &cli.Env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb, Dir: dir, Context: ctx}
	done := make(chan int, 1)
	args := append([]string{"spool", "serve", "--spool", db, "--http", "127.0.0.1:0"}, extra...)
	go func() { done <- e.Main(args) }()
	t.Cleanup(func() {
		cancel()
		select {
		case <-done:
		case <-time.After(30 * time.Second):
			t.Error("serve did not stop")
		}
	})
	re := regexp.MustCompile(`http://127\.0\.0\.1:\d+/`)
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		if m := re.FindString(errb.String()); m != "" {
			return m
		}
		select {
		case code := <-done:
			t.Fatalf("serve exited with %d: %s", code, errb.String())
		case <-time.After(20 * time.Millisecond):
		}
	}
	t.Fatalf("serve printed no address: %s", errb.String())
	return ""
}

// Acceptance 5: the page in a real browser.
func TestWebPage(t *testing.T) {
	bin := chromium(t)
	dir := t.TempDir()
	db := filepath.Join(dir, "spool.db")
	fill(t, dir, db)
	base := serveHTTP(t, dir, db)

	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(),
		chromedp.ExecPath(bin), chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU, chromedp.NoFirstRun,
		chromedp.Flag("disable-background-networking", true), chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true), chromedp.UserDataDir(t.TempDir()))
	defer cancelAlloc()
	bctx, cancelB := chromedp.NewContext(alloc)
	defer cancelB()
	// Chromium starts slowly on a loaded CI machine (every package tests
	// at once): the bound is for a hang, not for speed.
	bctx, cancelT := context.WithTimeout(bctx, 150*time.Second)
	defer cancelT()

	if err := chromedp.Do(bctx, chromedp.Navigate(base), chromedp.WaitVisible("#messages")); err != nil {
		t.Fatal(err)
	}
	html, err := chromedp.Run(bctx, chromedp.OuterHTML("html"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`data-state="envoye"`, `data-state="erreur"`, `data-state="en-attente"`,
		"Sujet envoyé", "Sujet refusé", "Sujet en attente", "550 5.1.1", "No such mailbox here", "refus@example.com"} {
		if !strings.Contains(html, want) {
			t.Errorf("the page lacks %q", want)
		}
	}
	for _, secret := range []string{"s3cr3t-Pa55", "alice"} {
		if strings.Contains(html, secret) {
			t.Errorf("the page shows the credential %q", secret)
		}
	}
	// The refused message's retry button puts it back in the queue.
	id := regexp.MustCompile(`<tr id="m(\d+)" data-state="erreur"`).FindStringSubmatch(html)
	if id == nil {
		t.Fatal("no failed row")
	}
	row := "#m" + id[1]
	if err := chromedp.Do(bctx, chromedp.Click("#retry-"+id[1]), chromedp.WaitVisible(row+`[data-state="en-attente"]`)); err != nil {
		t.Fatal(err)
	}
	state, err := chromedp.Run(bctx, chromedp.AttributeValue(row, "data-state"))
	if err != nil || state.Value != "en-attente" {
		t.Fatalf("after retry the row is %q (%v)", state.Value, err)
	}
	// English.
	if err := chromedp.Do(bctx, chromedp.Navigate(base+"?lang=en"), chromedp.WaitVisible("#messages")); err != nil {
		t.Fatal(err)
	}
	if html, err = chromedp.Run(bctx, chromedp.OuterHTML("html")); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(html, "Last server reply") || !strings.Contains(html, `data-state="pending"`) {
		t.Error("the English page is not in English")
	}

	// Monitoring endpoints, and the CSRF guard.
	get := func(path string) string {
		resp, err := http.Get(base + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return string(b)
	}
	if h := get("healthz"); h != "ok\n" {
		t.Errorf("/healthz: %q", h)
	}
	if m := get("metrics"); !strings.Contains(m, `wl_spool_messages{state="sent"} 1`) || !strings.Contains(m, "wl_spool_oldest_pending_seconds") {
		t.Errorf("/metrics: %q", m)
	}
	resp, err := http.PostForm(base+"retry", url.Values{"id": {id[1]}})
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusForbidden {
		t.Errorf("POST without the CSRF token: %d", resp.StatusCode)
	}
}

// A non-loopback bind needs a token; with one, every request must carry it.
func TestWebToken(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "spool.db")
	start := time.Now()
	r := wl(t, dir, "spool", "serve", "--spool", db, "--http", "0.0.0.0:0")
	if r.code != 2 || !strings.Contains(r.stderr, "--http-token est obligatoire") || time.Since(start) > 5*time.Second {
		t.Fatalf("non-loopback bind without a token: %d %q", r.code, r.stderr)
	}
	base := serveHTTP(t, dir, db, "--http-token", "jeton-secret")
	resp, err := http.Get(base)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusUnauthorized {
		t.Fatalf("without the token: %d", resp.StatusCode)
	}
	req, _ := http.NewRequest("GET", base, nil)
	req.Header.Set("Authorization", "Bearer jeton-secret")
	resp, err = http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(b), "Spool des emails") {
		t.Fatalf("with the token: %d", resp.StatusCode)
	}
}
